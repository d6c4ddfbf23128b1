"""Opening a backup file for restore: a private working copy that must pass every check before any row is copied.

The checks, in order: an SQLite file at all; SQLite's integrity check; a manifest of this format (not a database
or another program's file); a format and schema revision this application knows; every table's row count and
SHA-256 as the manifest says; no row pointing at a missing record. A backup of an older schema is then migrated
— the working copy only: the file given is only ever read.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.files import read_error
from desktop.core.i18n import translate
from desktop.db.backup import BackupError
from desktop.db.backup.manifest import (
    FORMAT_VERSION,
    VERSION_TABLE,
    Manifest,
    ManifestUnreadable,
    data_tables,
    read_manifest,
    table_digest,
)
from desktop.db.engine import Database

Progress = tuple[int, int, str]
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class CheckedBackup:
    """A backup that passed every check: its manifest and a working copy at this application's schema."""

    file: Path
    working: Path
    manifest: Manifest
    _folder: Path
    _database: Database | None = field(default=None, repr=False)

    @property
    def database(self) -> Database:
        """The working copy, opened (read it; it is deleted by ``close``)."""
        if self._database is None:
            self._database = Database(f"sqlite:///{self.working}")
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
        shutil.rmtree(self._folder, ignore_errors=True)


def _damaged(file: Path, detail: str) -> BackupError:
    return BackupError(translate("Backup", "The backup {file} is damaged ({detail}); nothing was restored.")
                       .format(file=file, detail=detail))


def _newer(file: Path, what: str) -> BackupError:
    return BackupError(translate(
        "Backup", "The backup {file} was made by a newer version of this application ({what}); nothing was "
        "restored: install the newer version to restore it.").format(file=file, what=what))


def _is_sqlite_file(file: Path) -> bool:
    try:
        with file.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as error:
        raise read_error(file, error) from error


def peek_manifest(file: Path) -> Manifest | None:
    """The manifest of ``file`` read without any check (to show what a chosen file is); None if it has none."""
    try:
        if not file.is_file() or not _is_sqlite_file(file):
            return None
        connection = sqlite3.connect(f"file:{file}?mode=ro&immutable=1", uri=True)
    except Exception:
        return None
    try:
        return read_manifest(connection)
    except (sqlite3.Error, ManifestUnreadable):
        return None
    finally:
        connection.close()


def check_backup(file: Path | str) -> Generator[Progress, None, CheckedBackup]:
    """Copy ``file`` aside and check it (yields progress); the caller must ``close()`` the result."""
    file = Path(file).expanduser()
    if not file.is_file():
        raise read_error(file, FileNotFoundError(2, "No such file", str(file)))
    if not _is_sqlite_file(file):
        raise BackupError(translate(
            "Backup", "{file} is not a backup of this application (it is not even an SQLite file); nothing was "
            "restored.").format(file=file))
    folder = Path(tempfile.mkdtemp(prefix="designation-review-restore-"))
    working = folder / "backup.sqlite3"
    try:
        yield 0, 1, translate("Backup", "Reading {file}…").format(file=file.name)
        try:
            shutil.copyfile(file, working)
        except OSError as error:
            raise read_error(file, error) from error
        manifest = yield from _checked(file, working)
        if manifest.schema_revision != _head():
            yield 0, 1, translate("Backup", "Bringing the backup to the current schema…")
            _migrate(file, working)
        return CheckedBackup(file, working, manifest, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _head() -> str:
    from desktop.db.migrate import SCHEMA_HEAD

    return SCHEMA_HEAD


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    from desktop.db.migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        return False


def _checked(file: Path, working: Path) -> Generator[Progress, None, Manifest]:
    connection = sqlite3.connect(working, isolation_level=None)
    try:
        return (yield from _checks(file, connection))
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed", text that is not UTF-8
        raise _damaged(file, str(error)) from error
    finally:
        connection.close()


def _checks(file: Path, connection: sqlite3.Connection) -> Generator[Progress, None, Manifest]:
    yield 0, 1, translate("Backup", "Checking the file's structure…")
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise _damaged(file, "; ".join(problems[:2]))
    try:
        manifest = read_manifest(connection)
    except ManifestUnreadable as error:
        raise _damaged(file, translate("Backup", "its manifest is unreadable: {error}").format(error=error)) from error
    tables = data_tables(connection)
    if manifest is None:
        if VERSION_TABLE in tables:
            raise BackupError(translate(
                "Backup", "{file} is a database of this application, not a backup; back it up (`backup` or File → "
                "Back up…) and restore the backup; nothing was restored.").format(file=file))
        raise BackupError(translate(
            "Backup", "{file} is an SQLite file of another program, not a backup of this application; nothing was "
            "restored.").format(file=file))
    if manifest.format_version > FORMAT_VERSION:
        raise _newer(file, translate("Backup", "backup format {n}").format(n=manifest.format_version))
    if not _known_revision(manifest.schema_revision):
        raise _newer(file, translate("Backup", "schema {schema}").format(schema=manifest.schema_revision))
    stored = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall() \
        if VERSION_TABLE in tables else []
    if stored != [(manifest.schema_revision,)]:
        raise _damaged(file, translate("Backup", "its schema version does not match its manifest"))
    if set(tables) != set(manifest.tables):
        raise _damaged(file, translate("Backup", "its tables do not match its manifest"))
    message = translate("Backup", "Checking {table}…")
    for n, table in enumerate(tables):
        yield n, len(tables), message.format(table=table)
        if table_digest(connection, table) != manifest.tables[table]:
            raise _damaged(file, translate("Backup", "the rows of {table} do not match its manifest")
                           .format(table=table))
    connection.execute("PRAGMA foreign_keys=ON")
    orphan = connection.execute("PRAGMA foreign_key_check").fetchone()
    if orphan is not None:
        raise _damaged(file, translate("Backup", "rows of {table} refer to records that are missing")
                       .format(table=orphan[0]))
    yield len(tables), len(tables), message.format(table=tables[-1] if tables else "")
    return manifest


def _migrate(file: Path, working: Path) -> None:
    from desktop.db.migrate import upgrade

    copy = Database(f"sqlite:///{working}")
    try:
        upgrade(copy)
    except Exception as error:
        message = getattr(error, "message", None) or str(error)
        raise BackupError(translate(
            "Backup", "The backup {file} could not be brought to the current schema ({error}); nothing was restored."
        ).format(file=file, error=message)) from error
    finally:
        copy.dispose()
    with contextlib.suppress(OSError):  # the migration ran in WAL mode: fold it back into the one file
        connection = sqlite3.connect(working, isolation_level=None)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
