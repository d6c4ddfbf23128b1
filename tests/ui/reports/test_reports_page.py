"""The Reports page with the mouse: an export with one bad row refused (each problem listed), then fixed and imported;
the register filtered as you type; an institute's charts; the correction requests with their states."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.reports.importing import designated_institutes
from desktop.domain.reports.service import CorrectionState
from desktop.ui.pages.reports.page import ReportsPage
from tests.domain.reports.report_rows import row, xlsx_bytes
from tests.ui.mouse import click_record, click_row, show_window


def loaded(qtbot, page):
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def test_an_export_with_one_bad_row_is_refused_then_imported_once_fixed(make_page, qtbot, dialogs, demo_database,
                                                                         tmp_path):
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    before = page.total
    with demo_database.read() as session:
        designation = sorted(designated_institutes(session).by_designation)[0]
    export = tmp_path / "2026-3분기.xlsx"
    export.write_bytes(xlsx_bytes([row(designation, "GUI-1"), row(designation, "GUI-2", grade="Z", method="등급평가",
                                                                 amount="")]))
    dialogs.open_paths = [export]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_task is not None and page.import_task.done, timeout=20_000)
    assert page.problems.isVisible() and "Row 3, 등급: 'Z' is not a grade" in page.problems.toPlainText()
    assert page.banner.level == "error" and "nothing was imported" in page.banner.text()
    assert page.total == before
    export.write_bytes(xlsx_bytes([row(designation, "GUI-1"), row(designation, "GUI-2", grade="BB", method="등급평가",
                                                                 amount="")]))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_task.done, timeout=20_000)
    assert not page.problems.isVisible() and page.banner.level == "info" and "2 report(s) imported" in \
        page.banner.text()
    loaded(qtbot, page)
    assert page.total == before + 2 and page.counts.text().startswith(f"{before + 2:,} of")


def test_the_register_filters_as_you_type_and_a_click_selects_the_report(make_page, qtbot):
    page = loaded(qtbot, make_page(ReportsPage))
    total = page.total
    assert total >= 3000 and page.counts.text().startswith(f"{total:,} of {total:,}")
    target = page.model.row_at(123)
    page.search.setFocus()
    qtbot.keyClicks(page.search, target.report_number[:9])
    partly = page.model.rowCount()
    qtbot.keyClicks(page.search, target.report_number[9:])
    assert page.model.rowCount() == 1 < partly < total
    assert page.counts.text().startswith(f"1 of {total:,}")
    click_row(qtbot, page.view, 0, 1)
    selected = page.view.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).report_number for i in selected] == [target.report_number]
    page.search.clear()
    qtbot.mouseClick(page.late_only, Qt.MouseButton.LeftButton)
    assert 0 < page.model.rowCount() < total and all(r.late for r in page.model.rows())


def test_a_click_on_an_institute_shows_its_charts_and_the_corrections_their_state(make_page, qtbot):
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(page.by_institute)).center())
    qtbot.waitUntil(lambda: page.figures_loaded, timeout=20_000)  # the figures load when their tab is shown
    chosen = click_record(qtbot, page.institutes, lambda f: f.total > 0)
    assert page.charts.figures is chosen
    sections = dict(page.charts.sections())
    assert sum(n for _, n in sections["Reports by purpose"]) == chosen.total
    assert sum(n for _, n in sections["Reports by subject"]) == chosen.total
    page.charts.grab().save("/tmp/reports13-charts.png")
    states = [c.state for c in page.corrections.records()]
    assert states.count(CorrectionState.OVERDUE) == 1
    QApplication.processEvents()
