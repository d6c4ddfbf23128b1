"""Unexpected errors shown to the person: from any thread, one crash dialog at a time, on the GUI thread.

Made before the login window is drawn, so it stays light: the dialog itself (``desktop.ui.dialogs.crash``) is
imported when the first error arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import logs

if TYPE_CHECKING:
    from desktop.ui.dialogs.crash import CrashDialog

_log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Shows unexpected errors from any thread in one crash dialog at a time, on the GUI thread."""

    _arrived = Signal(object, object)  # the error, the parent widget (or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._arrived.connect(self._show)  # queued when the error comes from another thread

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Thread-safe: the dialog is shown (or added to) on the thread this reporter lives in."""
        self._arrived.emit(error, parent)

    @Slot(object, object)
    def _show(self, error: BaseException, parent: QWidget | None) -> None:
        if self._open_dialog() is not None:
            self.dialog.add_error(error)  # type: ignore[union-attr]
            return
        from PySide6.QtCore import Qt

        from desktop.ui.dialogs.crash import CrashDialog

        window = parent.window() if parent is not None else QApplication.activeWindow()
        dialog = CrashDialog(error, logs.log_file(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _open_dialog(self) -> CrashDialog | None:
        try:
            return self.dialog if self.dialog is not None and self.dialog.isVisible() else None
        except RuntimeError:  # its parent window was closed and took it along
            self.dialog = None
            return None

    def _closed(self) -> None:
        self.dialog = None


_reporter: CrashReporter | None = None


def crash_reporter() -> CrashReporter:
    """The reporter of this application (created on first use, which happens on the GUI thread)."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
    return _reporter


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in the crash dialog (the caller has logged it)."""
    crash_reporter().report(error, parent)


@contextmanager
def uncaught_errors_shown() -> Iterator[CrashReporter]:
    """While inside, an uncaught exception (a failing slot, a failing thread) is also shown in the crash dialog."""
    reporter = crash_reporter()
    logs.set_unexpected_error_reporter(reporter.report)
    try:
        yield reporter
    finally:
        logs.set_unexpected_error_reporter(None)


def show_fatal_error(error: BaseException) -> None:
    """An error that stops the application (before or after its event loop): logged, then shown modally."""
    logs.log_unexpected(error, "the application stopped", _log)
    if QApplication.instance() is not None:
        from desktop.ui.dialogs.crash import CrashDialog

        CrashDialog(error, logs.log_file()).exec()
