"""Every pop-up goes through this small service so pages can be tested without real dialogs."""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.core.errors import AccountChanged, DomainError
from desktop.core.logs import log_unexpected

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtPrintSupport import QPrinter

    from desktop.core.errors import StaleEdit
    from desktop.ui.dialogs.edit_conflict import DifferingValue

_log = logging.getLogger(__name__)

def _tr(text: str) -> str:  # kept for callers passing a variable
    return translate("DialogService", text)


class DialogService:
    """Real dialogs; tests pass a fake with the same methods.

    ``on_account_changed`` (set by the main window) runs after the message that the account was disabled or given
    another role: the window then logs out rather than keep showing what the person may no longer see.
    """

    on_account_changed: "Callable[[], None] | None" = None

    def error(self, parent: QWidget | None, message: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or translate("DialogService", "Cannot do this"), message)

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        """A domain error as its plain sentence; anything else logged with its traceback and shown as a crash."""
        if isinstance(error, DomainError):
            _log.info("refused: %s", error.message)
            self.error(parent, error.message)
            if isinstance(error, AccountChanged) and self.on_account_changed is not None:
                self.on_account_changed()
        else:
            log_unexpected(error, logger=_log)
            self.crash(parent, error)

    def crash(self, parent: QWidget | None, error: BaseException) -> None:
        """The crash dialog naming the log file (one at a time: a burst of errors adds to the open one)."""
        from desktop.ui.crash_reporter import show_crash

        show_crash(parent, error)

    def resolve_edit_conflict(self, parent: QWidget | None, error: "StaleEdit",
                              values: "Sequence[DifferingValue]") -> str | None:
        """Someone else saved meanwhile: "reload", "apply_mine", or None (cancelled, the form unchanged)."""
        from desktop.ui.dialogs.edit_conflict import resolve_edit_conflict

        _log.info("stale edit: %s", error.message)
        return resolve_edit_conflict(parent, error, values)

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
