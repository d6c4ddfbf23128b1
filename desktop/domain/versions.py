"""Optimistic versions: a form names the version it was loaded at, and its save is refused when the stored record
has moved on since — with who saved it and when — so that two desktops never silently overwrite each other.

The check and the step to the next version are one ``UPDATE … WHERE version = expected``: on PostgreSQL a second
writer waits for the first one's row lock and then finds the version gone; on SQLite writers are serialised by
``BEGIN IMMEDIATE``. Either way exactly one of two saves from the same version is accepted.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import StaleEdit
from desktop.core.formatting import official_datetime
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.models import AuditEvent


def last_change(session: Session, record: Any) -> tuple[str, datetime | None]:
    """Who saved the record last and when: its own columns, else the audit trail (rows from before versions)."""
    name = getattr(record, "updated_by", None)
    at = getattr(record, "updated_at", None)
    if name and at is not None:
        return name, at
    entity_id = inspect(record).identity[0] if inspect(record).identity else None
    event = session.execute(
        select(AuditEvent.actor_name, AuditEvent.at)
        .where(AuditEvent.entity_type == record.__tablename__, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    if event is not None:
        return name or event.actor_name, at or event.at
    return name or translate("Versions", "someone else"), at


def stale_edit(what: str, name: str, at: datetime | None, stored_version: int, field: str | None = None) -> StaleEdit:
    """The refusal: a plain sentence naming the record, the person and the time."""
    if at is not None:
        message = translate("Versions", "{what} was changed by {name} at {time} after you opened it. Nothing of "
                                        "yours was saved; your input is still in the form.")
    else:
        message = translate("Versions", "{what} was changed by {name} after you opened it. Nothing of yours was "
                                        "saved; your input is still in the form.")
    text = message.format(what=what, name=name, time=official_datetime(at) if at is not None else "")
    return StaleEdit(text, changed_by=name, changed_at=at, stored_version=stored_version, field=field)


def claim_version(session: Session, actor: Actor, record: Any, expected: int, what: str) -> int:
    """Step ``record`` from version ``expected`` to the next, stamped with the actor; ``StaleEdit`` when the stored
    record is at another version (nothing written). Call it before changing the record. Returns the new version."""
    model = type(record)
    key = inspect(model).primary_key[0]
    identity = getattr(record, key.key)
    values: dict[str, Any] = {"version": expected + 1, "updated_by": actor.display_name}
    if hasattr(model, "updated_at"):
        values["updated_at"] = now()
    result = session.execute(
        update(model).where(key == identity, model.version == expected).values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(record)
        name, at = last_change(session, record)
        raise stale_edit(what, name, at, record.version)
    session.refresh(record, attribute_names=list(values))
    return expected + 1
