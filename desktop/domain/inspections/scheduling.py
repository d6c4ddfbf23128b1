"""Scheduling on-site inspections: date, place, at least two inspectors free of conflicts; inspectors' conflicts."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, today
from desktop.core.errors import ConflictError, NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, ConflictGround
from desktop.domain.audit.service import record
from desktop.domain.inspections.access import EDITABLE, load_inspection, refresh_score
from desktop.domain.inspections.checklists import parse_checklist, template_document
from desktop.domain.inspections.models import Inspection, InspectionInspector, InspectionStatus, InspectorConflict
from desktop.domain.institutions.models import Institution
from desktop.domain.settings.calendar import NonWorkingDay, check_working_day

__all__ = ["NonWorkingDay", "check_working_day"]  # with the services below, for the pages and tests

MIN_INSPECTORS = 2
DEFAULT_START = time(10)  # an inspection given only a day starts at 10:00 Korean time


@dataclass(frozen=True)
class InspectorChoice:
    user_id: int
    name: str
    title: str
    conflict: str | None  # the declared ground, when the inspector may not be assigned


@dataclass(frozen=True)
class ConflictRow:
    id: int
    user_id: int
    inspector_name: str
    application_id: int
    application_number: str
    institution_name: str
    ground: ConflictGround
    statement: str
    declared_at: datetime


def ground_label(ground: ConflictGround) -> str:
    return {
        ConflictGround.SPOUSE_IS_PARTY: translate("Inspections", "Inspector or spouse is a party"),
        ConflictGround.RELATIVE_OF_REPRESENTATIVE: translate("Inspections", "Relative of the representative"),
        ConflictGround.DIRECT_INVOLVEMENT: translate("Inspections", "Advised or worked for the applicant recently"),
        ConflictGround.AGENT_WITNESS_APPRAISER: translate("Inspections", "Agent, witness or appraiser"),
        ConflictGround.DIRECT_INTEREST: translate("Inspections", "Direct interest"),
        ConflictGround.EMPLOYMENT: translate("Inspections", "Works or worked for the applicant"),
        ConflictGround.OTHER: translate("Inspections", "Other"),
    }[ground]


def _conflicts_for(session: Session, application_id: int) -> dict[int, ConflictGround]:
    return dict(session.execute(select(InspectorConflict.user_id, InspectorConflict.ground)
                                .where(InspectorConflict.application_id == application_id)).all())


def available_inspectors(session: Session, actor: Actor, application_id: int) -> list[InspectorChoice]:
    """Every active inspector, with the declared conflict that keeps one from this applicant."""
    require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    conflicts = _conflicts_for(session, application_id)
    users = session.scalars(select(User).where(User.role == Role.INSPECTOR, User.active).order_by(User.display_name))
    return [InspectorChoice(u.id, u.display_name, u.title or "",
                            ground_label(conflicts[u.id]) if u.id in conflicts else None) for u in users]


def _check_inspectors(session: Session, application: Application, inspector_ids: Sequence[int]) -> list[User]:
    ids = list(dict.fromkeys(inspector_ids))
    if len(ids) < MIN_INSPECTORS:
        raise ValidationError(translate("Inspections", "Choose at least {n} inspectors.").format(n=MIN_INSPECTORS),
                              field="inspectors")
    users = []
    conflicts = _conflicts_for(session, application.id)
    for user_id in ids:
        user = session.get(User, user_id)
        if user is None or user.role != Role.INSPECTOR or not user.active:
            raise ValidationError(translate("Inspections", "Only active users with the inspector role can inspect."),
                                  field="inspectors")
        if user_id in conflicts:
            raise ValidationError(translate(
                "Inspections", "{name} declared a conflict of interest with {institution} ({ground}) and cannot "
                "inspect it.").format(name=user.display_name, institution=application.institution.name,
                                      ground=ground_label(conflicts[user_id])), field="inspectors")
        users.append(user)
    return users


def starting_at(on: date | datetime) -> datetime:
    """The moment an inspection starts: a plain day starts at 10:00 Korean time."""
    if isinstance(on, datetime):
        if on.tzinfo is None:
            raise ValidationError(translate("Inspections", "Give the time of the inspection in Korean time."),
                                  field="time")
        return on
    return datetime.combine(on, DEFAULT_START, KST)


def _check_when_where(on: datetime, place: str, previous: datetime | None = None) -> str:
    day = on.astimezone(KST).date()
    if day < today() and on != previous:
        raise ValidationError(translate("Inspections", "The inspection date cannot be in the past."), field="date")
    if not place.strip():
        raise ValidationError(translate("Inspections", "Enter the place of the inspection."), field="place")
    return place.strip()


def _next_number(session: Session) -> str:
    prefix = f"실사-{today().year}-"
    numbers = session.scalars(select(Inspection.number).where(Inspection.number.startswith(prefix))).all()
    serials = [int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()]
    return f"{prefix}{max(serials, default=0) + 1:03d}"


def schedule_inspection(session: Session, actor: Actor, application_id: int, on: date | datetime, place: str,
                        inspector_ids: Sequence[int], *, allow_non_working_day: bool = False) -> int:
    """A new inspection of an application in status inspection, pinned to the round's checklist version.

    ``on`` is the moment it starts (a plain day: 10:00 Korean time); a Saturday, Sunday or holiday is refused
    unless ``allow_non_working_day`` confirms it (recorded in the audit)."""
    require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if application.status != ApplicationStatus.INSPECTION:
        raise WorkflowError(translate("Inspections", "Only an application passed to inspection can be inspected; "
                                                     "{number} is not.").format(number=application.number))
    open_one = session.scalar(select(Inspection.number).where(Inspection.application_id == application_id,
                                                              Inspection.status != InspectionStatus.SIGNED))
    if open_one:
        raise ConflictError(translate("Inspections", "The inspection {number} of this application is not signed "
                                                     "off yet; change that one instead.").format(number=open_one))
    on = starting_at(on)
    place = _check_when_where(on, place)
    non_working = check_working_day(session, on.astimezone(KST).date(), allow_non_working_day)
    users = _check_inspectors(session, application, inspector_ids)
    version = application.round.checklist_version
    snapshot = template_document(version)
    parse_checklist(snapshot, f"{version}.json")
    inspection = Inspection(number=_next_number(session), application_id=application.id, scheduled_at=on,
                            place=place, checklist_version=version, checklist_snapshot=snapshot,
                            status=InspectionStatus.SCHEDULED, scheduled_by_id=actor.user_id or None)
    inspection.inspectors = [InspectionInspector(user_id=u.id) for u in users]
    session.add(inspection)
    session.flush()
    refresh_score(inspection)
    record(session, actor, "inspection.schedule", inspection,
           summary=f"{inspection.number} {application.number} {on.isoformat()}",
           after={"scheduled_at": on.isoformat(), "place": place, "inspectors": [u.display_name for u in users],
                  "checklist_version": version, **({"non_working_day": non_working} if non_working else {})})
    freeze_notice(session, actor, inspection.id)
    return inspection.id


def freeze_notice(session: Session, actor: Actor, inspection_id: int) -> None:
    """The notice to the applicant as scheduled (a new version when the schedule changes)."""
    from desktop.domain.inspections.report import inspection_notice
    from desktop.domain.issued.models import DocumentKind
    from desktop.domain.issued.service import freeze
    from desktop.domain.settings.service import get_settings

    session.flush()
    notice = inspection_notice(session, actor, inspection_id, get_settings(session))
    freeze(session, actor, DocumentKind.INSPECTION_NOTICE, "inspections", inspection_id, notice.number, notice)


def reschedule_inspection(session: Session, actor: Actor, inspection_id: int, on: date | datetime, place: str,
                          inspector_ids: Sequence[int], *, allow_non_working_day: bool = False) -> None:
    """Change the date and time, the place or the inspectors before anyone signed (a non-working day confirmed)."""
    require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    inspection = load_inspection(session, inspection_id)
    if inspection.status not in EDITABLE:
        raise WorkflowError(translate("Inspections", "The inspection {number} is completed; reopen it before "
                                                     "changing its schedule.").format(number=inspection.number))
    application = session.get_one(Application, inspection.application_id)
    on = starting_at(on)
    place = _check_when_where(on, place, inspection.scheduled_at)
    non_working = (check_working_day(session, on.astimezone(KST).date(), allow_non_working_day)
                   if on != inspection.scheduled_at else None)
    users = _check_inspectors(session, application, inspector_ids)
    before = {"scheduled_at": inspection.scheduled_at.isoformat(), "place": inspection.place,
              "inspectors": sorted(x.user_id for x in inspection.inspectors)}
    inspection.scheduled_at, inspection.place = on, place
    keep = {u.id for u in users}
    inspection.inspectors = [x for x in inspection.inspectors if x.user_id in keep] + [
        InspectionInspector(user_id=u.id) for u in users if u.id not in {x.user_id for x in inspection.inspectors}]
    record(session, actor, "inspection.reschedule", inspection, summary=inspection.number, before=before,
           after={"scheduled_at": on.isoformat(), "place": place, "inspectors": sorted(keep),
                  **({"non_working_day": non_working} if non_working else {})})
    freeze_notice(session, actor, inspection.id)


def declare_inspector_conflict(session: Session, actor: Actor, application_id: int, ground: ConflictGround,
                               statement: str, user_id: int | None = None) -> int:
    """An inspector declares a conflict with an applicant (the secretariat may record it for them)."""
    if user_id is None or user_id == actor.user_id:
        require(session, actor, Permission.FILL_INSPECTIONS)
        user_id = actor.user_id
    else:
        require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    ground = ConflictGround(ground)
    user = session.get(User, user_id)
    if user is None or user.role != Role.INSPECTOR:
        raise ValidationError(translate("Inspections", "Conflicts are declared here for inspectors only."),
                              field="inspector")
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if not statement.strip():
        raise ValidationError(translate("Inspections", "State the facts of the conflict in a sentence."),
                              field="statement")
    if session.scalar(select(InspectorConflict.id).where(InspectorConflict.user_id == user_id,
                                                         InspectorConflict.application_id == application_id)):
        raise ConflictError(translate("Inspections", "{name} already declared a conflict with {institution}.")
                            .format(name=user.display_name, institution=application.institution.name))
    conflict = InspectorConflict(user_id=user_id, application_id=application_id, ground=ground,
                                 statement=statement.strip(), declared_by_id=actor.user_id or None)
    session.add(conflict)
    session.flush()
    record(session, actor, "inspection.conflict", conflict,
           summary=f"{user.display_name} × {application.number}: {ground.value}",
           after={"inspector": user.display_name, "application": application.number, "ground": ground.value,
                  "statement": conflict.statement})
    return conflict.id


def list_inspector_conflicts(session: Session, actor: Actor) -> list[ConflictRow]:
    """Declared conflicts: all of them for the secretariat, an inspector's own otherwise."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    query = select(InspectorConflict).order_by(InspectorConflict.declared_at.desc(), InspectorConflict.id.desc())
    if not actor.may(Permission.SCHEDULE_INSPECTIONS):
        query = query.where(InspectorConflict.user_id == actor.user_id)
    names = dict(session.execute(select(User.id, User.display_name)).all())
    rows = []
    listed = (query.add_columns(Application.number, Institution.name)
              .join(Application, Application.id == InspectorConflict.application_id)
              .join(Institution, Institution.id == Application.institution_id))
    for c, number, institution_name in session.execute(listed):
        rows.append(ConflictRow(c.id, c.user_id, names.get(c.user_id, "?"), c.application_id, number,
                                institution_name, c.ground, c.statement, c.declared_at))
    return rows


@dataclass(frozen=True)
class ApplicationChoice:
    id: int
    number: str
    institution_name: str


def applications_awaiting_inspection(session: Session, actor: Actor) -> list[ApplicationChoice]:
    """Applications passed to inspection that have no inspection under way (the scheduling dialog's list)."""
    require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    busy = set(session.scalars(select(Inspection.application_id).where(Inspection.status != InspectionStatus.SIGNED)))
    query = select(Application).where(Application.status == ApplicationStatus.INSPECTION).order_by(Application.number)
    return [ApplicationChoice(a.id, a.number, a.institution.name) for a in session.scalars(query) if a.id not in busy]


def applications_open_to_conflicts(session: Session, actor: Actor) -> list[ApplicationChoice]:
    """Applications still before or in inspection, for which an inspector may declare a conflict."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    statuses = [ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED,
                ApplicationStatus.INSPECTION]
    query = select(Application).where(Application.status.in_(statuses)).order_by(Application.number)
    return [ApplicationChoice(a.id, a.number, a.institution.name) for a in session.scalars(query)]
