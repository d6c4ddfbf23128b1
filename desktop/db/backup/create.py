"""Making a backup file: a consistent snapshot of the database, sealed with its manifest, renamed into place whole.

From SQLite the online backup API copies the pages while a read transaction holds one snapshot of the file (in WAL
mode writers go on meanwhile, and the copy neither restarts nor mixes two states). From PostgreSQL one REPEATABLE
READ transaction reads every table into a new SQLite file of the same schema: a portable logical copy, no
``pg_dump`` needed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop import __version__
from desktop.core.clock import now
from desktop.core.files import PendingFile, write_error
from desktop.core.i18n import translate
from desktop.db.backup import BackupError
from desktop.db.backup.manifest import Manifest, iter_table_digests, write_manifest
from desktop.db.backup.rows import STARTED_BY_MIGRATIONS, copy_table, count_rows, plan_of, reflect, schema_tables
from desktop.db.engine import Database, describe_database, explain_operational_error

Progress = tuple[int, int, str]
PAGES_PER_STEP = 1024


@dataclass(frozen=True)
class BackupWritten:
    path: Path
    manifest: Manifest
    size: int


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def remove_sqlite_file(path: Path) -> None:
    """A SQLite file and whatever journal SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def write_backup(database: Database, path: Path | str, *, created_by: str,
                 before_publish: Callable[[Manifest], None] | None = None) -> Generator[Progress, None, BackupWritten]:
    """Back ``database`` up into ``path``; yields progress, returns what was written.

    ``before_publish`` runs once the file is complete and sealed, before it is renamed into place (the caller records
    the backup there; if it fails, no file appears). Any failure or cancellation leaves no file behind.
    """
    output = PendingFile(path)  # an unwritable target is refused before anything is read
    source_file = sqlite_path(database.url)
    if source_file is not None:
        _refuse_own_file(source_file, output)
    output.stream  # noqa: B018 - creates the hidden temporary file beside the target
    output.close()
    assert output.temporary is not None
    temporary = output.temporary
    try:
        if source_file is not None:
            yield from _snapshot_of_sqlite(database, source_file, temporary, output.path)
        else:
            yield from _snapshot_of_postgresql(database, temporary, output.path)
        manifest = yield from _seal(temporary, database, created_by, output.path)
        if before_publish is not None:
            before_publish(manifest)
        target = output.publish()
    except BaseException:
        output.discard()
        remove_sqlite_file(temporary)
        raise
    return BackupWritten(target, manifest, target.stat().st_size)


def _refuse_own_file(source_file: Path, output: PendingFile) -> None:
    same = output.target == source_file.resolve()
    with contextlib.suppress(OSError):
        same = same or (output.target.exists() and os.path.samefile(output.target, source_file))
    if same:
        raise BackupError(translate(
            "Backup", "{file} is the database itself; choose another file for the backup (nothing was written)."
        ).format(file=output.path))


def _disk_error(error: Exception, target: Path) -> Exception:
    """A destination SQLite error as a sentence: a full disk is named, anything else is a write failure."""
    text_of_error = str(error).lower()
    if "full" in text_of_error:
        return write_error(target, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "nothing was written")
    return write_error(target, str(error), "nothing was written")


def _snapshot_of_sqlite(database: Database, source_file: Path, temporary: Path,
                        target: Path) -> Iterator[Progress]:
    if not source_file.is_file():
        raise BackupError(translate("Backup", "There is no database at {path}; nothing was backed up.")
                          .format(path=source_file))
    message = translate("Backup", "Copying the database…")
    try:
        reader = sqlite3.connect(f"file:{source_file}?mode=rw", uri=True, timeout=5, isolation_level=None,
                                 check_same_thread=False)
    except sqlite3.Error as error:
        raise explain_operational_error(error, database.url) from error
    try:
        try:
            reader.execute("BEGIN")  # one snapshot for the whole copy, however long it takes
            row = reader.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error).lower():
                raise explain_operational_error(error, database.url) from error
            row = None
        except sqlite3.DatabaseError as error:
            raise explain_operational_error(error, database.url) from error
        if row is None:
            raise BackupError(translate(
                "Backup", "{where} is not a database of this application (it has no schema version); nothing was "
                "backed up.").format(where=database.description))
        destination = sqlite3.connect(temporary, check_same_thread=False)
        try:
            for done, total in _pages_copied(reader, destination):
                yield done, total, message
        except sqlite3.Error as error:
            if "malformed" in str(error).lower() or "not a database" in str(error).lower():
                raise explain_operational_error(error, database.url) from error
            raise _disk_error(error, target) from error
        finally:
            destination.close()
        if reader.in_transaction:
            reader.execute("COMMIT")
    finally:
        reader.close()


class _Stopped(Exception):
    """The generator was closed (the user cancelled): abort the page copy."""


def _pages_copied(reader: sqlite3.Connection, destination: sqlite3.Connection) -> Iterator[tuple[int, int]]:
    """Run ``reader.backup`` step by step in a helper thread and yield (pages done, pages in all) after each step.

    Python's ``backup`` runs every step in one call; the thread lets this generator report progress and be
    cancelled between steps (closing the generator aborts the copy at its next step).
    """
    steps: queue.Queue[tuple[int, int] | None] = queue.Queue(maxsize=1)  # the copy waits for its report to be read
    stop = threading.Event()
    failure: list[BaseException] = []

    def report(_status: int, remaining: int, total: int) -> None:
        if stop.is_set():
            raise _Stopped
        steps.put((total - remaining, total))

    def run() -> None:
        try:
            reader.backup(destination, pages=PAGES_PER_STEP, progress=report)
        except BaseException as error:  # handed to the generator's thread
            failure.append(error)
        finally:
            steps.put(None)

    worker = threading.Thread(target=run, name="backup-pages", daemon=True)
    worker.start()
    ended = False
    try:
        while (step := steps.get()) is not None:
            yield step
        ended = True
    finally:
        stop.set()
        while not ended:  # unblock the copy so that it sees the stop and ends
            ended = steps.get() is None
        worker.join()
    if failure and not isinstance(failure[0], _Stopped):
        raise failure[0]


def _snapshot_of_postgresql(database: Database, temporary: Path, target: Path) -> Iterator[Progress]:
    from desktop.db.migrate import SCHEMA_HEAD, upgrade

    reading = translate("Backup", "Reading {table}…")
    copy = Database(f"sqlite:///{temporary}", create=True)
    try:
        source = database.engine.connect().execution_options(isolation_level="REPEATABLE READ",
                                                              postgresql_readonly=True)
        with source, source.begin():
            revision = source.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != SCHEMA_HEAD:
                raise BackupError(translate(
                    "Backup", "The database {where} has schema {schema} but this application backs up schema "
                    "{head}: run `designation-review upgrade` on it first; nothing was backed up."
                ).format(where=database.description, schema=revision, head=SCHEMA_HEAD))
            upgrade(copy)
            source_metadata = reflect(source)
            with copy.engine.begin() as destination:
                destination_metadata = reflect(destination)
                plans = [plan_of(t) for t in schema_tables(destination_metadata)]
                for name in STARTED_BY_MIGRATIONS:  # the new file's own bookkeeping gives way to the source's
                    if name in destination_metadata.tables:
                        destination.execute(destination_metadata.tables[name].delete())
                counts = {p.name: count_rows(source, p.name) for p in plans}
                total, done = max(1, sum(counts.values())), 0
                for plan in plans:
                    yield done, total, reading.format(table=plan.name)
                    for copied in copy_table(source, destination, plan, typed=True,
                                             source_metadata=source_metadata,
                                             target_metadata=destination_metadata):
                        done += copied
                        yield done, total, reading.format(table=plan.name)
    except sa_exc.OperationalError as error:
        if "sqlite" in type(error.orig).__module__:
            raise _disk_error(error.orig, target) from error
        raise explain_operational_error(error, database.url) from error
    finally:
        copy.dispose()


def _seal(temporary: Path, database: Database, created_by: str, target: Path) -> Generator[Progress, None, Manifest]:
    """Make the copy one self-contained file (no WAL), count and hash its tables and write the manifest."""
    message = translate("Backup", "Checking {table}…")
    connection = sqlite3.connect(temporary, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        digests = {}
        for table, digest in iter_table_digests(connection):
            digests[table] = digest
            yield len(digests), len(digests) + 1, message.format(table=table)
        manifest = Manifest(application_version=__version__, schema_revision=str(revision),
                            source=describe_database(database.url), created_at=now(), created_by=created_by,
                            tables=digests)
        connection.execute("BEGIN")
        write_manifest(connection, manifest)
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        raise _disk_error(error, target) from error
    finally:
        connection.close()
    return manifest
