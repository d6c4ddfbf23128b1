"""File → Database connection…: a server address checked at its field and remembered on this computer without a
user name or password; the computer's own file forgets it; start-up uses what is remembered."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from desktop.ui.dialogs.connection import CONNECTION_KEY, ConnectionDialog, remembered_connection
from desktop.ui.widgets.feedback import field_level


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)


def test_a_server_is_checked_at_its_field_and_remembered_without_credentials(qtbot, tmp_path):
    settings = _settings(tmp_path)
    ca = tmp_path / "ministry-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.form.isEnabled()  # nothing remembered: the computer's own file
    qtbot.mouseClick(dialog.server, Qt.MouseButton.LeftButton)
    assert dialog.form.isEnabled()
    qtbot.keyClicks(dialog.host, "dbhost")
    qtbot.keyClicks(dialog.database, "review")
    _ok(qtbot, dialog)  # verify-full without its CA file: refused at the field, nothing remembered
    assert dialog.result() != dialog.DialogCode.Accepted and field_level(dialog.ca_file) == "error"
    assert "CA file" in dialog.banner.text() and remembered_connection(settings) is None
    qtbot.keyClicks(dialog.ca_file, str(ca))
    _ok(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    url = make_url(remembered_connection(settings))
    assert (url.host, url.port, url.database, url.username, url.password) == ("dbhost", 5432, "review", None, None)
    assert url.query == {"sslmode": "verify-full", "sslrootcert": str(ca.resolve())}

    again = ConnectionDialog(settings)  # the next time: the remembered server in the fields
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.host.text() == "dbhost" and again.ca_file.text() == str(ca.resolve())
    qtbot.mouseClick(again.local, Qt.MouseButton.LeftButton)
    _ok(qtbot, again)
    assert remembered_connection(settings) is None and not settings.contains(CONNECTION_KEY)


def test_start_up_uses_the_remembered_server_unless_the_environment_names_a_database(tmp_path, monkeypatch):
    from desktop.app import _remembered_server
    from desktop.db.engine import ENV_DATABASE

    settings = _settings(tmp_path)
    settings.setValue(CONNECTION_KEY, "postgresql+psycopg://dbhost:5432/review?sslmode=require")
    monkeypatch.delenv(ENV_DATABASE, raising=False)
    assert _remembered_server(settings) == "postgresql+psycopg://dbhost:5432/review?sslmode=require"
    monkeypatch.setenv(ENV_DATABASE, str(tmp_path / "other.sqlite3"))
    assert _remembered_server(settings) is None
