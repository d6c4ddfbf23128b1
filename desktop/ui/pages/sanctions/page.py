"""The Sanctions page: the cases against designated institutes, the documents of the selected case (prior notice,
hearing notice and record, disposition) to preview in Korean or English, and the next step where it needs no form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.errors import WorkflowError
from desktop.core.formatting import official_date, official_datetime
from desktop.core.i18n import translate
from desktop.domain.issued.labels import kind_label
from desktop.domain.sanctions.disposition import disposition_of, issue_disposition
from desktop.domain.sanctions.letters import CaseDocument, case_documents
from desktop.domain.sanctions.models import CaseStatus
from desktop.domain.sanctions.service import (
    CaseRow,
    ground_label,
    list_cases,
    send_prior_notice,
    status_label,
)
from desktop.domain.sanctions.service import kind_label as disposition_label
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _issue_drafted(session, actor, case_id: int) -> str:  # type: ignore[no-untyped-def]
    """Approve and issue the case's drafted disposition."""
    disposition = disposition_of(session, case_id)
    if disposition is None:
        raise WorkflowError(translate("Sanctions", "Draft the disposition first."))
    return issue_disposition(session, actor, disposition.id)


def _drafted(session, actor, case_id: int) -> bool:  # type: ignore[no-untyped-def]
    disposition = disposition_of(session, case_id)
    return disposition is not None and disposition.issued_at is None


class SanctionsPage(Page):
    """Sanction cases (Act Art. 31 ①, Art. 57) and their documents."""

    key = "sanctions"
    areas = frozenset({"sanction_cases", "sanction_notices", "sanction_hearings", "sanction_dispositions",
                       "registry_restrictions", "settings"})
    NUMBER, INSTITUTION, GROUND, INTENDED, STATUS, OPENED = range(6)
    DOC_KIND, DOC_NUMBER, DOC_DATE, DOC_STATE = range(4)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.view.sortByColumn(self.OPENED, Qt.SortOrder.DescendingOrder)
        self.documents_title = QLabel(self)
        self.documents_title.setObjectName("documentsTitle")
        self.documents = RecordTable(self._document_columns(), id_of=lambda d: (d.kind, d.entity_id), parent=self)
        self.documents.setObjectName("documents")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.preview_button = QPushButton(self.tr("Preview document"), self)
        self.notice_button = QPushButton(self.tr("Send prior notice"), self)
        self.issue_button = QPushButton(self.tr("Approve and issue disposition"), self)
        self.preview_button.clicked.connect(self.preview_selected)
        self.notice_button.clicked.connect(self.send_notice)
        self.issue_button.clicked.connect(self.issue_disposition)
        self.table.currentRecordChanged.connect(self._show_case)
        self.documents.currentRecordChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        for widget in (self.language, self.preview_button, self.notice_button, self.issue_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.documents_title)
        lower_layout.addWidget(self.documents, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
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
            self.documents_title.setText(self.tr("Select a case to see its documents."))
            self.documents.set_records([])
        else:
            self.documents_title.setText(self.tr("Documents of {number} ({name})").format(
                number=row.number, name=row.institution_name))
            self.documents.set_records(self.query(case_documents, row.id) or [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.current_record()
        self.preview_button.setEnabled(self.documents.current_record() is not None)
        self.notice_button.setEnabled(row is not None and row.status == CaseStatus.OPEN)
        self.issue_button.setEnabled(row is not None and row.status == CaseStatus.HEARD
                                     and bool(self.query(_drafted, row.id)))

    def selected_pdf(self) -> bytes | None:
        """The selected document in the chosen language: the issued file, or a preview of a draft."""
        document: CaseDocument | None = self.documents.current_record()
        if document is None:
            return None
        return official_pdf(self, self.context, self.dialogs, document.kind, document.entity_id,
                            str(self.language.currentData()), document.number)

    def preview_selected(self) -> PdfPreviewDialog | None:
        pdf = self.selected_pdf()
        document = self.documents.current_record()
        if pdf is None or document is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(pdf, f"{kind_label(document.kind)} {document.number}", self)
        self.preview_dialog.show()
        return self.preview_dialog

    def send_notice(self) -> None:
        row = self.table.current_record()
        if row is None:
            return
        number = self.change(send_prior_notice, row.id, 10, done=self.tr("Prior notice sent."))
        if number is not None:
            self.refresh()

    def issue_disposition(self) -> None:
        row = self.table.current_record()
        if row is None or not self.dialogs.confirm(self, self.tr(
                "Approve and issue the disposition of {number}? It is written into the registry at once.")
                .format(number=row.number)):
            return
        if self.change(_issue_drafted, row.id, done=self.tr("Disposition issued.")) is not None:
            self.refresh()
