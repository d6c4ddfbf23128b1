"""Use cases of backups: back up (the administrator and the secretariat), restore (the administrator, into an empty
database only), and the automatic backup of the first start of each day. The file work is ``desktop.db.backup``.

Each is a generator yielding ``(done, total, message)`` and returning its result, for ``ui.tasks.run_task`` and
for the command line alike.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.core.files import write_error
from desktop.core.i18n import translate
from desktop.db.backup import BackupError
from desktop.db.backup.automatic import automatic_backup_folder, automatic_backup_name, prune_automatic_backups
from desktop.db.backup.check import check_backup
from desktop.db.backup.create import BackupWritten, write_backup
from desktop.db.backup.manifest import Manifest
from desktop.db.backup.restore import Restored, restore_into
from desktop.db.engine import Database
from desktop.db.server.roles import refuse_partial_copy, sees_everything
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor, Permission, is_command_line, require, require_role
from desktop.domain.audit.service import record
from desktop.domain.settings.catalogue import BACKUP_KEEP
from desktop.domain.settings.service import value

Progress = tuple[int, int, str]
BACKUP_ACTION = "database.backup"
RESTORE_ACTION = "database.restore"


def back_up(database: Database, actor: Actor, path: Path | str, *,
            automatic: bool = False) -> Generator[Progress, None, BackupWritten]:
    """Write a backup of ``database`` to ``path``; the backup is recorded in the database's audit trail."""
    with database.read() as session:
        require(session, actor, Permission.BACK_UP_DATABASE)
        refuse_partial_copy(session.connection())

    def recorded(manifest: Manifest) -> None:
        kind = "automatic backup" if automatic else "backup"
        with database.transaction() as session:
            record(session, actor, BACKUP_ACTION, entity_type="database",
                   summary=f"{kind} {Path(path).name}: {manifest.record_count} records")

    return (yield from write_backup(database, path, created_by=actor.display_name, before_publish=recorded))


def restore_backup(actor: Actor, backup_file: Path | str, target_url: str, *,
                   accounts: Database | None) -> Generator[Progress, None, Restored]:
    """Check ``backup_file`` and restore it into the empty database ``target_url``, recording the restore there.

    ``accounts`` is the database the actor logged in to (its account is checked there); None for the operator of
    the command line, who has no account.
    """
    if accounts is None:
        if not is_command_line(actor):
            raise ValueError("only the command line restores without an account")
        require_role(actor, Permission.RESTORE_DATABASE)
    else:
        with accounts.read() as session:
            require(session, actor, Permission.RESTORE_DATABASE)
    checked = yield from check_backup(backup_file)
    try:
        with checked.database.read() as session:
            problem = audit_chain_problem(session, checked.manifest)
        if problem is not None:
            raise BackupError(translate(
                "Backup", "The backup {file} fails the audit-trail check ({problem}); nothing was restored."
            ).format(file=checked.file, problem=problem))
        manifest = checked.manifest

        def recorded(session: Session) -> None:
            summary = (f"from {checked.file.name} (made {manifest.created_at.isoformat(timespec='seconds')} "
                       f"by {manifest.created_by} from {manifest.source}): {manifest.record_count} records")
            record(session, outsider(actor), RESTORE_ACTION, entity_type="database", summary=summary)

        return (yield from restore_into(checked, target_url, finish=recorded))
    finally:
        checked.close()


def outsider(actor: Actor) -> Actor:
    """The restorer as the restored database's audit trail names them: by name, as no account of that database."""
    return Actor(0, actor.username, actor.display_name, Role.SYSTEM)


def audit_chain_problem(session: Session, manifest: Manifest) -> str | None:
    """What is wrong with the backup's audit trail, or None: its hash chain is recomputed event by event (an edited,
    deleted, inserted or moved event is named), as ``audit verify`` does."""
    from desktop.domain.audit.chain import verify_all

    report = verify_all(session, Actor.command_line())
    return None if report.intact else report.summary()


@dataclass(frozen=True)
class AutomaticBackup:
    written: BackupWritten
    removed: tuple[Path, ...]


def automatic_backup(database: Database, actor: Actor,
                     folder: Path | None = None) -> Generator[Progress, None, AutomaticBackup | None]:
    """The day's automatic backup, unless one exists, the setting ``backup_keep`` is 0 or the actor may not back up.

    Named for the database and Korea's date (``desktop.db.backup.automatic``); afterwards only the newest
    ``backup_keep`` of them are kept. Returns None when nothing was due.
    """
    if not actor.may(Permission.BACK_UP_DATABASE):
        return None
    with database.read() as session:
        if not sees_everything(session.connection()):  # a person's connection to the server: the owner backs up
            return None
        keep = value(session, BACKUP_KEEP)
    if keep <= 0:
        return None
    folder = folder or automatic_backup_folder()
    path = folder / automatic_backup_name(database.url, today())
    if path.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(path, error, "no automatic backup was made") from error
    written = yield from back_up(database, actor, path, automatic=True)
    removed = prune_automatic_backups(folder, database.url, keep)
    return AutomaticBackup(written, tuple(removed))
