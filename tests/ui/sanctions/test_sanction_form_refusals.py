"""Every bad input of the sanction forms is told at its field with the service's sentence, and nothing is saved:
a hearing 9 days after its notice, an officer who took part in the case, a suspension of 7 months, a suspension
overlapping another, fraud with a suspension, a breach older than the 5-year limitation; buttons follow the role."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desktop.domain.registry.status import RegistryRestriction, RestrictionKind
from desktop.domain.sanctions.models import CaseStatus, Disposition, DispositionKind, Ground, Hearing, SanctionCase
from desktop.ui.pages.sanctions.page import SanctionsPage
from desktop.ui.widgets.feedback import field_level
from tests.domain.sanctions.steps import designated_entries, heard_case, user_id
from tests.ui.mouse import click_record
from tests.ui.pointer import hover_tooltip
from tests.ui.sanctions.forms import choose, noticed_case, press_ok, type_number


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _count(database, model) -> int:  # type: ignore[no-untyped-def]
    with database.read() as s:
        return s.scalar(select(func.count(model.id)))


def _open_step(qtbot, page, case_id: int, button):  # type: ignore[no-untyped-def]
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def test_a_hearing_nine_days_after_its_notice_is_refused_at_the_date_field(make_page, qtbot, demo_database,
                                                                           demo_actors):
    case_id = noticed_case(demo_database, demo_actors)
    with demo_database.read() as s:
        chair = user_id(s, "chair")
    page = make_page(SanctionsPage)
    dialog = _open_step(qtbot, page, case_id, page.hearing_button)
    assert dialog.hearing_on.date() == _qdate(date(2026, 12, 5))  # the earliest day, computed, is offered
    dialog.place.setText("정부대전청사 회의실")
    choose(qtbot, dialog.officer, chair)
    dialog.hearing_on.setDate(_qdate(date(2026, 12, 4)))  # 9 days after today's notice
    refusal = ("The hearing must be notified at least 10 days before it is held (행정절차법 Art. 21 ②): with notice "
               "on 2026. 11. 25., the earliest hearing date is 2026. 12. 5.")
    assert dialog.banner.text() == refusal and field_level(dialog.hearing_on) == "error"  # as it is chosen
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and field_level(dialog.hearing_on) == "error"
    assert field_level(dialog.officer) == "" and _count(demo_database, Hearing) == 2  # the demo's two only
    dialog.hearing_on.setDate(_qdate(date(2026, 12, 5)))
    assert dialog.banner.isHidden() and field_level(dialog.hearing_on) == ""
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and _count(demo_database, Hearing) == 3


def test_an_officer_who_took_part_in_the_case_is_refused_at_the_officer_field(make_page, qtbot, demo_database,
                                                                             demo_actors):
    case_id = noticed_case(demo_database, demo_actors)
    with demo_database.read() as s:
        secretariat = user_id(s, "secretariat")
    page = make_page(SanctionsPage)
    dialog = _open_step(qtbot, page, case_id, page.hearing_button)
    dialog.place.setText("정부대전청사 회의실")
    dialog.hearing_on.setDate(_qdate(date(2026, 12, 10)))
    choose(qtbot, dialog.officer, secretariat)  # 김하늘 opened the case and sent its notice
    refusal = dialog.banner.text()
    assert refusal.startswith("김하늘 took part in case 제재사건-2026-") and "행정절차법 Art. 29" in refusal
    assert field_level(dialog.officer) == "error"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and field_level(dialog.officer) == "error"
    assert _count(demo_database, Hearing) == 2
    with demo_database.read() as s:
        assert s.get_one(SanctionCase, case_id).status == CaseStatus.NOTICED


def test_a_suspension_of_seven_months_is_refused_at_the_months_field(make_page, qtbot, demo_database, demo_actors):
    case_id = heard_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    dialog = _open_step(qtbot, page, case_id, page.draft_button)
    dialog.starts_on.setDate(_qdate(date(2026, 12, 14)))
    dialog.reasons.setPlainText("평가기준 위반")
    type_number(qtbot, dialog.months, 7)
    refusal = ("A suspension lasts at most 6 months (Act Art. 31 ①): from 2026. 12. 14. it must end by 2027. 6. 13., "
               "not 2027. 7. 13.")
    assert dialog.banner.text() == refusal and field_level(dialog.months) == "error" and dialog.ends_on.text() == ""
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and field_level(dialog.months) == "error"
    assert _count(demo_database, Disposition) == 2
    type_number(qtbot, dialog.months, 6)
    assert dialog.banner.isHidden() and dialog.ends_on.text().startswith("Suspended until 2027. 6. 13.")
    type_number(qtbot, dialog.months, 0)
    type_number(qtbot, dialog.days, 1)  # one day: the first day is its last
    assert dialog.ends_on.text().startswith("Suspended until 2026. 12. 14.")


def test_a_suspension_overlapping_another_is_refused_at_the_start_day(make_page, qtbot, demo_database, demo_actors):
    with demo_database.read() as s:
        suspended = s.scalars(select(RegistryRestriction).where(
            RegistryRestriction.kind == RestrictionKind.SUSPENSION)).one()  # the demo's, in force today
        entry_id, ends_on, reference = suspended.entry_id, suspended.ends_on, suspended.reference
    page = make_page(SanctionsPage)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.dialog.entry.findData(entry_id) >= 0  # a suspended institute is in force: a case may be opened
    page.dialog.close()
    case_id = heard_case(demo_database, demo_actors, entry_id=entry_id)
    page.refresh()
    dialog = _open_step(qtbot, page, case_id, page.draft_button)
    dialog.reasons.setPlainText("평가기준 위반 재발")
    dialog.starts_on.setDate(_qdate(date(2026, 12, 14)))
    refusal = dialog.banner.text()
    assert refusal.startswith(f"The suspension overlaps suspension {reference} (") and \
        refusal.endswith(f"choose a start after {ends_on:%Y}. {ends_on.month}. {ends_on.day}.")
    assert field_level(dialog.starts_on) == "error"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and _count(demo_database, Disposition) == 2
    dialog.starts_on.setDate(_qdate(ends_on + timedelta(days=1)))
    assert dialog.banner.isHidden() and field_level(dialog.starts_on) == ""
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and _count(demo_database, Disposition) == 3


def test_fraud_allows_only_revocation_the_forms_follow_and_a_suspension_is_refused(make_page, qtbot, demo_database,
                                                                                  demo_actors):
    page = make_page(SanctionsPage)
    cases = _count(demo_database, SanctionCase)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.chosen_intended() == DispositionKind.SUSPENSION and dialog.months.isVisible()
    choose(qtbot, dialog.ground, Ground.FRAUD.value)
    assert dialog.chosen_intended() == DispositionKind.REVOCATION and not dialog.months.isVisible()
    assert dialog.limitation.text().startswith("No limitation: a designation obtained by fraud")
    choose(qtbot, dialog.intended, DispositionKind.SUSPENSION.value)
    refusal = ("A designation obtained by fraud must be revoked (Act Art. 31 ① proviso); a suspension is not "
               "allowed.")
    assert dialog.banner.text() == refusal and field_level(dialog.intended) == "error"
    dialog.facts.setPlainText("위조된 재직증명서")
    dialog.evidence_title.setText("국민연금 가입자 확인서")
    dialog.reference.setText("국민연금공단 회신")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and field_level(dialog.intended) == "error"
    assert _count(demo_database, SanctionCase) == cases
    choose(qtbot, dialog.intended, DispositionKind.REVOCATION.value)
    assert dialog.banner.isHidden()
    press_ok(qtbot, dialog)
    assert not dialog.isVisible() and _count(demo_database, SanctionCase) == cases + 1

    fraud = heard_case(demo_database, demo_actors, ground=Ground.FRAUD, intended=DispositionKind.REVOCATION)
    page.refresh()
    draft = _open_step(qtbot, page, fraud, page.draft_button)
    assert draft.chosen_kind() == DispositionKind.REVOCATION and not draft.months.isVisible()
    assert draft.ends_on.text().startswith("The designation is revoked from ")
    choose(qtbot, draft.kind, DispositionKind.SUSPENSION.value)
    assert draft.banner.text() == refusal and field_level(draft.kind) == "error"


def test_a_breach_older_than_five_years_is_refused_at_the_date_field_except_for_fraud(make_page, qtbot, dialogs,
                                                                                     demo_database):
    page = make_page(SanctionsPage)
    cases = _count(demo_database, SanctionCase)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.facts.setPlainText("평가기준 위반")
    dialog.evidence_title.setText("타당성조사 결과")
    dialog.reference.setText("타당성-2026-0001")
    dialog.breach_ended_on.setDate(_qdate(date(2021, 11, 24)))
    refusal = ("The breach ended on 2021. 11. 24.: more than 5 years have passed (the last day to sanction was "
               "2026. 11. 24.), so no sanction may be imposed (행정기본법 Art. 23 ①).")
    assert dialog.banner.text() == refusal and field_level(dialog.breach_ended_on) == "error"
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == refusal and field_level(dialog.breach_ended_on) == "error"
    assert _count(demo_database, SanctionCase) == cases
    dialog.breach_ended_on.setDate(_qdate(date(2021, 11, 25)))  # the last day to sanction is today
    assert dialog.banner.isHidden() and field_level(dialog.breach_ended_on) == ""
    dialog.breach_ended_on.setDate(_qdate(date(2021, 11, 24)))
    choose(qtbot, dialog.ground, Ground.FRAUD.value)
    assert dialog.banner.isHidden() and field_level(dialog.breach_ended_on) == ""


def test_opening_a_case_without_evidence_or_facts_is_refused_at_the_field_and_opens_nothing(make_page, qtbot,
                                                                                          demo_database):
    page = make_page(SanctionsPage)
    cases = _count(demo_database, SanctionCase)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    press_ok(qtbot, dialog)
    assert dialog.banner.text() == "State the facts the case rests on." and field_level(dialog.facts) == "error"
    dialog.facts.setPlainText("평가기준 위반")
    press_ok(qtbot, dialog)
    assert dialog.banner.text() == "Name the evidence." and field_level(dialog.evidence_title) == "error"
    dialog.evidence_title.setText("타당성조사 결과")
    press_ok(qtbot, dialog)
    assert dialog.banner.text() == "Attach a file or name the record the evidence refers to."
    assert field_level(dialog.evidence_file) == "error" and field_level(dialog.evidence_title) == ""
    assert _count(demo_database, SanctionCase) == cases  # the case was not opened without its evidence


def test_the_step_buttons_follow_the_role_and_say_why_they_are_off(make_page, qtbot, demo_database, demo_actors):
    case_id = noticed_case(demo_database, demo_actors, designated_entries_first(demo_database))
    member = make_page(SanctionsPage, "member")
    click_record(qtbot, member.table, lambda r: r.id == case_id)
    for button in (member.open_button, member.opinion_button, member.hearing_button, member.issue_button):
        assert not button.isEnabled()
    assert hover_tooltip(qtbot, member.hearing_button) == "Your role (Committee member) may not draft decisions."
    secretariat = make_page(SanctionsPage)
    click_record(qtbot, secretariat.table, lambda r: r.id == case_id)
    assert secretariat.opinion_button.isEnabled() and secretariat.hearing_button.isEnabled()
    assert not secretariat.notice_button.isEnabled() and not secretariat.record_button.isEnabled()


def designated_entries_first(database) -> int:  # type: ignore[no-untyped-def]
    with database.read() as s:
        return designated_entries(s)[0]
