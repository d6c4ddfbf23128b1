"""The one dialog for unexpected errors: a plain sentence naming the log file, the traceback on demand.

Every unexpected exception reaches it through ``desktop.ui.crash_reporter`` (from ``DialogService.show_error``, a
background task nobody waits for, or an uncaught exception in a slot or a thread), which imports this module only
when an error comes. A burst of errors adds to the dialog already open instead of stacking new ones; closing it
leaves the application running.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.accessible import label_for


def traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class CrashDialog(QDialog):
    """Says that something unexpected went wrong and where the details were written; the traceback is hidden."""

    def __init__(self, error: BaseException, log_file: Path | None, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtWidgets import QStyle

        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        self.log_file = log_file
        self.later_errors = 0
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(
            QSize(40, 40), self.devicePixelRatioF()))
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
        path_row.addWidget(label_for(self.tr("Log file:"), self.path))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.open_folder)
        for widget in (self.path, self.open_folder):
            widget.setVisible(log_file is not None)

        self.details = QPlainTextEdit(traceback_text(error))
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Error details"))
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
