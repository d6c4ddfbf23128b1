"""Every pop-up goes through this small service so pages can be tested without real dialogs."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.core.errors import DomainError

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def _tr(text: str) -> str:  # kept for callers passing a variable
    return translate("DialogService", text)


class DialogService:
    """Real dialogs; tests pass a fake with the same methods."""

    def error(self, parent: QWidget | None, message: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or translate("DialogService", "Cannot do this"), message)

    def show_error(self, parent: QWidget | None, error: Exception) -> None:
        """A domain error as its plain message; anything else as an unexpected error (never a traceback)."""
        if isinstance(error, DomainError):
            self.error(parent, error.message)
        else:
            self.error(parent,
                       translate("DialogService", "Something unexpected went wrong: {error}").format(error=error),
                       translate("DialogService", "Unexpected error"))

    def info(self, parent: QWidget | None, message: str, title: str | None = None) -> None:
        QMessageBox.information(parent, title or translate("DialogService", "Information"), message)

    def confirm(self, parent: QWidget | None, message: str, title: str | None = None) -> bool:
        answer = QMessageBox.question(parent, title or translate("DialogService", "Please confirm"), message)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, prompt: str, *, required: bool = True) -> str | None:
        """A line of text (e.g. a reason); None when cancelled."""
        while True:
            text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal)
            if not ok:
                return None
            if text.strip() or not required:
                return text.strip()
            self.error(parent, translate("DialogService", "Please enter a reason."))

    def save_file(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return [Path(n) for n in names]

    def choose_printer(self, parent: QWidget | None, title: str) -> "QPrinter | None":
        """The system print dialog; the configured printer, or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
