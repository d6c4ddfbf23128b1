"""The Validity checks page: the checks of filed reports with what is due next, the notices of the selected check with
their deadlines and comments, a button for each step, and the documents to preview in Korean or English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.labels import kind_label
from desktop.domain.reports.standard import Conclusion, conclusion_label
from desktop.domain.validity.conclusion import conclude_check, open_sanction_from_check, sanction_proposal
from desktop.domain.validity.models import CheckStatus
from desktop.domain.validity.service import (
    CheckRow,
    NoticeRow,
    check_notices,
    find_report,
    list_checks,
    open_check,
    recipient_label,
    record_comment,
    record_receipt,
    requester_label,
    send_due_notices,
    status_label,
)
from desktop.domain.validity.withdrawal import withdraw_check
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.validity.closing_dialogs import SanctionFromCheckDialog, WithdrawCheckDialog
from desktop.ui.pages.validity.dialogs import ConcludeDialog, NoticeDayDialog, OpenCheckDialog
from desktop.ui.widgets.official_documents import official_pdf, official_preview
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _open_on_report(session, actor, values: dict[str, Any]) -> CheckRow:  # type: ignore[no-untyped-def]
    """Find the report by its number and open the check on it, in one unit of work."""
    report_id = find_report(session, actor, values["report"])
    return open_check(session, actor, report_id, values["requester"], values["client_name"],
                      values["client_contact"], values["reason"], values["requester_name"],
                      values["requester_contact"])


def _day(day) -> str:  # type: ignore[no-untyped-def]
    return official_date(day) if day is not None else ""


class ValidityPage(Page):
    """Validity checks (Act Art. 31-4 ①–③) and their notices, findings and result letters."""

    key = "validity"
    areas = frozenset({"validity_checks", "validity_notices", "evaluation_reports", "sanction_cases", "settings"})
    NUMBER, INSTITUTION, REPORT, REQUESTER, STATUS, NEXT, DEADLINE = range(7)
    RECIPIENT, NOTICE_NUMBER, SENT, RECEIVED, DUE, COMMENT = range(6)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.open_dialog: OpenCheckDialog | None = None
        self.day_dialog: NoticeDayDialog | None = None
        self.conclude_dialog: ConcludeDialog | None = None
        self.sanction_dialog: SanctionFromCheckDialog | None = None
        self.withdraw_dialog: WithdrawCheckDialog | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Validity checks"))
        self.table.setObjectName("checks")
        self.detail = QLabel(self)
        self.detail.setObjectName("checkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices = RecordTable(self._notice_columns(), parent=self)
        self.notices.set_title(self.tr("Notices of the check"))
        self.notices.setObjectName("notices")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language of the documents"))
        self.open_button = QPushButton(self.tr("Open check…"), self)
        self.send_button = QPushButton(self.tr("Send notices"), self)
        self.receipt_button = QPushButton(self.tr("Record receipt…"), self)
        self.comment_button = QPushButton(self.tr("Record comment…"), self)
        self.conclude_button = QPushButton(self.tr("Conclude…"), self)
        self.sanction_button = QPushButton(self.tr("Open sanction case…"), self)
        self.withdraw_button = QPushButton(self.tr("Withdraw check…"), self)
        self.preview_button = QPushButton(self.tr("Preview notice"), self)
        self.result_button = QPushButton(self.tr("Preview result letter"), self)
        for button, slot in ((self.open_button, self.open_check_dialog), (self.send_button, self.send_notices),
                             (self.receipt_button, self.receipt_dialog), (self.comment_button, self.comment_dialog),
                             (self.conclude_button, self.conclusion_dialog),
                             (self.sanction_button, self.open_sanction), (self.withdraw_button, self.withdraw),
                             (self.preview_button, self.preview_notice),
                             (self.result_button, self.preview_result)):
            button.clicked.connect(lambda _=False, slot=slot: slot())
        self.table.currentRecordChanged.connect(self._show_check)
        self.notices.currentRecordChanged.connect(lambda _row: self._update_buttons())
        steps = QHBoxLayout()
        for widget in (self.open_button, self.send_button, self.conclude_button, self.sanction_button,
                       self.withdraw_button):
            steps.addWidget(widget)
        steps.addStretch(1)
        notice_buttons = QHBoxLayout()
        for widget in (self.receipt_button, self.comment_button, self.language, self.preview_button,
                       self.result_button):
            notice_buttons.addWidget(widget)
        notice_buttons.addStretch(1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(steps)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.notices, 1)
        lower_layout.addLayout(notice_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._show_check(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ValidityPage", "Validity checks")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Check"), lambda r: r.number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Report"), lambda r: r.report_number),
            Column(self.tr("Requested by"), lambda r: requester_label(r.requester)),
            Column(self.tr("Status"), lambda r: status_label(r.status) + (
                f" ({conclusion_label(r.conclusion)})" if r.conclusion else ""),
                tone=lambda r: "bad" if r.conclusion == Conclusion.INAPPROPRIATE else None),
            Column(self.tr("Next step"), lambda r: r.next_step),
            Column(self.tr("Next deadline"), lambda r: _day(r.next_deadline),
                   sort_key=lambda r: r.next_deadline.isoformat() if r.next_deadline else "9999"),
        ]

    def _notice_columns(self) -> list[Column]:
        return [
            Column(self.tr("Recipient"), lambda n: f"{n.recipient_name} ({recipient_label(n.recipient)})"),
            Column(self.tr("Notice"), lambda n: n.number),
            Column(self.tr("Sent"), lambda n: official_date(n.sent_at), sort_key=lambda n: n.sent_at),
            Column(self.tr("Received"), lambda n: _day(n.received_on) or self.tr("not recorded")),
            Column(self.tr("Comment due by"), lambda n: _day(n.comment_deadline)),
            Column(self.tr("Comment"), self._comment_text,
                   tone=lambda n: "bad" if n.comment_late else ("good" if n.commented_on else None)),
        ]

    def _comment_text(self, notice: NoticeRow) -> str:
        if notice.commented_on is None:
            return ""
        late = self.tr(" (late)") if notice.comment_late else ""
        return f"{official_date(notice.commented_on)}{late}: {notice.comment}"

    def refresh(self) -> None:
        rows = self.query(list_checks)
        if rows is None:
            return
        self.table.set_records(rows)
        self._show_check(self.table.current_record())

    def _show_check(self, row: CheckRow | None) -> None:
        if row is None:
            self.detail.setText(self.tr("Select a check to see its notices."))
            self.notices.set_records([])
        else:
            text = self.tr("{number}: report {report} of {name} · notices due by {deadline}").format(
                number=row.number, report=row.report_number, name=row.institution_name,
                deadline=official_date(row.notice_deadline))
            if row.result_number:
                text += " · " + self.tr("result letter {number}").format(number=row.result_number)
            if row.sanction_case_id is not None:
                text += " · " + self.tr("a sanction case was opened from it")
            if row.status == CheckStatus.WITHDRAWN:
                text += " · " + self.tr("withdrawn: {reason}").format(reason=row.withdrawn_reason)
            self.detail.setText(text)
            self.notices.set_records(self.query(check_notices, row.id) or [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row: CheckRow | None = self.table.current_record()
        notice: NoticeRow | None = self.notices.current_record()
        live = row is not None and row.status not in (CheckStatus.CONCLUDED, CheckStatus.WITHDRAWN)
        self.open_button.setEnabled(True)
        self.send_button.setEnabled(row is not None and row.status == CheckStatus.OPEN)
        self.conclude_button.setEnabled(live and row.status == CheckStatus.NOTIFIED)
        self.sanction_button.setEnabled(row is not None and row.conclusion == Conclusion.INAPPROPRIATE
                                        and row.sanction_case_id is None)
        self.withdraw_button.setEnabled(live)
        self.receipt_button.setEnabled(live and notice is not None and notice.received_on is None)
        self.comment_button.setEnabled(live and notice is not None and notice.received_on is not None
                                       and notice.commented_on is None)
        self.preview_button.setEnabled(notice is not None)
        self.result_button.setEnabled(row is not None and bool(row.result_number))

    def _after_change(self, message: str, check_id: int | None = None) -> None:
        self.refresh()
        if check_id is not None:
            self.table.select_id(check_id)
        self.statusMessage.emit(message)

    def _write(self, function, *args: Any) -> Any:  # type: ignore[no-untyped-def]
        with self.context.writing(source=self) as session:
            return function(session, self.context.actor, *args)

    # -- the steps ---------------------------------------------------------------------------------------------
    def open_check_dialog(self) -> OpenCheckDialog:
        def save(values: dict[str, Any]) -> CheckRow:
            row = self._write(_open_on_report, values)
            self._after_change(self.tr("Validity check {number} opened.").format(number=row.number), row.id)
            return row

        self.open_dialog = OpenCheckDialog(save, self)
        self.open_dialog.open()
        return self.open_dialog

    def send_notices(self) -> None:
        row = self.table.current_record()
        if row is None:
            return
        numbers = self.change(send_due_notices, row.id)
        if numbers is not None:
            self._after_change(self.tr("Notices {numbers} sent.").format(numbers=", ".join(numbers)), row.id)

    def _notice_dialog(self, with_comment: bool) -> NoticeDayDialog | None:
        row, notice = self.table.current_record(), self.notices.current_record()
        if row is None or notice is None:
            return None

        def save(values: dict[str, Any]) -> Any:
            if with_comment:
                result = self._write(record_comment, notice.id, values["comment"], values["day"])
            else:
                result = self._write(record_receipt, notice.id, values["day"])
            self._after_change(self.tr("Recorded."), row.id)
            return result

        name = f"{notice.recipient_name} ({notice.number})"
        if with_comment:
            title = self.tr("Comment of {name}").format(name=name)
            explanation = self.tr("A comment is due by {deadline}; one received later is recorded and marked late.") \
                .format(deadline=_day(notice.comment_deadline))
        else:
            title = self.tr("Receipt of {name}").format(name=name)
            explanation = self.tr("The recipient may comment within 10 days of the day it received the notice.")
        self.day_dialog = NoticeDayDialog(save, title, explanation, with_comment, self)
        self.day_dialog.open()
        return self.day_dialog

    def receipt_dialog(self) -> NoticeDayDialog | None:
        return self._notice_dialog(False)

    def comment_dialog(self) -> NoticeDayDialog | None:
        return self._notice_dialog(True)

    def conclusion_dialog(self) -> ConcludeDialog | None:
        row = self.table.current_record()
        if row is None:
            return None

        def save(values: dict[str, Any]) -> str:
            number = self._write(conclude_check, row.id, values["findings"], values["conclusion"], values["reasons"])
            self._after_change(self.tr("Check {check} concluded; result letter {number} issued.").format(
                check=row.number, number=number), row.id)
            return number

        self.conclude_dialog = ConcludeDialog(save, self.tr("Conclude {number}").format(number=row.number), self)
        self.conclude_dialog.open()
        return self.conclude_dialog

    def open_sanction(self) -> SanctionFromCheckDialog | None:
        row = self.table.current_record()
        proposal = self.query(sanction_proposal, row.id) if row is not None else None
        if row is None or proposal is None:
            return None

        def save(values: dict[str, Any]) -> CheckRow:
            saved = self._write(open_sanction_from_check, row.id, values["intended"], values["months"],
                                values["breach_ended_on"], values["facts"], values["facts_en"])
            self._after_change(self.tr("Sanction case opened from {number}.").format(number=row.number), row.id)
            return saved

        self.sanction_dialog = SanctionFromCheckDialog(save, proposal, self)
        self.sanction_dialog.open()
        return self.sanction_dialog

    def withdraw(self) -> WithdrawCheckDialog | None:
        row = self.table.current_record()
        if row is None:
            return None

        def save(values: dict[str, Any]) -> CheckRow:
            saved = self._write(withdraw_check, row.id, values["reason"])
            self._after_change(self.tr("Check {number} withdrawn.").format(number=row.number), row.id)
            return saved

        self.withdraw_dialog = WithdrawCheckDialog(save, row.number, self)
        self.withdraw_dialog.open()
        return self.withdraw_dialog

    # -- documents ---------------------------------------------------------------------------------------------
    def _preview(self, kind: str, entity_id: int, number: str) -> PdfPreviewDialog | None:
        pdf = official_pdf(self, self.context, self.dialogs, kind, entity_id, str(self.language.currentData()),
                           number)
        if pdf is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = official_preview(self, self.dialogs, pdf, f"{kind_label(kind)} {number}",
                                               f"{number}-{self.language.currentData()}.pdf")
        self.preview_dialog.show()
        return self.preview_dialog

    def preview_notice(self) -> PdfPreviewDialog | None:
        notice = self.notices.current_record()
        return None if notice is None else self._preview(DocumentKind.VALIDITY_NOTICE, notice.id, notice.number)

    def preview_result(self) -> PdfPreviewDialog | None:
        row = self.table.current_record()
        if row is None or not row.result_number:
            return None
        return self._preview(DocumentKind.VALIDITY_RESULT, row.id, row.result_number)
