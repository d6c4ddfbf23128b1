"""The registry of designated institutes as the Registry page lists it."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.decisions.models import Decision
from desktop.domain.institutions.models import Institution, InstitutionKind, Sector
from desktop.domain.registry.models import RegistryEntry, RegistryStatus


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


def list_registry(session: Session, actor: Actor) -> list[RegistryRow]:
    require(actor, Permission.VIEW_APPLICATIONS)
    rows = []
    for entry in session.scalars(select(RegistryEntry).order_by(RegistryEntry.designated_on.desc(),
                                                                RegistryEntry.id)):
        institution = session.get_one(Institution, entry.institution_id)
        decision = session.get_one(Decision, entry.decision_id)
        scope = tuple(name for name, on in (
            ("inventions", entry.scope_inventions), ("trademarks", entry.scope_trademarks),
            ("trade_secrets", entry.scope_trade_secrets), ("layouts", entry.scope_layouts)) if on)
        rows.append(RegistryRow(entry.id, institution.name, institution.sector, institution.kind,
                                entry.designated_on, decision.number, entry.status, scope))
    return rows


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


def scope_label(scope: str) -> str:
    """What a designated institute may evaluate (Act Art. 2(11)): ``inventions``, ``trademarks``, …"""
    return {
        "inventions": translate("Registry", "Inventions"),
        "trademarks": translate("Registry", "Trademarks"),
        "trade_secrets": translate("Registry", "Trade secrets"),
        "layouts": translate("Registry", "Layout designs"),
    }.get(scope, scope)
