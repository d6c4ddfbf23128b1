"""File → Back up… and Restore…, and the automatic backup after the day's first login, for one main window.

The work is ``desktop.domain.backup.service`` run off the GUI thread: a manual backup or restore with a progress
dialog that can cancel, the automatic backup with a progress bar in the status bar that never blocks anyone.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import DomainError
from desktop.core.formatting import official_datetime
from desktop.db.backup import BACKUP_SUFFIX
from desktop.db.backup.automatic import automatic_backup_folder, database_label
from desktop.db.backup.check import peek_manifest
from desktop.db.engine import resolve_database_url
from desktop.domain.accounts.permissions import Permission
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.tasks import Task, run_task, run_with_progress
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.permission_gate import gate

_log = logging.getLogger(__name__)
_automatic_running: dict[str, Task] = {}  # database URL → its automatic backup under way (one at a time)


class BackupActions(QObject):
    """The two File-menu actions and the automatic backup; ``databaseChosen`` carries a restored database's URL
    that the person chose to open."""

    databaseChosen = Signal(str)

    def __init__(self, context: AppContext, dialogs: DialogService, window: QMainWindow) -> None:
        super().__init__(window)
        self.context, self.dialogs, self.window = context, dialogs, window
        self.task: Task | None = None
        self.automatic_task: Task | None = None
        self.back_up_action = QAction(self.tr("Back up…"), window)
        self.back_up_action.setObjectName("backUpDatabase")
        self.back_up_action.setStatusTip(self.tr("Save a complete, checked copy of the database to a file."))
        gate(self.back_up_action, context.actor, Permission.BACK_UP_DATABASE)
        self.back_up_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("Restore…"), window)
        self.restore_action.setObjectName("restoreDatabase")
        self.restore_action.setStatusTip(self.tr("Restore a backup file into a new, empty database."))
        gate(self.restore_action, context.actor, Permission.RESTORE_DATABASE)
        self.restore_action.triggered.connect(self.restore)

    # -- back up ------------------------------------------------------------------------------------------
    def back_up(self) -> None:
        from desktop.domain.backup.service import back_up

        suggested = f"{database_label(self.context.database.url)}-{today().isoformat()}{BACKUP_SUFFIX}"
        path = self.dialogs.save_file(self.window, self.tr("Back up the database"), suggested,
                                      self.tr("Backups (*.backup)"))
        if path is None:
            return
        if not path.suffix:
            path = path.with_name(path.name + BACKUP_SUFFIX)

        def done(written) -> None:  # type: ignore[no-untyped-def]
            self.window.statusBar().showMessage(self.tr("Backed up %n record(s) to {file}.", "",
                                                        written.manifest.record_count).format(file=written.path),
                                                15000)

        self.task, _ = run_with_progress(
            self.window, self.tr("Backing up"), back_up, self.context.database, self.context.actor, path,
            on_success=done, on_error=lambda error: self.dialogs.show_error(self.window, error))

    # -- restore ------------------------------------------------------------------------------------------
    def restore_dialog(self) -> RestoreDialog:
        dialog = RestoreDialog(self.context, self.dialogs, self.window)
        dialog.restored.connect(self._restored)
        return dialog

    def restore(self) -> None:
        self.restore_dialog().exec()

    def _restored(self, url: str, description: str, records: int) -> None:
        question = self.tr("The backup was restored into {database}: %n record(s). Open that database now? You will "
                           "log in to it with its own user names and passwords.", "", records).format(
            database=description)
        if self.dialogs.confirm(self.window, question, self.tr("Backup restored")):
            self.databaseChosen.emit(url)
        else:
            self.window.statusBar().showMessage(self.tr("Backup restored into {database}.").format(
                database=description), 15000)

    # -- the automatic backup -----------------------------------------------------------------------------
    def start_automatic_backup(self) -> Task | None:
        """The day's automatic backup in the background (None when the person may not back up or one runs)."""
        from desktop.domain.backup.service import automatic_backup

        url = self.context.database.url
        running = _automatic_running.get(url)
        if not self.context.may(Permission.BACK_UP_DATABASE) or (running is not None and not running.done):
            return None
        bar = _StatusProgress(self.tr("Automatic backup %p%"))
        self.window.statusBar().addWidget(bar)
        task = run_task(automatic_backup, self.context.database, self.context.actor, automatic_backup_folder(),
                        on_success=self._automatic_done, on_error=self._automatic_failed, on_progress=bar.progressed)
        task.finished.connect(bar.deleteLater)  # slots of the bar: nothing is called once the window is gone
        _automatic_running[url] = self.automatic_task = task
        return task

    def _automatic_done(self, outcome) -> None:  # type: ignore[no-untyped-def]
        if outcome is None:
            return
        _log.info("automatic backup written to %s (%d old ones deleted)", outcome.written.path, len(outcome.removed))
        self.window.statusBar().showMessage(self.tr("Automatic backup saved to {file}.").format(
            file=outcome.written.path), 15000)

    def _automatic_failed(self, error: BaseException) -> None:
        """Logged and told once in the status bar: an automatic backup never stops anyone working."""
        if isinstance(error, DomainError):
            _log.warning("automatic backup failed: %s", error.message)
            reason = error.message
        else:  # already logged with its traceback by the task
            reason = self.tr("something unexpected went wrong ({error})").format(error=type(error).__name__)
        self.window.statusBar().showMessage(self.tr("The automatic backup failed: {reason} Work goes on; the log "
                                                    "has the details.").format(reason=reason))


class RestoreDialog(QDialog):
    """Which backup, into which new database: shows what the chosen file says it is before anything is done."""

    restored = Signal(str, str, int)  # url, description, records

    def __init__(self, context: AppContext, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.dialogs = context, dialogs
        self.task: Task | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        self.backup = QLineEdit()
        self.backup.setObjectName("backupFile")
        self.backup.setPlaceholderText(self.tr("the backup file (.backup)"))
        self.backup.textChanged.connect(self._backup_changed)
        self.browse_backup = QPushButton(self.tr("Choose…"))
        self.browse_backup.setObjectName("chooseBackup")
        self.browse_backup.clicked.connect(self._choose_backup)
        self.summary = QLabel()
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        self.target = QLineEdit()
        self.target.setObjectName("targetDatabase")
        self.target.setPlaceholderText(self.tr("a new database file, or the URL of an empty PostgreSQL database"))
        self.target.textChanged.connect(self._update_button)
        self.browse_target = QPushButton(self.tr("Choose…"))
        self.browse_target.setObjectName("chooseTarget")
        self.browse_target.clicked.connect(self._choose_target)
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(label_for(self.tr("Backup"), self.backup), _row(self.backup, self.browse_backup))
        form.addRow("", self.summary)
        form.addRow(label_for(self.tr("Restore into"), self.target), _row(self.target, self.browse_target))
        note = QLabel(self.tr("The backup is checked first (integrity, contents, audit trail). It is restored only "
                              "into an empty database; the database open now is not changed."))
        note.setWordWrap(True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.button_box.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.start)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.banner)
        layout.addWidget(self.button_box)

    def _choose_backup(self) -> None:
        paths = self.dialogs.open_files(self, self.tr("Choose a backup"), self.tr("Backups (*.backup);;All files (*)"))
        if paths:
            self.backup.setText(str(paths[0]))

    def _choose_target(self) -> None:
        path = self.dialogs.save_file(self, self.tr("Restore into a new database file"), "restored.sqlite3",
                                      self.tr("SQLite databases (*.sqlite3 *.db)"))
        if path is not None:
            self.target.setText(str(path))

    def _backup_changed(self, text: str) -> None:
        manifest = peek_manifest(Path(text).expanduser()) if text.strip() else None
        if manifest is not None:
            self.summary.setText(self.tr("Made {when} by {who} from {source} (version {version}, schema {schema}): "
                                         "%n record(s).", "", manifest.record_count).format(
                when=official_datetime(manifest.created_at), who=manifest.created_by,
                source=manifest.source, version=manifest.application_version, schema=manifest.schema_revision))
        else:
            self.summary.setText(self.tr("This file does not look like a backup of this application.")
                                 if text.strip() else "")
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self.backup.text().strip() and self.target.text().strip())
                                       and self.task is None)

    def start(self) -> None:
        """Check and restore in the background; the dialog stays open with the reason when it is refused."""
        from desktop.domain.backup.service import restore_backup

        self.banner.clear_message()
        url = resolve_database_url(self.target.text().strip())
        self.task, _ = run_with_progress(
            self, self.tr("Restoring"), restore_backup, self.context.actor, Path(self.backup.text().strip()), url,
            accounts=self.context.database, on_success=self._done, on_error=self._failed)
        self.task.finished.connect(self._task_finished)
        self._update_button()

    def _task_finished(self) -> None:
        self.task = None
        self._update_button()

    def _done(self, restored) -> None:  # type: ignore[no-untyped-def]
        self.accept()
        self.restored.emit(restored.url, restored.description, restored.records)

    def _failed(self, error: BaseException) -> None:
        """A refusal stays in the dialog (choose another file or target); anything else is a crash to report."""
        if isinstance(error, DomainError):
            _log.info("restore refused: %s", error.message)
            self.banner.show_message(error.message)
        else:
            self.dialogs.show_error(self, error)


class _StatusProgress(QProgressBar):
    """The automatic backup's progress in the status bar: shown from its first report, gone when it ends."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("automaticBackupProgress")
        self.setMaximumWidth(200)
        self.setFormat(label)
        self.hide()

    def progressed(self, done: int, total: int, _message: str) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))
        self.show()


def _row(field: QWidget, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row
