"""The Decisions page: every decision, and its notice to the applicant previewed, printed or saved as PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.formatting import official_datetime
from desktop.domain.decisions.models import DecisionOutcome, DecisionStatus
from desktop.domain.decisions.service import DecisionRow, decision_notice, list_decisions, outcome_label, status_label
from desktop.domain.settings.service import get_settings
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, print_pdf
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def suggested_file_name(row: DecisionRow, language: str) -> str:
    """``제2026-0001호_한국기술가치연구원_ko.pdf`` without characters file systems refuse."""
    return _UNSAFE_IN_FILE_NAMES.sub("_", f"{row.number}_{row.institution_name}_{language}") + ".pdf"


class DecisionsPage(Page):
    """Lists the decisions (newest number first); the notice of the selected one goes to screen, printer or file."""

    key = "decisions"
    NUMBER, APPLICATION, INSTITUTION, OUTCOME, STATUS, DRAFTED_BY, APPROVED_BY, ISSUED_AT = range(8)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.view.sortByColumn(self.NUMBER, Qt.SortOrder.DescendingOrder)
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_notice)
        self.save_button.clicked.connect(self.save_pdf)
        self.table.recordActivated.connect(lambda _: self.preview())
        self.table.currentRecordChanged.connect(self._update_buttons)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Notice language:"), self))
        bar.addWidget(self.language)
        bar.addSpacing(12)
        for button in (self.preview_button, self.print_button, self.save_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("DecisionsPage", "Decisions")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number, sort_key=lambda r: r.number),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.outcome),
                   tone=lambda r: "good" if r.outcome == DecisionOutcome.DESIGNATED else "bad"),
            Column(self.tr("Status"), lambda r: status_label(r.status),
                   tone=lambda r: "muted" if r.status == DecisionStatus.SUPERSEDED else None),
            Column(self.tr("Drafted by"), lambda r: r.drafted_by),
            Column(self.tr("Approved by"), lambda r: r.approved_by),
            Column(self.tr("Issued at"), lambda r: official_datetime(r.issued_at) if r.issued_at else "",
                   sort_key=lambda r: r.issued_at),
        ]

    def refresh(self) -> None:
        rows = self.query(list_decisions)
        if rows is None:
            return
        self.table.set_records(rows)

    def _update_buttons(self, row: DecisionRow | None) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(row is not None)

    def document_language(self) -> str:
        return self.language.currentData() or "ko"

    def notice_pdf(self, row: DecisionRow) -> bytes:
        """The decision notice of ``row`` as PDF bytes (the service checks the permission and the status)."""
        with self.context.database.read() as session:
            notice = decision_notice(session, self.context.actor, row.id, get_settings(session))
        from desktop.documents.decision import render_decision_notice  # ReportLab loads on first print only

        return render_decision_notice(notice, self.document_language())

    def _selected_pdf(self) -> tuple[DecisionRow, bytes] | None:
        row = self.table.current_record()
        if row is None:
            return None
        try:
            return row, self.notice_pdf(row)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None

    # Actions -------------------------------------------------------------------------------------------

    def preview(self) -> PdfPreviewDialog | None:
        """Show the notice on screen (a window beside the main window, not modal)."""
        selected = self._selected_pdf()
        if selected is None:
            return None
        row, pdf = selected
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(
            pdf, self.tr("Decision notice {number} – {name}").format(number=row.number, name=row.institution_name),
            self)
        self.preview_dialog.show()
        return self.preview_dialog

    def print_notice(self) -> None:
        selected = self._selected_pdf()
        if selected is None:
            return
        row, pdf = selected
        printer = self.dialogs.choose_printer(self, self.tr("Print decision notice {number}").format(number=row.number))
        if printer is None:
            return
        printer.setDocName(suggested_file_name(row, self.document_language()).removesuffix(".pdf"))
        try:
            pages = print_pdf(pdf, printer)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.statusMessage.emit(self.tr("Decision notice {number} sent to the printer ({pages} page(s)).")
                                .format(number=row.number, pages=pages))

    def save_pdf(self) -> Path | None:
        selected = self._selected_pdf()
        if selected is None:
            return None
        row, pdf = selected
        path = self.dialogs.save_file(self, self.tr("Save decision notice as PDF"),
                                      suggested_file_name(row, self.document_language()),
                                      self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(pdf)
        except OSError as error:
            self.dialogs.error(self, self.tr("The file {path} could not be written: {reason}")
                               .format(path=path, reason=error.strerror or error))
            return None
        self.statusMessage.emit(self.tr("Saved {path}.").format(path=path))
        return path
