"""File → Back up… and Restore…, and the automatic backup after login: through the real actions and buttons, with
the recording dialog service standing in for the file choosers."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.db.migrate import SCHEMA_HEAD
from desktop.domain.accounts.permissions import Actor
from desktop.domain.backup.service import back_up
from desktop.ui.backup_actions import BackupActions, RestoreDialog
from tests.db.test_backup import finish


@pytest.fixture
def actions_for(qtbot, context_for, dialogs):  # type: ignore[no-untyped-def]
    """The backup actions of a bare main window for a demo user."""

    windows = []  # kept alive for the test, as the application keeps its main window

    def make(username: str) -> BackupActions:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return BackupActions(context_for(username), dialogs, window)

    return make


@pytest.fixture
def backup_file(demo_database, tmp_path) -> Path:
    return finish(back_up(demo_database, Actor.command_line(), tmp_path / "demo.backup")).path


def test_the_secretariat_backs_up_from_the_file_menu(qtbot, actions_for, dialogs, tmp_path):
    actions = actions_for("secretariat")
    dialogs.save_path = tmp_path / "monday"  # typed without a suffix
    actions.back_up_action.trigger()
    assert dialogs.suggested == "demo-2026-11-25.backup"
    qtbot.waitUntil(lambda: actions.task is not None and actions.task.done, timeout=20000)
    assert actions.task.error is None and (tmp_path / "monday.backup").is_file()
    message = actions.window.statusBar().currentMessage()
    assert re.fullmatch(rf"Backed up 5\d\d\d records to {re.escape(str(tmp_path / 'monday.backup'))}\.", message)


def test_who_may_back_up_and_restore(actions_for):
    inspector, secretariat, admin = actions_for("inspector"), actions_for("secretariat"), actions_for("admin")
    assert not inspector.back_up_action.isEnabled()
    assert inspector.back_up_action.toolTip() == "Your role (Inspector) may not back up the database."
    assert secretariat.back_up_action.isEnabled() and not secretariat.restore_action.isEnabled()
    assert secretariat.restore_action.toolTip() == "Your role (Secretariat) may not restore a backup."
    assert admin.back_up_action.isEnabled() and admin.restore_action.isEnabled()


def open_restore_dialog(qtbot, actions: BackupActions) -> RestoreDialog:  # type: ignore[no-untyped-def]
    dialog = actions.restore_dialog()  # a child of the window, closed with it
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, dialog: RestoreDialog, dialogs, backup: Path, target: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs.open_paths = [backup]
    qtbot.mouseClick(dialog.browse_backup, Qt.MouseButton.LeftButton)
    dialogs.save_path = target
    qtbot.mouseClick(dialog.browse_target, Qt.MouseButton.LeftButton)


def test_the_administrator_restores_and_may_open_the_restored_database(qtbot, actions_for, dialogs, backup_file,
                                                                        tmp_path):
    actions = actions_for("admin")
    dialog = open_restore_dialog(qtbot, actions)
    assert not dialog.restore_button.isEnabled()
    target = tmp_path / "restored.sqlite3"
    choose(qtbot, dialog, dialogs, backup_file, target)
    assert dialog.summary.text().startswith("Made 2026. 11. 25. 10:00 by command line (")
    assert f"schema {SCHEMA_HEAD}" in dialog.summary.text() and dialog.summary.text().endswith(" records.")
    dialog.grab().save("/tmp/backup-restore-dialog-en.png")
    dialogs.confirm_answer = True
    with qtbot.waitSignal(actions.databaseChosen, timeout=30000) as chosen:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [f"sqlite:///{target}"] and target.is_file()
    assert "Open that database now?" in dialogs.prompts[-1] and not dialog.isVisible()


def test_declining_to_open_it_leaves_a_word_in_the_status_bar(qtbot, actions_for, dialogs, backup_file, tmp_path):
    actions = actions_for("admin")
    dialog = open_restore_dialog(qtbot, actions)
    choose(qtbot, dialog, dialogs, backup_file, tmp_path / "restored.sqlite3")
    dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert actions.window.statusBar().currentMessage() == \
        f"Backup restored into sqlite:///{tmp_path / 'restored.sqlite3'}."


def test_a_damaged_backup_is_refused_in_the_dialog(qtbot, actions_for, dialogs, backup_file, tmp_path):
    data = bytearray(backup_file.read_bytes())
    data[data.index(b"010-9042-8226") + 3] ^= 0x01
    backup_file.write_bytes(bytes(data))
    dialog = open_restore_dialog(qtbot, actions_for("admin"))
    target = tmp_path / "restored.sqlite3"
    choose(qtbot, dialog, dialogs, backup_file, target)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=30000)
    assert dialog.banner.text().startswith(f"The backup {backup_file} is damaged (the rows of ")
    assert dialog.isVisible() and not target.exists() and dialogs.errors == []
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())  # choose another file and try again


def test_a_file_that_is_no_backup_says_so_when_chosen(qtbot, actions_for, dialogs, demo_database, tmp_path):
    dialog = open_restore_dialog(qtbot, actions_for("admin"))
    choose(qtbot, dialog, dialogs, Path(demo_database.engine.url.database), tmp_path / "x.sqlite3")
    assert dialog.summary.text() == "This file does not look like a backup of this application."


def test_the_automatic_backup_runs_in_the_background_and_says_where_it_went(qtbot, actions_for, dialogs,
                                                                            _private_backup_folder):
    actions = actions_for("secretariat")
    task = actions.start_automatic_backup()
    assert actions.start_automatic_backup() is None  # one at a time
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    [made] = list(_private_backup_folder.iterdir())
    assert actions.window.statusBar().currentMessage() == f"Automatic backup saved to {made}."
    assert dialogs.calls == []


def test_a_failed_automatic_backup_is_told_once_without_stopping_anyone(qtbot, actions_for, dialogs, monkeypatch,
                                                                        tmp_path):
    from desktop.db.backup.automatic import ENV_BACKUP_DIR

    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv(ENV_BACKUP_DIR, str(tmp_path / "file" / "backups"))
    actions = actions_for("admin")
    task = actions.start_automatic_backup()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    message = actions.window.statusBar().currentMessage()
    assert message.startswith(f"The automatic backup failed: Could not write {tmp_path / 'file' / 'backups'}/")
    assert message.endswith("Work goes on; the log has the details.") and dialogs.calls == []


def test_no_automatic_backup_for_those_who_may_not_back_up(actions_for, _private_backup_folder):
    assert actions_for("member").start_automatic_backup() is None
    assert list(_private_backup_folder.iterdir()) == []


def test_the_file_menu_offers_both(qtbot, context_for, dialogs, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    window = MainWindow(context_for("admin"), dialogs, settings=QSettings(str(tmp_path / "s.ini"),
                                                                          QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:3] == ["Export JSON…", "Back up…", "Restore…"]
