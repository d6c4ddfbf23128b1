"""What a unit of work touched, named by its audit events, and told to the other desktops on PostgreSQL.

Every change a service makes is audited, so the events a unit of work recorded name the records it changed
(``entity_type`` is the table, ``entity_id`` the row). Just before the commit, on PostgreSQL, the unit of work
sends them with ``pg_notify``: NOTIFY is transactional, so the other desktops hear of the change only once it is
committed, and not at all when it rolls back. SQLite has no NOTIFY; other desktops there poll ``data_version``
(``desktop.db.change_feed``).
"""

from __future__ import annotations

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop.db.change_feed import CHANNEL, notify_payload
from desktop.db.engine import ORIGIN_KEY
from desktop.domain.audit.chain import pending_events

TouchedRecords = list[tuple[str, int | None]]


def touched_records(session: Session) -> TouchedRecords:
    """``(entity_type, entity_id)`` of every record this unit of work has audited so far, in order, once each."""
    seen: dict[tuple[str, int | None], None] = {}
    for e in pending_events(session):
        seen.setdefault((str(e.entity_type or ""), e.entity_id), None)
    return list(seen)


@event.listens_for(Session, "before_commit", insert=True)  # before the chain takes the queued events
def _notify_other_desktops(session: Session) -> None:
    records = touched_records(session)
    if not records or session.get_bind().dialect.name != "postgresql":
        return
    origin = str(session.info.get(ORIGIN_KEY, ""))
    session.execute(select(func.pg_notify(CHANNEL, notify_payload(origin, records))))
