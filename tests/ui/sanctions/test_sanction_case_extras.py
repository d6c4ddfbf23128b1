"""The Sanctions page's smaller forms with the mouse: the prior notice with its opinion period (its deadline shown
live, fewer than 10 days refused at the field), more evidence for a case not yet disposed, and discarding a drafted
disposition; each button enabled by the case's status and the person's role."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.domain.audit.models import AuditEvent
from desktop.domain.sanctions.disposition import draft_disposition
from desktop.domain.sanctions.models import CaseStatus, Disposition, DispositionKind, PriorNotice, SanctionEvidence
from desktop.ui.pages.sanctions.page import SanctionsPage
from desktop.ui.widgets.feedback import field_level
from tests.domain.helpers import PDF
from tests.domain.sanctions.steps import SUSPENSION_START, heard_case, open_breach_case, suspended_case
from tests.ui.mouse import click_record
from tests.ui.sanctions.forms import press_ok, type_number


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_prior_notice_asks_for_its_period_and_shows_the_deadline_as_it_is_typed(
        make_page, qtbot, demo_database, demo_actors):
    case_id = open_breach_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    _click(qtbot, page.notice_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.days.value() == 10
    # Sent on Wed 2026-11-25: 10 days end on Sat 12-05, which moves to Mon 12-07 (민법 161).
    assert dialog.deadline.text() == "Sent today, opinions are due by 2026. 12. 7."
    type_number(qtbot, dialog.days, 9)
    assert field_level(dialog.days) == "error" and "at least 10 days" in dialog.banner.text()
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    with demo_database.read() as s:
        assert s.scalar(select(PriorNotice.id).where(PriorNotice.case_id == case_id)) is None
    type_number(qtbot, dialog.days, 14)
    assert field_level(dialog.days) == "" and dialog.deadline.text() == "Sent today, opinions are due by 2026. 12. 9."
    dialog.grab().save("/tmp/polishA13-prior-notice-en.png")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    assert page.table.current_record().status == CaseStatus.NOTICED
    assert page.step_hint.text() == "Opinions are due by 2026. 12. 9.; then notify the hearing."
    with demo_database.read() as s:
        notice = s.scalars(select(PriorNotice).where(PriorNotice.case_id == case_id)).one()
        assert notice.opinion_days == 14


def test_evidence_is_added_to_an_open_case_but_not_to_a_disposed_one(make_page, qtbot, dialogs, demo_database,
                                                                      demo_actors, tmp_path):
    case_id = open_breach_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    _click(qtbot, page.evidence_button)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.title.setText("평가보고서 사본")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and field_level(dialog.file) == "error"
    assert dialog.banner.text() == "Attach a file or name the record the evidence refers to."
    evidence = tmp_path / "평가보고서.pdf"
    evidence.write_bytes(PDF)
    dialogs.open_paths = [evidence]
    _click(qtbot, dialog.choose_button)
    assert dialog.file_name.text() == "평가보고서.pdf"
    dialog.grab().save("/tmp/polishA13-evidence-en.png")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    assert page.evidence_label.text().endswith("; 평가보고서 사본")
    with demo_database.read() as s:
        stored = s.scalars(select(SanctionEvidence).where(SanctionEvidence.case_id == case_id)
                           .order_by(SanctionEvidence.id.desc())).first()
        assert (stored.title, stored.file_name) == ("평가보고서 사본", "평가보고서.pdf") and stored.blob_sha256

    disposition_id, _number = suspended_case(demo_database, demo_actors)
    with demo_database.read() as s:
        disposed = s.get_one(Disposition, disposition_id).case_id
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == disposed)
    assert page.table.current_record().status == CaseStatus.DISPOSED and not page.evidence_button.isEnabled()


def test_a_drafted_disposition_is_discarded_and_drafted_again(make_page, qtbot, dialogs, demo_database, demo_actors):
    case_id = heard_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION, SUSPENSION_START,
                          "평가기준 위반", months=2)
    member = make_page(SanctionsPage, "member")
    click_record(qtbot, member.table, lambda r: r.id == case_id)
    assert not member.discard_button.isEnabled() and not member.evidence_button.isEnabled()
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    assert not page.draft_button.isEnabled()
    assert [d.issued for d in page.documents.records()][-1] is False
    _click(qtbot, page.discard_button)
    assert "Discard the drafted disposition" in dialogs.prompts[-1]
    assert not page.discard_button.isEnabled() and page.draft_button.isEnabled()
    assert page.step_hint.text() == "Next: draft the disposition."
    assert all(d.issued for d in page.documents.records())
    with demo_database.read() as s:
        assert s.scalar(select(func.count(Disposition.id)).where(Disposition.case_id == case_id)) == 0
        assert s.scalar(select(func.count(AuditEvent.id))
                        .where(AuditEvent.action == "sanction.discard_disposition")) == 1


def test_the_refused_discard_changes_nothing_when_the_person_says_no(make_page, qtbot, dialogs, demo_database,
                                                                     demo_actors):
    case_id = heard_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION, SUSPENSION_START,
                          "평가기준 위반", months=2)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    dialogs.confirm_answer = False
    _click(qtbot, page.discard_button)
    assert page.discard_button.isEnabled()
    with demo_database.read() as s:
        assert s.scalar(select(func.count(Disposition.id)).where(Disposition.case_id == case_id)) == 1


def test_the_new_forms_read_in_korean(make_page, qtbot, demo_database, demo_actors, interface_language):
    interface_language("ko")
    case_id = open_breach_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    assert (page.notice_button.text(), page.evidence_button.text()) == ("사전통지 발송…", "증거 추가…")
    _click(qtbot, page.notice_button)
    qtbot.waitExposed(page.dialog)
    assert page.dialog.deadline.text() == "오늘 발송하면 의견제출 기한은 2026. 12. 7.입니다."
    page.dialog.grab().save("/tmp/polishA13-prior-notice-ko.png")
    page.dialog.close()
    _click(qtbot, page.evidence_button)
    qtbot.waitExposed(page.dialog)
    page.dialog.grab().save("/tmp/polishA13-evidence-ko.png")
