"""The audit log as people read it: each event with its action's name, the record's own number or name, the role in
words and a before/after table; searched by those words as well as by the stored codes."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor, role_label
from desktop.domain.audit.actions import action_codes, action_name, action_names
from desktop.domain.audit.service import AuditRow, list_events
from desktop.domain.trail.changes import FieldChange, change_summary, field_changes, references
from desktop.domain.trail.records import record_names, record_phrase, unnumbered_record


@dataclass(frozen=True)
class LogEntry:
    """One event as the log shows it; ``event`` keeps what was stored."""

    event: AuditRow
    action: str  # "Score sheet returned by the chair"
    record: str  # "score sheet of 장도현 on 2026-2-008"
    role: str  # "Chair"
    changes: tuple[FieldChange, ...]
    summary: str  # "Status: Submitted → Returned"


def role_text(value: str) -> str:
    try:
        return role_label(Role(value))
    except ValueError:
        return value  # "system": the command line or the demo builder


def _record(event: AuditRow, records: dict[tuple[str, int], str]) -> str:
    if event.entity_id is not None:
        return record_phrase(event.entity_type, event.entity_id, records.get((event.entity_type, event.entity_id)))
    return unnumbered_record(event.entity_type, event.before, event.after) if event.entity_type else ""


def describe_events(session: Session, events: Sequence[AuditRow]) -> list[LogEntry]:
    """Name the action, the record and every value of ``events``, looking each kind of record up once."""
    names = action_names()
    refs = {(e.entity_type, e.entity_id) for e in events if e.entity_id is not None}
    for e in events:
        refs.update(references(e.entity_type, e.before, e.after))
    records = record_names(session, refs)
    entries = []
    for e in events:
        changes = tuple(field_changes(e.entity_type, e.before, e.after, records))
        entries.append(LogEntry(e, action_name(e.action, names), _record(e, records), role_text(e.actor_role), changes,
                                change_summary(changes, created=e.before is None and e.after is not None)))
    return entries


def list_log(session: Session, actor: Actor, *, limit: int = 1000, offset: int = 0,
             search: str = "") -> list[LogEntry]:
    """The newest events first, described; ``search`` also finds the actions whose name contains it."""
    events = list_events(session, actor, limit=limit, offset=offset, search=search,
                         actions=action_codes(search))
    return describe_events(session, events)
