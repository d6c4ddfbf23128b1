"""A button with a menu to preview, print or save one printed document (in the chosen language)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, print_pdf

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def safe_file_name(*parts: str) -> str:
    return _UNSAFE.sub("_", "_".join(p for p in parts if p)) + ".pdf"


class DocumentActions(QObject):
    """Preview / print / save of the PDF ``make_pdf(language)`` returns (None: refused or declined, already said);
    errors go through the dialog service."""

    saved = Signal(object)  # the path written

    def __init__(self, parent: QWidget, dialogs: DialogService, title: str,
                 make_pdf: Callable[[str], bytes | None], file_name: Callable[[str], str],
                 language: Callable[[], str]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.dialogs = dialogs
        self.title = title
        self.make_pdf = make_pdf
        self.file_name = file_name
        self.language = language
        self.preview_dialog: PdfPreviewDialog | None = None
        self.button = QToolButton(parent)
        self.button.setText(title)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.addAction(self.tr("Preview"), self.preview)
        menu.addAction(self.tr("Print…"), self.print_document)
        menu.addAction(self.tr("Save as PDF…"), self.save)
        self.button.setMenu(menu)

    def _pdf(self) -> bytes | None:
        try:
            return self.make_pdf(self.language())
        except Exception as error:
            self.dialogs.show_error(self.parent_widget, error)
            return None

    def preview(self) -> PdfPreviewDialog | None:
        pdf = self._pdf()
        if pdf is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(pdf, self.title, self.parent_widget)
        self.preview_dialog.show()
        return self.preview_dialog

    def print_document(self) -> None:
        pdf = self._pdf()
        if pdf is None:
            return
        printer = self.dialogs.choose_printer(self.parent_widget, self.title)
        if printer is None:
            return
        try:
            print_pdf(pdf, printer)
        except Exception as error:
            self.dialogs.show_error(self.parent_widget, error)

    def save(self) -> Path | None:
        pdf = self._pdf()
        if pdf is None:
            return None
        path = save_bytes(self.parent_widget, self.dialogs, pdf, self.title, self.file_name(self.language()),
                          self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        self.saved.emit(path)
        return path
