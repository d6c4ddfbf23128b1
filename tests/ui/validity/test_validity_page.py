"""The Validity checks page with the mouse: the demo's checks and their notices, a check opened from the form, its
notices sent, a receipt and a comment recorded, concluding refused while comments are due, and a sanction case opened
from an inappropriate check; the documents preview."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.reports.models import EvaluationReport
from desktop.domain.validity.models import CheckStatus
from desktop.ui.pages.validity.page import ValidityPage
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import unsanctioned_report
from tests.ui.mouse import click_record


def _press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Korean text is set directly (as an input method commits it); the buttons are pressed with the mouse."""
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.ok_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_demo_checks_show_their_next_deadline_and_notices(make_page, qtbot, tmp_path):
    page = make_page(ValidityPage)
    rows = page.table.records()
    assert {r.status for r in rows} == {CheckStatus.CONCLUDED, CheckStatus.NOTIFIED}
    running = click_record(qtbot, page.table, lambda r: r.status == CheckStatus.NOTIFIED, column=page.INSTITUTION)
    assert running.next_step == "Comments due" and running.next_deadline is not None
    assert len(page.notices.records()) == 2 and not page.send_button.isEnabled()
    assert not page.sanction_button.isEnabled() and page.conclude_button.isEnabled()
    click_record(qtbot, page.notices, lambda n: n.recipient.value == "institute", column=page.NOTICE_NUMBER)
    assert page.comment_button.isEnabled() and not page.receipt_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()
    concluded = click_record(qtbot, page.table, lambda r: r.status == CheckStatus.CONCLUDED)
    assert concluded.conclusion == "inappropriate" and page.sanction_button.isEnabled()
    assert [n.comment_late for n in page.notices.records()] == [False, False, False]
    qtbot.mouseClick(page.result_button, Qt.MouseButton.LeftButton)
    assert page.preview_dialog.isVisible()
    page.resize(1200, 760)
    page.grab().save("/tmp/validity13-page-en.png")


def test_a_check_is_opened_notified_and_commented_with_the_mouse(make_page, qtbot, demo_database, dialogs):
    with demo_database.read() as s:
        number = s.get_one(EvaluationReport, unsanctioned_report(s)).report_number
    page = make_page(ValidityPage)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    qtbot.keyClicks(dialog.report, number)
    dialog.requester.setCurrentIndex(dialog.requester.findData("state_body"))
    dialog.client_name.setText("㈜한빛전자")
    dialog.client_contact.setText("loan@hanbit.example")
    dialog.reason.insertPlainText("평가금액 과다 의심")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible() and "Name who asked for the check." in dialog.banner.text()
    dialog.requester_name.setText("중소벤처기업부")
    dialog.requester_contact.setText("세종특별자치시 갈매로 408")
    _press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    row = page.table.current_record()
    assert row.report_number == number and row.next_deadline == date(2026, 12, 7)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert len(page.notices.records()) == 3 and page.table.current_record().status == CheckStatus.NOTIFIED
    click_record(qtbot, page.notices, lambda n: n.recipient.value == "client")
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    _press_ok(qtbot, page.day_dialog)
    client = next(n for n in page.notices.records() if n.recipient.value == "client")
    assert client.received_on == date(2026, 11, 25) and client.comment_deadline == date(2026, 12, 7)
    click_record(qtbot, page.notices, lambda n: n.recipient.value == "client")
    qtbot.mouseClick(page.comment_button, Qt.MouseButton.LeftButton)
    _press_ok(qtbot, page.day_dialog)
    assert "Write what the recipient submitted." in page.day_dialog.banner.text()
    page.day_dialog.comment.insertPlainText("조사에 협조하겠음")
    _press_ok(qtbot, page.day_dialog)
    assert next(n for n in page.notices.records() if n.recipient.value == "client").comment == "조사에 협조하겠음"
    qtbot.mouseClick(page.conclude_button, Qt.MouseButton.LeftButton)
    form = page.conclude_dialog.form
    form.reasons_edit.insertPlainText("평가기준에 맞게 평가됨")
    _press_ok(qtbot, page.conclude_dialog)
    assert page.conclude_dialog.isVisible()
    assert "its comment period has not begun" in page.conclude_dialog.banner.text()


def test_concluding_with_the_form_once_the_periods_ended(make_page, qtbot, demo_database):
    move_clock_to(date(2026, 12, 20))
    page = make_page(ValidityPage)
    click_record(qtbot, page.table, lambda r: r.status == CheckStatus.NOTIFIED)
    qtbot.mouseClick(page.conclude_button, Qt.MouseButton.LeftButton)
    form = page.conclude_dialog.form
    form.assessments["method"].setCurrentIndex(form.assessments["method"].findData("falls_short"))
    _press_ok(qtbot, page.conclude_dialog)
    assert "falls short" in form.banner.text() and page.conclude_dialog.isVisible()
    form.notes["method"].setText("할인율 근거 없음")
    form.reasons_edit.insertPlainText("할인율 산정 근거가 없어 평가기준에 맞지 않음")
    assert form.inappropriate.isChecked()
    _press_ok(qtbot, page.conclude_dialog)
    assert not page.conclude_dialog.isVisible()
    row = page.table.current_record()
    assert row.status == CheckStatus.CONCLUDED and row.result_number and page.result_button.isEnabled()


def test_the_page_reads_in_korean(make_page, qtbot, interface_language):
    interface_language("ko")
    page = make_page(ValidityPage)
    headers = [page.table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.table.model.columnCount())]
    assert headers[:3] == ["조사번호", "평가기관", "평가보고서"]
    click_record(qtbot, page.table, lambda r: r.status == CheckStatus.NOTIFIED)
    assert page.open_button.text() == "조사 착수…" and "통지 기한" in page.detail.text()
    page.resize(1200, 760)
    page.grab().save("/tmp/validity13-page-ko.png")
