"""The administrator's dialogs on the Users page: add or edit a user, give another role, set a new password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import role_label
from desktop.domain.users.service import MIN_PASSWORD_LENGTH, UserRow
from desktop.ui.widgets.form_dialog import FormDialog, password_edit

Save = Callable[[dict[str, Any]], Any]
ASSIGNABLE_ROLES = (Role.SECRETARIAT, Role.INSPECTOR, Role.COMMITTEE_MEMBER, Role.CHAIR, Role.APPROVER,
                    Role.ADMINISTRATOR)


def role_combo(current: Role = Role.SECRETARIAT) -> QComboBox:
    """The roles a person can have (never the command line's)."""
    combo = QComboBox()
    combo.setObjectName("role")
    for role in ASSIGNABLE_ROLES:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(ASSIGNABLE_ROLES.index(current) if current in ASSIGNABLE_ROLES else 0)
    return combo


def _line(name: str, text: str | None = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class UserDialog(FormDialog):
    """A new user (user name, name, role, title, contact, password twice) or, given ``existing``, their details."""

    def __init__(self, save: Save, existing: UserRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.existing = existing
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("User {name}").format(name=existing.username) if existing
                            else self.tr("Add user"))
        self.setMinimumWidth(460)
        self.username = _line("username", existing.username if existing else "", self.tr("e.g. hong.gildong"))
        self.username.setReadOnly(existing is not None)
        self.display_name = _line("display_name", existing.display_name if existing else "", "홍길동")
        self.role = role_combo(existing.role if existing else Role.SECRETARIAT)
        self.user_title = _line("title", existing.title if existing else "", self.tr("e.g. 주무관, 심의위원"))
        self.email = _line("email", existing.email if existing else "", "name@example.kr")
        self.phone = _line("phone", existing.phone if existing else "", "042-481-5000")
        self.password = password_edit("password")
        self.password.setPlaceholderText(self.tr("at least %n character(s)", "", MIN_PASSWORD_LENGTH))
        self.repeat = password_edit("repeat")
        self.fields = {"username": self.username, "display_name": self.display_name, "role": self.role,
                       "title": self.user_title, "email": self.email, "phone": self.phone,
                       "password": self.password, "repeat": self.repeat}
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        if existing is None:
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Title"), self.user_title)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Telephone"), self.phone)
        if existing is None:
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Save") if existing else self.tr("Add user")))
        (self.display_name if existing else self.username).setFocus()

    def values(self) -> dict[str, Any]:
        if self.existing is None:
            self.same_passwords(self.password, self.repeat)
        return {"username": self.username.text(), "display_name": self.display_name.text(),
                "role": Role(self.role.currentData()), "title": self.user_title.text(), "email": self.email.text(),
                "phone": self.phone.text(), "password": self.password.text()}


class RoleDialog(FormDialog):
    """Another role for a user; it takes effect at their next login."""

    def __init__(self, save: Save, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.setMinimumWidth(420)
        self.role = role_combo(user.role)
        self.fields = {"role": self.role}
        intro = QLabel(self.tr("Role of {name} ({username}), now {role}. The new role takes effect when they next "
                               "log in; the change is recorded in the audit log.")
                       .format(name=user.display_name, username=user.username, role=role_label(user.role)))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New role"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Change role")))

    def values(self) -> dict[str, Any]:
        return {"role": Role(self.role.currentData())}


class PasswordResetDialog(FormDialog):
    """The administrator sets a new password for another user (twice); the reset is audited, never the password."""

    def __init__(self, save: Save, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("passwordResetDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(420)
        self.password = password_edit("password")
        self.password.setPlaceholderText(self.tr("at least %n character(s)", "", MIN_PASSWORD_LENGTH))
        self.repeat = password_edit("repeat")
        self.fields = {"password": self.password, "repeat": self.repeat}
        intro = QLabel(self.tr("A new password for {name} ({username}). Give it to them in person; the audit log "
                               "records that you reset it, not the password.")
                       .format(name=user.display_name, username=user.username))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Set password")))

    def values(self) -> dict[str, Any]:
        self.same_passwords(self.password, self.repeat)
        return {"password": self.password.text()}
