"""The registry of designated institutes: entries made by issuing decisions, their history and counts."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application
from desktop.domain.audit.service import record
from desktop.domain.decisions import hooks
from desktop.domain.decisions.models import OUTPUTS, Decision, decision_number
from desktop.domain.institutions.models import Institution, InstitutionKind, Sector
from desktop.domain.registry.models import (
    MergerRole,
    RegistryChangeKind,
    RegistryEntry,
    RegistryEvent,
    RegistryEventKind,
    RegistryStatus,
)
from desktop.domain.registry.particulars import (
    SCOPES,
    changes_by_entry,
    changes_of,
    particulars_at_designation,
    particulars_on,
)

REVIEW_WARNING_DAYS = 30  # how far ahead the Registry page marks a coming review date (a reminder, not a period)


@dataclass(frozen=True)
class RegistryRow:
    id: int
    institution_name: str
    sector: Sector
    kind: InstitutionKind
    designated_on: date
    decision_number: str
    status: RegistryStatus
    scope: tuple[str, ...]
    institution_id: int = 0
    decision_id: int = 0
    outputs: tuple[str, ...] = OUTPUTS
    corrected: bool = False
    representative: str = ""
    address: str = ""
    review_on: date | None = None
    review_mark: str | None = None  # "overdue", "due" (within REVIEW_WARNING_DAYS) or None


@dataclass(frozen=True)
class RegistryEventRow:
    """A line of an entry's history: an event of its designation (``source`` "event") or a recorded change."""

    id: int
    kind: RegistryEventKind | RegistryChangeKind
    occurred_on: date
    reference: str
    note: str
    recorded_by: str
    recorded_at: datetime
    source: str = "event"
    detail: str = ""  # a change's new value, in words
    evidence_filename: str = ""


@hooks.entry_scope.implement
def entry_scope(entry: RegistryEntry) -> tuple[str, ...]:
    return tuple(name for name, on in zip(SCOPES, (entry.scope_inventions, entry.scope_trademarks,
                                                   entry.scope_trade_secrets, entry.scope_layouts), strict=True) if on)


@hooks.entry_outputs.implement
def entry_outputs(entry: RegistryEntry) -> tuple[str, ...]:
    return tuple(name for name, on in zip(OUTPUTS, (entry.output_amount, entry.output_grade, entry.output_score),
                                          strict=True) if on)


def events_by_entry(session: Session) -> dict[int, list[tuple[date, RegistryEventKind]]]:
    """Every entry's history events (day, kind) in the order they happened, in one statement for a whole list."""
    events: dict[int, list[tuple[date, RegistryEventKind]]] = {}
    for entry_id, occurred_on, kind in session.execute(
            select(RegistryEvent.entry_id, RegistryEvent.occurred_on, RegistryEvent.kind)
            .order_by(RegistryEvent.occurred_on, RegistryEvent.id)):
        events.setdefault(entry_id, []).append((occurred_on, kind))
    return events


def status_on(session: Session, entry: RegistryEntry, day: date,
              events: list[tuple[date, RegistryEventKind]] | None = None) -> RegistryStatus | None:
    """The entry's status on ``day``, derived from its history (None: not yet designated that day); ``events``:
    the entry's part of ``events_by_entry`` when a list has read them already."""
    if day < entry.designated_on:
        return None
    if events is None:
        events = list(session.execute(select(RegistryEvent.occurred_on, RegistryEvent.kind)
                                      .where(RegistryEvent.entry_id == entry.id, RegistryEvent.occurred_on <= day)
                                      .order_by(RegistryEvent.occurred_on, RegistryEvent.id)).all())
    return statuses_on_days(entry.designated_on, events, [day])[0]


_AFTER = {RegistryEventKind.REVOKED: RegistryStatus.REVOKED, RegistryEventKind.SUSPENDED: RegistryStatus.SUSPENDED,
          RegistryEventKind.REINSTATED: RegistryStatus.DESIGNATED}
"""The status an event leaves an entry in (the other kinds of event leave it as it was)."""


def statuses_on_days(designated_on: date, events: list[tuple[date, RegistryEventKind]],
                     days: list[date]) -> list[RegistryStatus | None]:
    """``status_on`` for each of ``days`` (in ascending order) in one walk of the entry's ``events``."""
    statuses: list[RegistryStatus | None] = []
    status, seen = RegistryStatus.DESIGNATED, 0
    for day in days:
        while seen < len(events) and events[seen][0] <= day:
            status = _AFTER.get(events[seen][1], status)
            seen += 1
        statuses.append(status if day >= designated_on else None)
    return statuses


def review_mark(review_on: date | None, day: date) -> str | None:
    """"overdue" once the review date has passed, "due" within the coming REVIEW_WARNING_DAYS, else None."""
    if review_on is None:
        return None
    if review_on < day:
        return "overdue"
    return "due" if (review_on - day).days <= REVIEW_WARNING_DAYS else None


_LISTED_ENTRY = (RegistryEntry.id, RegistryEntry.institution_id, RegistryEntry.decision_id, RegistryEntry.designated_on,
                 RegistryEntry.status, RegistryEntry.review_on, RegistryEntry.scope_inventions,
                 RegistryEntry.scope_trademarks, RegistryEntry.scope_trade_secrets, RegistryEntry.scope_layouts,
                 RegistryEntry.output_amount, RegistryEntry.output_grade, RegistryEntry.output_score,
                 RegistryEntry.name_at_designation, RegistryEntry.representative_at_designation,
                 RegistryEntry.address_at_designation)
"""The entry's columns the list reads (its designation particulars, day, status, review date and keys)."""


def list_registry(session: Session, actor: Actor) -> list[RegistryRow]:
    """Every entry with its particulars and status today (the list's order: latest designation first)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    corrected = set(session.scalars(select(RegistryEvent.entry_id)
                                    .where(RegistryEvent.kind == RegistryEventKind.CORRECTED)))
    day = today()
    rows = []
    # A few statements for the whole list: the entries with the columns shown of their institution and decision in
    # one (rows, no objects), every entry's changes and events, each read once rather than once per entry.
    changes = changes_by_entry(session)
    events = events_by_entry(session)
    listed = (select(*_LISTED_ENTRY, Institution.name, Institution.representative, Institution.address,
                     Institution.sector, Institution.kind, Decision.year, Decision.sequence)
              .join(Institution, Institution.id == RegistryEntry.institution_id)
              .join(Decision, Decision.id == RegistryEntry.decision_id)
              .order_by(RegistryEntry.designated_on.desc(), RegistryEntry.id))
    for entry in session.execute(listed):
        designated = particulars_at_designation(entry, entry)
        current = particulars_on(session, entry, day, changes.get(entry.id, []), designated)  # type: ignore[arg-type]
        status = status_on(session, entry, day, events.get(entry.id, []))  # type: ignore[arg-type]
        rows.append(RegistryRow(entry.id, current.name, entry.sector, entry.kind,
                                entry.designated_on, decision_number(entry.year, entry.sequence),
                                status or entry.status, current.scope, entry.institution_id, entry.decision_id,
                                current.outputs, entry.id in corrected, current.representative, current.address,
                                entry.review_on, review_mark(entry.review_on, day)))
    return rows


def registry_value_text(value: object) -> str:
    """A stored change value in words: scope or output names ("inventions,trademarks") by their labels."""
    parts = [p.strip() for p in str(value).split(",")]
    if parts and all(p in SCOPES for p in parts):
        return ", ".join(scope_label(p) for p in parts)
    if parts and all(p in OUTPUTS for p in parts):
        return ", ".join(output_label(p) for p in parts)
    return str(value)


def change_detail(kind: RegistryChangeKind, value: str, merger_role: str = "") -> str:
    """A recorded change's new value in words (scope and outputs by their labels)."""
    from desktop.domain.registry.particulars import value_names

    if kind == RegistryChangeKind.SCOPE:
        return ", ".join(scope_label(s) for s in value_names(value, SCOPES))
    if kind == RegistryChangeKind.OUTPUTS:
        return ", ".join(output_label(o) for o in value_names(value, OUTPUTS))
    if kind == RegistryChangeKind.MERGER:
        if merger_role == MergerRole.MERGED_INTO:
            return translate("Registry", "Merged into {partner}").format(partner=value)
        return translate("Registry", "Absorbed {partner}").format(partner=value)
    return value


def registry_history(session: Session, actor: Actor, entry_id: int) -> list[RegistryEventRow]:
    """The history of one entry, oldest first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    if session.get(RegistryEntry, entry_id) is None:
        raise NotFound(translate("Registry", "The registry entry no longer exists."))
    users = {u.id: u.display_name for u in session.scalars(select(User))}
    rows = []
    for event in session.scalars(select(RegistryEvent).where(RegistryEvent.entry_id == entry_id)
                                 .order_by(RegistryEvent.occurred_on, RegistryEvent.id)):
        reference = event.reference
        if not reference and event.decision_id is not None:
            decision = session.get(Decision, event.decision_id)
            reference = decision.number if decision else ""
        rows.append(RegistryEventRow(event.id, event.kind, event.occurred_on, reference, event.note,
                                     users.get(event.recorded_by_id or 0, ""), event.recorded_at))
    for change in changes_of(session, entry_id):
        rows.append(RegistryEventRow(change.id, change.kind, change.effective_on, "", change.note,
                                     users.get(change.recorded_by_id or 0, ""), change.recorded_at, "change",
                                     change_detail(change.kind, change.value, change.merger_role),
                                     change.evidence_filename))
    return sorted(rows, key=lambda r: (r.occurred_on, r.recorded_at, r.source, r.id))


def _event(session: Session, actor: Actor, entry: RegistryEntry, kind: RegistryEventKind, decision: Decision,
           note: str = "") -> None:
    session.add(RegistryEvent(entry_id=entry.id, kind=kind, occurred_on=today(), decision_id=decision.id,
                              reference=decision.number, note=note, recorded_by_id=actor.user_id or None))


@hooks.record_designation.implement
def record_designation(session: Session, actor: Actor, decision: Decision, application: Application) -> RegistryEntry:
    """The entry made by issuing a designation (called inside ``issue_decision``'s transaction)."""
    institution = application.institution
    entry = RegistryEntry(
        institution_id=application.institution_id, decision_id=decision.id, designated_on=today(),
        name_at_designation=institution.name, representative_at_designation=institution.representative,
        address_at_designation=institution.address,
        scope_inventions=application.scope_inventions, scope_trademarks=application.scope_trademarks,
        scope_trade_secrets=application.scope_trade_secrets, scope_layouts=application.scope_layouts,
    )
    session.add(entry)
    session.flush()
    _event(session, actor, entry, RegistryEventKind.DESIGNATED, decision)
    record(session, actor, "registry.designate", entry, summary=f"{application.institution.name} {decision.number}")
    return entry


@hooks.entry_for_decision.implement
def entry_for_decision(session: Session, decision_id: int) -> RegistryEntry | None:
    return session.scalars(select(RegistryEntry).where(RegistryEntry.decision_id == decision_id)).first()


@hooks.record_correction.implement
def record_correction(session: Session, actor: Actor, old: Decision, new: Decision, application: Application,
                      designated: bool) -> RegistryEntry | None:
    """Make the registry follow a correcting decision: the entry now rests on ``new``.

    A correction to "not designated" revokes the entry; a correction to "designated" of a refusal creates one.
    """
    entry = entry_for_decision(session, old.id)
    if entry is None:
        return record_designation(session, actor, new, application) if designated else None
    before = {"decision_id": entry.decision_id, "status": entry.status.value}
    entry.decision_id = new.id
    note = f"{old.number} → {new.number}"
    if designated:
        entry.scope_inventions = application.scope_inventions
        entry.scope_trademarks = application.scope_trademarks
        entry.scope_trade_secrets = application.scope_trade_secrets
        entry.scope_layouts = application.scope_layouts
        _event(session, actor, entry, RegistryEventKind.CORRECTED, new, note)
    else:
        entry.status = RegistryStatus.REVOKED
        _event(session, actor, entry, RegistryEventKind.REVOKED, new, note)
    session.flush()
    record(session, actor, "registry.correct", entry, summary=note, before=before,
           after={"decision_id": entry.decision_id, "status": entry.status.value})
    return entry


def sector_counts(rows: list[RegistryRow]) -> dict[Sector, int]:
    counts = dict.fromkeys(Sector, 0)
    for row in rows:
        if row.status != RegistryStatus.REVOKED:
            counts[row.sector] += 1
    return counts


def status_label(status: RegistryStatus) -> str:
    return {
        RegistryStatus.DESIGNATED: translate("Registry", "Designated"),
        RegistryStatus.SUSPENDED: translate("Registry", "Suspended"),
        RegistryStatus.REVOKED: translate("Registry", "Revoked"),
    }[status]


def event_label(kind: RegistryEventKind | RegistryChangeKind) -> str:
    if isinstance(kind, RegistryChangeKind):
        return change_kind_label(kind)
    return {
        RegistryEventKind.DESIGNATED: translate("Registry", "Designated"),
        RegistryEventKind.CORRECTED: translate("Registry", "Corrected"),
        RegistryEventKind.SUSPENDED: translate("Registry", "Suspended"),
        RegistryEventKind.REINSTATED: translate("Registry", "Reinstated"),
        RegistryEventKind.REVOKED: translate("Registry", "Revoked"),
    }[kind]


def scope_label(scope: str) -> str:
    """What a designated institute may evaluate (Act Art. 2(11)): ``inventions``, ``trademarks``, …"""
    return {
        "inventions": translate("Registry", "Inventions"),
        "trademarks": translate("Registry", "Trademarks"),
        "trade_secrets": translate("Registry", "Trade secrets"),
        "layouts": translate("Registry", "Layout designs"),
    }.get(scope, scope)


def output_label(output: str) -> str:
    """How a designated institute expresses value (Act Art. 2(11)): an amount, a grade or a score."""
    return {
        "amount": translate("Registry", "Amount"),
        "grade": translate("Registry", "Grade"),
        "score": translate("Registry", "Score"),
    }.get(output, output)


def change_kind_label(kind: RegistryChangeKind) -> str:
    return {
        RegistryChangeKind.SCOPE: translate("Registry", "Scope changed"),
        RegistryChangeKind.OUTPUTS: translate("Registry", "Output types changed"),
        RegistryChangeKind.NAME: translate("Registry", "Name changed"),
        RegistryChangeKind.REPRESENTATIVE: translate("Registry", "Representative changed"),
        RegistryChangeKind.ADDRESS: translate("Registry", "Address changed"),
        RegistryChangeKind.MERGER: translate("Registry", "Merger"),
    }[kind]
