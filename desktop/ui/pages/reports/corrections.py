"""Correction requests on the Reports page (Decree Art. 14-5): "Request a correction…" on the selected report with
its reason and the day the institute received it (the 20-day deadline computed and shown as you type), "Record the
answer…" (a late answer is recorded and marked late), and the requests of the selected report or its institute, or
all, with open / overdue / answered counted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.formatting import official_date
from desktop.domain.reports.service import CorrectionRow, CorrectionState, ReportRow, state_label
from desktop.ui import theme
from desktop.ui.pages.registry.change_dialog import date_edit, from_qdate
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

Save = Callable[[dict[str, Any]], Any]


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    return edit


class CorrectionRequestDialog(FormDialog):
    """The day the institute received the request and what is to be corrected; the answer's due day shown live."""

    def __init__(self, save: Save, report: ReportRow, deadline: Callable[[date], date | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("correctionRequestDialog")
        self.setWindowTitle(self.tr("Request a correction of {number}").format(number=report.report_number))
        self.setMinimumWidth(480)
        self.deadline = deadline
        self.received_on = date_edit(self, "receivedOn", today())
        self.due = QLabel(self)
        self.due.setObjectName("due")
        self.due.setWordWrap(True)
        self.reason = _text_edit("reason")
        self.reason.setPlaceholderText(self.tr("e.g. the registration number of the patent is wrong"))
        self.fields = {"received_on": self.received_on, "reason": self.reason}
        form = QFormLayout()
        form.addRow(self.tr("Report"), QLabel(f"{report.report_number} · {report.institution_name}", self))
        form.addRow(self.tr("Received by the institute on"), self.received_on)
        form.addRow(self.tr("Answer due"), self.due)
        form.addRow(self.tr("What is to be corrected"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Request")))
        self.received_on.dateChanged.connect(lambda _: self._show_due())
        self._show_due()
        self.reason.setFocus()

    def _show_due(self) -> None:
        due = self.deadline(from_qdate(self.received_on.date()))
        self.due.setText(self.tr("{day} (20 days from the day after receipt; a Saturday or holiday moves it to the "
                                 "next working day)").format(day=official_date(due)) if due else "")

    def values(self) -> dict[str, Any]:
        return {"received_on": from_qdate(self.received_on.date()), "reason": self.reason.toPlainText()}


class AnswerDialog(FormDialog):
    """The day the institute answered and its answer; an answer after the due day is said to be late as you type."""

    def __init__(self, save: Save, request: CorrectionRow, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("correctionAnswerDialog")
        self.setWindowTitle(self.tr("Record the answer on {number}").format(number=request.report_number))
        self.setMinimumWidth(480)
        self.request = request
        self.answered_on = date_edit(self, "answeredOn", today())
        self.timing = QLabel(self)
        self.timing.setObjectName("timing")
        self.answer = _text_edit("answer")
        self.fields = {"answered_on": self.answered_on, "answer": self.answer}
        form = QFormLayout()
        form.addRow(self.tr("Request"), QLabel(self.tr("{number}, received {received}, answer due {due}").format(
            number=request.report_number, received=official_date(request.received_on),
            due=official_date(request.due_on)), self))
        form.addRow(self.tr("Answered on"), self.answered_on)
        form.addRow("", self.timing)
        form.addRow(self.tr("Answer"), self.answer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Record")))
        self.answered_on.dateChanged.connect(lambda _: self._show_timing())
        self._show_timing()
        self.answer.setFocus()

    def late_by(self) -> int:
        return max(0, (from_qdate(self.answered_on.date()) - self.request.due_on).days)

    def _show_timing(self) -> None:
        late = self.late_by()
        self.timing.setText(self.tr("Late by %n day(s): the answer is recorded and marked late.", "", late) if late
                            else self.tr("In time."))
        theme.set_tone(self.timing, theme.Tone.BAD if late else None)

    def values(self) -> dict[str, Any]:
        return {"answered_on": from_qdate(self.answered_on.date()), "answer": self.answer.toPlainText()}


def _state_tone(row: CorrectionRow) -> str | None:
    return {CorrectionState.OVERDUE: "bad", CorrectionState.ANSWERED: "good"}.get(row.state)


class CorrectionsPanel(QWidget):
    """The requests (all, of the selected report, of its institute) with their counts, and "Record the answer…"."""

    ALL, REPORT, INSTITUTE = "all", "report", "institute"
    answerRequested = Signal(object)  # the CorrectionRow to answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests: list[CorrectionRow] = []
        self.report: ReportRow | None = None
        self.scope = QComboBox(self)
        self.scope.setObjectName("correctionScope")
        self.scope.addItem(self.tr("All requests"), self.ALL)
        self.scope.addItem(self.tr("Of the selected report"), self.REPORT)
        self.scope.addItem(self.tr("Of the selected report's institute"), self.INSTITUTE)
        self.counts = QLabel(self)
        self.counts.setObjectName("correctionCounts")
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Correction requests"))
        self.table.setObjectName("corrections")
        self.answer_button = QPushButton(self.tr("Record the answer…"), self)
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(lambda _=False: self._ask_answer())
        self.table.currentRecordChanged.connect(lambda _row: self.update_buttons())
        self.scope.currentIndexChanged.connect(lambda _: self._show())
        bar = QHBoxLayout()
        bar.addWidget(label_for(self.tr("Show"), self.scope, self))
        bar.addWidget(self.scope)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.may_answer = False
        self.update_buttons()

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Institute"), lambda c: c.institution_name),
                Column(self.tr("Report number"), lambda c: c.report_number),
                Column(self.tr("Received"), lambda c: official_date(c.received_on), sort_key=lambda c: c.received_on),
                Column(self.tr("Answer due"), lambda c: official_date(c.due_on), sort_key=lambda c: c.due_on),
                Column(self.tr("State"), lambda c: state_label(c.state) + (self.tr(" (late)") if c.answered_late
                                                                           else ""), tone=_state_tone),
                Column(self.tr("Answered"), lambda c: official_date(c.answered_on) if c.answered_on else ""),
                Column(self.tr("Reason"), lambda c: c.reason),
                Column(self.tr("Answer"), lambda c: c.answer)]

    def set_requests(self, requests: list[CorrectionRow], institutions: dict[int, int]) -> None:
        """Every request, with the institute of each report (``institutions``: report id → institution id)."""
        self.requests, self.institutions = requests, institutions
        self._show()

    def set_report(self, report: ReportRow | None) -> None:
        self.report = report
        self._show()

    def choose_scope(self, scope: str) -> None:
        self.scope.setCurrentIndex(self.scope.findData(scope))

    def shown(self) -> list[CorrectionRow]:
        scope, report = self.scope.currentData(), self.report
        if scope == self.REPORT:
            return [c for c in self.requests if report is not None and c.report_id == report.id]
        if scope == self.INSTITUTE:
            return [c for c in self.requests
                    if report is not None and self.institutions.get(c.report_id) == report.institution_id]
        return list(self.requests)

    def _show(self) -> None:
        shown = self.shown()
        self.table.set_records(shown)
        count = {state: sum(1 for c in shown if c.state == state) for state in CorrectionState}
        self.counts.setText(self.tr("{open} open · {overdue} overdue · {answered} answered").format(
            open=count[CorrectionState.OPEN], overdue=count[CorrectionState.OVERDUE],
            answered=count[CorrectionState.ANSWERED]))
        self.update_buttons()

    def update_buttons(self) -> None:
        request = self.table.current_record()
        self.answer_button.setEnabled(self.may_answer and request is not None and request.answered_on is None)

    def _ask_answer(self) -> None:
        request = self.table.current_record()
        if request is not None and request.answered_on is None:
            self.answerRequested.emit(request)

