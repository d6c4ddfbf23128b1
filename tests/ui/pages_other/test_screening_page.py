"""The Screening page on the demo data: listing, running the screening, and refused steps as plain messages."""

from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.screening.models import ScreeningOutcome
from desktop.ui.pages.screening.page import ScreeningPage


def _in_status(page: ScreeningPage, status: ApplicationStatus):
    return next(r for r in page.table.records() if r.status == status)


def test_lists_applications_with_their_latest_result(make_page):
    page = make_page(ScreeningPage)
    rows = page.table.records()
    assert len(rows) == 18
    deficient = _in_status(page, ApplicationStatus.SUPPLEMENT_REQUESTED)
    assert deficient.outcome == ScreeningOutcome.DEFICIENT and deficient.failed_rules
    page.table.select_id(deficient.application_id)
    assert page.heading.text().startswith(deficient.number)
    results = [page.rules_model.index(n, 1).data() for n in range(page.rules_model.rowCount())]
    assert "Fail" in results and "Pass" in results
    assert page.outcome_value.text() == "Deficient"


def test_only_awaiting_filter(make_page):
    page = make_page(ScreeningPage)
    page.open_only.setChecked(True)
    statuses = {r.status for r in page.table.visible_records()}
    assert statuses <= {ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING,
                        ApplicationStatus.SUPPLEMENT_REQUESTED}
    assert len(page.table.visible_records()) == 4


def test_run_screening_records_a_result_shown_in_the_page(make_page, dialogs, qtbot):
    page = make_page(ScreeningPage)
    row = _in_status(page, ApplicationStatus.SCREENING)
    assert row.outcome is None
    page.table.select_id(row.application_id)
    assert page.run_button.isEnabled()
    with qtbot.waitSignal(page.recordsChanged) as changed:
        page.run_button.click()
    assert changed.args == ["applications"]
    assert dialogs.errors == []
    updated = next(r for r in page.table.records() if r.application_id == row.application_id)
    assert updated.outcome == ScreeningOutcome.ELIGIBLE
    assert page.table.current_id() == row.application_id
    assert page.rules_model.rowCount() >= 6
    assert all(page.rules_model.index(n, 1).data() == "Pass" for n in range(page.rules_model.rowCount()))


def test_pass_to_inspection_before_an_eligible_screening_is_refused_plainly(make_page, dialogs):
    page = make_page(ScreeningPage)
    row = _in_status(page, ApplicationStatus.SCREENING)
    page.table.select_id(row.application_id)
    page.pass_button.click()
    assert [name for name, _ in dialogs.calls] == ["confirm", "show_error"]
    assert dialogs.errors == ["Screening has not found the application eligible yet: run the screening and "
                              "resolve every failed requirement first."]
    assert _in_status(page, ApplicationStatus.SCREENING).application_id == row.application_id


def test_pass_to_inspection_after_eligible_screening(make_page, dialogs):
    page = make_page(ScreeningPage)
    row = _in_status(page, ApplicationStatus.SCREENING)
    page.table.select_id(row.application_id)
    page.run_button.click()
    page.pass_button.click()
    assert dialogs.errors == []
    moved = next(r for r in page.table.records() if r.application_id == row.application_id)
    assert moved.status == ApplicationStatus.INSPECTION
    assert not page.pass_button.isEnabled()


def test_declined_confirmation_changes_nothing(make_page, dialogs):
    dialogs.confirm_answer = False
    page = make_page(ScreeningPage)
    row = _in_status(page, ApplicationStatus.SCREENING)
    page.table.select_id(row.application_id)
    page.supplement_button.click()
    assert _in_status(page, ApplicationStatus.SCREENING).application_id == row.application_id


def test_roles_that_may_not_screen_have_no_action_buttons(make_page):
    page = make_page(ScreeningPage, "approver")
    assert len(page.table.records()) == 18
    assert page.run_button.isHidden() and page.pass_button.isHidden()
