"""The first-run dialog and the login dialog."""

from desktop.domain.accounts.models import Role
from desktop.ui.dialogs.accounts import FirstRunDialog, LoginDialog


def test_login_wrong_password_keeps_fields_and_shows_the_message(qtbot, demo_database) -> None:
    dialog = LoginDialog(demo_database)
    qtbot.addWidget(dialog)
    dialog.username.setText("secretariat")
    dialog.password.setText("wrong-password")
    dialog.try_login()
    assert dialog.actor is None and dialog.result() != LoginDialog.DialogCode.Accepted
    assert dialog.banner.isVisibleTo(dialog) and "Wrong user name or password" in dialog.banner.text()
    assert dialog.username.text() == "secretariat" and dialog.password.text() == "wrong-password"
    dialog.password.setText("secretariat-2026")
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.role == Role.SECRETARIAT
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_login_asks_for_a_user_name(qtbot, demo_database) -> None:
    dialog = LoginDialog(demo_database)
    qtbot.addWidget(dialog)
    dialog.try_login()
    assert "user name" in dialog.banner.text() and dialog.actor is None


def test_first_run_creates_the_administrator(qtbot, database) -> None:
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()  # as the first start shows it (its controls' names are checked when shown)
    qtbot.waitExposed(dialog)
    dialog.display_name.setText("관리자")
    dialog.password.setText("long-enough-1")
    dialog.repeat.setText("different-2")
    dialog.try_create()
    assert dialog.actor is None and "differ" in dialog.banner.text()
    dialog.repeat.setText("short")
    dialog.password.setText("short")
    dialog.try_create()
    assert dialog.actor is None and "at least 8" in dialog.banner.text()
    assert dialog.display_name.text() == "관리자"  # kept
    dialog.password.setText("long-enough-1")
    dialog.repeat.setText("long-enough-1")
    dialog.try_create()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMINISTRATOR
    login = LoginDialog(database, username="admin")
    qtbot.addWidget(login)
    login.password.setText("long-enough-1")
    login.try_login()
    assert login.actor is not None and login.actor.username == "admin"
