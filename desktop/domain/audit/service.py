"""Writing and reading the audit trail. ``record`` runs inside the caller's transaction; its events are chained
(sequence and hashes, see ``chain``) as that transaction commits."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.domain.accounts.permissions import Actor, Permission, check_account_current, require
from desktop.domain.audit.chain import queue_event
from desktop.domain.audit.models import AuditEvent


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Any, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The JSON-safe column values of an ORM object (all columns unless ``fields`` names some)."""
    names = fields or tuple(c.key for c in obj.__mapper__.column_attrs)
    return {name: _json_value(getattr(obj, name)) for name in names}


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the keys whose values differ (bookkeeping timestamps aside), for compact before/after records."""
    keys = [k for k in after if before.get(k) != after.get(k) and k not in ("updated_at", "version")]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: Any | None = None,
    *,
    entity_type: str | None = None,
    entity_id: int | None = None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
    unchecked: bool = False,
    claimed_name: str | None = None,
) -> AuditEvent:
    """Add an audit event to the unit of work (committed, or rolled back, with the change it describes).

    Every change passes through here, so this is also where an actor whose account was disabled or given another
    role since logging in is stopped: the whole unit of work is refused and rolled back. ``unchecked`` skips that
    check, for the security event of an action refused for that very reason; ``claimed_name`` is the user name
    recorded when there is no actor (a failed login: the name typed). The event's time is the project's clock.
    """
    if actor is not None and not unchecked:
        check_account_current(session, actor)
    if entity is not None:
        session.flush()
        entity_type = entity_type or entity.__tablename__
        entity_id = entity_id if entity_id is not None else getattr(entity, "id", None)
    # Stored as given, so the hash made at commit matches what is read back (SQLite coerces by column affinity).
    event = AuditEvent(
        at=now(),
        actor_id=actor.user_id if actor and actor.user_id else None,
        actor_name=actor.display_name if actor else claimed_name or "system",
        actor_role=actor.role.value if actor else "" if claimed_name else "system",
        action=action,
        entity_type=str(entity_type or ""),
        entity_id=int(entity_id) if entity_id is not None else None,
        summary=str(summary),
        before=before,
        after=after,
        reason=str(reason) if reason is not None else None,
    )
    queue_event(session, event)
    return event


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    actor_role: str
    action: str
    entity_type: str
    entity_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    sequence: int | None = None  # the event's number in the chain ("#123"), as verification names it


def list_events(
    session: Session, actor: Actor, *, limit: int = 1000, offset: int = 0, search: str = "",
    actions: Sequence[str] = (),
) -> list[AuditRow]:
    """The newest events first; ``search`` matches the summary, the action code or the user, ``actions`` adds the
    events of those codes (the ones whose name matches, see ``log.list_log``); "#123" finds event number 123."""
    require(session, actor, Permission.VIEW_AUDIT)
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
    number = search.strip().removeprefix("#")
    if search.strip().startswith("#") and number.isdigit():
        query = query.where(AuditEvent.sequence == int(number))
    elif search:
        like = f"%{search}%"
        query = query.where(
            AuditEvent.summary.ilike(like) | AuditEvent.action.ilike(like) | AuditEvent.actor_name.ilike(like)
            | AuditEvent.action.in_(actions)
        )
    return [
        AuditRow(e.id, e.at, e.actor_name, e.actor_role, e.action, e.entity_type, e.entity_id, e.summary,
                 e.before, e.after, e.reason, e.sequence)
        for e in session.scalars(query)
    ]


def count_events(session: Session) -> int:
    return session.scalar(select(func.count(AuditEvent.id))) or 0
