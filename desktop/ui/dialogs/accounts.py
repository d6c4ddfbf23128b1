"""The first-run dialog (creates the administrator) and the login dialog.

The login dialog is the first window of a start: it imports nothing of the database layer, and may be given the
database still opening on its worker thread (``desktop.ui.opening.OpeningDatabase``), so the person types while
SQLAlchemy and the migrations load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.addresses import is_server_address
from desktop.core.errors import DomainError
from desktop.ui import theme
from desktop.ui.opening import OpeningDatabase
from desktop.ui.widgets.feedback import MessageBanner, mark_field

if TYPE_CHECKING:
    from desktop.db.engine import Database
    from desktop.domain.accounts.permissions import Actor


def log_in(database: Database, username: str, password: str) -> tuple[Actor, Database | None]:
    """Check the password (the login is audited); on a server address, connect as the person's own role.

    Returns the actor and, on a server, the person's own database connection (None otherwise).
    """
    from desktop.domain.users.server_login import log_in_to_server
    from desktop.domain.users.service import authenticate

    if is_server_address(database.url):
        personal, actor = log_in_to_server(database.url, username, password)
        return actor, personal
    with database.transaction() as session:
        return authenticate(session, username, password), None


def create_administrator(database: Database, username: str, display_name: str, password: str) -> Actor:
    from desktop.domain.users.service import create_first_administrator

    with database.transaction() as session:
        return create_first_administrator(session, username, display_name, password)


class LoginDialog(QDialog):
    """User name and password; a refusal is shown in the dialog and the fields are kept for a retry.

    Given a database still opening, it ends with ``FIRST_RUN`` when the file has no account yet (the first-run
    dialog follows) and with ``OPENING_FAILED`` when it cannot be opened (``opening.result()`` raises why).
    """

    FIRST_RUN = 2
    OPENING_FAILED = 3

    def __init__(self, database: Database | OpeningDatabase, parent: QWidget | None = None, *,
                 username: str = "") -> None:
        super().__init__(parent)
        self.opening = database if isinstance(database, OpeningDatabase) else None
        self._database = None if self.opening is not None else database
        self.actor: Actor | None = None
        self.personal_database: Database | None = None  # on a server: the connection as this person
        self.setWindowTitle(self.tr("Log in"))
        self.setMinimumWidth(380)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.remember: QCheckBox | None = None
        if is_server_address(database.url):
            self.remember = self._remember_box()
            form.addRow("", self.remember)
            self.username.editingFinished.connect(self._recall_password)
        buttons = QDialogButtonBox()  # no constructor argument: its overloads would load Qt's namespace (~15 ms)
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("Designation review of IP valuation institutes"))
        theme.make_title(heading)
        where = QLabel(self.tr("Database: {where}").format(where=database.description))
        where.setWordWrap(True)
        theme.set_tone(where, theme.Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()  # no Qt.FocusReason: Qt's namespace loads in ~15 ms
        if username and self.remember is not None:
            self._recall_password()
        if self.opening is not None and not self.opening.ready():
            self._watch = QTimer(self)
            self._watch.setInterval(20)
            self._watch.timeout.connect(self._opened)
            self._watch.start()

    @property
    def database(self) -> Database:
        """The database to log in to (waits for one still opening)."""
        if self._database is None:
            assert self.opening is not None
            self._database = self.opening.result()
        return self._database

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.opening is not None:
            QTimer.singleShot(0, self.opening.start)  # once the window is drawn
            if self.opening.ready():
                QTimer.singleShot(0, self._opened)

    def _opened(self) -> None:
        """The database finished opening: go on with it, or leave for the first run or the error."""
        if self.opening is None or not self.opening.ready() or not self.isVisible():
            return
        if hasattr(self, "_watch"):
            self._watch.stop()
        if self.opening.failed():
            self.done(self.OPENING_FAILED)
        elif self.opening.first_run:
            self.done(self.FIRST_RUN)

    def _remember_box(self) -> QCheckBox:
        from desktop.core import keyring_store

        box = QCheckBox(self.tr("Remember my password on this computer (system keyring)"))
        box.setObjectName("remember")
        if not keyring_store.available():
            box.setEnabled(False)
            box.setToolTip(self.tr("No system keyring is available (install the optional keyring package); the "
                                   "password is asked at every login and never written to a file."))
        return box

    def _recall_password(self) -> None:
        """A password this person chose to remember here fills the field (only while it is empty)."""
        from desktop.domain.users.server_login import remembered_password

        if self.password.text() or self.remember is None or not self.remember.isEnabled():
            return
        remembered = remembered_password(self.database.url, self.username.text())
        if remembered:
            self.password.setText(remembered)
            self.remember.setChecked(True)

    def _keep_or_forget_password(self, accepted: bool) -> None:
        from desktop.domain.users.server_login import forget_password, remember_password

        if self.remember is None or not self.remember.isEnabled():
            return
        username = self.username.text()
        if accepted and self.remember.isChecked():
            remember_password(self.database.url, username, self.password.text())
        else:
            forget_password(self.database.url, username)

    def try_login(self) -> None:
        if not self.username.text().strip():
            self.banner.show_message(self.tr("Enter your user name."))
            mark_field(self.username, "error")
            self.username.setFocus()
            return
        if self.opening is not None and self._database is None:
            self.opening.wait()  # pressed before the database finished opening: a moment more
            if self.opening.failed() or self.opening.first_run:
                self._opened()
                return
        try:
            self.actor, self.personal_database = log_in(self.database, self.username.text(), self.password.text())
        except DomainError as error:
            from desktop.domain.audit.security import LoginFailure

            if getattr(error, "failure", None) is LoginFailure.WRONG_PASSWORD:
                self._keep_or_forget_password(False)  # a remembered password that no longer works is forgotten
            self.banner.show_message(error.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        self._keep_or_forget_password(True)
        self.accept()


class FirstRunDialog(QDialog):
    """Create the administrator on an empty database: user name, name, password twice."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr(
            "This database is new. Create the administrator account first; the administrator then "
            "creates the accounts of the secretariat, inspectors, committee members and approvers."
        ))
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.banner = MessageBanner()
        self.fields = {"username": self.username, "display_name": self.display_name, "password": self.password,
                       "repeat": self.repeat}
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        self.repeat.textChanged.connect(self._check_repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.display_name.setFocus()

    def _check_repeat(self) -> None:
        same = self.repeat.text() == self.password.text()
        mark_field(self.repeat, None if same or not self.repeat.text() else "warning")

    def _fail(self, message: str, field: str | None) -> None:
        for widget in self.fields.values():
            mark_field(widget, None)
        self.banner.show_message(message)
        widget = self.fields.get(field or "")
        if widget is not None:
            mark_field(widget, "error")
            widget.setFocus()

    def try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            self._fail(self.tr("The two passwords differ. Type the same password twice."), "repeat")
            return
        try:
            self.actor = create_administrator(self.database, self.username.text(), self.display_name.text(),
                                              self.password.text())
        except DomainError as error:
            self._fail(error.message, error.field)
            return
        self.accept()
