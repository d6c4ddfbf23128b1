"""The login window is the first thing a start shows: it loads nothing of the database layer, and the database
opens on a worker thread while the person types."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.addresses import describe_address, is_server_address
from desktop.db.engine import describe_database
from desktop.db.server.setup import is_server_address as is_server_address_by_sqlalchemy
from desktop.ui.dialogs.accounts import LoginDialog
from desktop.ui.opening import OpeningDatabase

ROOT = Path(__file__).resolve().parents[2]


def test_the_login_window_loads_neither_sqlalchemy_nor_the_domain():
    code = ("import sys\nfrom desktop.cli import gui_launch\nimport desktop.app\nimport desktop.ui.dialogs.accounts\n"
            "import desktop.ui.opening\nassert gui_launch(['--database', 'x.sqlite3']) is not None\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('desktop.domain')"
            " or m.startswith('desktop.db')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_only_the_global_options_open_the_gui_without_the_commands_parser():
    from desktop.cli import gui_launch

    assert gui_launch([]).database is None
    assert gui_launch(["--database", "x.sqlite3", "--language", "en"]).language == "en"
    assert gui_launch(["--database", "x.sqlite3", "demo"]) is None  # a command: the full parser
    assert gui_launch(["--help"]) is None


@pytest.mark.parametrize("url", [
    "sqlite:////tmp/a b/review.sqlite3", "postgresql+psycopg://dbhost/review", "postgresql://dbhost:5433/review",
    "postgresql+psycopg://kim:s%40cret@dbhost/review?sslmode=verify-full", "postgresql+psycopg://kim@dbhost/review",
])
def test_the_light_address_reading_agrees_with_sqlalchemy(url):
    assert is_server_address(url) == is_server_address_by_sqlalchemy(url)
    assert describe_address(url) == describe_database(url)


def _press_log_in(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_person_types_while_the_database_opens_then_logs_in(qtbot, demo_database):
    opening = OpeningDatabase(demo_database.url, lambda url: demo_database, start=False)
    dialog = LoginDialog(opening, username="secretariat")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.password, "secretariat-2026")
    qtbot.waitUntil(opening.ready)  # started once the window was shown
    _press_log_in(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted and dialog.actor.username == "secretariat"


def test_a_database_without_accounts_leaves_for_the_first_run(qtbot, database):
    opening = OpeningDatabase(database.url, lambda url: database, start=False)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == LoginDialog.FIRST_RUN and opening.first_run


def test_a_database_that_cannot_be_opened_ends_the_login_with_its_reason(qtbot, tmp_path):
    from desktop.app import open_database
    from desktop.core.errors import DomainError

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    opening = OpeningDatabase(f"sqlite:///{damaged}", open_database, start=False)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == LoginDialog.OPENING_FAILED
    with pytest.raises(DomainError, match="not a readable database"):
        opening.result()
