"""What ends a check, from the Validity page with the mouse: a sanction case opened from the inappropriate check
through its form (the intended disposition, the breach day, the facts prefilled from the reasons; refusals at the
field, nothing saved), and a check withdrawn with its reason, after which the same report is checked anew."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desktop.domain.audit.models import AuditEvent
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.sanctions.models import DispositionKind, SanctionCase, SanctionEvidence
from desktop.domain.validity.models import CheckStatus, ValidityCheck
from desktop.ui.pages.validity.page import ValidityPage
from desktop.ui.widgets.feedback import field_level
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import opened_check
from tests.ui.mouse import click_record
from tests.ui.sanctions.forms import choose, press_ok, type_number


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cases(database) -> int:  # type: ignore[no-untyped-def]
    with database.read() as s:
        return int(s.scalar(select(func.count(SanctionCase.id))))


def test_the_sanction_form_proposes_the_reasons_refuses_at_the_field_and_opens_a_revocation(
        make_page, qtbot, demo_database):
    page = make_page(ValidityPage)
    row = click_record(qtbot, page.table, lambda r: r.status == CheckStatus.CONCLUDED, column=page.INSTITUTION)
    with demo_database.read() as s:
        check = s.get_one(ValidityCheck, row.id)
        reasons, issued = check.reasons, s.get_one(EvaluationReport, check.report_id).issue_date
    before = _cases(demo_database)
    _click(qtbot, page.sanction_button)
    dialog = page.sanction_dialog
    qtbot.waitExposed(dialog)
    assert reasons in dialog.facts.toPlainText() and row.report_number in dialog.facts.toPlainText()
    assert dialog.breach_ended_on.date() == QDate(issued.year, issued.month, issued.day)
    assert dialog.months.value() == 3 and dialog.months.isVisible()
    type_number(qtbot, dialog.months, 5)
    dialog.breach_ended_on.setDate(QDate(2021, 1, 1))  # more than five years ago
    assert field_level(dialog.breach_ended_on) == "error" and "more than 5 years" in dialog.banner.text()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and _cases(demo_database) == before
    dialog.breach_ended_on.setDate(QDate(2026, 10, 30))
    assert field_level(dialog.breach_ended_on) == "" and dialog.limitation.text().startswith(
        "A sanction may be disposed until 2031. 10. 30.")
    dialog.facts.clear()
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and field_level(dialog.facts) == "error"
    assert dialog.banner.text() == "State the facts the case rests on." and _cases(demo_database) == before
    dialog.facts.setPlainText("평가기준 위반 평가보고서가 반복하여 발견됨")
    choose(qtbot, dialog.intended, DispositionKind.REVOCATION.value)
    assert not dialog.months.isVisible()
    page.sanction_dialog.grab().save("/tmp/polishA13-sanction-form-en.png")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    assert page.table.current_record().sanction_case_id is not None and not page.sanction_button.isEnabled()
    with demo_database.read() as s:
        case = s.get_one(SanctionCase, page.table.current_record().sanction_case_id)
        assert (case.intended, case.intended_months, case.breach_ended_on, case.facts) == (
            DispositionKind.REVOCATION, 0, date(2026, 10, 30), "평가기준 위반 평가보고서가 반복하여 발견됨")
        evidence = s.scalars(select(SanctionEvidence).where(SanctionEvidence.case_id == case.id)).one()
        assert (evidence.reference_type, evidence.reference) == ("validity_checks", row.number)


def test_a_check_past_its_notice_deadline_is_withdrawn_and_the_report_checked_anew(
        make_page, qtbot, demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with demo_database.read() as s:
        number = s.get_one(EvaluationReport, s.get_one(ValidityCheck, check_id).report_id).report_number
    move_clock_to(date(2026, 12, 10))  # its notices were due by 2026-12-07
    page = make_page(ValidityPage)
    click_record(qtbot, page.table, lambda r: r.id == check_id, column=page.INSTITUTION)
    _click(qtbot, page.withdraw_button)
    dialog = page.withdraw_dialog
    qtbot.waitExposed(dialog)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.banner.text() == "State why the check is withdrawn."
    assert field_level(dialog.reason) == "error"
    dialog.reason.setPlainText("통지기한(개시일부터 10일) 경과")
    dialog.grab().save("/tmp/polishA13-withdraw-en.png")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    row = page.table.current_record()
    assert row.id == check_id and row.status == CheckStatus.WITHDRAWN
    assert page.table.model.index(page.table.model.row_of(row.id), page.STATUS).data() == "Withdrawn"
    assert page.detail.text().endswith("withdrawn: 통지기한(개시일부터 10일) 경과")
    for button in (page.send_button, page.conclude_button, page.sanction_button, page.withdraw_button):
        assert not button.isEnabled(), button.text()
    with demo_database.read() as s:
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "validity.withdraw")) == 1

    _click(qtbot, page.open_button)
    form = page.open_dialog
    qtbot.keyClicks(form.report, number)
    form.client_name.setText("㈜한빛전자")
    form.client_contact.setText("loan@hanbit.example")
    form.reason.insertPlainText("재조사")
    press_ok(qtbot, form)
    assert not form.isVisible(), form.banner.text()
    again = page.table.current_record()
    assert again.id != check_id and again.report_number == number and again.status == CheckStatus.OPEN


def test_the_new_forms_read_in_korean(make_page, qtbot, demo_database, demo_actors, interface_language):
    interface_language("ko")
    check_id = opened_check(demo_database, demo_actors)
    page = make_page(ValidityPage)
    click_record(qtbot, page.table, lambda r: r.status == CheckStatus.CONCLUDED, column=page.INSTITUTION)
    _click(qtbot, page.sanction_button)
    qtbot.waitExposed(page.sanction_dialog)
    assert page.sanction_dialog.ok_box.buttons()[0].text() != "Open case"
    page.sanction_dialog.grab().save("/tmp/polishA13-sanction-form-ko.png")
    page.sanction_dialog.close()
    click_record(qtbot, page.table, lambda r: r.id == check_id, column=page.INSTITUTION)
    _click(qtbot, page.withdraw_button)
    qtbot.waitExposed(page.withdraw_dialog)
    assert page.withdraw_button.text() == "조사 철회…"
    page.withdraw_dialog.grab().save("/tmp/polishA13-withdraw-ko.png")
