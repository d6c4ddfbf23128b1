"""The document actions of the Decisions page: one document to screen, printer or file, and a round's documents
printed or saved as a batch in the background."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.clock import today
from desktop.domain.decisions.models import DecisionStatus
from desktop.domain.decisions.round_documents import RoundSummary
from desktop.domain.decisions.service import DecisionRow
from desktop.issuing.batch import DocumentRequest, draft_preview, file_name, issued_document, round_requests
from desktop.issuing.issue import needs_new_issue
from desktop.issuing.kinds import spec_of
from desktop.ui.pages.decisions.round_batch import BatchResult, PrintSink, ZipSink, produce
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, print_pdf

if TYPE_CHECKING:
    from desktop.ui.pages.decisions.page import DecisionsPage

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class DecisionDocuments(QObject):
    """Works for the page: builds each file through the services, shows pop-ups through the dialog service."""

    def __init__(self, page: DecisionsPage) -> None:
        super().__init__(page)
        self.page = page
        self.preview_dialog: PdfPreviewDialog | None = None
        self.batch_task = None
        self.batch_dialog = None
        self.last_batch: BatchResult | None = None

    @property
    def context(self):  # type: ignore[no-untyped-def]
        return self.page.context

    @property
    def dialogs(self):  # type: ignore[no-untyped-def]
        return self.page.dialogs

    def issued_pdf(self, request: DocumentRequest) -> bytes:
        """The issued file (its first issue is signed and recorded with the fingerprint and code)."""
        with self.context.reading() as session:
            new = needs_new_issue(session, self.context.actor, request.kind, request.entity_id, request.language)
        identity = self.context.unlock_signing(self.page) if new else None
        with self.context.writing() as session:
            return issued_document(session, self.context.actor, request, identity).data

    def _file(self, row: DecisionRow | None) -> tuple[DocumentRequest, bytes] | None:
        """The issued file of the row's selected kind and language (a new language is issued once confirmed)."""
        if row is None:
            return None
        request = self.page.request_for(row)
        pdf = official_pdf(self.page, self.context, self.dialogs, request.kind, request.entity_id, request.language,
                           row.number)
        return None if pdf is None else (request, pdf)

    def _name(self, row: DecisionRow, request: DocumentRequest) -> str:
        return file_name(request.kind, row.number, row.institution_name, request.language)

    def _title(self, row: DecisionRow, request: DocumentRequest) -> str:
        return self.tr("{kind} {number} – {name}").format(kind=spec_of(request.kind).label(), number=row.number,
                                                          name=row.institution_name)

    def preview(self, row: DecisionRow | None) -> PdfPreviewDialog | None:
        """The document on screen (a window beside the main window); a draft shows its notice marked "draft"."""
        if row is None:
            return None
        if row.status == DecisionStatus.DRAFT:
            try:
                with self.context.reading() as session:
                    pdf = draft_preview(session, self.context.actor, row.id, self.page.document_language())
            except Exception as error:
                self.dialogs.show_error(self.page, error)
                return None
            title = self.tr("Draft decision on {application} – {name}").format(application=row.application_number,
                                                                               name=row.institution_name)
            note = self.tr("Draft: not issued, no number, no verification code. Printing starts once it is issued.")
            return self._show(PdfPreviewDialog(pdf, title, self.page, note=note))
        selected = self._file(row)
        if selected is None:
            return None
        request, pdf = selected
        return self._show(PdfPreviewDialog(pdf, self._title(row, request), self.page,
                                           on_print=lambda: self.print_one(row), on_save=lambda: self.save_one(row)))

    def _show(self, dialog: PdfPreviewDialog) -> PdfPreviewDialog:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def print_one(self, row: DecisionRow | None) -> int | None:
        selected = self._file(row)
        if selected is None or row is None:
            return None
        request, pdf = selected
        printer = self.dialogs.choose_printer(self.page, self.tr("Print {title}").format(
            title=self._title(row, request)))
        if printer is None:
            return None
        printer.setDocName(self._name(row, request).removesuffix(".pdf"))
        try:
            pages = print_pdf(pdf, printer)
        except Exception as error:
            self.dialogs.show_error(self.page, error)
            return None
        self.page.statusMessage.emit(self.tr("{title} sent to the printer (%n page(s)).", "", pages).format(
            title=self._title(row, request)))
        return pages

    def save_one(self, row: DecisionRow | None) -> Path | None:
        selected = self._file(row)
        if selected is None or row is None:
            return None
        request, pdf = selected
        path = save_bytes(self.page, self.dialogs, pdf, self.tr("Save as PDF"), self._name(row, request),
                          self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        self.page.statusMessage.emit(self.tr("Saved {path}.").format(path=path))
        return path

    # -- a round in the background -------------------------------------------------------------------------
    def _requests(self, summary: RoundSummary | None) -> list[DocumentRequest] | None:
        if summary is None:
            return None
        try:
            with self.context.reading() as session:
                requests = round_requests(session, self.context.actor, summary.id, (self.page.document_language(),))
        except Exception as error:
            self.dialogs.show_error(self.page, error)
            return None
        if not requests:
            self.dialogs.info(self.page, self.tr("Round {code} has no issued document yet.").format(code=summary.code))
            return None
        return requests

    def _start(self, title: str, requests: list[DocumentRequest], sink) -> object:  # type: ignore[no-untyped-def]
        def done(result: BatchResult) -> None:
            self.last_batch = result
            self.page.statusMessage.emit(self.tr("%n document(s) done: {target}.", "", result.documents).format(
                target=result.target))
            if result.new_issues:
                self.page.recordsChanged.emit(self.page.key)

        try:  # a document issued now is signed: the key is unlocked here, on the GUI thread, if one is
            with self.context.reading() as session:
                needed = any(needs_new_issue(session, self.context.actor, r.kind, r.entity_id, r.language)
                             for r in requests)
            identity = self.context.unlock_signing(self.page) if needed else None
        except Exception as error:
            self.dialogs.show_error(self.page, error)
            return None
        self.batch_task, self.batch_dialog = run_with_progress(
            self.page, title, produce, self.context.database, self.context.actor, requests, sink, identity,
            on_success=done, on_error=lambda error: self.dialogs.show_error(self.page, error))
        self.batch_task.cancelled.connect(
            lambda: self.page.statusMessage.emit(self.tr("Stopped; the documents issued so far stay on record.")))
        return self.batch_task

    def print_round(self, summary: RoundSummary | None) -> object | None:
        requests = self._requests(summary)
        if requests is None or summary is None:
            return None
        printer = self.dialogs.choose_printer(self.page, self.tr("Print every document of round {code}").format(
            code=summary.code))
        if printer is None:
            return None
        printer.setDocName(f"{summary.code}-documents")
        return self._start(self.tr("Printing the documents of round {code}").format(code=summary.code), requests,
                           PrintSink(printer))

    def save_round(self, summary: RoundSummary | None) -> object | None:
        requests = self._requests(summary)
        if requests is None or summary is None:
            return None
        suggested = _UNSAFE.sub("_", f"{summary.code}_{self.page.document_language()}_{today().isoformat()}.zip")
        path = self.dialogs.save_file(self.page, self.tr("Save every document of round {code}").format(
            code=summary.code), suggested, self.tr("ZIP archives (*.zip)"))
        if path is None:
            return None
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        return self._start(self.tr("Saving the documents of round {code}").format(code=summary.code), requests,
                           ZipSink(path))
