"""A form dialog whose ``save`` callback calls a service: a refusal stays in the dialog, shown above the buttons and
framed at its field, and everything typed is kept for the retry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.core.errors import DomainError, ValidationError
from desktop.ui.widgets.feedback import MessageBanner, mark_field

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text"); subclasses share it


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FormDialog(QDialog):
    """Subclasses fill ``fields`` (name → widget, the names the services use in ``field=``) and ``values()``."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None
        self.fields: dict[str, QWidget] = {}
        self.banner = MessageBanner()

    def buttons(self, ok_text: str) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        box.accepted.connect(self.try_accept)
        box.rejected.connect(self.reject)
        return box

    def values(self) -> dict[str, Any]:
        """What was typed, for ``save``; may raise ValidationError for a check of the form itself."""
        raise NotImplementedError

    def same_passwords(self, password: QLineEdit, repeat: QLineEdit) -> None:
        if password.text() != repeat.text():
            raise ValidationError(translate("FormDialog", "The two passwords differ. Type the same password twice."),
                                  field=repeat.objectName())

    def fail(self, message: str, field: str | None) -> None:
        self.banner.show_message(message, "error")
        widget = self.fields.get(field or "")
        if widget is not None:
            mark_field(widget, "error")
            widget.setFocus()

    def try_accept(self) -> bool:
        for widget in self.fields.values():
            mark_field(widget, None)
        try:
            self.saved = self._save(self.values())
        except DomainError as error:
            self.fail(error.message, error.field)
            return False
        self.accept()
        return True
