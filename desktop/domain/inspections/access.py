"""What every inspection service checks first: the record exists, who may act on it, and whether it is locked."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.hooks import ensure_not_conflicted
from desktop.domain.inspections.checklists import Checklist, checklist_from_snapshot
from desktop.domain.inspections.models import Inspection, InspectionStatus, InspectorConflict
from desktop.domain.inspections.rules import Answer, progress

EDITABLE = frozenset({InspectionStatus.SCHEDULED, InspectionStatus.IN_PROGRESS})


def load_inspection(session: Session, inspection_id: int) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound(translate("Inspections", "The inspection no longer exists."))
    return inspection


def visible_inspection(session: Session, actor: Actor, inspection_id: int) -> Inspection:
    """The inspection, for an actor who may see applications and is not excluded from this applicant."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    inspection = load_inspection(session, inspection_id)
    ensure_not_conflicted(session, actor, inspection.application_id)
    return inspection


def checklist_of(inspection: Inspection) -> Checklist:
    """The template the inspection pinned when it was scheduled."""
    return checklist_from_snapshot(inspection.checklist_snapshot, inspection.checklist_version,
                                   f"{inspection.number} ({inspection.checklist_version})")


def answers_of(inspection: Inspection) -> dict[str, Answer]:
    return {a.item_id: Answer(a.response, a.score, a.text, a.note) for a in inspection.answers}


def is_assigned(inspection: Inspection, user_id: int) -> bool:
    return any(link.user_id == user_id for link in inspection.inspectors)


def has_conflict(session: Session, user_id: int, application_id: int) -> bool:
    return session.scalar(select(InspectorConflict.id).where(
        InspectorConflict.user_id == user_id, InspectorConflict.application_id == application_id)) is not None


def require_inspector(session: Session, actor: Actor, inspection: Inspection) -> None:
    """An assigned inspector without a declared conflict for this applicant."""
    require(session, actor, Permission.FILL_INSPECTIONS)
    if not is_assigned(inspection, actor.user_id):
        raise PermissionDenied(translate("Inspections", "You are not one of the inspectors of {number}.")
                               .format(number=inspection.number))
    if has_conflict(session, actor.user_id, inspection.application_id):
        raise PermissionDenied(translate(
            "Inspections", "You declared a conflict of interest with this applicant; the secretariat must assign "
            "another inspector to {number}.").format(number=inspection.number))


def require_inspector_or_secretariat(session: Session, actor: Actor, inspection: Inspection) -> None:
    if actor.may(Permission.SCHEDULE_INSPECTIONS):
        require(session, actor, Permission.SCHEDULE_INSPECTIONS)
        return
    require_inspector(session, actor, inspection)


def require_editable(inspection: Inspection) -> None:
    """Answers and findings change only before the inspection is completed."""
    if inspection.status not in EDITABLE:
        raise WorkflowError(translate(
            "Inspections", "The inspection {number} is completed or signed and can no longer be changed; reopen it "
            "with a reason first.").format(number=inspection.number))


def refresh_score(inspection: Inspection) -> None:
    """Store the score as it stands (shown in lists while the checklist fills)."""
    figures = progress(checklist_of(inspection), answers_of(inspection))
    started = figures.answered > 0
    inspection.score = figures.points if started else None
    inspection.max_score = figures.maximum if started else None
