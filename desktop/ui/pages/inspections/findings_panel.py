"""The findings of an inspection: the applicant's response, the inspector's verification that closes a finding,
and the secretariat's recorded override of the committee block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.domain.accounts.permissions import Permission
from desktop.domain.inspections.findings import (
    override_committee_block,
    record_applicant_response,
    severity_label,
    verification_label,
    verify_finding,
)
from desktop.domain.inspections.models import FindingSeverity, FindingVerification
from desktop.domain.inspections.queries import FindingRow, InspectionDetail
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.service_call import run_service
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable, fit_columns


class FindingsPanel(QWidget):
    """Lists the findings; the selected one gets the applicant's response and its verification."""

    changed = Signal()

    def __init__(self, context: AppContext, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.detail: InspectionDetail | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Findings"))
        self.table.setObjectName("findings")
        self.banner = MessageBanner(self)
        self.response = QPlainTextEdit(self)
        self.response.setObjectName("applicantResponse")
        self.response.setPlaceholderText(self.tr("What the applicant did, as received (letter, e-mail, photos)"))
        self.response.setFixedHeight(60)
        self.record_button = QPushButton(self.tr("Record the applicant's response"), self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("verificationNote")
        self.note.setPlaceholderText(self.tr("How the corrective action was checked (required when not effective)"))
        self.note.setFixedHeight(48)
        self.effective_button = QPushButton(self.tr("Verified: effective (closes it)"), self)
        self.not_effective_button = QPushButton(self.tr("Verified: not effective"), self)
        self.override_button = QPushButton(self.tr("Let it go to the committee anyway…"), self)
        self.override_button.setToolTip(self.tr("Secretariat only: send the application to the committee despite an "
                                                "open major finding, with a recorded reason."))
        gate(self.override_button, context.actor, Permission.SCHEDULE_INSPECTIONS)
        gate(self.record_button, context.actor, Permission.FILL_INSPECTIONS, Permission.SCHEDULE_INSPECTIONS)
        for button in (self.effective_button, self.not_effective_button):
            gate(button, context.actor, Permission.FILL_INSPECTIONS)
        self.override_label = QLabel(self)
        self.override_label.setObjectName("overrideReason")
        self.override_label.setWordWrap(True)

        self.record_button.clicked.connect(self.record_response)
        self.effective_button.clicked.connect(lambda: self.verify(True))
        self.not_effective_button.clicked.connect(lambda: self.verify(False))
        self.override_button.clicked.connect(self.override)
        self.table.currentRecordChanged.connect(self._update)

        follow_up = QGroupBox(self.tr("Follow-up of the selected finding"), self)
        box = QVBoxLayout(follow_up)
        box.addWidget(label_for(self.tr("Applicant's response:"), self.response, follow_up))
        box.addWidget(self.response)
        box.addWidget(self.record_button)
        box.addWidget(label_for(self.tr("Verification by the inspector:"), self.note, follow_up))
        box.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.effective_button)
        buttons.addWidget(self.not_effective_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.override_label, 1)
        bottom.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addWidget(follow_up)
        layout.addLayout(bottom)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Item"), lambda r: r.item_id),
            Column(self.tr("Severity"), lambda r: severity_label(r.severity),
                   tone=lambda r: "bad" if r.severity == FindingSeverity.MAJOR and r.is_open else None),
            Column(self.tr("Finding"), lambda r: r.description),
            Column(self.tr("Corrective action"), lambda r: r.corrective_action),
            Column(self.tr("Deadline"), lambda r: official_date(r.deadline) if r.deadline else "",
                   sort_key=lambda r: r.deadline),
            Column(self.tr("Applicant's response"), lambda r: r.applicant_response or ""),
            Column(self.tr("Status"), lambda r: verification_label(r.verification),
                   tone=lambda r: "good" if not r.is_open else "bad"),
            Column(self.tr("Verified by"), lambda r: r.verified_by),
        ]

    def show_detail(self, detail: InspectionDetail) -> None:
        self.detail = detail
        self.table.set_records(detail.findings)
        fit_columns(self.table.view)  # the texts grow as the inspection goes on
        if detail.findings and self.table.current_record() is None:
            self.table.select_row(0)
        reason = detail.committee_override_reason
        self.override_label.setText(self.tr("Override recorded: {reason}").format(reason=reason) if reason else "")
        open_major = any(f.is_open and f.severity == FindingSeverity.MAJOR for f in detail.findings)
        self.override_button.setEnabled(open_major and not reason)
        self._update(self.table.current_record())

    def _update(self, row: FindingRow | None) -> None:
        detail = self.detail
        closed = row is None or row.verification == FindingVerification.EFFECTIVE
        self.response.setEnabled(bool(detail and detail.may_respond) and not closed)
        self.record_button.setEnabled(bool(detail and detail.may_respond) and not closed)
        can_verify = bool(detail and detail.may_verify) and not closed and bool(row and row.applicant_response)
        for widget in (self.note, self.effective_button, self.not_effective_button):
            widget.setEnabled(can_verify)
        self.response.setPlainText((row.applicant_response or "") if row else "")
        self.note.clear()

    def _run(self, function: Callable[..., object], *args: object) -> bool:
        if not run_service(self.context, self.dialogs, self.banner, function, *args):
            return False
        self.changed.emit()
        return True

    def record_response(self) -> bool:
        row = self.table.current_record()
        return row is not None and self._run(record_applicant_response, row.id, self.response.toPlainText())

    def verify(self, effective: bool) -> bool:
        row = self.table.current_record()
        return row is not None and self._run(verify_finding, row.id, effective, self.note.toPlainText())

    def override(self) -> bool:
        if self.detail is None:
            return False
        reason = self.dialogs.ask_text(self, self.tr("Send to the committee despite an open major finding"),
                                       self.tr("Reason (recorded and shown to the committee):"))
        if reason is None:
            return False
        return self._run(override_committee_block, self.detail.id, reason)
