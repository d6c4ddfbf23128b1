"""Correction requests on the Reports page with the mouse: a report clicked, "Request a correction…" with its day of
receipt (the 20-day deadline shown as it changes, a substitute holiday moving it), an empty reason refused at its
field, the request listed for the report; then "Record the answer…" after the due day (refused at the answer while it
is empty), recorded and marked late."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.reports.service import CorrectionState, list_corrections
from desktop.ui.pages.reports.corrections import CorrectionsPanel
from desktop.ui.pages.reports.page import ReportsPage
from desktop.ui.widgets.feedback import field_level
from tests.ui.mouse import click_record, click_row, show_window


def loaded(qtbot, page):
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    return page


def ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _report_filed_before_september(page) -> int:
    """The shown row of a report filed before 15 September 2026 (so that day may be its day of receipt)."""
    return next(n for n, r in enumerate(page.model.rows()) if r.filing_date.isoformat() < "2026-09-01")


def test_a_request_with_its_live_deadline_then_a_late_answer(make_page, qtbot, dialogs):
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    assert not page.request_button.isEnabled()
    row = _report_filed_before_september(page)
    click_row(qtbot, page.view, row, 1)
    report = page.current_report()
    assert report is not None and page.request_button.isEnabled()
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and report.report_number in dialog.windowTitle()
    dialog.received_on.setDate(QDate(2026, 11, 20))
    assert dialog.due.text().startswith("2026. 12. 10.")
    dialog.received_on.setDate(QDate(2026, 9, 15))  # the 20th day is 5 Oct, the substitute holiday for 개천절
    assert dialog.due.text().startswith("2026. 10. 6.")
    dialog.grab().save("/tmp/publish13-correction-request-en.png")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "Say what is to be corrected" in dialog.banner.text()
    assert field_level(dialog.reason) == "error"
    qtbot.keyClicks(dialog.reason, "Valuation date mistyped")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.tabs.currentWidget() is page.correction_panel
    assert page.correction_panel.scope.currentData() == CorrectionsPanel.REPORT
    (request,) = page.corrections.records()
    assert (request.report_number, request.state) == (report.report_number, CorrectionState.OVERDUE)
    assert page.correction_panel.counts.text() == "0 open · 1 overdue · 0 answered"

    page.corrections.view.clearSelection()
    click_record(qtbot, page.corrections, lambda c: c.id == request.id, column=1)
    qtbot.mouseClick(page.correction_panel.answer_button, Qt.MouseButton.LeftButton)
    answer = page.dialog
    answer.answered_on.setDate(QDate(2026, 10, 9))
    assert answer.timing.text() == "Late by 3 days: the answer is recorded and marked late."
    answer.answered_on.setDate(QDate(2026, 10, 6))
    assert answer.timing.text() == "In time."
    answer.answered_on.setDate(QDate(2026, 10, 9))
    ok(qtbot, answer)  # nothing typed in the answer yet: refused at it, nothing recorded
    assert answer.isVisible() and answer.banner.text().startswith("Say what the institute answered")
    assert field_level(answer.answer) == "error" and field_level(answer.answered_on) != "error"
    answer.grab().save("/tmp/polishB13-correction-answer-empty-en.png")
    with page.context.reading() as session:
        stored = next(c for c in list_corrections(session, page.context.actor) if c.id == request.id)
    assert stored.answered_on is None and stored.answer == ""
    qtbot.keyClicks(answer.answer, "Filed again, corrected")
    answer.grab().save("/tmp/publish13-correction-answer-en.png")
    ok(qtbot, answer)
    assert not answer.isVisible()
    (answered,) = page.corrections.records()
    assert answered.state == CorrectionState.ANSWERED and answered.answered_late
    assert page.correction_panel.counts.text() == "0 open · 0 overdue · 1 answered"
    assert not page.correction_panel.answer_button.isEnabled()  # answered once
    page.grab().save("/tmp/publish13-corrections-en.png")


def test_a_day_of_receipt_in_the_future_is_refused_at_its_field(make_page, qtbot, dialogs):
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    before = len(page.corrections.records())
    click_row(qtbot, page.view, 0, 1)
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.received_on.setDate(QDate(2026, 11, 26))
    qtbot.keyClicks(dialog.reason, "x")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "lies in the future" in dialog.banner.text()
    assert field_level(dialog.received_on) == "error"
    dialog.reject()
    assert len(page.corrections.records()) == before


def test_the_requests_of_the_selected_institute_and_all_of_them(make_page, qtbot):
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    everything = page.corrections.records()
    assert len(everything) == 5  # the demo's five, one overdue
    target = everything[0]
    page.search.setText(target.report_number)
    click_row(qtbot, page.view, 0, 1)
    page.correction_panel.choose_scope(CorrectionsPanel.REPORT)
    assert [c.id for c in page.corrections.records()] == [target.id]
    page.correction_panel.choose_scope(CorrectionsPanel.INSTITUTE)
    of_institute = page.corrections.records()
    assert target.id in [c.id for c in of_institute]
    assert all(c.institution_name == target.institution_name for c in of_institute)
    page.correction_panel.choose_scope(CorrectionsPanel.ALL)
    assert len(page.corrections.records()) == 5


def test_a_member_may_not_request_a_correction(make_page, qtbot):
    page = loaded(qtbot, make_page(ReportsPage, "member"))
    show_window(qtbot, page)
    click_row(qtbot, page.view, 0, 1)
    assert page.current_report() is not None and not page.request_button.isEnabled()


def test_the_request_dialog_reads_in_korean(make_page, qtbot, interface_language):
    interface_language("ko")
    page = loaded(qtbot, make_page(ReportsPage))
    show_window(qtbot, page)
    click_row(qtbot, page.view, _report_filed_before_september(page), 1)
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    page.dialog.received_on.setDate(QDate(2026, 9, 15))
    assert page.dialog.due.text().startswith("2026. 10. 6. (수령 다음 날부터 20일")
    page.dialog.grab().save("/tmp/publish13-correction-request-ko.png")
    page.dialog.reject()
    page.tabs.setCurrentWidget(page.correction_panel)
    assert page.correction_panel.counts.text() == "진행 중 1 · 기한 경과 1 · 답변 완료 3"  # the demo's five
    page.grab().save("/tmp/publish13-corrections-ko.png")
