"""What every Print / Preview / Save button of an official document shows: the file as issued.

A record not issued yet (a draft, an open meeting, an unsigned report) is shown as a preview. A language the record
was not issued in yet is issued only after the person confirms: the issue is recorded and that file never changes.
Korean, the language of the record, is issued without asking.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.issued.labels import kind_label
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # characters a file name may not hold on Windows, and spaces


def _language_name(language: str) -> str:
    names = {"ko": QCoreApplication.translate("OfficialDocuments", "Korean"),
             "en": QCoreApplication.translate("OfficialDocuments", "English")}
    return names.get(language, language)


def official_pdf(widget: QWidget, context: AppContext, dialogs: DialogService, kind: str, entity_id: int,
                 language: str, number: str = "") -> bytes | None:
    """The PDF to show, print or save; None when refused (the reason was shown) or the person declined."""
    from desktop.issuing.issue import document_pdf, issue_prospect

    try:
        with context.reading() as session:
            prospect = issue_prospect(session, context.actor, kind, entity_id, language)
        new, preview, korean_only = prospect.new_issue, prospect.preview, prospect.korean_only
        warning = QCoreApplication.translate(
            "OfficialDocuments", "No English name is recorded for {names}: the English document prints the Korean "
            "name. Record it on the application's Institution tab first if the reader needs it.").format(
            names=", ".join(korean_only)) if korean_only else ""
        if new and language != "ko" and not dialogs.confirm(widget, (QCoreApplication.translate(
                "OfficialDocuments", "{kind} {number} has not been issued in {language} yet. Issue it in {language} "
                "now? The issue is recorded with its own verification code, and the file never changes afterwards."
        ).format(kind=kind_label(kind), number=number, language=_language_name(language)).replace("  ", " ")
                + ("\n\n" + warning if warning else ""))):
            return None
        if preview and warning:
            dialogs.info(widget, warning, QCoreApplication.translate("OfficialDocuments", "English names missing"))
        identity = context.unlock_signing(widget) if new else None  # asked before the database is held
        with context.writing() as session:
            return document_pdf(session, context.actor, kind, entity_id, language, identity)
    except Exception as error:
        dialogs.show_error(widget, error)
        return None


def official_preview(widget: QWidget, dialogs: DialogService, pdf: bytes, title: str,
                     file_name: str) -> PdfPreviewDialog:
    """The document on screen with Print… and Save as PDF…: the same bytes go to the printer or the file."""
    from desktop.ui.widgets.file_save import save_bytes
    from desktop.ui.widgets.pdf_preview import print_pdf

    def print_it() -> None:
        printer = dialogs.choose_printer(widget, QCoreApplication.translate("OfficialDocuments", "Print {title}")
                                         .format(title=title))
        if printer is None:
            return
        try:
            print_pdf(pdf, printer)
        except Exception as error:
            dialogs.show_error(widget, error)

    def save_it() -> None:
        save_bytes(widget, dialogs, pdf, QCoreApplication.translate("OfficialDocuments", "Save as PDF"),
                   _UNSAFE.sub("_", file_name.removesuffix(".pdf")) + ".pdf",
                   QCoreApplication.translate("OfficialDocuments", "PDF documents (*.pdf)"))

    return PdfPreviewDialog(pdf, title, widget, on_print=print_it, on_save=save_it)
