"""A sanction case done from the Sanctions page with the mouse: opened with its evidence, the prior notice, the
opinion, the hearing's notice and record (which prints), the disposition drafted with its end day shown, approved."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from desktop.core.clock import KST
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.sanctions.models import CaseStatus, DispositionKind, Ground, PriorNotice, SanctionEvidence
from desktop.ui.pages.registry.page import RegistryPage
from desktop.ui.pages.sanctions.page import SanctionsPage
from desktop.ui.widgets.feedback import field_level
from tests.domain.helpers import PDF
from tests.domain.sanctions.steps import designated_entries, move_clock_to, user_id
from tests.ui.mouse import click_record
from tests.ui.sanctions.forms import choose, noticed_case, press_ok, type_number


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _case(page, case_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in page.table.records() if r.id == case_id)


def test_the_whole_case_from_opening_to_the_approved_disposition_through_the_dialogs(
        make_page, qtbot, dialogs, demo_database, tmp_path):
    with demo_database.read() as s:
        entry_id, chair = designated_entries(s)[0], user_id(s, "chair")
    page = make_page(SanctionsPage)
    before = len(page.table.records())
    _click(qtbot, page.open_button)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    choose(qtbot, dialog.entry, entry_id)
    choose(qtbot, dialog.ground, Ground.BREACH_OF_STANDARD.value)
    dialog.facts.setPlainText("2026년 평가보고서 2건에서 평가기준 위반")  # Korean comes through the input method
    qtbot.keyClicks(dialog.facts_en, "Two 2026 reports in breach of the standard")
    dialog.breach_ended_on.setDate(_qdate(date(2026, 10, 31)))
    assert dialog.limitation.text() == "A sanction may be disposed until 2031. 10. 31. (5 years, 행정기본법 Art. 23 ①)."
    choose(qtbot, dialog.intended, DispositionKind.SUSPENSION.value)
    type_number(qtbot, dialog.months, 2)
    dialog.evidence_title.setText("타당성조사 결과 (부적정)")
    evidence = tmp_path / "타당성조사 결과.pdf"
    evidence.write_bytes(PDF)
    dialogs.open_paths = [evidence]
    _click(qtbot, dialog.choose_button)
    assert dialog.evidence_name.text() == "타당성조사 결과.pdf"
    qtbot.keyClicks(dialog.reference, "VC-2026-0001")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    assert len(page.table.records()) == before + 1
    case = page.table.current_record()
    assert case.status == CaseStatus.OPEN and case.id == dialog.saved
    with demo_database.read() as s:
        stored = s.scalars(select(SanctionEvidence).where(SanctionEvidence.case_id == case.id)).one()
        assert (stored.file_name, stored.reference, stored.blob_sha256 is not None) == \
            ("타당성조사 결과.pdf", "VC-2026-0001", True)
    assert page.step_hint.text() == "Next: send the prior notice (행정절차법 Art. 21)."
    assert not page.hearing_button.isEnabled() and not page.draft_button.isEnabled()

    _click(qtbot, page.notice_button)
    press_ok(qtbot, page.dialog)
    assert _case(page, case.id).status == CaseStatus.NOTICED
    assert page.step_hint.text() == "Opinions are due by 2026. 12. 7.; then notify the hearing."

    _click(qtbot, page.opinion_button)
    opinion = page.dialog
    opinion.opinion.setPlainText("위반 사실을 인정하고 감경을 요청함")
    press_ok(qtbot, opinion)
    assert not opinion.isVisible() and not page.opinion_button.isEnabled()
    with demo_database.read() as s:
        assert s.scalars(select(PriorNotice.opinion).where(PriorNotice.case_id == case.id)).one() == \
            "위반 사실을 인정하고 감경을 요청함"

    _click(qtbot, page.hearing_button)
    notice = page.dialog
    assert notice.earliest_hint.text() == "Earliest hearing date allowed: 2026. 12. 5."
    notice.hearing_on.setDate(_qdate(date(2026, 12, 10)))
    notice.place.setText("정부대전청사 1동 소회의실")
    choose(qtbot, notice.officer, chair)
    assert notice.banner.isHidden()
    press_ok(qtbot, notice)
    assert not notice.isVisible(), notice.banner.text()
    assert _case(page, case.id).status == CaseStatus.HEARING_NOTIFIED
    assert not page.record_button.isEnabled()  # the hearing is not held yet
    assert page.step_hint.text() == \
        "The hearing is on 2026. 12. 10. at 정부대전청사 1동 소회의실; record it once it is held."

    move_clock_to(date(2026, 12, 10), 16)
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == case.id)
    _click(qtbot, page.record_button)
    record = page.dialog
    choose(qtbot, record.attendance, "attended")
    record.attendees.setText("대표 홍길동")
    record.statements.setPlainText("위반 사실을 인정하고 재발방지 대책을 설명함")
    record.evidence.setPlainText("재발방지 대책서 1부")
    record.officer_opinion.setPlainText("2개월 효력정지가 타당함")
    press_ok(qtbot, record)
    assert not record.isVisible(), record.banner.text()
    assert _case(page, case.id).status == CaseStatus.HEARD
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()  # the 청문조서 prints
    assert page.documents.current_record().kind == DocumentKind.HEARING_RECORD

    _click(qtbot, page.draft_button)
    draft = page.dialog
    assert draft.chosen_kind() == DispositionKind.SUSPENSION and draft.months.value() == 2
    draft.starts_on.setDate(_qdate(date(2026, 12, 14)))
    assert draft.ends_on.text().startswith("Suspended until 2027. 2. 13. (both days included; 2 months:")
    draft.reasons.setPlainText("평가기준을 위반한 평가보고서 2건; 청문에서 위반 사실을 인정함")
    press_ok(qtbot, draft)
    assert not draft.isVisible(), draft.banner.text()
    assert page.step_hint.text() == "The drafted disposition awaits approval by someone other than its drafter."
    assert not page.issue_button.isEnabled()  # the secretariat may not approve

    approver = make_page(SanctionsPage, "approver")
    click_record(qtbot, approver.table, lambda r: r.id == case.id)
    assert not approver.draft_button.isEnabled() and not approver.open_button.isEnabled()
    _click(qtbot, approver.issue_button)
    assert _case(approver, case.id).status == CaseStatus.DISPOSED
    assert [d.issued for d in approver.documents.records()] == [True, True, True, True]
    move_clock_to(date(2027, 1, 5))
    registry = make_page(RegistryPage)
    row = next(n for n, r in enumerate(registry.table.records()) if r.id == entry_id)
    assert registry.table.model.index(row, registry.STATUS).data() == "Suspended until 2027. 2. 13."


def test_the_opinion_received_after_its_deadline_is_recorded_on_the_day_it_came(make_page, qtbot, demo_database,
                                                                                demo_actors):
    case_id = noticed_case(demo_database, demo_actors)
    move_clock_to(date(2026, 12, 9))
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    _click(qtbot, page.opinion_button)
    dialog = page.dialog
    dialog.received_on.setDate(_qdate(date(2026, 12, 8)))
    assert dialog.lateness.text() == "Received after the deadline (2026. 12. 7.): it is recorded as a late opinion."
    dialog.received_on.setDate(_qdate(date(2026, 11, 24)))
    press_ok(qtbot, dialog)
    assert dialog.banner.text() == "Write what the institute submitted." and field_level(dialog.opinion) == "error"
    dialog.opinion.setPlainText("기한 후 의견서")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and field_level(dialog.received_on) == "error"
    assert field_level(dialog.opinion) == ""
    assert dialog.banner.text() == "The opinion cannot be received before the prior notice was sent (2026. 11. 25.)."
    dialog.received_on.setDate(_qdate(date(2026, 12, 8)))
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    with demo_database.read() as s:
        notice = s.scalars(select(PriorNotice).where(PriorNotice.case_id == case_id)).one()
        assert notice.opinion_received_at.astimezone(KST).date() == date(2026, 12, 8)
