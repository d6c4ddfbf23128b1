"""The one dialog for unexpected errors: a plain sentence naming the log file, the traceback on demand.

Every unexpected exception reaches it through ``show_crash`` (from ``DialogService.show_error``, a background task
nobody waits for, or an uncaught exception in a slot or a thread). A burst of errors adds to the dialog already
open instead of stacking new ones; closing it leaves the application running.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core import logs

_log = logging.getLogger(__name__)


def traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class CrashDialog(QDialog):
    """Says that something unexpected went wrong and where the details were written; the traceback is hidden."""

    def __init__(self, error: BaseException, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        self.log_file = log_file
        self.later_errors = 0
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        if log_file is not None:
            text = self.tr("Something unexpected went wrong. The details were written to {file}.").format(
                file=log_file)
        else:
            text = self.tr("Something unexpected went wrong. The details could not be written to a log file; "
                           "they are shown below.")
        self.message = QLabel(text)
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self.tr("The application keeps running. If this happens again, please send the log "
                                     "file to whoever looks after the application."))
        self.advice.setWordWrap(True)
        self.later = QLabel()
        self.later.setObjectName("crashLater")
        self.later.setWordWrap(True)
        self.later.hide()

        self.path = QLineEdit(str(log_file) if log_file is not None else "")
        self.path.setObjectName("crashLogFile")
        self.path.setReadOnly(True)
        self.path.setCursorPosition(0)
        self.open_folder = QPushButton(self.tr("Open log folder"))
        self.open_folder.setObjectName("crashOpenLogFolder")
        self.open_folder.clicked.connect(self.open_log_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Log file:")))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.open_folder)
        for widget in (self.path, self.open_folder):
            widget.setVisible(log_file is not None)

        self.details = QPlainTextEdit(traceback_text(error))
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(220)
        self.toggle = QPushButton()
        self.toggle.setObjectName("crashShowDetails")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_details)
        self._show_details(log_file is None)
        self.toggle.setChecked(log_file is None)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setObjectName("crashCopyDetails")
        self.copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        text_column = QVBoxLayout()
        text_column.addWidget(self.message)
        text_column.addWidget(self.advice)
        text_column.addWidget(self.later)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.toggle)
        toggle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(path_row)
        layout.addLayout(toggle_row)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add_error(self, error: BaseException) -> None:
        """Another unexpected error while this dialog is open: counted, its traceback appended."""
        self.later_errors += 1
        self.later.setText(self.tr("Unexpected errors since this one: {count} (the log file has them too).").format(
            count=self.later_errors))
        self.later.show()
        self.details.appendPlainText("\n" + traceback_text(error))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        """The log file's name and the tracebacks, ready to paste into a message."""
        header = str(self.log_file) + "\n\n" if self.log_file is not None else ""
        QGuiApplication.clipboard().setText(header + self.details.toPlainText())

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


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
        CrashDialog(error, logs.log_file()).exec()
