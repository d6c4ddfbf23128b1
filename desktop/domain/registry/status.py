"""An entry's status on a day, derived from its designation and the dispositions written against it (never typed in).

A later area (sanctions) writes its suspensions and revocations here through ``record_restriction``; the registry
shows an institute suspended during a suspension, designated again the day after it ends, and revoked from the day
a revocation takes effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.db.base import Base, UTCDateTime, enum_column
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.registry.models import RegistryEntry, RegistryEvent, RegistryEventKind, RegistryStatus


class RestrictionKind(StrEnum):
    SUSPENSION = "suspension"
    REVOCATION = "revocation"


class RegistryRestriction(Base):
    """A disposition against an entry: a suspension from–to (both days included) or a revocation from a day on."""

    __tablename__ = "registry_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entries.id"), index=True)
    kind: Mapped[RestrictionKind] = mapped_column(enum_column(RestrictionKind))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)  # None for a revocation
    reference: Mapped[str] = mapped_column(String(60), default="")  # the disposition's number
    source_type: Mapped[str] = mapped_column(String(40), default="")  # the table of the disposition
    source_id: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


@dataclass(frozen=True)
class EntryStatus:
    """Where an entry stands on ``day``; ``until`` is the last day of a suspension in force."""

    entry_id: int
    day: date
    status: RegistryStatus | None  # None: not designated yet on that day
    until: date | None = None
    reference: str = ""


def restrictions_of(session: Session, entry_id: int) -> list[RegistryRestriction]:
    return list(session.scalars(select(RegistryRestriction).where(RegistryRestriction.entry_id == entry_id)
                                .order_by(RegistryRestriction.starts_on, RegistryRestriction.id)))


def status_from(entry: RegistryEntry, restrictions: list[RegistryRestriction], day: date) -> EntryStatus:
    """The pure derivation: before designation none; revoked from a revocation (or a correcting decision) on;
    suspended on the days of a suspension; designated otherwise."""
    if day < entry.designated_on:
        return EntryStatus(entry.id, day, None)
    for item in restrictions:
        if item.kind == RestrictionKind.REVOCATION and item.starts_on <= day:
            return EntryStatus(entry.id, day, RegistryStatus.REVOKED, None, item.reference)
    if entry.status == RegistryStatus.REVOKED:  # revoked by a correcting decision (registry.service)
        return EntryStatus(entry.id, day, RegistryStatus.REVOKED)
    for item in restrictions:
        if item.kind == RestrictionKind.SUSPENSION and item.starts_on <= day <= (item.ends_on or item.starts_on):
            return EntryStatus(entry.id, day, RegistryStatus.SUSPENDED, item.ends_on, item.reference)
    return EntryStatus(entry.id, day, RegistryStatus.DESIGNATED)


def status_on(session: Session, entry_id: int, day: date | None = None) -> EntryStatus:
    """The status of one entry on ``day`` (default: today)."""
    entry = session.get(RegistryEntry, entry_id)
    if entry is None:
        raise NotFound(translate("Registry", "The registry entry no longer exists."))
    return status_from(entry, restrictions_of(session, entry_id), day or today())


def statuses_on(session: Session, actor: Actor, day: date | None = None) -> dict[int, EntryStatus]:
    """Every entry's status on ``day`` (default: today), for the Registry page."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    day = day or today()
    by_entry: dict[int, list[RegistryRestriction]] = {}
    for item in session.scalars(select(RegistryRestriction).order_by(RegistryRestriction.starts_on,
                                                                     RegistryRestriction.id)):
        by_entry.setdefault(item.entry_id, []).append(item)
    entries = select(RegistryEntry.id, RegistryEntry.designated_on, RegistryEntry.status)  # the columns it reads
    return {entry.id: status_from(entry, by_entry.get(entry.id, []), day)  # type: ignore[arg-type]
            for entry in session.execute(entries)}


def status_text(status: EntryStatus) -> str:
    """``Suspended until 2027. 2. 24.``, ``Designated``, ``Revoked`` in the current language."""
    if status.status is None:
        return translate("Registry", "Not designated yet")
    if status.status == RegistryStatus.SUSPENDED and status.until is not None:
        return translate("Registry", "Suspended until {day}").format(day=official_date(status.until))
    return {RegistryStatus.DESIGNATED: translate("Registry", "Designated"),
            RegistryStatus.SUSPENDED: translate("Registry", "Suspended"),
            RegistryStatus.REVOKED: translate("Registry", "Revoked")}[status.status]


def _overlapping(restrictions: list[RegistryRestriction], starts_on: date, ends_on: date) -> RegistryRestriction | None:
    for item in restrictions:
        if item.kind == RestrictionKind.SUSPENSION and item.starts_on <= ends_on \
                and starts_on <= (item.ends_on or item.starts_on):
            return item
    return None


def check_restriction(session: Session, entry_id: int, kind: RestrictionKind, starts_on: date,
                      ends_on: date | None) -> None:
    """Refuse a suspension that overlaps another of the same entry, and anything after a revocation."""
    entry = session.get(RegistryEntry, entry_id)
    if entry is None:
        raise NotFound(translate("Registry", "The registry entry no longer exists."))
    existing = restrictions_of(session, entry_id)
    revoked = next((r for r in existing if r.kind == RestrictionKind.REVOCATION), None)
    if revoked is not None or entry.status == RegistryStatus.REVOKED:
        raise ValidationError(translate("Registry", "The designation is already revoked{reference}; nothing more "
                                        "can be disposed against it.").format(
            reference=f" ({revoked.reference})" if revoked is not None and revoked.reference else ""),
            field="kind")
    if starts_on < entry.designated_on:
        raise ValidationError(translate("Registry", "The disposition cannot take effect before the designation "
                                        "({day}).").format(day=official_date(entry.designated_on)), field="starts_on")
    if kind == RestrictionKind.SUSPENSION:
        clash = _overlapping(existing, starts_on, ends_on or starts_on)
        if clash is not None:
            raise ValidationError(translate(
                "Registry", "The suspension overlaps suspension {reference} ({start} – {end}) of the same "
                "institute; choose a start after {end}").format(
                reference=clash.reference, start=official_date(clash.starts_on),
                end=official_date(clash.ends_on or clash.starts_on)), field="starts_on")


def record_restriction(session: Session, actor: Actor, entry_id: int, kind: RestrictionKind, starts_on: date,
                       ends_on: date | None, reference: str, source_type: str = "", source_id: int | None = None,
                       note: str = "") -> RegistryRestriction:
    """Write a disposition against an entry (called in the disposing service's unit of work), with its history lines:
    a suspension adds "suspended" on its first day and "reinstated" on the day after its last; a revocation adds
    "revoked"."""
    require(session, actor, Permission.APPROVE_DECISIONS)
    check_restriction(session, entry_id, kind, starts_on, ends_on)
    item = RegistryRestriction(entry_id=entry_id, kind=kind, starts_on=starts_on, ends_on=ends_on,
                               reference=reference, source_type=source_type, source_id=source_id, note=note,
                               recorded_by_id=actor.user_id or None)
    session.add(item)
    who = actor.user_id or None
    if kind == RestrictionKind.SUSPENSION:
        assert ends_on is not None
        span = f"{official_date(starts_on)} – {official_date(ends_on)}"
        session.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.SUSPENDED, occurred_on=starts_on,
                                  reference=reference, note=span, recorded_by_id=who))
        session.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.REINSTATED,
                                  occurred_on=ends_on + timedelta(days=1), reference=reference,
                                  note=translate("Registry", "Designated again after the suspension ended"),
                                  recorded_by_id=who))
    else:
        session.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.REVOKED, occurred_on=starts_on,
                                  reference=reference, note=note, recorded_by_id=who))
    session.flush()
    record(session, actor, "registry.restrict", item, summary=f"{kind.value} {reference}",
           after={"entry_id": entry_id, "kind": kind.value, "starts_on": starts_on.isoformat(),
                  "ends_on": ends_on.isoformat() if ends_on else None, "reference": reference})
    return item
