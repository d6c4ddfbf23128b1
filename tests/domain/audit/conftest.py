"""Tampering with a copy of the demo database the way someone holding the file would: sqlite3, triggers dropped."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.chain import content_hash, row_content, row_select, verify_all
from desktop.domain.audit.chain_problems import ChainReport


def database_file(database: Database) -> Path:
    """The SQLite file (a test using it is ``sqlite_only``; sqlite3 would create a stray file for any other URL)."""
    assert database.engine.dialect.name == "sqlite", "tampering through sqlite3 needs a test marked sqlite_only"
    return Path(database.engine.url.database)


@contextmanager
def tampered(database: Database) -> Iterator[sqlite3.Connection]:
    """A raw connection to the database file with the audit triggers dropped, committed at the end."""
    database.dispose()
    connection = sqlite3.connect(database_file(database), isolation_level=None)
    connection.execute("BEGIN")
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("DROP TRIGGER audit_events_no_delete")
    try:
        yield connection
        connection.execute("COMMIT")
    finally:
        connection.close()


def rehash(connection: sqlite3.Connection, sequence: int | None = None, *, row_id: int | None = None,
           previous: str | None = None) -> str:
    """Give an event (by number, or by row id) the hash of its present content, after ``previous`` if given, as an
    attacker who read the format would; returns the new hash."""
    if row_id is None:
        row_id = connection.execute("SELECT id FROM audit_events WHERE sequence = ?", (sequence,)).fetchone()[0]
    if previous is not None:
        connection.execute("UPDATE audit_events SET previous_hash = ? WHERE id = ?", (previous, row_id))
    row = connection.execute(row_select("sqlite") + " WHERE id = ?", (row_id,)).fetchone()
    digest = content_hash(row_content(row))
    connection.execute("UPDATE audit_events SET hash = ? WHERE id = ?", (digest, row_id))
    return digest


def event_hash(connection: sqlite3.Connection, sequence: int) -> str:
    return connection.execute("SELECT hash FROM audit_events WHERE sequence = ?", (sequence,)).fetchone()[0]


def verified(database: Database, anchors=()) -> ChainReport:
    with database.read() as session:
        return verify_all(session, Actor.command_line(), anchors)


@pytest.fixture
def demo_events(demo_database) -> int:
    """How many events the demo's trail holds."""
    with demo_database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM audit_events").scalar_one()
