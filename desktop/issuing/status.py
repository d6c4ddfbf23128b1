"""Whether an issued record is still in force: a decision superseded by its correction, a notice or report
replaced by a later version. Shown wherever issued documents are listed and reported by ``verify``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.decisions.models import Decision, DecisionStatus
from desktop.domain.issued.models import DocumentKind, FrozenContent

DECISION_KINDS = (DocumentKind.DECISION_NOTICE, DocumentKind.CERTIFICATE)


@dataclass(frozen=True)
class RecordStatus:
    """``superseded_by``: the number of the record that replaced it (empty while in force)."""

    superseded_by: str = ""
    later_version: int | None = None  # a later version of the same record's document (rescheduled, re-signed)
    later_on: str = ""

    @property
    def in_force(self) -> bool:
        return not self.superseded_by and self.later_version is None

    def words(self) -> str:
        """"superseded by 제2026-0012호" in the current language; empty when in force."""
        if self.superseded_by:
            return translate("Documents", "superseded by {number}").format(number=self.superseded_by)
        if self.later_version is not None:
            return translate("Documents", "replaced by its version {version} of {day}").format(
                version=self.later_version, day=self.later_on)
        return ""


def successor_number(session: Session, decision_id: int) -> str:
    """The number of the correction that superseded a decision ("" while it is in force)."""
    decision = session.get(Decision, decision_id)
    if decision is None or decision.status != DecisionStatus.SUPERSEDED:
        return ""
    later = session.scalars(select(Decision).where(Decision.supersedes_id == decision_id,
                                                   Decision.status != DecisionStatus.DRAFT)).first()
    return later.number if later is not None else "?"


def record_status(session: Session, kind: str, entity_id: int, version: int | None = None) -> RecordStatus:
    """The status of a record's document (of ``version`` of its content when given)."""
    if kind in DECISION_KINDS:
        number = successor_number(session, entity_id)
        if number:
            return RecordStatus(superseded_by=number)
    if version is not None:
        later = session.scalars(select(FrozenContent).where(
            FrozenContent.kind == kind, FrozenContent.entity_id == entity_id, FrozenContent.version > version,
        ).order_by(FrozenContent.version.desc()).limit(1)).first()
        if later is not None:
            return RecordStatus(later_version=later.version, later_on=official_date(later.frozen_at))
    return RecordStatus()
