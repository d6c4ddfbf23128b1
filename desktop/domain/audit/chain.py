"""The audit trail as a hash chain: each event carries the SHA-256 of its canonical content, which includes the
hash of the event before it, so an event edited, deleted, inserted or moved after the fact breaks the chain.

Canonical content, format 1 — the UTF-8 bytes of::

    [1,sequence,"previous_hash","at",actor_id,"actor_name","actor_role","action","entity_type",entity_id,
     "summary","reason",len(before),len(after)]        compact JSON (no spaces, non-ASCII kept as is)
    followed by the before and after JSON texts         exactly as stored (json.dumps of the values)

``at`` is the UTC time as ``YYYY-MM-DD HH:MM:SS.ffffff``; NULL is JSON ``null``; the lengths count characters
(-1 and no text for a NULL). ``hash`` is the hex SHA-256 of those bytes; the first event's ``previous_hash`` is
64 zeros. Every stored field of an event but its row id is covered; the row ids must rise with the sequence.

Writers: ``record`` queues an event; just before the unit of work commits, the queued events take the next
sequence numbers under a lock on the one head row (PostgreSQL: ``FOR UPDATE``; SQLite serialises writers with
``BEGIN IMMEDIATE``), so the chain stays linear with concurrent writers and the lock is held only while
committing. Readers: ``verify_chain`` streams the rows (a plain cursor, no ORM objects) and names the first problem.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import UTC, datetime
from itertools import islice
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import event, func, insert, select, text, update
from sqlalchemy.orm import Session, SessionTransaction

from desktop.core.i18n import Plural, translate
from desktop.core.progress import run_to_end
from desktop.db import sqlite_scan
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.chain_problems import Anchor, ChainProblem, ChainReport, Diagnosis
from desktop.domain.audit.models import AuditChainHead, AuditEvent

FORMAT_VERSION = 1
GENESIS = "0" * 64
HEAD_ID = 1
_PENDING = "audit_chain_pending"  # session.info: [(event, savepoint it was recorded in)] waiting for the commit

_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr).encode


def _chunk_encoder() -> Callable[[Any, int], Sequence[str]]:
    """json's C encoder made once (``json.dumps`` makes one per call), for the hot loop of verification; the plain
    encoder where this Python's differs."""
    try:
        chunks = c_make_encoder(None, repr, encode_basestring, None, ":", ",", False, False, True)
        sample = [1, "é\"\n\x1f", None, -2, "ok"]
        if "".join(chunks(sample, 0)) == _compact(sample):
            return chunks
    except Exception:  # no C encoder, or another signature: the plain one does the same
        pass
    return lambda values, _level: (_compact(values),)


_encode_chunks = _chunk_encoder()


def time_text(at: datetime) -> str:
    """An event's time as the canonical content writes it: UTC, microseconds."""
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def json_text(value: Any) -> str:
    """A before/after value as the JSON column stores it."""
    return json.dumps(value)


def _length(value: Any) -> int:
    return -1 if value is None else len(value)


def canonical_content(sequence: Any, previous_hash: Any, at: Any, actor_id: Any, actor_name: Any, actor_role: Any,
                      action: Any, entity_type: Any, entity_id: Any, summary: Any, reason: Any, before: Any,
                      after: Any) -> str:
    """The text hashed for an event (format 1, see the module); ``at``, ``before`` and ``after`` as stored text."""
    before = before if isinstance(before, str | None) else repr(before)  # not what was written: cannot match
    after = after if isinstance(after, str | None) else repr(after)
    scalars = [FORMAT_VERSION, sequence, previous_hash, at, actor_id, actor_name, actor_role, action, entity_type,
               entity_id, summary, reason, _length(before), _length(after)]
    return _compact(scalars) + (before or "") + (after or "")


def content_hash(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


# Writing ---------------------------------------------------------------------------------------------------------


def queue_event(session: Session, event_: AuditEvent) -> None:
    """Hold ``event_`` until the unit of work commits, when it is chained and inserted (see ``_chain_pending``)."""
    session.info.setdefault(_PENDING, []).append((event_, session.get_nested_transaction()))


def pending_events(session: Session) -> list[AuditEvent]:
    """The events this unit of work has recorded so far (not yet in the table)."""
    return [e for e, _ in session.info.get(_PENDING, ())]


def _lock_head(session: Session) -> tuple[int, str]:
    head = session.execute(select(AuditChainHead.sequence, AuditChainHead.hash)
                           .where(AuditChainHead.id == HEAD_ID).with_for_update()).one_or_none()
    if head is None:  # a database made without the migrations (which create the row)
        session.execute(insert(AuditChainHead).values(id=HEAD_ID, sequence=0, hash=GENESIS))
        return 0, GENESIS
    return head.sequence, head.hash


@event.listens_for(Session, "before_commit")
def _chain_pending(session: Session) -> None:
    """Give the queued events their sequence and hashes under the head's lock, then add them to the commit."""
    queued = session.info.pop(_PENDING, None)
    if not queued:
        return
    events = [e for e, _ in queued]
    actors = {e.actor_id for e in events if e.actor_id is not None}
    if actors:  # PostgreSQL: the inserts' key-share locks on the users, taken before the head, so no cycle
        session.execute(select(User.id).where(User.id.in_(actors)).with_for_update(key_share=True)).all()
    sequence, previous = _lock_head(session)
    for e in events:
        sequence += 1
        e.sequence, e.previous_hash = sequence, previous
        e.hash = previous = content_hash(canonical_content(
            e.sequence, e.previous_hash, time_text(e.at), e.actor_id, e.actor_name, e.actor_role, e.action,
            e.entity_type, e.entity_id, e.summary, e.reason, json_text(e.before), json_text(e.after)))
        session.add(e)
    session.execute(update(AuditChainHead).where(AuditChainHead.id == HEAD_ID)
                    .values(sequence=sequence, hash=previous))


def _inside(transaction: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    """Events recorded inside a savepoint that rolled back go with it (all of them when the whole unit does)."""
    queued = session.info.get(_PENDING)
    if not queued:
        return
    if not previous_transaction.nested:
        session.info.pop(_PENDING, None)
        return
    session.info[_PENDING] = [(e, where) for e, where in queued if not _inside(where, previous_transaction)]


def chain_head(session: Session) -> tuple[int, str]:
    """(sequence, hash) of the last committed event: what an issued document records to anchor the log."""
    head = session.execute(select(AuditChainHead.sequence, AuditChainHead.hash)
                           .where(AuditChainHead.id == HEAD_ID)).one_or_none()
    return (head.sequence, head.hash) if head is not None else (0, GENESIS)


# Reading ---------------------------------------------------------------------------------------------------------

_COLUMNS = ("id, hash, 1, sequence, previous_hash, {at}, actor_id, actor_name, actor_role, action, entity_type, "
            "entity_id, summary, reason, coalesce(length({before}), -1), coalesce(length({after}), -1), {before}, "
            "{after}")
"""A row as verification reads it: id and hash, the canonical scalars with the two lengths, the two JSON texts."""


def row_select(dialect: str) -> str:
    """SELECT … FROM audit_events giving the stored text of every field, the same on SQLite and PostgreSQL."""
    if dialect == "postgresql":
        columns = _COLUMNS.format(at="to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')", before='CAST("before" AS TEXT)',
                                  after='CAST("after" AS TEXT)')
    else:  # SQLite keeps the times and the JSON as the text SQLAlchemy wrote
        columns = _COLUMNS.format(at="at", before='"before"', after='"after"')
    return f"SELECT {columns} FROM audit_events"


def row_content(row: Sequence[Any]) -> str:
    """The canonical content of a row read with ``row_select``."""
    return canonical_content(*row[3:14], row[16], row[17])


_SQLITE_CONTENT = (
    "json_array(1, {t}sequence, {t}previous_hash, {t}at, {t}actor_id, {t}actor_name, {t}actor_role, {t}action, "
    "{t}entity_type, {t}entity_id, {t}summary, {t}reason, coalesce(length({t}\"before\"), -1), "
    "coalesce(length({t}\"after\"), -1)) || coalesce({t}\"before\", '') || coalesce({t}\"after\", '')")

SQLITE_CONTENT_SELECT = ("SELECT id, hash, sequence, previous_hash, " + _SQLITE_CONTENT.format(t="")
                         + " FROM audit_events")
"""SQLite builds the canonical content itself (its JSON is Python's compact JSON for these values): the rows reach
Python as five values instead of eighteen. Where its text differs from ``canonical_content`` for some value, the
row is checked again the slow way before anything is called broken."""

SQLITE_RANGE_CHECK = (
    "SELECT count(*), coalesce(sum(CASE WHEN sha256(CAST(" + _SQLITE_CONTENT.format(t="a.") + " AS BLOB)) = a.hash "
    f"AND a.previous_hash = coalesce(b.hash, CASE WHEN a.sequence = 1 THEN '{GENESIS}' END) "
    "AND a.id > coalesce(b.id, 0) THEN 0 ELSE 1 END), 0) "
    "FROM audit_events a LEFT JOIN audit_events b ON b.sequence = a.sequence - 1 "
    "WHERE a.sequence BETWEEN :first AND :last")
"""For the events numbered first…last: how many there are, and how many fail a check (hash, link to the event
numbered one less, rising row id). SQLite answers it whole; only two numbers reach Python."""

RANGE_SIZE = 50_000  # events per range of the SQLite scan (and per progress report)
PARALLEL_FROM = 200_000  # events from which the scan is worth worker processes


def _open_stream(session: Session, fast: bool) -> Any:
    """A driver cursor over every event in chain order (PostgreSQL: server-side, so memory stays flat)."""
    connection = session.connection()
    dialect = connection.dialect.name
    driver = connection.connection.driver_connection
    cursor = driver.cursor(name="audit_chain_verify") if dialect == "postgresql" else driver.cursor()
    if dialect == "postgresql":
        cursor.itersize = 10_000  # rows per round trip (psycopg fetches 100 by default)
    cursor.execute((SQLITE_CONTENT_SELECT if fast else row_select(dialect)) + " ORDER BY sequence, id")
    return cursor


def _checked_anchors(anchors: Iterable[Anchor | tuple]) -> list[Anchor]:
    return sorted((a if isinstance(a, Anchor) else Anchor(*a) for a in anchors), key=lambda a: a.sequence)


def verify_chain(session: Session, actor: Actor, anchors: Iterable[Anchor | tuple] = (), *,
                 batch: int | None = None, workers: int | None = None
                 ) -> Generator[tuple[int, int, str], None, ChainReport]:
    """Check every event's hash and links in order, yielding (done, total, message); returns the report naming the
    first problem. ``anchors``: (sequence, hash[, source]) known from outside, e.g. recorded in issued documents;
    ``batch``: events per progress report (and per range of the scan).

    On SQLite the whole chain is first checked range by range inside SQLite (``workers`` processes at once; None:
    as the machine allows); only when a range fails, or the table lost the uniqueness of its numbers, are the
    rows walked one by one to name the first problem."""
    require(session, actor, Permission.VIEW_AUDIT)
    total = session.scalar(select(func.count(AuditEvent.id))) or 0
    head = session.execute(select(AuditChainHead.sequence, AuditChainHead.hash)
                           .where(AuditChainHead.id == HEAD_ID)).one_or_none()
    marks = _checked_anchors(anchors)
    batch = batch or RANGE_SIZE
    yield 0, total, Plural.tr("Checking %n audit event(s)…", "", total)
    if session.connection().dialect.name == "sqlite" and _numbers_unique(session):
        report = yield from _scan_sqlite(session, total, head, marks, batch, workers)
        if report is not None:
            return report
        yield 0, total, translate("AuditChain", "Looking for the first event that does not match…")
    return (yield from _walk(session, total, head, marks, batch))


def _numbers_unique(session: Session) -> bool:
    """Whether SQLite still enforces one event per number (the scan relies on it; the walk does not)."""
    for index in session.execute(text("PRAGMA index_list(audit_events)")).mappings():
        if index["unique"] and not index["partial"]:
            columns = [c["name"] for c in session.execute(text(f"PRAGMA index_info(\"{index['name']}\")")).mappings()]
            if columns == ["sequence"]:
                return True
    return False


def _scan_sqlite(session: Session, total: int, head: Any, marks: list[Anchor], size: int, workers: int | None
                 ) -> Generator[tuple[int, int, str], None, ChainReport | None]:
    """Every range of numbers 1…total complete and intact, checked inside SQLite; then the anchors and the head.
    None when some range is not: the walk finds where."""
    ranges = [(first, min(first + size - 1, total)) for first in range(1, total + 1, size)]
    connection = session.connection()
    path = sqlite_scan.file_of(connection.engine.url.database)
    if workers is None:
        workers = 1 if total < PARALLEL_FROM else sqlite_scan.worker_count(len(ranges))
    answers = sqlite_scan.scan(connection.connection.driver_connection, path, SQLITE_RANGE_CHECK, ranges,
                               workers=workers)
    done = 0
    try:
        for (first, last), (count, failing) in answers:
            if count != last - first + 1 or failing:
                return None
            done += count
            yield done, total, Plural.tr("Checked %n audit event(s)…", "", done)
    finally:
        answers.close()
    diagnosis = Diagnosis(session, row_select("sqlite"), row_content, content_hash)
    within = [m for m in marks if m.sequence <= total]
    rows = _rows_numbered(session, {m.sequence for m in within} | {total})
    problem = None
    for mark in within:
        problem = diagnosis.against_anchor(rows[mark.sequence], mark)
        if problem is not None:
            break
    last_row = rows.get(total)
    if problem is None:
        problem = diagnosis.at_the_end(last_row, (head.sequence, head.hash) if head else None,
                                       [m for m in marks if m.sequence > total])
    return ChainReport(events=total, head_sequence=total, head_hash=last_row[1] if last_row else GENESIS,
                       problem=problem, anchors=len(marks))


def _rows_numbered(session: Session, numbers: set[int]) -> dict[int, Any]:
    """The rows (as ``row_select`` reads them) of these event numbers; each exists once after an intact scan."""
    wanted = sorted(n for n in numbers if n > 0)
    rows: dict[int, Any] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        marks = ", ".join(f":n{i}" for i in range(len(part)))
        for row in stored_rows(session, f"WHERE sequence IN ({marks})", **{f"n{i}": n for i, n in enumerate(part)}):
            rows[row[3]] = row
    return rows


def _walk(session: Session, total: int, head: Any, marks: list[Anchor], batch: int
          ) -> Generator[tuple[int, int, str], None, ChainReport]:
    """The rows one by one in chain order, each checked in Python: names the first problem."""
    dialect = session.connection().dialect.name
    diagnosis = Diagnosis(session, row_select(dialect), row_content, content_hash)
    fast = dialect == "sqlite"

    def full(row: Sequence[Any] | None) -> Any:  # the row as the diagnosis reads it (row_select's columns)
        if row is None or not fast:
            return row
        return session.execute(text(row_select(dialect) + " WHERE id = :id"), {"id": row[0]}).one()

    mark_index, next_mark = 0, (marks[0].sequence if marks else -1)
    expected, previous, previous_id, previous_row = 1, GENESIS, 0, None
    join, encode, sha256 = "".join, _encode_chunks, hashlib.sha256
    cursor = _open_stream(session, fast)
    problem: ChainProblem | None = None
    try:
        while problem is None:
            start = expected
            for row in islice(cursor, batch):  # the driver's rows as they come: no list, no ORM object
                if fast:
                    event_id, digest, sequence, previous_hash, content = row
                else:
                    event_id, digest, sequence, previous_hash = row[0], row[1], row[3], row[4]
                    try:  # the fast path of canonical_content, for rows whose JSON texts are text
                        content = join(encode(row[2:16], 0)) + row[16] + row[17]
                    except TypeError:
                        content = row_content(row)
                try:
                    intact = sha256(content.encode()).hexdigest() == digest
                    if not intact and fast:  # SQLite's JSON may write some value otherwise: the slow way decides
                        intact = content_hash(row_content(full(row))) == digest
                    broken = (not intact or previous_hash != previous or sequence != expected
                              or event_id <= previous_id)
                except (TypeError, UnicodeEncodeError, AttributeError):  # not what the table holds
                    broken = True
                if broken:
                    problem = diagnosis.first_problem(full(row), full(previous_row), expected, previous)
                    break
                while sequence == next_mark and problem is None:  # every anchor recorded for this event
                    problem = diagnosis.against_anchor(full(row), marks[mark_index])
                    mark_index += 1
                    next_mark = marks[mark_index].sequence if mark_index < len(marks) else -1
                if problem is not None:
                    break
                expected, previous, previous_id, previous_row = expected + 1, digest, event_id, row
            if expected == start:
                break
            done = expected - 1
            yield min(done, total), total, Plural.tr("Checked %n audit event(s)…", "", done)
    finally:
        cursor.close()
    last = expected - 1
    if problem is None:
        problem = diagnosis.at_the_end(full(previous_row), (head.sequence, head.hash) if head else None,
                                       [m for m in marks[mark_index:] if m.sequence > last])
    return ChainReport(events=total, head_sequence=last, head_hash=previous, problem=problem,
                       anchors=len(marks))


def verify_all(session: Session, actor: Actor, anchors: Iterable[Anchor | tuple] = (), *,
               workers: int | None = None) -> ChainReport:
    """``verify_chain`` without the progress reports."""
    return run_to_end(verify_chain(session, actor, anchors, workers=workers))


def stored_rows(session: Session, where: str = "", **params: Any) -> list[Any]:
    """Rows as ``row_select`` reads them, e.g. ``stored_rows(s, "WHERE hash = :h", h=...)`` (the slow path)."""
    sql = row_select(session.connection().dialect.name) + (f" {where}" if where else "")
    return list(session.execute(text(sql), params))
