"""Moving a whole database to another engine: SQLite → PostgreSQL when a committee moves to a server, and back.

A transfer is a backup and a restore in one step, through a temporary backup file that is checked like any other
(integrity, row hashes, the audit chain) before anything reaches the target: attachments and issued documents travel
as the rows they are stored in. The target must be empty; afterwards every table is counted again on both sides and
the target's audit chain verified. Each side's audit trail records the transfer (the source only once the target
holds everything, so a refused transfer leaves the source as it was).
"""

from __future__ import annotations

import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.db.backup import BackupError
from desktop.db.backup.check import check_backup
from desktop.db.backup.create import write_backup
from desktop.db.backup.manifest import VERSION_TABLE
from desktop.db.backup.restore import Restored, restore_into
from desktop.db.backup.rows import count_rows, reflect, schema_tables
from desktop.db.engine import Database, describe_database
from desktop.domain.accounts.permissions import Actor, Permission, require_role
from desktop.domain.audit.service import record
from desktop.domain.backup.service import audit_chain_problem, outsider

Progress = tuple[int, int, str]
TRANSFER_ACTION = "database.transfer"


@dataclass(frozen=True)
class Transferred:
    restored: Restored
    tables: dict[str, int]  # rows per table in the source when it was copied
    events: int  # audit events in the target afterwards, the chain intact


def _same_database(first: str, second: str) -> bool:
    a, b = make_url(first), make_url(second)
    return (a.get_backend_name(), a.host, a.port, a.database) == (b.get_backend_name(), b.host, b.port, b.database)


def transfer(source: Database, target_url: str, actor: Actor) -> Generator[Progress, None, Transferred]:
    """Copy everything in ``source`` into the empty database ``target_url``, then check both sides agree."""
    require_role(actor, Permission.RESTORE_DATABASE)
    if _same_database(source.url, target_url):
        raise BackupError(translate("Backup", "The source and the target are the same database; nothing was "
                                    "transferred."))
    with tempfile.TemporaryDirectory(prefix="designation-review-transfer-") as folder:
        written = yield from write_backup(source, Path(folder) / "transfer.backup", created_by=actor.display_name)
        checked = yield from check_backup(written.path)
        try:
            with checked.database.read() as session:
                problem = audit_chain_problem(session, checked.manifest)
            if problem is not None:
                raise BackupError(translate(
                    "Backup", "The audit trail of {source} fails its check ({problem}); nothing was transferred."
                ).format(source=source.description, problem=problem))

            def received(session: Session) -> None:
                record(session, outsider(actor), TRANSFER_ACTION, entity_type="database",
                       summary=f"from {source.description}: {written.manifest.record_count} records")

            restored = yield from restore_into(checked, target_url, finish=received)
        finally:
            checked.close()
    copied = {name: digest.rows for name, digest in written.manifest.tables.items() if name != VERSION_TABLE}
    events = _check_target(target_url, copied)
    with source.transaction() as session:
        record(session, actor, TRANSFER_ACTION, entity_type="database",
               summary=f"to {describe_database(target_url)}: {written.manifest.record_count} records")
    return Transferred(restored, copied, events)


def _check_target(target_url: str, copied: dict[str, int]) -> int:
    """Every table of the target holds the rows copied (the audit trail one more: the transfer), the chain intact."""
    from desktop.domain.audit.chain import verify_all

    target = Database(target_url)
    try:
        with target.read() as session:
            connection = session.connection()
            found = {t.name: count_rows(connection, t.name) for t in schema_tables(reflect(connection))}
            report = verify_all(session, Actor.command_line())
    finally:
        target.dispose()
    expected = dict(copied, audit_events=copied.get("audit_events", 0) + 1)
    differing = sorted(name for name, rows in expected.items() if found.get(name) != rows)
    if differing or not report.intact:
        detail = report.summary() if not report.intact else ", ".join(
            f"{name} {found.get(name, 0)} ≠ {expected[name]}" for name in differing[:3])
        raise BackupError(translate("Backup", "The target {target} does not hold what was copied ({detail}); do not "
                                    "use it, and drop it before trying again.").format(
            target=describe_database(target_url), detail=detail))
    return report.events
