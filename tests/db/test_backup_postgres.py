"""Backups on PostgreSQL: a REPEATABLE READ snapshot into a portable SQLite backup that restores into PostgreSQL
(id sequences set past the restored ids) and into SQLite alike, with the same JSON export.

Runs when DESIGNATION_REVIEW_TEST_POSTGRES holds a URL of an empty database the test may wipe; the restore target
is a schema of its own in that database (``search_path``), so one database suffices.
"""

import os
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop.db.engine import Database
from desktop.db.migrate import current_revision
from desktop.domain.accounts.permissions import Actor
from tests.conftest import fresh_postgres
from tests.db.test_backup import finish

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]
TARGET_SCHEMA = "restore_target"
CLI = Actor.command_line()


@pytest.fixture(scope="module")
def pg_demo():
    db = fresh_postgres(demo=True)
    yield db
    db.dispose()


@pytest.fixture
def pg_target() -> str:
    """The URL of an empty schema of the test database, for a restore."""
    admin = Database(URL)
    with admin.engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {TARGET_SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {TARGET_SCHEMA}"))
    admin.dispose()
    yield make_url(URL).update_query_dict({"options": f"-csearch_path={TARGET_SCHEMA}"}).render_as_string(
        hide_password=False)
    admin = Database(URL)
    with admin.engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {TARGET_SCHEMA} CASCADE"))
    admin.dispose()


def exported(database: Database) -> dict:
    from desktop.domain.export.json_dump import export_json

    with database.read() as session:  # read-only: the export's own audit record is rolled back
        document = export_json(session, CLI, current_revision(database))
    document.pop("exported_at")
    document["tables"].pop("audit_chain_head")  # follows the events: the round trip adds its own
    return document


def test_postgres_backs_up_into_a_file_that_restores_into_postgres_and_sqlite(pg_demo, pg_target, tmp_path):
    from desktop.domain.audit.models import AuditEvent
    from desktop.domain.audit.service import record
    from desktop.domain.backup.service import back_up, restore_backup

    written = finish(back_up(pg_demo, CLI, tmp_path / "pg.backup"))
    assert written.manifest.source == pg_demo.description and written.manifest.record_count > 2000
    source = exported(pg_demo)
    source["tables"]["audit_events"] = source["tables"]["audit_events"][:-1]  # the backup's own record

    finish(restore_backup(CLI, written.path, pg_target, accounts=None))
    finish(restore_backup(CLI, written.path, f"sqlite:///{tmp_path / 'from-pg.sqlite3'}", accounts=None))
    for url in (pg_target, f"sqlite:///{tmp_path / 'from-pg.sqlite3'}"):
        database = Database(url)
        try:
            restored = exported(database)
            events = restored["tables"]["audit_events"]
            assert events[-1]["action"] == "database.restore"
            restored["tables"]["audit_events"] = events[:-1]
            assert restored == source, url
            if url == pg_target:  # the sequences were set past the restored ids
                with database.transaction() as session:
                    record(session, None, "export.json", entity_type="database")
                with database.read() as session:
                    newest = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
                    assert newest.id == events[-1]["id"] + 1 and newest.action == "export.json"
        finally:
            database.dispose()


def test_a_sqlite_backup_restores_into_postgres(demo_database, pg_target, tmp_path: Path):
    from desktop.domain.backup.service import back_up, restore_backup

    written = finish(back_up(demo_database, CLI, tmp_path / "demo.backup"))
    source = exported(demo_database)
    source["tables"]["audit_events"] = source["tables"]["audit_events"][:-1]
    finish(restore_backup(CLI, written.path, pg_target, accounts=None))
    database = Database(pg_target)
    try:
        restored = exported(database)
    finally:
        database.dispose()
    restored["tables"]["audit_events"] = restored["tables"]["audit_events"][:-1]
    assert restored == source


def test_a_postgres_database_holding_data_is_refused(pg_demo, demo_database, tmp_path):
    from desktop.core.errors import DomainError
    from desktop.domain.backup.service import back_up, restore_backup

    written = finish(back_up(demo_database, CLI, tmp_path / "demo.backup"))
    with pytest.raises(DomainError, match="already holds data"):
        finish(restore_backup(CLI, written.path, URL, accounts=None))
