"""Logging in on a server address: the login dialog connects as the person's own PostgreSQL role."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import URL as URL_
from sqlalchemy.engine import make_url

from desktop.db.engine import Database
from desktop.db.server.roles import drop_roles, login_role
from desktop.db.server.setup import prepare
from desktop.domain.accounts.models import Role
from desktop.ui.dialogs.accounts import LoginDialog

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]


@pytest.fixture
def server_address():
    """A prepared server with an administrator and one member; the address desktops use (no user name)."""
    from desktop.demo.reset import reset_database
    from desktop.domain.users.service import create_first_administrator, create_user

    db = reset_database(Database(URL))
    prepare(db)
    with db.transaction() as session:
        admin = create_first_administrator(session, "boss", "Boss", "boss-pass-2026")
        create_user(session, admin, "kim", "김위원", "kim-pass-2026", Role.COMMITTEE_MEMBER)
    url = make_url(URL)
    yield URL_.create(url.drivername, host=url.host, port=url.port, database=url.database,
                      query=url.query).render_as_string()
    with db.engine.begin() as connection:
        drop_roles(connection)
    db.dispose()


def press_log_in(qtbot, dialog: LoginDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_login_dialog_connects_as_the_person_on_a_server(qtbot, server_address) -> None:
    address = Database(server_address)
    assert make_url(address.url).username is None  # the address desktops keep: no user name, no password
    dialog = LoginDialog(address)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "kim")
    qtbot.keyClicks(dialog.password, "wrong-password")
    press_log_in(qtbot, dialog)
    assert dialog.actor is None and "Wrong user name or password" in dialog.banner.text()
    assert dialog.username.text() == "kim"  # kept for the retry
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "kim-pass-2026")
    press_log_in(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.COMMITTEE_MEMBER
    personal = dialog.personal_database
    assert personal is not None
    assert make_url(personal.url).username == login_role(make_url(URL).database, "kim")
    with personal.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT current_user").scalar() == login_role(make_url(URL).database, "kim")
    personal.dispose()
    address.dispose()


@pytest.fixture
def memory_keyring(monkeypatch):
    from desktop.core import keyring_store
    from tests.issuing.test_signing_password import MemoryKeyring

    fake = MemoryKeyring()
    monkeypatch.setattr(keyring_store, "_keyring", lambda: fake)
    return fake


def test_a_password_remembered_in_the_keyring_fills_the_next_login_and_a_stale_one_is_forgotten(
        qtbot, server_address, memory_keyring) -> None:
    address = Database(server_address)
    dialog = LoginDialog(address)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "kim")
    qtbot.keyClicks(dialog.password, "kim-pass-2026")
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    press_log_in(qtbot, dialog)
    assert dialog.actor is not None
    dialog.personal_database.dispose()
    assert list(memory_keyring.secrets.values()) == ["kim-pass-2026"]  # in the keyring, nowhere else

    again = LoginDialog(address, username="kim")  # the next start: the field is filled, the box ticked
    qtbot.addWidget(again)
    assert again.password.text() == "kim-pass-2026" and again.remember.isChecked()
    press_log_in(qtbot, again)
    assert again.actor is not None
    again.personal_database.dispose()

    key = next(iter(memory_keyring.secrets))
    memory_keyring.secrets[key] = "changed-by-the-administrator"
    stale = LoginDialog(address, username="kim")
    qtbot.addWidget(stale)
    press_log_in(qtbot, stale)
    assert stale.actor is None and "Wrong user name or password" in stale.banner.text()
    assert memory_keyring.secrets == {}  # a remembered password that fails is not offered again
    address.dispose()


def test_without_a_keyring_the_choice_is_disabled_and_on_a_file_it_is_not_offered(
        qtbot, server_address, database, monkeypatch) -> None:
    from desktop.core import keyring_store

    monkeypatch.setattr(keyring_store, "_keyring", lambda: None)
    address = Database(server_address)
    dialog = LoginDialog(address)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and "never written to a file" in dialog.remember.toolTip()
    on_file = LoginDialog(database)
    qtbot.addWidget(on_file)
    assert on_file.remember is None
    address.dispose()
