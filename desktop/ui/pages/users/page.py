"""The Users page: the administrator adds users, edits their details, changes their role, sets a new password and
disables or enables accounts. Other roles see the service's plain reason why not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import PermissionDenied
from desktop.core.formatting import official_datetime
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import role_label
from desktop.domain.users.service import UserRow
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.users.user_dialogs import PasswordResetDialog, RoleDialog, UserDialog
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable
from desktop.ui.widgets.refusal_stack import RefusalStack


class UsersPage(Page):
    key = "users"
    areas = frozenset({"users", "committee_members", "settings"})
    USERNAME, NAME, ROLE, TITLE, EMAIL, ACTIVE, LAST_LOGIN = range(7)
    DATA, REFUSED = RefusalStack.DATA, RefusalStack.REFUSED

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Users"))
        self.table.search.setPlaceholderText(self.tr("Search user name, name, role, title or e-mail…"))
        self.add_button = QPushButton(self.tr("Add user…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.password_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        for name, button in (("addUser", self.add_button), ("editUser", self.edit_button),
                             ("changeRole", self.role_button), ("resetPassword", self.password_button),
                             ("toggleActive", self.active_button)):
            button.setObjectName(name)
        self.add_button.clicked.connect(lambda: self.add_user_dialog().exec())
        self.edit_button.clicked.connect(self.edit_selected)
        self.role_button.clicked.connect(self.change_role_of_selected)
        self.password_button.clicked.connect(self.reset_password_of_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.recordActivated.connect(lambda _: self.edit_selected())
        self.table.currentRecordChanged.connect(self._selection_changed)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        theme.set_tone(self.hint, theme.Tone.MUTED)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.role_button, self.password_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        data = QWidget(self)
        data_layout = QVBoxLayout(data)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addLayout(buttons)
        data_layout.addWidget(self.table, 1)
        data_layout.addWidget(self.hint)
        self.stack = RefusalStack(data, self)
        self.refused = self.stack.refused
        QVBoxLayout(self).addWidget(self.stack)
        self._selection_changed(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("UsersPage", "Users")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("User name"), lambda r: r.username),
            Column(self.tr("Name"), lambda r: r.display_name),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            Column(self.tr("Title"), lambda r: r.title or ""),
            Column(self.tr("E-mail"), lambda r: r.email or ""),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No (disabled)"),
                   tone=lambda r: None if r.active else "bad"),
            Column(self.tr("Last login"),
                   lambda r: official_datetime(r.last_login_at) if r.last_login_at else self.tr("Never"),
                   sort_key=lambda r: r.last_login_at.isoformat() if r.last_login_at else ""),
        ]

    # Loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from desktop.domain.users.service import list_users

        try:
            with self.context.reading() as session:
                rows = list_users(session, self.context.actor)
        except PermissionDenied as error:
            self.stack.show_refusal(error.message)
            self.table.set_records([])
            return
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.stack.show_data()
        self.table.set_records(rows)

    def _last_administrator(self, row: UserRow) -> bool:
        admins = [r for r in self.table.records() if r.role == Role.ADMINISTRATOR and r.active]
        return row.role == Role.ADMINISTRATOR and row.active and len(admins) == 1

    def _selection_changed(self, row: UserRow | None) -> None:
        """Offer what the services allow for the selected user, and say why the rest is not offered."""
        own = row is not None and row.id == self.context.actor.user_id
        last = row is not None and self._last_administrator(row)
        self.edit_button.setEnabled(row is not None)
        self.role_button.setEnabled(row is not None and not own and not last)
        self.password_button.setEnabled(row is not None and not own)
        self.active_button.setEnabled(row is not None and not own and not (last and row.active))
        self.active_button.setText(self.tr("Enable") if row is not None and not row.active else self.tr("Disable"))
        reasons = []
        if own:
            reasons.append(self.tr("This is your own account: change your password with File → Change password…; "
                                   "another administrator changes your role or disables it."))
        if last:
            reasons.append(self.tr("{name} is the last active administrator: it can be neither disabled nor given "
                                   "another role until another administrator is active.").format(name=row.username))
        self.hint.setText(" ".join(reasons))
        self.hint.setVisible(bool(reasons))

    # Commands --------------------------------------------------------------------------------------------

    def _write(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.context.writing() as session:
            return function(session, self.context.actor, *args, **kwargs)

    def _changed(self, message: str, user_id: int | None) -> None:
        self.refresh()
        if user_id is not None:
            self.table.select_id(user_id)
        self.statusMessage.emit(message)
        self.recordsChanged.emit("users")

    def add_user_dialog(self) -> UserDialog:
        from desktop.domain.users.service import create_user

        def save(values: dict[str, Any]) -> int:
            row = self._write(create_user, values["username"], values["display_name"], values["password"],
                              values["role"], title=values["title"], email=values["email"], phone=values["phone"])
            self._changed(self.tr("User {name} added as {role}.").format(name=row.username,
                                                                          role=role_label(row.role)), row.id)
            return row.id

        return UserDialog(save, None, self)

    def edit_dialog(self, row: UserRow) -> UserDialog:
        from desktop.domain.users.service import update_user

        def save(values: dict[str, Any]) -> int:
            self._write(update_user, row.id, values["display_name"], title=values["title"], email=values["email"],
                        phone=values["phone"])
            self._changed(self.tr("User {name} saved.").format(name=row.username), row.id)
            return row.id

        return UserDialog(save, row, self)

    def role_dialog(self, row: UserRow) -> RoleDialog:
        from desktop.domain.users.service import set_role

        def save(values: dict[str, Any]) -> Role:
            self._write(set_role, row.id, values["role"])
            self._changed(self.tr("{name} is now {role}.").format(name=row.username, role=role_label(values["role"])),
                          row.id)
            return values["role"]

        return RoleDialog(save, row, self)

    def password_dialog(self, row: UserRow) -> PasswordResetDialog:
        from desktop.domain.users.service import reset_password

        def save(values: dict[str, Any]) -> int:
            self._write(reset_password, row.id, values["password"])
            self._changed(self.tr("New password set for {name}.").format(name=row.username), row.id)
            return row.id

        return PasswordResetDialog(save, row, self)

    def edit_selected(self) -> None:
        row = self.table.current_record()
        if row is not None:
            self.edit_dialog(row).exec()

    def change_role_of_selected(self) -> None:
        row = self.table.current_record()
        if row is not None:
            self.role_dialog(row).exec()

    def reset_password_of_selected(self) -> None:
        row = self.table.current_record()
        if row is not None:
            self.password_dialog(row).exec()

    def toggle_active(self) -> bool:
        """Disable the selected account (after a confirmation) or enable it again."""
        from desktop.domain.users.service import set_active

        row = self.table.current_record()
        if row is None:
            return False
        if row.active and not self.dialogs.confirm(self, self.tr(
                "Disable the account of {name} ({username})? They can no longer log in; their records stay.")
                .format(name=row.display_name, username=row.username)):
            return False
        try:
            self._write(set_active, row.id, not row.active)
        except Exception as error:
            self.dialogs.show_error(self, error)
            self.refresh()
            return False
        message = self.tr("{name} is disabled.") if row.active else self.tr("{name} is enabled again.")
        self._changed(message.format(name=row.username), row.id)
        return True
