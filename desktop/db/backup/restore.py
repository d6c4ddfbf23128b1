"""Restoring a checked backup into an empty database: every row in one transaction, or nothing.

The target must be empty: a new SQLite file, an empty one, or a database of this application without a single row
(a new PostgreSQL database is empty). It is brought to the current schema, then every table is copied parents first
and, on PostgreSQL, each id sequence is set past the highest id restored. Any failure rolls the transaction back,
and a SQLite file (and folders) made for the restore are removed again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Integer, MetaData, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.db.backup import BackupError
from desktop.db.backup.check import CheckedBackup
from desktop.db.backup.create import remove_sqlite_file, sqlite_path
from desktop.db.backup.manifest import MANIFEST_TABLE, VERSION_TABLE, quoted
from desktop.db.backup.rows import (
    STARTED_BY_MIGRATIONS,
    TablePlan,
    copy_table,
    count_rows,
    plan_of,
    reflect,
    schema_tables,
)
from desktop.db.engine import Database, describe_database, explain_operational_error

Progress = tuple[int, int, str]


@dataclass(frozen=True)
class Restored:
    url: str
    description: str
    records: int
    tables: int


class _NewSqliteFile:
    """What a restore into a SQLite file made (the file, its missing folders), to take away again on failure."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.created = path is not None and not path.exists()
        self.was_empty = path is not None and path.is_file() and path.stat().st_size == 0
        folders = []
        if self.created and path is not None:
            folder = path.parent
            while not folder.exists():
                folders.append(folder)
                folder = folder.parent
        self.new_folders = folders  # innermost first

    @property
    def may_be_new(self) -> bool:
        return self.created or self.was_empty

    def take_away(self) -> None:
        if self.path is None:
            return
        if self.created:
            remove_sqlite_file(self.path)
            for folder in self.new_folders:
                with contextlib.suppress(OSError):
                    folder.rmdir()
        elif self.was_empty:
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self.path.write_bytes(b"")


def restore_into(checked: CheckedBackup, target_url: str, *,
                 finish: Callable[[Session], None] | None = None) -> Generator[Progress, None, Restored]:
    """Copy every row of ``checked`` into the empty database ``target_url``; ``finish`` runs in the same transaction
    after the rows (the caller records the restore there). Yields progress; returns what was restored."""
    from desktop.db.migrate import upgrade

    made = _NewSqliteFile(sqlite_path(target_url))
    target = Database(target_url, create=made.may_be_new)
    try:
        with checked.database.engine.connect() as source:
            known = {t.name for t in schema_tables(reflect(source))}
        _refuse_unless_empty(target, known)
        upgrade(target)
        restored = yield from _copy(checked, target, finish)
    except BaseException:
        target.dispose()
        made.take_away()
        raise
    target.dispose()
    return restored


def _refuse_unless_empty(target: Database, known: set[str]) -> None:
    with target.read() as session:
        connection = session.connection()
        try:
            names = set(inspect(connection).get_table_names())
        except sa_exc.DatabaseError as error:  # e.g. a file that is not a database
            raise explain_operational_error(error, target.url) from error
        foreign = sorted(names - known - {VERSION_TABLE})
        if foreign:
            raise BackupError(translate(
                "Backup", "The database {where} holds tables that are not this application's ({tables}); a backup "
                "is restored only into an empty database, so nothing was restored."
            ).format(where=target.description, tables=", ".join(foreign[:3])))
        if any(count_rows(connection, name) for name in sorted(names & known - set(STARTED_BY_MIGRATIONS))):
            raise BackupError(translate(
                "Backup", "The database {where} already holds data; a backup is restored only into an empty "
                "database (a new file, or a new PostgreSQL database), so nothing was restored."
            ).format(where=target.description))


def _copy(checked: CheckedBackup, target: Database,
          finish: Callable[[Session], None] | None) -> Generator[Progress, None, Restored]:
    message = translate("Backup", "Restoring {table}…")
    total, done = max(1, checked.manifest.record_count), 0
    try:
        with target.transaction() as session, checked.database.engine.connect() as source:
            connection = session.connection()
            if target.is_sqlite:
                connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # checked once, at commit
            source_metadata, target_metadata = reflect(source), reflect(connection)
            plans = [plan_of(t) for t in schema_tables(target_metadata)]
            _refuse_other_columns(checked, plans, source_metadata)
            for name in STARTED_BY_MIGRATIONS:  # the fresh database's own bookkeeping gives way to the backup's
                if name in target_metadata.tables:
                    connection.execute(target_metadata.tables[name].delete())
            for plan in plans:
                yield min(done, total), total, message.format(table=plan.name)
                for copied in copy_table(source, connection, plan, typed=not target.is_sqlite,
                                         source_metadata=source_metadata, target_metadata=target_metadata):
                    done += copied
                    yield min(done, total), total, message.format(table=plan.name)
            if not target.is_sqlite:
                _advance_sequences(connection, plans, target_metadata)
            if finish is not None:
                finish(session)
    except sa_exc.SQLAlchemyError as error:
        raise BackupError(translate(
            "Backup", "The backup {file} could not be restored into {where} ({error}); nothing was restored."
        ).format(file=checked.file, where=target.description, error=getattr(error, "orig", error))) from error
    return Restored(target.url, describe_database(target.url), done, len(plans))


def _refuse_other_columns(checked: CheckedBackup, plans: list[TablePlan], source_metadata: MetaData) -> None:
    """The working copy is at this application's schema: every table there, with the same columns (copied by name)."""
    for plan in plans:
        table = source_metadata.tables.get(plan.name)
        if table is None or {c.name for c in table.columns} != set(plan.columns):
            raise BackupError(translate(
                "Backup", "The backup {file} does not hold the table {table} as this application defines it; "
                "nothing was restored.").format(file=checked.file, table=plan.name))


def _advance_sequences(connection: Connection, plans: list[TablePlan], metadata: MetaData) -> None:
    """PostgreSQL: set each id sequence past the highest id restored, so the next insert does not collide."""
    for plan, key in _integer_keys(plans, metadata):
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": plan.name, "c": key}).scalar()
        if sequence is None:
            continue
        connection.execute(text(
            f"SELECT setval(:s, COALESCE(MAX({quoted(key)}), 1), MAX({quoted(key)}) IS NOT NULL) "
            f"FROM {quoted(plan.name)}"), {"s": sequence})


def _integer_keys(plans: list[TablePlan], metadata: MetaData) -> Iterator[tuple[TablePlan, str]]:
    for plan in plans:
        if len(plan.key) == 1 and plan.name != MANIFEST_TABLE:
            column = metadata.tables[plan.name].c[plan.key[0]]
            if isinstance(column.type, Integer):
                yield plan, plan.key[0]
