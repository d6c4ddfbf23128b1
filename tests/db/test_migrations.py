"""Alembic: empty → head, the models match head, newer/damaged/locked databases give clear messages."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.core.errors import DatabaseError
from desktop.db.engine import Database, resolve_database_url
from desktop.db.migrate import current_revision, head_revision, upgrade
from desktop.domain.models import metadata
from desktop.domain.users.service import create_first_administrator


def test_empty_database_migrates_to_head_and_matches_the_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    assert current_revision(db) is None
    upgrade(db)
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    upgrade(db)  # idempotent


def test_sqlite_has_wal_and_foreign_keys(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(path)
    with pytest.raises(DatabaseError, match="newer version"):
        upgrade(Database(f"sqlite:///{path}"))
    assert _digest(path) == before


def test_a_damaged_file_is_refused_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError, match="not a readable database"):
        upgrade(Database(f"sqlite:///{path}"))
    assert _digest(path) == before


def test_a_locked_database_says_so_and_loses_nothing(tmp_path):
    path = tmp_path / "locked.sqlite3"
    db = Database(f"sqlite:///{path}", busy_timeout_ms=100)
    upgrade(db)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="locked"), db.transaction() as s:
            create_first_administrator(s, "admin", "관리자", "long-password")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with db.transaction() as s:  # once released, the same work succeeds
        create_first_administrator(s, "admin", "관리자", "long-password")


def test_database_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("DESIGNATION_REVIEW_DATABASE", raising=False)
    assert resolve_database_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_database_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.setenv("DESIGNATION_REVIEW_DATABASE", str(tmp_path / "env.sqlite3"))
    assert resolve_database_url(None).endswith("env.sqlite3")
    assert resolve_database_url(str(tmp_path / "opt.sqlite3")).endswith("opt.sqlite3")
    monkeypatch.delenv("DESIGNATION_REVIEW_DATABASE")
    assert resolve_database_url(None).endswith("designation-review.sqlite3")


def test_the_start_up_fast_path_knows_the_real_head():
    from desktop.db.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
