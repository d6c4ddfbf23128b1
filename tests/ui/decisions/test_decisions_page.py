"""The Decisions page on the demo data: the list, one document previewed, printed and saved, and the decision
actions (draft from the results, review, issue with four eyes, correct) as each role sees them."""

import io

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.decisions.models import DecisionOutcome, DecisionStatus
from desktop.issuing.batch import file_name
from desktop.issuing.verify import VerificationStatus, verify_pdf
from desktop.ui.pages.decisions.page import DecisionsPage


def _text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def page(make_page):
    page = make_page(DecisionsPage)
    _select(page, lambda r: r.status == DecisionStatus.ISSUED)  # the newest issued decision
    return page


def _select(page, predicate):
    row = next(r for r in page.table.records() if predicate(r))
    assert page.table.select_id(row.id)
    return row


def test_lists_every_decision_newest_number_first(page, dialogs):
    rows = page.table.visible_records()
    issued = [r for r in rows if r.status == DecisionStatus.ISSUED]
    assert len(issued) == 11 and len(rows) == 12  # and the demo's draft awaiting the approver
    assert [r.number for r in issued] == sorted((r.number for r in issued), reverse=True)
    model = page.table.model
    designated = next(n for n, r in enumerate(page.table.records()) if r.outcome.value == "designated")
    assert model.index(designated, page.OUTCOME).data() == "Designated"
    assert model.index(designated, page.STATUS).data() == "Issued"
    assert model.index(designated, page.APPROVED_BY).data() == "한서윤"
    assert model.index(designated, page.REVIEWED_BY).data() == "윤도경"
    assert dialogs.calls == []


def test_the_detail_shows_the_reasons_signatures_and_issued_documents(page):
    row = page.table.current_record()
    html = page.detail.toPlainText()
    assert row.number in html and "Reasons" in html and "Drafted by" in html and "Approved by" in html
    assert "Issued documents" in html and "Decision notice (ko)" in html  # the demo issued the notices


def test_save_as_pdf_writes_the_issued_notice_that_verifies(page, dialogs, tmp_path, context_for):
    row = page.table.current_record()
    dialogs.save_path = tmp_path / "notice"  # the suffix is added
    path = page.save_pdf()
    assert path == tmp_path / "notice.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and row.institution_name in _text_of(data)
    name, (_title, suggested, file_filter) = dialogs.calls[0]
    assert name == "save_file" and suggested == file_name("decision", row.number, row.institution_name, "ko")
    assert "*.pdf" in file_filter and dialogs.errors == []
    context = context_for("secretariat")
    with context.database.read() as session:
        report = verify_pdf(session, context.actor, data)
    assert report.status == VerificationStatus.VALID and report.document.number == row.number


def test_english_notice(page, dialogs, tmp_path):
    row = page.table.current_record()
    page.language.setCurrentIndex(page.language.findData("en"))
    dialogs.save_path = tmp_path / "notice-en.pdf"
    page.save_pdf()
    text = _text_of(dialogs.save_path.read_bytes())
    assert "Ministry of Intellectual Property" in text and row.application_number in text
    assert "The Designation Review Committee" in text  # the English reasons drafted with the decision
    assert dialogs.suggested == file_name("decision", row.number, row.institution_name, "en")
    # The English version is a new issue of its own: asked first, then recorded; saving again asks nothing.
    assert [call[0] for call in dialogs.calls] == ["confirm", "save_file"]
    assert "has not been issued in English yet" in dialogs.prompts[0]
    page.save_pdf()
    assert [call[0] for call in dialogs.calls] == ["confirm", "save_file", "save_file"]


def test_the_certificate_is_offered_for_designations_only(page, dialogs, tmp_path):
    page.kind.setCurrentIndex(page.kind.findData("certificate"))
    refused = _select(page, lambda r: r.outcome == DecisionOutcome.NOT_DESIGNATED)
    assert not page.save_button.isEnabled() and not page.preview_button.isEnabled()
    designated = _select(page, lambda r: r.outcome == DecisionOutcome.DESIGNATED)
    assert page.save_button.isEnabled()
    dialogs.save_path = tmp_path / "certificate.pdf"
    page.save_pdf()
    text = _text_of(dialogs.save_path.read_bytes())
    assert "평가기관 지정서" in text and designated.institution_name in text and refused.institution_name not in text


def test_cancelled_save_writes_nothing(page, dialogs):
    assert page.save_pdf() is None
    assert dialogs.errors == []


def test_preview_loads_the_document_with_print_and_save(page, dialogs):
    dialog = page.preview()
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_count() >= 1
    assert page.table.current_record().number in dialog.windowTitle()
    assert dialog.print_button is not None and dialog.save_button is not None
    dialog.close()


def test_print_sends_every_page_to_the_printer(page, dialogs, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialogs.printer = printer
    messages = []
    page.statusMessage.connect(messages.append)
    page.print_button.click()
    assert dialogs.errors == []
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    expected = len(pypdf.PdfReader(io.BytesIO(page.notice_pdf(page.table.current_record()))).pages)
    assert len(printed.pages) == expected >= 1
    assert messages and "sent to the printer" in messages[0]


def test_cancelled_print_does_nothing(page, dialogs):
    page.print_notice()
    assert [name for name, _ in dialogs.calls] == ["choose_printer"]


def test_roles_without_print_permission_get_the_plain_message(make_page, dialogs):
    page = make_page(DecisionsPage, "member")
    assert len(page.table.records()) == 12
    assert not page.draft_button.isEnabled() and not page.issue_button.isEnabled()
    _select(page, lambda r: r.status == DecisionStatus.ISSUED)
    assert not page.save_button.isEnabled() and "may not print documents" in page.save_button.toolTip()
    page.save_button.click()  # disabled: nothing happens
    assert dialogs.errors == []
    assert page.preview() is None  # and were it called anyway, the service refuses
    assert dialogs.errors == ["Your role (Committee member) may not do this: print documents."]


def _draft_through_the_dialog(page, **texts):
    """Run "Draft from results…" with the dialog driven by the test instead of a user."""
    seen = []

    def drive(dialog):
        seen.append(dialog)
        for name, value in texts.items():
            dialog.edits[name].setPlainText(value)
        dialog.save()
        return dialog.result()

    page.run_dialog = drive
    page.draft_button.click()
    return seen[0]


def test_secretariat_drafts_from_the_results_and_the_approver_issues(make_page, dialogs):
    secretariat = make_page(DecisionsPage, "secretariat")
    dialog = _draft_through_the_dialog(secretariat)
    assert dialog.edits["reasons"].toPlainText() and dialog.edits["reasons_en"].toPlainText()
    draft = secretariat.table.current_record()
    assert draft.status == DecisionStatus.DRAFT and draft.number == ""
    assert secretariat.table.visible_records()[0].id == draft.id  # drafts lead the list
    assert not secretariat.review_button.isEnabled()  # the drafter cannot review their own draft
    preview = secretariat.preview()  # a draft is previewed marked "draft", without number or code
    assert preview is not None and preview.page_count() >= 1 and "not issued" in preview.note.text()
    assert preview.print_button is None and preview.save_button is None
    preview.close()

    approver = make_page(DecisionsPage, "approver")
    assert approver.table.select_id(draft.id)
    assert approver.issue_button.isEnabled()
    number = approver.issue()
    assert number is not None and number.endswith("-0012호")
    confirm = next(args for name, args in dialogs.calls if name == "confirm")
    assert "cannot be changed afterwards" in confirm[0]
    issued = approver.table.current_record()
    assert issued.status == DecisionStatus.ISSUED and issued.number == number
    assert not approver.issue_button.isEnabled()


def test_an_empty_reason_is_refused_at_the_field_and_the_text_kept(make_page, dialogs):
    page = make_page(DecisionsPage, "secretariat")
    dialog = _draft_through_the_dialog(page, reasons="", conditions="유지되는 조건")
    assert dialog.errors["reasons"].text() == "State the reasons for the decision."
    assert dialog.edits["conditions"].toPlainText() == "유지되는 조건"
    drafts = [r for r in page.table.records() if r.status == DecisionStatus.DRAFT]
    assert [r.application_number for r in drafts] == ["2026-2-009"]  # only the demo's, nothing half-saved


def test_a_correction_supersedes_the_issued_decision(make_page, dialogs):
    secretariat = make_page(DecisionsPage, "secretariat")
    old = _select(secretariat, lambda r: r.outcome == DecisionOutcome.DESIGNATED)

    def drive(dialog):
        dialog.edits["conditions"].setPlainText("매 분기 평가실적을 제출할 것.")
        dialog.edits["correction_reason"].setPlainText("지정조건의 제출 주기 오기 정정")
        dialog.save()

    secretariat.run_dialog = drive
    secretariat.correct_button.click()
    assert dialogs.errors == []
    correction = secretariat.table.current_record()
    assert correction.status == DecisionStatus.DRAFT and correction.supersedes_number == old.number
    approver = make_page(DecisionsPage, "approver")
    approver.table.select_id(correction.id)
    number = approver.issue()
    rows = {r.id: r for r in approver.table.records()}
    assert rows[old.id].status == DecisionStatus.SUPERSEDED and rows[old.id].superseded_by_number == number
    assert approver.table.model.index(
        approver.table.model.row_of(old.id), approver.CORRECTION).data() == f"superseded by {number}"
    approver.table.select_id(correction.id)
    pdf = approver.notice_pdf(approver.table.current_record())
    text = " ".join(_text_of(pdf).split())
    assert f"종전 결정({old.number}, " in text and ")을 정정하여 갈음합니다." in text
    assert "정정 사유: 지정조건의 제출 주기 오기 정정" in text
    assert f"지정번호는 이 결정의 번호({number})로 바뀌어 종전 지정번호 {old.number}를 대체하고" in text


def test_the_approver_may_not_issue_a_decision_on_an_applicant_they_scored(make_page, dialogs, demo_database,
                                                                          demo_actors):
    from datetime import date

    from sqlalchemy import select

    from desktop.domain.committee.models import CommitteeMember
    from desktop.domain.scoring.models import ScoreSheet

    secretariat = make_page(DecisionsPage, "secretariat")
    draft_id = _draft_through_the_dialog(secretariat).decision_id
    with demo_database.transaction() as s:  # the approver becomes a committee member who scored the applicant
        application_id = secretariat.table.current_record().application_id
        member = CommitteeMember(user_id=demo_actors["approver"].user_id, name="한서윤", kind="internal",
                                 affiliation="지식재산처", term_start=date(2026, 1, 1), term_end=date(2027, 12, 31))
        s.add(member)
        s.flush()
        s.add(ScoreSheet(application_id=application_id, member_id=member.id, criteria_version="2026.1"))
        assert s.scalars(select(ScoreSheet).where(ScoreSheet.application_id == application_id)).first()
    approver = make_page(DecisionsPage, "approver")
    approver.table.select_id(draft_id)
    assert approver.issue() is None
    assert dialogs.errors == ["You inspected or scored this applicant, so you may not approve its decision."]
    assert approver.table.current_record().status == DecisionStatus.DRAFT
