"""The database engine itself refuses to change or delete audit events (triggers made by migration 0006), and an
upgraded database keeps the events it had, numbered and chained so that they verify."""

import sqlite3

import pytest
from alembic import command
from sqlalchemy import delete, select, text, update
from sqlalchemy import exc as sa_exc

from desktop.db.engine import Database
from desktop.db.migrate import alembic_config, upgrade
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.chain import GENESIS, chain_head, verify_all
from desktop.domain.audit.models import AuditEvent

REFUSAL = "audit events cannot be changed or deleted"


def test_raw_sql_cannot_change_or_delete_an_audit_event(demo_template):
    connection = sqlite3.connect(demo_template)  # the session-wide template, read-only use: nothing may change
    try:
        before = connection.execute("SELECT count(*), max(summary) FROM audit_events").fetchone()
        for statement in ("UPDATE audit_events SET summary = 'x' WHERE id = 5", "DELETE FROM audit_events",
                          "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"):
            with pytest.raises(sqlite3.IntegrityError, match=REFUSAL):
                connection.execute(statement)
        assert connection.execute("SELECT count(*), max(summary) FROM audit_events").fetchone() == before
    finally:
        connection.close()


def test_the_orm_is_refused_too_and_adding_events_still_works(demo_database):
    with pytest.raises(sa_exc.IntegrityError, match=REFUSAL), demo_database.transaction() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 1).values(reason="backdated"))
    with pytest.raises(sa_exc.IntegrityError, match=REFUSAL), demo_database.transaction() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == 1))
    with demo_database.read() as s:
        assert s.get(AuditEvent, 1).reason is None


def _old_event(connection, n: int) -> None:
    connection.execute(text(
        "INSERT INTO audit_events (at, actor_id, actor_name, actor_role, action, entity_type, entity_id, summary, "
        "before, after, reason) VALUES (:at, NULL, 'system', 'system', 'export.json', 'database', NULL, :summary, "
        "'null', :after, NULL)"), {"at": f"2026-01-0{n} 09:00:00.000000", "summary": f"이전 기록 {n}",
                                   "after": '{"tables": ' + str(n) + ', "note": "\\uc774\\uc804"}'})


def test_an_upgraded_database_chains_the_events_it_had(tmp_path):
    path = tmp_path / "old.sqlite3"
    database = Database(f"sqlite:///{path}")
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        for n in (1, 2, 3):
            _old_event(connection, n)
    upgrade(database)
    with database.read() as s:
        rows = s.execute(select(AuditEvent.sequence, AuditEvent.previous_hash, AuditEvent.hash)
                         .order_by(AuditEvent.id)).all()
        head = chain_head(s)
        report = verify_all(s, Actor.command_line())
    assert [r.sequence for r in rows] == [1, 2, 3] and rows[0].previous_hash == GENESIS
    assert rows[1].previous_hash == rows[0].hash and head == (3, rows[2].hash)
    assert report.intact and report.events == 3
    with pytest.raises(sa_exc.IntegrityError, match=REFUSAL), database.transaction() as s:
        s.execute(delete(AuditEvent))
    database.dispose()
