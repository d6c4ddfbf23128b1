"""The list of designated institutes as the ministry publishes it, as of a chosen day, and counts per year."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.institutions.models import Institution, Sector
from desktop.domain.registry.models import RegistryEntry, RegistryEvent, RegistryEventKind, RegistryStatus
from desktop.domain.registry.particulars import EntryParticulars, particulars_on
from desktop.domain.registry.service import events_by_entry, status_on, statuses_on_days
from desktop.domain.settings.catalogue import AGENCY_NAME_EN, AGENCY_NAME_KO
from desktop.domain.settings.service import get_settings

IN_FORCE = (RegistryStatus.DESIGNATED, RegistryStatus.SUSPENDED)


@dataclass(frozen=True)
class PublicListRow:
    """One line of the published list: 연번, 기관명, 대표자, 소재지, 평가 대상, 지정일, 지정번호, 비고."""

    serial: int
    entry_id: int
    name: str
    name_en: str  # the institution's English name while its Korean name is the one designated, else ""
    representative: str
    address: str
    scope: tuple[str, ...]
    designated_on: date
    designation_number: str
    sector: Sector
    status: RegistryStatus
    particulars: EntryParticulars  # former names and mergers feed the remarks (비고)


@dataclass(frozen=True)
class PublicList:
    on: date
    agency: str
    agency_en: str
    rows: tuple[PublicListRow, ...]


@dataclass(frozen=True)
class YearCount:
    """Designated that year, and in force at its end (or today, for the current year), by sector."""

    year: int
    designated: dict[Sector, int]
    in_force: dict[Sector, int]


def designation_number_on(session: Session, entry: RegistryEntry, day: date) -> str:
    """The number of the decision the entry rested on that day (a later correction does not rewrite the past)."""
    reference = session.scalars(select(RegistryEvent.reference).where(
        RegistryEvent.entry_id == entry.id, RegistryEvent.occurred_on <= day,
        RegistryEvent.kind.in_((RegistryEventKind.DESIGNATED, RegistryEventKind.CORRECTED)))
        .order_by(RegistryEvent.occurred_on.desc(), RegistryEvent.id.desc())).first()
    return reference or ""


def public_list(session: Session, actor: Actor, day: date | None = None) -> PublicList:
    """The institutes designated and not revoked on ``day`` (default today), in order of designation."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    day = day or today()
    rows: list[PublicListRow] = []
    for entry in session.scalars(select(RegistryEntry).where(RegistryEntry.designated_on <= day)
                                 .order_by(RegistryEntry.designated_on, RegistryEntry.id)):
        status = status_on(session, entry, day)
        if status not in IN_FORCE:
            continue
        institution = session.get_one(Institution, entry.institution_id)
        particulars = particulars_on(session, entry, day)
        rows.append(PublicListRow(
            len(rows) + 1, entry.id, particulars.name,
            (institution.name_en or "") if not particulars.former_names else "", particulars.representative,
            particulars.address, particulars.scope, entry.designated_on, designation_number_on(session, entry, day),
            institution.sector, status, particulars))
    settings = get_settings(session)
    return PublicList(day, AGENCY_NAME_KO.of(settings), AGENCY_NAME_EN.of(settings),
                      tuple(rows))


def yearly_counts(session: Session, actor: Actor) -> list[YearCount]:
    """From the first designation's year to this year: designated that year and in force at its end."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    # Only the columns counted (an entry's day and sector), in one statement: no entry object is built.
    entries = session.execute(select(RegistryEntry.id, RegistryEntry.designated_on, Institution.sector)
                              .join(Institution, Institution.id == RegistryEntry.institution_id)
                              .order_by(RegistryEntry.designated_on)).all()
    if not entries:
        return []
    events = events_by_entry(session)
    day = today()
    years = range(entries[0].designated_on.year, day.year + 1)
    ends = [min(date(year, 12, 31), day) for year in years]
    designated = [dict.fromkeys(Sector, 0) for _ in years]
    in_force = [dict.fromkeys(Sector, 0) for _ in years]
    for entry in entries:
        if entry.designated_on.year in years:  # (one taking effect next year is counted then)
            designated[entry.designated_on.year - years.start][entry.sector] += 1
        for n, status in enumerate(statuses_on_days(entry.designated_on, events.get(entry.id, []), ends)):
            if status in IN_FORCE:
                in_force[n][entry.sector] += 1
    return [YearCount(year, designated[n], in_force[n]) for n, year in enumerate(years)]
