"""Sign-off: each inspector attests the completed checklist with their name and the time; reopening needs a
reason. Also says whether the application may go to the committee."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.inspections.models import InspectionStatus
from desktop.domain.inspections.queries import InspectionDetail
from desktop.domain.inspections.signoff import default_attestation, reopen_inspection, sign_off
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.service_call import run_service
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable, fit_columns


class SignOffPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.detail: InspectionDetail | None = None
        self.inspectors = RecordTable([
            Column(self.tr("Inspector"), lambda r: f"{r.name} ({r.title})" if r.title else r.name),
            Column(self.tr("Signed at"), lambda r: official_datetime(r.signed_at) if r.signed_at else
                   self.tr("not signed yet"), sort_key=lambda r: r.signed_at,
                   tone=lambda r: "good" if r.signed_at else None),
            Column(self.tr("Attestation"), lambda r: r.attestation or ""),
            Column(self.tr("Conflict"), lambda r: self.tr("declared: must be replaced") if r.conflicted else "",
                   tone=lambda r: "bad" if r.conflicted else None),
        ], id_of=lambda r: r.user_id, parent=self)
        self.inspectors.set_title(self.tr("Inspectors' signatures"))
        self.inspectors.setObjectName("signatures")
        self.banner = MessageBanner(self)
        self.attestation = QPlainTextEdit(default_attestation(), self)
        self.attestation.setObjectName("attestation")
        self.attestation.setFixedHeight(56)
        self.sign_button = QPushButton(self.tr("Attest and sign off"), self)
        self.sign_button.setObjectName("signOff")
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setObjectName("reopen")
        self.committee = QLabel(self)
        self.committee.setObjectName("committeeStatus")
        self.committee.setWordWrap(True)
        gate(self.sign_button, context.actor, Permission.FILL_INSPECTIONS)
        gate(self.reopen_button, context.actor, Permission.FILL_INSPECTIONS, Permission.SCHEDULE_INSPECTIONS)
        self.sign_button.clicked.connect(self.sign)
        self.reopen_button.clicked.connect(self.reopen)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inspectors, 1)
        layout.addWidget(label_for(self.tr("Your attestation:"), self.attestation, self))
        layout.addWidget(self.attestation)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.committee)

    def show_detail(self, detail: InspectionDetail) -> None:
        self.detail = detail
        self.inspectors.set_records(detail.inspectors)
        fit_columns(self.inspectors.view)  # the texts grow as the inspection goes on
        self.sign_button.setEnabled(detail.may_sign)
        self.attestation.setEnabled(detail.may_sign)
        self.reopen_button.setEnabled(detail.may_reopen)
        if detail.status == InspectionStatus.SIGNED:
            text = self.tr("Signed off by every inspector: the inspection is read-only.")
        elif detail.status == InspectionStatus.COMPLETED:
            text = self.tr("Completed: waiting for the signatures of every inspector.")
        else:
            text = self.tr("Complete the checklist (Ctrl+Enter) before signing off.")
        blockers = " ".join(detail.blockers)
        ready = self.tr("The application may go to the committee.")
        self.committee.setText(f"{text}\n{blockers or ready}")

    def _run(self, function: Callable[..., object], *args: object) -> bool:
        if not run_service(self.context, self.dialogs, self.banner, function, *args):
            return False
        self.changed.emit()
        return True

    def sign(self) -> bool:
        return self.detail is not None and self._run(sign_off, self.detail.id, self.attestation.toPlainText())

    def reopen(self) -> bool:
        if self.detail is None:
            return False
        reason = self.dialogs.ask_text(self, self.tr("Reopen {number}").format(number=self.detail.number),
                                       self.tr("Why must the signed checklist change? (recorded in the audit log)"))
        if reason is None:
            return False
        return self._run(reopen_inspection, self.detail.id, reason)
