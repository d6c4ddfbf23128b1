"""The Screening page on the demo data: results rule by rule, overrides, documents, supplement requests, letters."""

from datetime import timedelta

from desktop.core.clock import now, set_clock
from desktop.domain.applications.models import ApplicationStatus, AttachmentStatus
from desktop.domain.screening.models import ScreeningOutcome, SupplementStatus


def in_status(page, status: ApplicationStatus):
    return next(r for r in page.table.records() if r.status == status)


def row_of(page, application_id: int):
    return next(r for r in page.table.records() if r.application_id == application_id)


def test_lists_applications_with_their_latest_result_and_the_overdue_request(make_page):
    page = make_page()
    rows = page.table.records()
    assert len(rows) == 19
    deficient = in_status(page, ApplicationStatus.SUPPLEMENT_REQUESTED)
    assert deficient.outcome == ScreeningOutcome.DEFICIENT and deficient.failed_rules and deficient.overdue
    assert page.overdue_banner.isVisibleTo(page) and deficient.number in page.overdue_banner.text()
    page.table.select_id(deficient.application_id)
    assert page.detail.heading.text().startswith(deficient.number)
    results = [page.detail.rules_model.index(n, 1).data() for n in range(page.detail.rules_model.rowCount())]
    assert "Fail" in results and "Pass" in results
    assert page.detail.outcome_value.text() == "Deficient"
    overdue_cell = page.table.model.index(page.table.model.row_of(deficient.application_id), page.SUPPLEMENT).data()
    assert overdue_cell.startswith("OVERDUE")
    (request,) = page.detail.supplements
    assert request.status == SupplementStatus.OPEN and page.detail.receive_button.isEnabled()


def test_only_awaiting_filter(make_page):
    page = make_page()
    page.open_only.setChecked(True)
    statuses = {r.status for r in page.table.visible_records()}
    assert statuses <= {ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING,
                        ApplicationStatus.SUPPLEMENT_REQUESTED}
    assert len(page.table.visible_records()) == 4


def test_run_screening_records_a_result_shown_in_the_page(make_page, dialogs, qtbot):
    page = make_page()
    row = in_status(page, ApplicationStatus.SCREENING)
    assert row.outcome is None
    page.table.select_id(row.application_id)
    assert page.run_button.isEnabled() and not page.confirm_button.isEnabled()
    with qtbot.waitSignal(page.recordsChanged) as changed:
        page.run_button.click()
    assert changed.args == ["applications"] and dialogs.errors == []
    assert row_of(page, row.application_id).outcome == ScreeningOutcome.ELIGIBLE
    assert page.table.current_id() == row.application_id
    model = page.detail.rules_model
    assert model.rowCount() >= 7 and all(model.index(n, 1).data() == "Pass" for n in range(model.rowCount()))
    assert page.confirm_button.isEnabled() and page.detail.confirmed_value.text() == "not yet"
    page.confirm_button.click()
    assert "by 김하늘" in page.detail.confirmed_value.text()


def test_pass_to_inspection_before_an_eligible_screening_is_refused_plainly(make_page, dialogs):
    page = make_page()
    row = in_status(page, ApplicationStatus.SCREENING)
    page.table.select_id(row.application_id)
    page.pass_button.click()
    assert dialogs.errors == ["Screening has not found the application eligible yet: run the screening and "
                              "resolve every failed requirement first."]
    assert row_of(page, row.application_id).status == ApplicationStatus.SCREENING


def test_override_a_failed_rule_with_a_reason(make_page, dialogs):
    page = make_page()
    row = in_status(page, ApplicationStatus.SCREENING)
    page.table.select_id(row.application_id)
    page.run_button.click()
    page.detail.select_rule("facilities")
    dialogs.answers = [None]
    assert page.override_selected_rule() is False  # cancelled: nothing changes
    dialogs.answers = ["Checked on the premises list."]
    assert page.override_selected_rule() is True
    assert "as failed" in dialogs.prompts[-1]
    assert row_of(page, row.application_id).outcome == ScreeningOutcome.DEFICIENT
    line = page.detail.selected_rule()
    assert line.rule == "facilities" and line.overridden and not line.passed
    assert page.detail.rules_model.index(page.detail.rules_model.row_of("facilities"), 3).data() \
        == "Checked on the premises list. (김하늘)"


def test_reject_a_document_with_a_reason_then_it_shows_in_the_checklist(make_page, dialogs):
    page = make_page()
    row = in_status(page, ApplicationStatus.SUBMITTED)
    page.table.select_id(row.application_id)
    document = next(d for d in page.detail.detail.documents if d.filename.startswith("평가기관_지정신청서"))
    assert page.detail.select_document(document.id)
    assert page.detail.reject_button.isEnabled()
    dialogs.answers = ["The representative's seal is missing."]
    assert page.review_document(False) is True
    rejected = next(d for d in page.detail.detail.documents if d.id == document.id)
    assert rejected.status == AttachmentStatus.REJECTED
    line = page.detail.detail.checklist[0]
    assert line.state.value == "rejected" and "seal is missing" in line.detail
    preview = page.preview_document()
    assert preview is not None and preview.page_count() == 1
    preview.close()


def test_mark_overdue_requests_ineligible(make_page, dialogs):
    page = make_page()
    assert page.expire_button.isVisibleTo(page)
    numbers = page.expire_overdue()
    assert len(numbers) == 1
    assert row_of(page, page.table.records()[0].application_id)  # still listed
    ineligible = next(r for r in page.table.records() if r.number == numbers[0])
    assert ineligible.status == ApplicationStatus.INELIGIBLE and not page.overdue_banner.isVisibleTo(page)


def test_a_late_supplement_asks_for_the_reason_then_screens_again(make_page, dialogs):
    page = make_page()
    row = in_status(page, ApplicationStatus.SUPPLEMENT_REQUESTED)
    page.table.select_id(row.application_id)
    dialogs.answers = ["Sent by registered mail before the deadline.", "Unit charter"]
    assert page.receive_supplement() is True
    assert "deadline" in dialogs.prompts[0]
    again = row_of(page, row.application_id)
    assert again.status == ApplicationStatus.SCREENING and again.outcome == ScreeningOutcome.DEFICIENT
    assert page.detail.supplements[-1].status == SupplementStatus.RECEIVED


def test_letter_preview_save_and_print(make_page, dialogs, tmp_path):
    page = make_page()
    row = in_status(page, ApplicationStatus.SUPPLEMENT_REQUESTED)
    page.table.select_id(row.application_id)
    preview = page.preview_letter()
    assert preview is not None and preview.page_count() == 1
    preview.close()
    page.detail.letter_language.setCurrentIndex(1)
    dialogs.save_path = tmp_path / "letter"
    saved = page.save_letter()
    assert saved == tmp_path / "letter.pdf" and saved.read_bytes().startswith(b"%PDF")
    page.print_letter()  # the printer dialog is cancelled: nothing happens
    assert dialogs.prompts[-1].startswith("Print supplement request")


def test_roles_that_may_not_screen_see_the_action_buttons_disabled_with_the_reason(make_page):
    page = make_page("approver")
    assert len(page.table.records()) == 19
    page.table.select_id(in_status(page, ApplicationStatus.SCREENING).application_id)
    assert page.overdue and page.expire_button.isVisibleTo(page)  # the banner names the overdue request
    for button in (page.run_button, page.pass_button, page.expire_button, page.detail.accept_button):
        assert not button.isEnabled() and button.toolTip() == "Your role (Approver) may not screen applications."
    assert page.detail.letter_print_button.toolTip() == ""  # the approver prints; no letter is selected yet


def test_nothing_is_overdue_before_the_deadline(make_page):
    moment = now() - timedelta(days=5)
    set_clock(lambda: moment)
    page = make_page()
    assert not page.overdue_banner.isVisibleTo(page) and page.expire_button.isHidden()
