"""The Screening page chosen with the mouse: a click on an application opens its screening and its actions."""

from PySide6.QtCore import Qt

from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.screening.models import ScreeningOutcome
from tests.ui.mouse import click_header, click_record, click_row


def test_a_click_on_an_application_shows_its_screening_and_the_actions_it_allows(make_page, qtbot, dialogs):
    page = make_page()
    waiting = click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SUPPLEMENT_REQUESTED,
                           column=page.INSTITUTION)
    assert page.detail.heading.text() == f"{waiting.number}  {waiting.institution_name}"
    assert page.detail.outcome_value.text() == "Deficient"
    assert page.detail.receive_button.isEnabled() and not page.run_button.isEnabled()
    screening = click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SCREENING)
    assert page.detail.heading.text().startswith(screening.number)
    assert page.detail.outcome_value.text() == "Not screened yet"
    assert page.run_button.isEnabled() and page.pass_button.isEnabled() and not page.start_button.isEnabled()
    assert not page.detail.receive_button.isEnabled()
    submitted = click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SUBMITTED)
    assert page.detail.heading.text().startswith(submitted.number)
    assert page.start_button.isEnabled() and not page.run_button.isEnabled()
    assert dialogs.errors == []


def test_run_and_confirm_a_screening_with_the_mouse_only(make_page, qtbot, dialogs):
    page = make_page()
    row = click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SCREENING)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.table.current_id() == row.application_id
    assert page.detail.outcome_value.text() == "Eligible" and page.confirm_button.isEnabled()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert dialogs.prompts == [f"Confirm the screening of {row.number} as Eligible?"]
    assert "by 김하늘" in page.detail.confirmed_value.text() and not page.confirm_button.isEnabled()


def test_the_only_application_left_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page()
    wanted = next(r for r in page.table.records() if r.status == ApplicationStatus.SUPPLEMENT_REQUESTED)
    qtbot.keyClicks(page.table.search, wanted.number)
    assert page.table.visible_records() == [wanted]
    click_row(qtbot, page.table.view, 0)
    assert page.detail.heading.text().startswith(wanted.number) and page.detail.receive_button.isEnabled()


def test_after_sorting_by_institution_a_click_opens_the_application_on_that_row(make_page, qtbot):
    page = make_page()
    click_header(qtbot, page.table.view, page.INSTITUTION)
    names = [r.institution_name for r in page.table.visible_records()]
    assert names == sorted(names, key=str.casefold) and names != [r.institution_name for r in page.table.records()]
    click_row(qtbot, page.table.view, 3)
    shown = page.table.visible_records()[3]
    assert page.detail.heading.text() == f"{shown.number}  {shown.institution_name}"


def test_a_click_on_a_document_or_a_requirement_enables_what_acts_on_it(make_page, qtbot):
    page = make_page()
    click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SUBMITTED)
    assert not page.detail.accept_button.isEnabled()
    click_row(qtbot, page.detail.documents_view, 0, column=1)
    document = page.detail.detail.documents[0]
    assert page.detail.selected_document() == document
    assert page.detail.preview_button.isEnabled() and page.detail.accept_button.isEnabled()
    deficient = click_record(qtbot, page.table, lambda r: r.outcome == ScreeningOutcome.DEFICIENT)
    failed = page.detail.rules_model.row_of(deficient.failed_rules[0])
    click_row(qtbot, page.detail.rules_view, failed)
    assert page.detail.selected_rule().rule == deficient.failed_rules[0]
