"""The Registry page chosen with the mouse: a click on an institute shows its history."""

from desktop.ui.pages.registry.page import RegistryPage
from tests.ui.mouse import click_header, click_record, click_row


def test_a_click_on_an_institute_shows_its_history(make_page, qtbot):
    page = make_page(RegistryPage)
    assert page.history_title.text() == "Select an institute to see its history."
    chosen = click_record(qtbot, page.table, lambda r: r.institution_name == "한국기술가치연구원", column=page.KIND)
    assert page.history_title.text() == "History of 한국기술가치연구원"
    assert [e.reference for e in page.history.records()] == [chosen.decision_number]
    other = click_record(qtbot, page.table, lambda r: r.id != chosen.id)
    assert page.history_title.text() == f"History of {other.institution_name}"


def test_the_only_institute_left_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page(RegistryPage)
    page.table.search.setText("한국기술가치")  # Korean comes through the input method
    (only,) = page.table.visible_records()
    click_row(qtbot, page.table.view, 0)
    assert page.history_title.text() == f"History of {only.institution_name}" and page.history.records()


def test_after_sorting_by_institution_a_click_opens_the_institute_on_that_row(make_page, qtbot):
    page = make_page(RegistryPage)
    click_header(qtbot, page.table.view, page.INSTITUTION)
    names = [r.institution_name for r in page.table.visible_records()]
    assert names in (sorted(names), sorted(names, reverse=True))
    click_row(qtbot, page.table.view, 2)
    assert page.history_title.text() == f"History of {names[2]}"
