"""Every pop-up goes through this small service so pages can be tested without real dialogs."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.core.errors import DomainError


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogService", text)


class DialogService:
    """Real dialogs; tests pass a fake with the same methods."""

    def error(self, parent: QWidget | None, message: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or _tr("Cannot do this"), message)

    def show_error(self, parent: QWidget | None, error: Exception) -> None:
        """A domain error as its plain message; anything else as an unexpected error (never a traceback)."""
        if isinstance(error, DomainError):
            self.error(parent, error.message)
        else:
            self.error(parent, _tr("Something unexpected went wrong: {error}").format(error=error),
                       _tr("Unexpected error"))

    def info(self, parent: QWidget | None, message: str, title: str | None = None) -> None:
        QMessageBox.information(parent, title or _tr("Information"), message)

    def confirm(self, parent: QWidget | None, message: str, title: str | None = None) -> bool:
        answer = QMessageBox.question(parent, title or _tr("Please confirm"), message)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, prompt: str, *, required: bool = True) -> str | None:
        """A line of text (e.g. a reason); None when cancelled."""
        while True:
            text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal)
            if not ok:
                return None
            if text.strip() or not required:
                return text.strip()
            self.error(parent, _tr("Please enter a reason."))

    def save_file(self, parent: QWidget | None, title: str, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return [Path(n) for n in names]
