"""The register loads a batch at a time: a report of a later batch is reached by scrolling down with the mouse wheel
and by typing its number, then selected with a click and offered for a correction request; sorting by a header click
reorders the whole register, not only the loaded rows."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.reports.register import NUMBER, RegisterFilter, register_batch
from desktop.ui.pages.reports.page import ReportsPage
from desktop.ui.widgets.record_table import BATCH_ROWS
from tests.ui.mouse import click_row, show_window


def loaded(qtbot, page):
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    show_window(qtbot, page)
    return page


def wheel_down(view) -> None:
    """One notch of the mouse wheel down over the table."""
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 * 10), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    QApplication.processEvents()


def the_report_at(database, actor, position: int, wanted: RegisterFilter = RegisterFilter()):  # noqa: B008
    with database.read() as session:
        (report,) = register_batch(session, actor, wanted, position, 1)
    return report


def test_scrolling_loads_later_batches_and_a_row_there_is_selected(make_page, qtbot, demo_database, demo_actors):
    page = loaded(qtbot, make_page(ReportsPage))
    assert page.model.rowCount() == BATCH_ROWS < page.total
    assert page.counts.text().startswith(f"{page.total:,} of {page.total:,}")
    wanted = 2 * BATCH_ROWS + 50
    target = the_report_at(demo_database, demo_actors["secretariat"], wanted)
    for _ in range(400):
        if page.model.rowCount() > wanted:
            break
        wheel_down(page.view)
    assert BATCH_ROWS * 3 <= page.model.rowCount() < page.total  # batches added as the view neared the end
    click_row(qtbot, page.view, wanted, 1)
    assert page.current_report() == target and page.request_button.isEnabled()
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    assert page.dialog.isVisible() and target.report_number in page.dialog.windowTitle()
    page.dialog.reject()


def test_a_report_not_loaded_yet_is_found_by_typing_its_number(make_page, qtbot, demo_database, demo_actors):
    page = loaded(qtbot, make_page(ReportsPage))
    target = the_report_at(demo_database, demo_actors["secretariat"], page.total - 1)  # the register's oldest
    assert page.model.row_of(target.id) is None
    page.search.setFocus()
    qtbot.keyClicks(page.search, target.report_number)
    assert [r.id for r in page.model.rows()] == [target.id]
    assert page.counts.text().startswith(f"1 of {page.total:,}")
    click_row(qtbot, page.view, 0, 1)
    assert page.current_report() == target and page.request_button.isEnabled()


def test_a_header_click_sorts_the_whole_register(make_page, qtbot, demo_database, demo_actors):
    page = loaded(qtbot, make_page(ReportsPage))
    header = page.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NUMBER) + header.sectionSize(NUMBER) // 2, 5))
    order = header.sortIndicatorOrder()
    first = the_report_at(demo_database, demo_actors["secretariat"], 0, RegisterFilter(
        column=NUMBER, descending=order == Qt.SortOrder.DescendingOrder))
    assert page.model.row_at(0) == first and page.model.rowCount() == BATCH_ROWS
    numbers = [r.report_number for r in page.model.rows()]
    assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
