"""The hash chain of the audit trail: the demo verifies, and each way of tampering with the file names its event.

Every tampering is done as someone holding the SQLite file would: sqlite3, the refusing triggers dropped first, and
(where that hides more) the hashes recomputed with the published format."""

import sqlite3
import threading

import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied
from desktop.db import sqlite_scan
from desktop.domain.audit import chain
from desktop.domain.audit.chain import GENESIS, chain_head, pending_events, verify_chain
from desktop.domain.audit.chain_problems import Anchor, ProblemKind
from desktop.domain.audit.models import AuditEvent
from desktop.domain.audit.service import record
from tests.domain.audit.conftest import event_hash, rehash, tampered, verified

N = 300  # an event in the middle of the demo's trail


@pytest.fixture(autouse=True, params=["scan", "scan in worker processes", "walk"])
def way(request, monkeypatch):
    """Each test three ways: SQLite checking ranges itself (the first pass), the same ranges answered by two
    worker processes (as for a large trail), and the rows walked one by one (PostgreSQL, or after a failed range)."""
    if request.param == "scan in worker processes":
        monkeypatch.setattr(chain, "PARALLEL_FROM", 0)
        monkeypatch.setattr(chain, "RANGE_SIZE", 97)
        monkeypatch.setattr(sqlite_scan, "worker_count", lambda ranges: 2)
    elif request.param == "walk":
        monkeypatch.setattr(chain, "_numbers_unique", lambda session: False)
    return request.param


def test_the_demo_trail_verifies_with_its_head(demo_database, demo_events):
    report = verified(demo_database)
    with demo_database.read() as s:
        head = chain_head(s)
        numbers = s.scalars(select(AuditEvent.sequence).order_by(AuditEvent.id)).all()
    assert report.intact and report.events == demo_events and (report.head_sequence, report.head_hash) == head
    assert numbers == list(range(1, demo_events + 1))  # gapless, in the order the events were written
    assert report.summary() == f"{demo_events:,} events, chain intact, head #{demo_events} {head[1][:16]}…"


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_an_edited_event_is_named(demo_database):
    with tampered(demo_database) as c:
        c.execute("UPDATE audit_events SET summary = 'nothing happened' WHERE sequence = ?", (N,))
        user, action = c.execute("SELECT actor_name, action FROM audit_events WHERE sequence = ?", (N,)).fetchone()
    problem = verified(demo_database).problem
    assert problem.kind is ProblemKind.EDITED and problem.sequence == N
    assert f"#{N} (" in problem.message and user in problem.message and action not in problem.message
    assert "was changed after it was recorded" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_an_edited_event_given_a_new_hash_is_named_by_the_event_after_it(demo_database):
    with tampered(demo_database) as c:
        c.execute("UPDATE audit_events SET reason = 'approved by phone' WHERE sequence = ?", (N,))
        rehash(c, N)
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.EDITED, N)
    assert "given a new hash" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_a_deleted_event_is_named(demo_database):
    with tampered(demo_database) as c:
        c.execute("DELETE FROM audit_events WHERE sequence = ?", (N,))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.DELETED, N)
    assert f"number {N} is missing" in problem.message and f"#{N - 1} (" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_a_deleted_event_with_the_later_ones_renumbered_is_found(demo_database):
    with tampered(demo_database) as c:
        c.execute("DELETE FROM audit_events WHERE sequence = ?", (N,))
        c.execute("UPDATE audit_events SET sequence = -(sequence - 1) WHERE sequence > ?", (N,))
        c.execute("UPDATE audit_events SET sequence = -sequence WHERE sequence < 0")
        c.execute("UPDATE audit_chain_head SET sequence = sequence - 1")
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.DELETED, N)
    assert "Deleted: 1 event before" in problem.message and "renumbered" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_the_last_events_deleted_are_found_by_the_head(demo_database, demo_events):
    with tampered(demo_database) as c:
        c.execute("DELETE FROM audit_events WHERE sequence > ?", (demo_events - 2,))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.DELETED, demo_events - 1)
    assert "Deleted: 2 events at the end" in problem.message


def _forge(c: sqlite3.Connection, sequence: int, previous: str) -> int:
    """A copy of the event before ``sequence`` saying something else, linked to ``previous`` with a right hash."""
    row_id = c.execute("SELECT max(id) + 1 FROM audit_events").fetchone()[0]
    c.execute("INSERT INTO audit_events (id, sequence, at, actor_id, actor_name, actor_role, action, entity_type, "
              "entity_id, summary, before, after, reason, previous_hash, hash) SELECT ?, ?, at, actor_id, actor_name, "
              "actor_role, action, entity_type, entity_id, 'decision approved by the chair', before, after, reason, "
              "?, '' FROM audit_events WHERE sequence = ?", (row_id, sequence, previous, sequence - 1))
    rehash(c, row_id=row_id)
    return row_id


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_an_event_inserted_in_the_middle_is_named(demo_database):
    with tampered(demo_database) as c:  # the later events move up one number to make room
        c.execute("UPDATE audit_events SET sequence = -(sequence + 1) WHERE sequence >= ?", (N,))
        c.execute("UPDATE audit_events SET sequence = -sequence WHERE sequence < 0")
        forged = _forge(c, N, event_hash(c, N - 1))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence, problem.event_id) == (ProblemKind.INSERTED, N, forged)
    assert "does not belong in the trail" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_an_event_given_the_number_of_another_is_named(demo_database):
    with tampered(demo_database) as c:  # the unique number is part of the table: rebuilt without it
        c.execute("CREATE TABLE loose AS SELECT * FROM audit_events")
        c.execute("DROP TABLE audit_events")
        c.execute("ALTER TABLE loose RENAME TO audit_events")
        forged = _forge(c, N, event_hash(c, N - 1))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence, problem.event_id) == (ProblemKind.INSERTED, N, forged)
    assert "another event already has its number" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_an_event_added_after_the_last_one_is_named(demo_database, demo_events):
    with tampered(demo_database) as c:
        _forge(c, demo_events + 1, event_hash(c, demo_events))  # a perfect link, but the head was not moved
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.INSERTED, demo_events + 1)


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_two_events_swapped_in_the_table_are_named(demo_database):
    with tampered(demo_database) as c:  # the rows keep their numbers and hashes but trade places (ids)
        first, second = (c.execute("SELECT id FROM audit_events WHERE sequence = ?", (n,)).fetchone()[0]
                         for n in (N, N + 1))
        c.execute("UPDATE audit_events SET id = -1 WHERE id = ?", (first,))
        c.execute("UPDATE audit_events SET id = ? WHERE id = ?", (first, second))
        c.execute("UPDATE audit_events SET id = ? WHERE id = -1", (second,))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.REORDERED, N + 1)
    assert "out of order" in problem.message


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_two_events_given_each_others_numbers_are_named(demo_database):
    with tampered(demo_database) as c:
        c.execute("UPDATE audit_events SET sequence = -1 WHERE sequence = ?", (N,))
        c.execute("UPDATE audit_events SET sequence = ? WHERE sequence = ?", (N, N + 1))
        c.execute("UPDATE audit_events SET sequence = ? WHERE sequence = -1", (N + 1,))
    problem = verified(demo_database).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.REORDERED, N)
    assert "was moved" in problem.message


def _rewrite_from(c: sqlite3.Connection, first: int, last: int) -> None:
    """Edit event ``first`` and recompute every hash after it: a rewrite the chain alone cannot see."""
    c.execute("UPDATE audit_events SET summary = 'rewritten' WHERE sequence = ?", (first,))
    previous = event_hash(c, first - 1)
    for sequence in range(first, last + 1):
        previous = rehash(c, sequence, previous=previous)
    c.execute("UPDATE audit_chain_head SET hash = ?", (previous,))


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_a_consistent_rewrite_is_caught_by_an_anchor_recorded_outside(demo_database, demo_events):
    with demo_database.read() as s:
        anchor = Anchor(*chain_head(s), source="decision 제2026-0011호")
    later = demo_events - 5
    with tampered(demo_database) as c:
        early = Anchor(N - 10, event_hash(c, N - 10), "decision 제2026-0001호")
        _rewrite_from(c, N, demo_events)
        late = Anchor(later, "f" * 64, "the minutes of 심의-2026-02")
    assert verified(demo_database).intact  # consistent from N on: only something kept outside can tell
    report = verified(demo_database, [anchor, early])
    assert (report.problem.kind, report.problem.sequence) == (ProblemKind.REWRITTEN, demo_events)
    assert "decision 제2026-0011호" in report.problem.message
    assert f"between event #{N - 10} and this one" in report.problem.message
    assert verified(demo_database, [late]).problem.sequence == later  # the first anchor contradicted is named


def test_an_anchor_beyond_the_end_names_the_missing_event(demo_database, demo_events):
    report = verified(demo_database, [(demo_events + 3, "a" * 64, "decision 제2026-0012호")])
    assert (report.problem.kind, report.problem.sequence) == (ProblemKind.DELETED, demo_events + 3)
    assert "decision 제2026-0012호" in report.problem.message


def test_verification_reports_progress_and_needs_the_audit_permission(demo_database, demo_actors, demo_events):
    with demo_database.read() as s:
        steps = list_progress(verify_chain(s, demo_actors["admin"], batch=200))
    assert steps[0][:2] == (0, demo_events) and steps[-1][:2] == (demo_events, demo_events) and len(steps) >= 5
    with pytest.raises(PermissionDenied), demo_database.read() as s:
        next(verify_chain(s, demo_actors["member"]))


def list_progress(generator):
    steps = []
    while True:
        try:
            steps.append(next(generator))
        except StopIteration as stop:
            assert stop.value.intact
            return steps


def test_whatever_the_services_store_verifies(database):
    """Text in any script, control characters, nested JSON, numbers as keys: the hash made at commit matches the
    row read back."""
    with database.transaction() as s:
        record(s, None, "setting.update", entity_type="settings", summary='줄\n바꿈 "따옴표" \\ \x1f',
               before={"1": [1.5, None, True], "키": {"é": "\u2028"}}, after={2: (3, 4)}, reason="\t")
        record(s, None, "export.json", entity_type="database", entity_id="7", after=None)
        assert [e.sequence for e in pending_events(s)] == [None, None]  # numbered as the unit of work commits
    with database.read() as s:
        assert s.scalars(select(AuditEvent.sequence)).all() == [1, 2]
        assert s.scalar(select(AuditEvent.previous_hash).where(AuditEvent.sequence == 1)) == GENESIS
    assert verified(database).intact


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
@pytest.mark.parametrize("summary", ["\x00\x7f\x1b", "\u2028\u2029", "🙂 \ud7ff \ufeff", "</script> \\/ \"",
                                     "é" * 3000])
def test_text_that_sqlites_json_may_write_otherwise_still_verifies(database, summary):
    """On SQLite the canonical text is built in SQL for speed; where its JSON would differ from Python's, the row
    is checked the slow way, so nothing is reported broken that is intact."""
    with database.transaction() as s:
        record(s, None, "setting.update", entity_type="settings", summary=summary, before={"k": summary})
    assert verified(database).intact
    with tampered(database) as c:
        c.execute("UPDATE audit_events SET summary = summary || 'x' WHERE sequence = 1")
    assert verified(database).problem.sequence == 1


def test_events_of_a_refused_or_rolled_back_change_take_no_number(database):
    with pytest.raises(RuntimeError), database.transaction() as s:
        record(s, None, "export.json", entity_type="database")
        raise RuntimeError("the change failed")
    with database.transaction() as s:
        record(s, None, "export.json", entity_type="database", summary="kept")
        with s.begin_nested():
            record(s, None, "export.json", entity_type="database", summary="kept too")
        with pytest.raises(RuntimeError), s.begin_nested():
            record(s, None, "export.json", entity_type="database", summary="rolled back with its savepoint")
            raise RuntimeError
    with database.read() as s:
        assert s.execute(select(AuditEvent.sequence, AuditEvent.summary)).all() == [(1, "kept"), (2, "kept too")]
    assert verified(database).intact


def test_writers_on_several_threads_keep_one_chain(database):
    def write(n: int) -> None:
        for _ in range(5):
            with database.transaction() as s:
                record(s, None, "export.json", entity_type="database", summary=f"writer {n}")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = verified(database)
    assert report.intact and report.events == report.head_sequence == 20


@pytest.mark.sqlite_only  # tampers with the file through sqlite3
def test_a_consistent_rewrite_is_caught_by_the_signed_documents_themselves(demo_database, demo_events):
    """No anchor given by hand: the chain heads sealed into the demo's signed documents at issue are enough."""
    from desktop.issuing.anchors import document_anchors

    with demo_database.read() as s:
        anchors = document_anchors(s)
    # 51 documents, 8 of the two sanction cases, 6 of the two validity checks, the survey report, and the demo's two
    # published lists (desktop/demo/publications.py)
    assert len(anchors) == 68 and all(a.source for a in anchors)
    first_sealed = min(a.sequence for a in anchors)
    with tampered(demo_database) as c:
        _rewrite_from(c, first_sealed - 3, demo_events)
    assert verified(demo_database).intact  # the chain alone looks fine
    with demo_database.read() as s:
        report = verified(demo_database, document_anchors(s))
    assert report.problem.kind == ProblemKind.REWRITTEN and "(ko)" in report.problem.message
