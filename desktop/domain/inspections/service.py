"""Inspections: listing, and the rule that decides whether an application may go to the committee."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.core.i18n import Plural, translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications import hooks
from desktop.domain.applications.hooks import conflicted_application_ids
from desktop.domain.applications.models import Application
from desktop.domain.inspections.models import (
    Finding,
    FindingSeverity,
    FindingVerification,
    Inspection,
    InspectionInspector,
    InspectionStatus,
)
from desktop.domain.institutions.models import Institution


@dataclass(frozen=True)
class InspectionRow:
    id: int
    number: str
    application_id: int
    application_number: str
    institution_name: str
    scheduled_on: date
    place: str
    status: InspectionStatus
    score: Decimal | None
    max_score: Decimal | None
    inspectors: tuple[str, ...]
    open_findings: int
    scheduled_at: datetime | None = None


@hooks.committee_blockers.implement
def committee_blockers(session: Session, application_id: int) -> list[str]:
    """Why the application cannot go to the committee yet (empty when it can)."""
    inspections = session.scalars(
        select(Inspection).where(Inspection.application_id == application_id).order_by(Inspection.id)
    ).all()
    if not inspections:
        return [translate("Inspections", "No on-site inspection has been recorded for this application.")]
    latest = inspections[-1]
    if latest.status != InspectionStatus.SIGNED:
        return [translate("Inspections", "The on-site inspection {number} is not signed off yet.")
                .format(number=latest.number)]
    open_major = [f for f in latest.findings if f.severity == FindingSeverity.MAJOR and f.is_open]
    if open_major and not latest.committee_override_reason:
        return [Plural.tr("Inspection {number} still has %n open major finding(s); verify the corrective action "
                          "or record an override.", "", len(open_major)).format(number=latest.number)]
    return []


def list_inspections(session: Session, actor: Actor) -> list[InspectionRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    names = dict(session.execute(select(User.id, User.display_name)).all())
    hidden = conflicted_application_ids(session, actor)
    # The same few statements whatever the number of rows, and only the columns shown: no inspection object (its
    # checklist snapshot is a large JSON document) is built; inspectors and open findings are read for all at once.
    inspectors: dict[int, list[str]] = {}
    for inspection_id, user_id in session.execute(
            select(InspectionInspector.inspection_id, InspectionInspector.user_id)
            .order_by(InspectionInspector.id)):
        inspectors.setdefault(inspection_id, []).append(names.get(user_id, "?"))
    open_findings = dict(session.execute(
        select(Finding.inspection_id, func.count())
        .where(Finding.verification != FindingVerification.EFFECTIVE)
        .group_by(Finding.inspection_id)).all())
    listed = (select(Inspection.id, Inspection.number, Inspection.application_id, Application.number,
                     Institution.name, Inspection.scheduled_at, Inspection.place, Inspection.status,
                     Inspection.score, Inspection.max_score)
              .join(Application, Application.id == Inspection.application_id)
              .join(Institution, Institution.id == Application.institution_id)
              .order_by(Inspection.scheduled_at.desc(), Inspection.id))
    return [InspectionRow(id_, number, application_id, application_number, institution_name,
                          scheduled_at.astimezone(KST).date(), place, status, score, max_score,
                          tuple(inspectors.get(id_, ())), open_findings.get(id_, 0), scheduled_at)
            for id_, number, application_id, application_number, institution_name, scheduled_at, place, status,
            score, max_score in session.execute(listed)
            if application_id not in hidden]


def status_label(status: InspectionStatus) -> str:
    return {
        InspectionStatus.SCHEDULED: translate("Inspections", "Scheduled"),
        InspectionStatus.IN_PROGRESS: translate("Inspections", "In progress"),
        InspectionStatus.COMPLETED: translate("Inspections", "Completed"),
        InspectionStatus.SIGNED: translate("Inspections", "Signed off"),
    }[status]
