"""The Inspections page chosen with the mouse: a click (or a double click) opens the inspection on that row."""

from PySide6.QtCore import Qt

from desktop.ui.pages.inspections.page import InspectionsPage
from tests.ui.mouse import click_header, click_row


def test_a_click_then_open_shows_the_inspection_on_that_row(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "inspector")
    click_row(qtbot, page.table.view, 3, column=page.INSTITUTION)
    chosen = page.table.visible_records()[3]
    assert page.table.current_record() == chosen and page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.workspace is not None and page.workspace.header.text().startswith(chosen.number)
    page.workspace.close_workspace()
    assert page.table.current_record() == chosen


def test_a_double_click_opens_the_inspection(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "inspector")
    click_row(qtbot, page.table.view, 5)
    chosen = page.table.visible_records()[5]
    view = page.table.view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.currentIndex()).center())
    assert page.workspace is not None and page.workspace.header.text().startswith(chosen.number)
    assert dialogs.errors == []


def test_the_only_inspection_left_by_the_search_opens_with_one_click(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "secretariat")
    page.table.search.setText("동방")  # Korean comes through the input method, not key clicks
    (only,) = page.table.visible_records()
    click_row(qtbot, page.table.view, 0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.workspace is not None and page.workspace.header.text().startswith(only.number)


def test_after_sorting_by_number_a_click_opens_the_inspection_on_that_row(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "secretariat")
    click_header(qtbot, page.table.view, page.NUMBER)
    numbers = [r.number for r in page.table.visible_records()]
    assert numbers in (sorted(numbers), sorted(numbers, reverse=True))
    click_row(qtbot, page.table.view, 1)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.workspace.header.text().startswith(numbers[1])
