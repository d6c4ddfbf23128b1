"""The Sanctions page: the cases against designated institutes and, for the selected case, the form of its next
step (open, prior notice, opinion, hearing notice and record, disposition draft, approval) and its documents to
preview in Korean or English. Each button is enabled by the case's status and the person's permissions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.formatting import official_date, official_datetime
from desktop.core.periods import Period
from desktop.domain.accounts.permissions import Permission
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.labels import kind_label
from desktop.domain.sanctions.disposition import (
    DispositionPlan,
    discard_drafted,
    draft_disposition,
    issue_drafted,
    plan_disposition,
)
from desktop.domain.sanctions.hearing import notify_hearing, presiding_officer_choices, record_hearing
from desktop.domain.sanctions.letters import CaseDocument, case_documents
from desktop.domain.sanctions.models import CaseStatus, DispositionKind
from desktop.domain.sanctions.progress import CaseProgress, case_progress
from desktop.domain.sanctions.service import (
    CaseRow,
    add_evidence_input,
    entries_in_force,
    ground_label,
    list_cases,
    open_case_with_evidence,
    prior_notice_deadline,
    record_opinion,
    send_prior_notice,
    status_label,
)
from desktop.domain.sanctions.service import kind_label as disposition_label
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.sanctions.case_dialogs import OpenCaseDialog, OpinionDialog
from desktop.ui.pages.sanctions.disposition_dialog import DispositionDialog
from desktop.ui.pages.sanctions.hearing_dialogs import HearingNoticeDialog, HearingRecordDialog
from desktop.ui.pages.sanctions.step_dialogs import EvidenceDialog, PriorNoticeDialog
from desktop.ui.widgets.form_dialog import FormDialog
from desktop.ui.widgets.official_documents import official_pdf, official_preview
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


class SanctionsPage(Page):
    """Sanction cases (Act Art. 31 ①, Art. 57), the forms of their steps, and their documents."""

    key = "sanctions"
    areas = frozenset({"sanction_cases", "sanction_notices", "sanction_hearings", "sanction_dispositions",
                       "sanction_evidence", "registry_restrictions", "settings"})
    NUMBER, INSTITUTION, GROUND, INTENDED, STATUS, OPENED = range(6)
    DOC_KIND, DOC_NUMBER, DOC_DATE, DOC_STATE = range(4)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.dialog: FormDialog | None = None
        self.progress: CaseProgress | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Sanction cases"))
        self.table.view.sortByColumn(self.OPENED, Qt.SortOrder.DescendingOrder)
        self.documents_title = QLabel(self)
        self.documents_title.setObjectName("documentsTitle")
        self.documents = RecordTable(self._document_columns(), id_of=lambda d: (d.kind, d.entity_id), parent=self)
        self.documents.set_title(self.tr("Documents of the case"))
        self.documents.setObjectName("documents")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.preview_button = QPushButton(self.tr("Preview document"), self)
        self.open_button = QPushButton(self.tr("Open a case…"), self)
        self.notice_button = QPushButton(self.tr("Send prior notice…"), self)
        self.opinion_button = QPushButton(self.tr("Record opinion…"), self)
        self.hearing_button = QPushButton(self.tr("Notify hearing…"), self)
        self.record_button = QPushButton(self.tr("Record hearing…"), self)
        self.draft_button = QPushButton(self.tr("Draft disposition…"), self)
        self.issue_button = QPushButton(self.tr("Approve and issue disposition"), self)
        self.discard_button = QPushButton(self.tr("Discard draft"), self)
        self.evidence_button = QPushButton(self.tr("Add evidence…"), self)
        self.step_hint = QLabel(self)
        self.step_hint.setObjectName("stepHint")
        self.step_hint.setWordWrap(True)
        self.evidence_label = QLabel(self)
        self.evidence_label.setObjectName("evidence")
        self.evidence_label.setWordWrap(True)
        actor = context.actor
        for button in (self.open_button, self.notice_button, self.opinion_button, self.hearing_button,
                       self.record_button, self.draft_button, self.discard_button, self.evidence_button):
            gate(button, actor, Permission.DRAFT_DECISIONS)
        gate(self.issue_button, actor, Permission.APPROVE_DECISIONS)
        gate(self.preview_button, actor, Permission.PRINT_DOCUMENTS)
        self.preview_button.clicked.connect(self.preview_selected)
        for button, slot in ((self.open_button, self.open_case), (self.notice_button, self.send_notice),
                             (self.discard_button, self.discard_draft), (self.evidence_button, self.add_evidence),
                             (self.opinion_button, self.record_opinion), (self.hearing_button, self.notify_hearing),
                             (self.record_button, self.record_hearing), (self.draft_button, self.draft_disposition)):
            button.clicked.connect(lambda _=False, slot=slot: slot())
        self.issue_button.clicked.connect(self.issue_disposition)
        self.table.currentRecordChanged.connect(self._show_case)
        self.documents.currentRecordChanged.connect(lambda _row: self._update_buttons())
        steps = QHBoxLayout()
        for button in (self.open_button, self.notice_button, self.opinion_button, self.hearing_button,
                       self.record_button, self.draft_button, self.discard_button, self.issue_button):
            steps.addWidget(button)
        steps.addStretch(1)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(steps)
        upper_layout.addWidget(self.step_hint)
        buttons = QHBoxLayout()
        for widget in (self.evidence_button, self.language, self.preview_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.documents_title)
        lower_layout.addWidget(self.evidence_label)
        lower_layout.addWidget(self.documents, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._show_case(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("SanctionsPage", "Sanctions")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Case"), lambda r: r.number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Ground"), lambda r: ground_label(r.ground)),
            Column(self.tr("Intended"), lambda r: disposition_label(r.intended)),
            Column(self.tr("Status"), lambda r: status_label(r.status),
                   tone=lambda r: "bad" if r.status == CaseStatus.DISPOSED else None),
            Column(self.tr("Opened"), lambda r: f"{official_date(r.opened_at)} {r.opened_by}".strip(),
                   sort_key=lambda r: r.opened_at),
        ]

    def _document_columns(self) -> list[Column]:
        return [
            Column(self.tr("Document"), lambda d: kind_label(d.kind)),
            Column(self.tr("Number"), lambda d: d.number or self.tr("(draft)")),
            Column(self.tr("Date"), lambda d: official_datetime(d.on), sort_key=lambda d: d.on),
            Column(self.tr("State"), lambda d: self.tr("Issued") if d.issued else self.tr("Draft, awaiting approval")),
        ]

    def refresh(self) -> None:
        rows = self.query(list_cases)
        if rows is None:
            return
        self.table.set_records(rows)
        self._show_case(self.table.current_record())

    def _show_case(self, row: CaseRow | None) -> None:
        if row is None:
            self.progress = None
            self.documents_title.setText(self.tr("Select a case to see its documents."))
            self.documents.set_records([])
        else:
            self.progress = self.query(case_progress, row.id)
            self.documents_title.setText(self.tr("Documents of {number} ({name})").format(
                number=row.number, name=row.institution_name))
            self.documents.set_records(self.query(case_documents, row.id) or [])
        evidence = self.progress.evidence if self.progress is not None else ()
        self.evidence_label.setText(self.tr("Evidence: {evidence}").format(evidence="; ".join(evidence))
                                    if evidence else "")
        self.evidence_label.setVisible(bool(evidence))
        self._update_buttons()

    def _update_buttons(self) -> None:
        progress = self.progress
        status = progress.status if progress is not None else None
        self.preview_button.setEnabled(self.documents.current_record() is not None)
        self.notice_button.setEnabled(status == CaseStatus.OPEN)
        self.opinion_button.setEnabled(status in (CaseStatus.NOTICED, CaseStatus.HEARING_NOTIFIED)
                                       and progress is not None and progress.opinion_received_on is None)
        self.hearing_button.setEnabled(status == CaseStatus.NOTICED)
        held = progress is not None and progress.hearing_on is not None and today() >= progress.hearing_on
        self.record_button.setEnabled(status == CaseStatus.HEARING_NOTIFIED and held)
        self.draft_button.setEnabled(status == CaseStatus.HEARD and progress is not None and not progress.drafted)
        self.issue_button.setEnabled(status == CaseStatus.HEARD and progress is not None and progress.drafted)
        self.discard_button.setEnabled(status == CaseStatus.HEARD and progress is not None and progress.drafted)
        self.evidence_button.setEnabled(status is not None and status != CaseStatus.DISPOSED)
        self.step_hint.setText(self._next_step(progress))

    def _next_step(self, progress: CaseProgress | None) -> str:
        """One sentence on what the selected case waits for."""
        if progress is None:
            return self.tr("Select a case, or open a new one.")
        if progress.status == CaseStatus.OPEN:
            return self.tr("Next: send the prior notice (행정절차법 Art. 21).")
        if progress.status == CaseStatus.NOTICED:
            return self.tr("Opinions are due by {day}; then notify the hearing.").format(
                day=official_date(progress.opinion_deadline or today()))
        if progress.status == CaseStatus.HEARING_NOTIFIED and progress.hearing_on is not None:
            return self.tr("The hearing is on {day} at {place}; record it once it is held.").format(
                day=official_date(progress.hearing_on), place=progress.hearing_place)
        if progress.status == CaseStatus.HEARD:
            return (self.tr("The drafted disposition awaits approval by someone other than its drafter.")
                    if progress.drafted else self.tr("Next: draft the disposition."))
        return self.tr("Disposed.")

    # The forms of the steps ----------------------------------------------------------------------------

    def _write(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One unit of work; a refusal raises to the form, which shows it at its field (nothing is saved)."""
        with self.context.writing(source=self) as session:
            return function(session, self.context.actor, *args, **kwargs)

    def _saved(self, message: str, case_id: int) -> None:
        self.refresh()
        self.table.select_id(case_id)
        self._show_case(self.table.current_record())
        self.statusMessage.emit(message)

    def _show(self, dialog: FormDialog) -> FormDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_case(self) -> OpenCaseDialog | None:
        entries = self.query(entries_in_force)
        if entries is None:
            return None

        def save(values: dict[str, Any]) -> int:
            row = self._write(open_case_with_evidence, values["entry_id"], values["ground"], values["facts"],
                              values["breach_ended_on"], values["intended"], values["intended_months"],
                              values["facts_en"], values["evidence"])
            self._saved(self.tr("Case {number} opened.").format(number=row.number), row.id)
            return int(row.id)

        dialog = OpenCaseDialog(save, entries, self.dialogs, self)
        self._show(dialog)
        return dialog

    def send_notice(self) -> PriorNoticeDialog | None:
        progress = self.progress
        if progress is None:
            return None

        def deadline_of(days: int) -> Period:
            with self.context.reading() as session:
                return prior_notice_deadline(session, self.context.actor, days)

        def save(values: dict[str, Any]) -> str:
            number = self._write(send_prior_notice, progress.case_id, values["opinion_days"])
            self._saved(self.tr("Prior notice {number} sent.").format(number=number), progress.case_id)
            return str(number)

        dialog = PriorNoticeDialog(save, progress, deadline_of, self)
        self._show(dialog)
        return dialog

    def add_evidence(self) -> EvidenceDialog | None:
        progress = self.progress
        if progress is None:
            return None

        def save(values: dict[str, Any]) -> int:
            evidence_id = self._write(add_evidence_input, progress.case_id, values["evidence"])
            self._saved(self.tr("Evidence added."), progress.case_id)
            return int(evidence_id)

        dialog = EvidenceDialog(save, progress, self.dialogs, self)
        self._show(dialog)
        return dialog

    def discard_draft(self) -> None:
        row = self.table.current_record()
        if row is None or not self.dialogs.confirm(self, self.tr(
                "Discard the drafted disposition of {number}? It can be drafted again.").format(number=row.number)):
            return
        self.change(discard_drafted, row.id, done=self.tr("Draft discarded."))
        self.refresh()
        self.table.select_id(row.id)

    def record_opinion(self) -> OpinionDialog | None:
        progress = self.progress
        if progress is None:
            return None

        def save(values: dict[str, Any]) -> None:
            self._write(record_opinion, progress.case_id, values["opinion"], values["received_on"])
            self._saved(self.tr("Opinion recorded."), progress.case_id)

        dialog = OpinionDialog(save, progress, self)
        self._show(dialog)
        return dialog

    def notify_hearing(self) -> HearingNoticeDialog | None:
        progress = self.progress
        officers = self.query(presiding_officer_choices, progress.case_id) if progress is not None else None
        if progress is None or officers is None:
            return None

        def save(values: dict[str, Any]) -> str:
            number = self._write(notify_hearing, progress.case_id, values["hearing_on"], values["place"],
                                 values["officer_id"], values["hearing_time"])
            self._saved(self.tr("Hearing notice {number} sent.").format(number=number), progress.case_id)
            return str(number)

        dialog = HearingNoticeDialog(save, progress, officers, self)
        self._show(dialog)
        return dialog

    def record_hearing(self) -> HearingRecordDialog | None:
        progress = self.progress
        if progress is None:
            return None

        def save(values: dict[str, Any]) -> str:
            number = self._write(record_hearing, progress.case_id, values["attendance"], values["statements"],
                                 values["evidence"], values["officer_opinion"], values["public"],
                                 values["public_reason"])
            self._saved(self.tr("Hearing record {number} made.").format(number=number), progress.case_id)
            return str(number)

        dialog = HearingRecordDialog(save, progress, self)
        dialog.accepted.connect(lambda: self.preview_document(DocumentKind.HEARING_RECORD))
        self._show(dialog)
        return dialog

    def draft_disposition(self) -> DispositionDialog | None:
        progress = self.progress
        if progress is None:
            return None

        def plan(kind: DispositionKind, starts_on: date, months: int, days: int) -> DispositionPlan:
            with self.context.reading() as session:
                return plan_disposition(session, self.context.actor, progress.case_id, kind, starts_on, months, days)

        def save(values: dict[str, Any]) -> int:
            disposition_id = self._write(draft_disposition, progress.case_id, values["kind"], values["starts_on"],
                                         values["reasons"], values["months"], values["days"], values["reasons_en"])
            self._saved(self.tr("Disposition drafted; it awaits approval."), progress.case_id)
            return int(disposition_id)

        dialog = DispositionDialog(save, progress, plan, self)
        self._show(dialog)
        return dialog

    # Documents and approval ----------------------------------------------------------------------------

    def selected_pdf(self) -> bytes | None:
        """The selected document in the chosen language: the issued file, or a preview of a draft."""
        document: CaseDocument | None = self.documents.current_record()
        if document is None:
            return None
        return official_pdf(self, self.context, self.dialogs, document.kind, document.entity_id,
                            str(self.language.currentData()), document.number)

    def preview_document(self, kind: str) -> PdfPreviewDialog | None:
        """Select the case's document of ``kind`` and preview it (the hearing record once it is made)."""
        document = next((d for d in self.documents.records() if d.kind == kind), None)
        if document is None or not self.documents.select_id((document.kind, document.entity_id)):
            return None
        return self.preview_selected()

    def preview_selected(self) -> PdfPreviewDialog | None:
        pdf = self.selected_pdf()
        document = self.documents.current_record()
        if pdf is None or document is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        title = f"{kind_label(document.kind)} {document.number}"
        self.preview_dialog = official_preview(self, self.dialogs, pdf, title,
                                               f"{document.number or title}-{self.language.currentData()}.pdf")
        self.preview_dialog.show()
        return self.preview_dialog

    def issue_disposition(self) -> None:
        row = self.table.current_record()
        if row is None or not self.dialogs.confirm(self, self.tr(
                "Approve and issue the disposition of {number}? It is written into the registry at once.")
                .format(number=row.number)):
            return
        if self.change(issue_drafted, row.id, done=self.tr("Disposition issued.")) is not None:
            self.refresh()
