"""The list of sanctions as the ministry publishes it on its website (Decree Art. 14 ②): every disposition issued
on or before a day, with its institute, ground, period and number, and where it stands on that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, today
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.registry.particulars import particulars_on
from desktop.domain.sanctions.models import Disposition, DispositionKind, Ground, SanctionCase
from desktop.domain.settings.catalogue import AGENCY_NAME_EN, AGENCY_NAME_KO
from desktop.domain.settings.service import get_settings


class SanctionState(StrEnum):
    """Where a disposition stands on the list's day."""

    UPCOMING = "upcoming"  # issued, its first day still to come
    IN_FORCE = "in_force"  # a suspension running that day
    ENDED = "ended"  # a suspension over: designated again from the next day
    REVOKED = "revoked"  # a revocation in effect


@dataclass(frozen=True)
class SanctionListRow:
    """One line of the published list: 연번, 기관명, 처분일, 처분 내용, 기간, 처분 사유, 처분번호, 비고."""

    serial: int
    disposition_id: int
    number: str
    institution_name: str
    institution_name_en: str
    representative: str
    address: str
    kind: DispositionKind
    ground: Ground
    disposed_on: date
    starts_on: date
    ends_on: date | None
    months: int
    days: int
    state: SanctionState


@dataclass(frozen=True)
class SanctionList:
    on: date
    agency: str
    agency_en: str
    rows: tuple[SanctionListRow, ...]


def sanction_state(kind: DispositionKind, starts_on: date, ends_on: date | None, day: date) -> SanctionState:
    """Upcoming before its first day; a revocation revoked from then on; a suspension in force to its last day."""
    if day < starts_on:
        return SanctionState.UPCOMING
    if kind == DispositionKind.REVOCATION:
        return SanctionState.REVOKED
    return SanctionState.IN_FORCE if day <= (ends_on or starts_on) else SanctionState.ENDED


def sanctions_list(session: Session, actor: Actor, day: date | None = None) -> SanctionList:
    """The dispositions issued on or before ``day`` (default today), the latest first; names as on that day."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    day = day or today()
    found = session.execute(
        select(Disposition, SanctionCase, RegistryEntry, Institution)
        .join(SanctionCase, SanctionCase.id == Disposition.case_id)
        .join(RegistryEntry, RegistryEntry.id == SanctionCase.entry_id)
        .join(Institution, Institution.id == RegistryEntry.institution_id)
        .where(Disposition.issued_at.is_not(None))).all()
    dispositions = [(d.issued_at.astimezone(KST).date(), d, c, e, i) for d, c, e, i in found
                    if d.issued_at is not None]
    dispositions = sorted((item for item in dispositions if item[0] <= day),
                          key=lambda item: (item[0], item[1].id), reverse=True)
    rows = []
    for serial, (disposed_on, disposition, case, entry, institution) in enumerate(dispositions, 1):
        particulars = particulars_on(session, entry, min(day, max(disposed_on, entry.designated_on)))
        rows.append(SanctionListRow(
            serial, disposition.id, disposition.number or "", particulars.name,
            (institution.name_en or "") if not particulars.former_names else "", particulars.representative,
            particulars.address, disposition.kind, case.ground, disposed_on, disposition.starts_on,
            disposition.ends_on, disposition.months, disposition.days,
            sanction_state(disposition.kind, disposition.starts_on, disposition.ends_on, day)))
    settings = get_settings(session)
    return SanctionList(day, AGENCY_NAME_KO.of(settings), AGENCY_NAME_EN.of(settings),
                        tuple(rows))
