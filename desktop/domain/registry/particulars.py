"""An entry's particulars on a given day: as designated, then each recorded change from its effective day on."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.decisions.models import OUTPUTS
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.models import MergerRole, RegistryChange, RegistryChangeKind, RegistryEntry

SCOPES = ("inventions", "trademarks", "trade_secrets", "layouts")


@dataclass(frozen=True)
class Merger:
    effective_on: date
    role: MergerRole
    partner: str


@dataclass(frozen=True)
class EntryParticulars:
    name: str
    representative: str
    address: str
    scope: tuple[str, ...]
    outputs: tuple[str, ...]
    former_names: tuple[str, ...] = ()  # oldest first
    mergers: tuple[Merger, ...] = ()


def names_value(names: tuple[str, ...] | list[str]) -> str:
    """How a set of scope or output names is stored in ``RegistryChange.value``."""
    return ",".join(names)


def value_names(value: str, order: tuple[str, ...]) -> tuple[str, ...]:
    chosen = {part.strip() for part in value.split(",") if part.strip()}
    return tuple(name for name in order if name in chosen)


def designated_particulars(session: Session, entry: RegistryEntry) -> EntryParticulars:
    """The particulars the entry was designated with (the institution's record fills what was not kept)."""
    return particulars_at_designation(entry, session.get_one(Institution, entry.institution_id))


def particulars_at_designation(entry: Any, institution: Any) -> EntryParticulars:
    """``designated_particulars`` from what a list has read already: ``entry`` with the entry's designation
    columns, ``institution`` with the institution's name, representative and address (objects or rows)."""
    scope = tuple(name for name, on in zip(SCOPES, (entry.scope_inventions, entry.scope_trademarks,
                                                    entry.scope_trade_secrets, entry.scope_layouts), strict=True) if on)
    outputs = tuple(name for name, on in zip(OUTPUTS, (entry.output_amount, entry.output_grade, entry.output_score),
                                             strict=True) if on)
    return EntryParticulars(entry.name_at_designation or institution.name,
                            entry.representative_at_designation or institution.representative,
                            entry.address_at_designation or institution.address, scope, outputs)


def changes_of(session: Session, entry_id: int) -> list[RegistryChange]:
    """The entry's recorded changes in the order they apply: by effective day, then as recorded."""
    return list(session.scalars(select(RegistryChange).where(RegistryChange.entry_id == entry_id)
                                .order_by(RegistryChange.effective_on, RegistryChange.id)))


def changes_by_entry(session: Session) -> dict[int, list[RegistryChange]]:
    """Every entry's recorded changes in the order they apply, in one statement for a whole list."""
    changes: dict[int, list[RegistryChange]] = {}
    for change in session.scalars(select(RegistryChange).order_by(RegistryChange.effective_on, RegistryChange.id)):
        changes.setdefault(change.entry_id, []).append(change)
    return changes


def particulars_on(session: Session, entry: RegistryEntry, day: date,
                   changes: list[RegistryChange] | None = None,
                   designated: EntryParticulars | None = None) -> EntryParticulars:
    """The particulars in force on ``day``: the latest change of each kind on or before it wins. A list passes
    each entry's ``changes`` and ``designated`` particulars it has read already."""
    p = designated if designated is not None else designated_particulars(session, entry)
    name, representative, address, scope, outputs = p.name, p.representative, p.address, p.scope, p.outputs
    former: list[str] = []
    mergers: list[Merger] = []
    for change in changes if changes is not None else changes_of(session, entry.id):
        if change.effective_on > day:
            break
        if change.kind == RegistryChangeKind.NAME:
            former.append(name)
            name = change.value
        elif change.kind == RegistryChangeKind.REPRESENTATIVE:
            representative = change.value
        elif change.kind == RegistryChangeKind.ADDRESS:
            address = change.value
        elif change.kind == RegistryChangeKind.SCOPE:
            scope = value_names(change.value, SCOPES)
        elif change.kind == RegistryChangeKind.OUTPUTS:
            outputs = value_names(change.value, OUTPUTS)
        elif change.kind == RegistryChangeKind.MERGER:
            mergers.append(Merger(change.effective_on, MergerRole(change.merger_role), change.value))
    return EntryParticulars(name, representative, address, scope, outputs, tuple(former), tuple(mergers))
