"""The Screening page's supplement letters: preview, print and save, in Korean or English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.issued.kind import DocumentKind
from desktop.domain.screening.supplements import SupplementRow
from desktop.ui.i18n import Plural
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, print_pdf

if TYPE_CHECKING:
    from desktop.ui.pages.screening.detail import ScreeningDetailPanel

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text"); the page's context
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


class LetterActions:
    """Mixed into the Screening page (which provides ``detail``, ``dialogs``, ``_attempt`` and ``_show_pdf``)."""

    detail: ScreeningDetailPanel

    def _letter(self) -> tuple[SupplementRow, bytes] | None:
        request = self.detail.selected_supplement()
        if request is None:
            return None
        pdf = official_pdf(self, self.context, self.dialogs, DocumentKind.SUPPLEMENT_REQUEST, request.id,
                           self.detail.letter_language_code(), request.number)
        return None if pdf is None else (request, pdf)

    def letter_file_name(self, request: SupplementRow) -> str:
        name = f"{request.number}_{request.institution_name}_{self.detail.letter_language_code()}"
        return _UNSAFE_IN_FILE_NAMES.sub("_", name) + ".pdf"

    def preview_letter(self) -> PdfPreviewDialog | None:
        letter = self._letter()
        if letter is None:
            return None
        request, pdf = letter
        return self._show_pdf(pdf, translate("ScreeningPage", "Supplement request {number} – {name}").format(
            number=request.number, name=request.institution_name))

    def print_letter(self) -> None:
        letter = self._letter()
        if letter is None:
            return
        request, pdf = letter
        printer = self.dialogs.choose_printer(self, translate("ScreeningPage", "Print supplement request {number}")
                                              .format(number=request.number))
        if printer is None:
            return
        printer.setDocName(self.letter_file_name(request).removesuffix(".pdf"))
        try:
            pages = print_pdf(pdf, printer)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.statusMessage.emit(Plural.tr(
            "Supplement request {number} sent to the printer (%n page(s)).", "", pages).format(
            number=request.number))

    def save_letter(self) -> Path | None:
        letter = self._letter()
        if letter is None:
            return None
        request, pdf = letter
        path = save_bytes(self, self.dialogs, pdf, translate("ScreeningPage", "Save supplement request as PDF"),
                          self.letter_file_name(request), translate("ScreeningPage", "PDF documents (*.pdf)"))
        if path is None:
            return None
        self.statusMessage.emit(translate("ScreeningPage", "Saved {path}.").format(path=path))
        return path
