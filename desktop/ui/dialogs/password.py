"""File → Change password…: every logged-in user changes their own password with the current one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.users.service import MIN_PASSWORD_LENGTH
from desktop.ui.context import AppContext
from desktop.ui.widgets.form_dialog import FormDialog, password_edit


def change_own_password(context: AppContext, current: str, new: str) -> None:
    from desktop.domain.users.service import change_password

    with context.writing() as session:
        change_password(session, context.actor, current, new)


class ChangePasswordDialog(FormDialog):
    """Current password, new password twice; a refusal is shown at its field and the typing kept."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(lambda values: change_own_password(context, values["old_password"],
                                                            values["new_password"]), parent)
        actor = context.actor
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self.current = password_edit("old_password")
        self.new = password_edit("new_password")
        self.new.setPlaceholderText(self.tr("at least %n character(s)", "", MIN_PASSWORD_LENGTH))
        self.repeat = password_edit("repeat")
        self.fields = {"old_password": self.current, "new_password": self.new, "repeat": self.repeat}
        self.intro = QLabel(self.tr("Password of {name} ({username}).").format(name=actor.display_name,
                                                                              username=actor.username))
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Change password")))
        self.current.setFocus()

    def values(self) -> dict[str, Any]:
        self.same_passwords(self.new, self.repeat)
        return {"old_password": self.current.text(), "new_password": self.new.text()}
