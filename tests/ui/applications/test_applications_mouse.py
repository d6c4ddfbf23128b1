"""The Applications and Rounds pages chosen with the mouse: a click opens the clicked row's actions and detail."""

from PySide6.QtCore import Qt

from desktop.domain.applications.models import ApplicationStatus, RoundStatus
from desktop.ui.models.applications import INSTITUTION, NUMBER
from desktop.ui.pages.applications.page import ApplicationsPage
from desktop.ui.pages.rounds.page import RoundsPage
from tests.ui.mouse import click_header, click_row


def shown_numbers(page: ApplicationsPage) -> list[str]:
    return [page.proxy.index(n, NUMBER).data() for n in range(page.proxy.rowCount())]


def click_number(qtbot, page: ApplicationsPage, number: str) -> None:
    click_row(qtbot, page.view, shown_numbers(page).index(number), column=INSTITUTION)


def step_buttons(page: ApplicationsPage) -> list[str]:
    return [a.objectName() for a in page.step_actions]


def test_a_click_on_an_application_offers_its_workflow_steps(make_page, qtbot):
    page = make_page(ApplicationsPage)
    assert not page.open_button.isEnabled() and step_buttons(page) == []
    click_number(qtbot, page, "2026-2-003")  # submitted
    assert page.selected_row().number == "2026-2-003" and page.open_button.isEnabled()
    assert step_buttons(page) == ["step_screening", "step_withdrawn"]
    click_number(qtbot, page, "2026-1-001")  # designated long ago
    assert page.selected_row().number == "2026-1-001" and "step_screening" not in step_buttons(page)


def test_a_step_button_acts_on_the_clicked_application(make_page, qtbot, dialogs):
    page = make_page(ApplicationsPage)
    click_number(qtbot, page, "2026-2-003")
    button = next(b for b in page.findChildren(type(page.open_button)) if b.objectName() == "stepButton_screening")
    with qtbot.waitSignal(page.recordsChanged):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == [] and page.selected_row().status == ApplicationStatus.SCREENING


def test_the_only_application_left_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page(ApplicationsPage)
    qtbot.keyClicks(page.search, "2026-2-003")
    assert shown_numbers(page) == ["2026-2-003"] and not page.open_button.isEnabled()
    click_row(qtbot, page.view, 0)
    assert page.selected_row().number == "2026-2-003" and page.open_button.isEnabled()


def test_only_the_highlighted_application_is_acted_on(make_page, qtbot):
    page = make_page(ApplicationsPage)
    click_number(qtbot, page, "2026-2-003")
    click_number(qtbot, page, "2026-2-003")  # a second plain click keeps it
    assert page.selected_row().number == "2026-2-003"
    row = shown_numbers(page).index("2026-2-003")
    click_row(qtbot, page.view, row, modifier=Qt.KeyboardModifier.ControlModifier)  # Ctrl+click: deselected
    assert not page.view.selectionModel().isRowSelected(row)
    assert page.selected_row() is None and step_buttons(page) == [] and not page.open_button.isEnabled()


def test_when_the_search_hides_the_application_the_highlighted_neighbour_is_the_one_acted_on(make_page, qtbot):
    page = make_page(ApplicationsPage)
    click_number(qtbot, page, "2026-2-003")
    qtbot.keyClicks(page.search, "2026-1-")
    assert "2026-2-003" not in shown_numbers(page)
    (highlighted,) = page.view.selectionModel().selectedRows()
    assert page.selected_row().number == highlighted.data() and page.open_button.isEnabled()


def test_after_sorting_by_number_descending_a_click_opens_the_application_on_that_row(make_page, qtbot):
    page = make_page(ApplicationsPage)
    ascending = shown_numbers(page)
    click_header(qtbot, page.view, NUMBER)
    assert shown_numbers(page) == ascending[::-1]
    click_row(qtbot, page.view, 0, column=INSTITUTION)
    assert page.selected_row().number == ascending[-1]


def test_a_click_on_a_round_shows_its_settings_and_counts(make_page, qtbot):
    page = make_page(RoundsPage)
    for row in (0, 1):
        click_row(qtbot, page.table.view, row, column=page.TITLE)
        shown = page.table.visible_records()[row]
        assert page.heading.text() == f"{shown.code}  {shown.title}"
        assert page.counts_model.rowCount() == len(ApplicationStatus)
        assert page.edit_button.isEnabled()
        expected = {RoundStatus.OPEN: "Close round…", RoundStatus.COMPLETED: "No further step"}[shown.status]
        assert page.step_button.text() == expected


def test_after_sorting_rounds_by_code_a_click_opens_the_round_on_that_row(make_page, qtbot):
    page = make_page(RoundsPage)
    click_header(qtbot, page.table.view, page.CODE)
    codes = [r.code for r in page.table.visible_records()]
    assert codes in (sorted(codes), sorted(codes, reverse=True))
    click_row(qtbot, page.table.view, 1)
    assert page.heading.text().startswith(codes[1])
    qtbot.keyClicks(page.table.search, codes[0])
    click_row(qtbot, page.table.view, 0)  # the only round left
    assert page.heading.text().startswith(codes[0])
