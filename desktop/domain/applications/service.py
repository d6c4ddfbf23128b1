"""Applications: list, open, save (institution data aside), and move through the workflow."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ConflictError, NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.core.identifiers import format_brn, format_crn
from desktop.domain.accounts.permissions import Actor, Permission, check_account_current, require
from desktop.domain.applications import workflow
from desktop.domain.applications.hooks import (
    check_screening_step,
    committee_blockers,
    confirm_screening,
    conflicted_application_ids,
    ensure_not_conflicted,
)
from desktop.domain.applications.models import (
    Application,
    ApplicationStatus,
    AttachmentKind,
    Qualification,
    Round,
    RoundStatus,
    StaffMember,
)
from desktop.domain.audit.service import changed, record, snapshot
from desktop.domain.institutions.models import Institution, InstitutionKind, Sector
from desktop.domain.versions import claim_version

EDITABLE = frozenset({
    ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING,
    ApplicationStatus.SUPPLEMENT_REQUESTED,
})


@dataclass(frozen=True)
class StaffData:
    name: str
    position: str = ""
    permanent: bool = True
    employment_evidence: str = ""
    qualification: Qualification = Qualification.NONE
    doctorate_field: str = ""
    doctorate_related: bool = False
    experience_years: Decimal = Decimal(0)
    experience_evidence: str = ""


@dataclass(frozen=True)
class ApplicationData:
    business_plan: str = ""
    dedicated_unit: str = ""
    facilities: str = ""
    consent_admin_check: bool = True
    scope_inventions: bool = True
    scope_trademarks: bool = False
    scope_trade_secrets: bool = False
    scope_layouts: bool = False
    staff: tuple[StaffData, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    number: str
    round_id: int
    round_code: str
    institution_id: int
    institution_name: str
    sector: Sector
    kind: InstitutionKind
    brn: str
    crn: str
    status: ApplicationStatus
    received_at: datetime | None
    late: bool
    staff_count: int
    updated_at: datetime


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: AttachmentKind
    filename: str
    media_type: str
    size: int
    sha256: str
    status: str
    rejection_reason: str | None
    uploaded_at: datetime
    note: str = ""


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    data: ApplicationData
    attachments: tuple[AttachmentRow, ...]
    version: int
    round_title: str
    round_deadline: datetime
    late_reason: str | None
    status_reason: str | None
    allowed_steps: tuple[ApplicationStatus, ...]
    editable: bool
    institution_version: int = 1  # the Institution tab's record has a version of its own


def _row(a: Application, staff_count: int | None = None) -> ApplicationRow:
    return _listed_row(a, a.round.code, a.institution, len(a.staff) if staff_count is None else staff_count)


def _listed_row(a: Any, round_code: str, i: Any, staff_count: int) -> ApplicationRow:
    """The row from an application and its institution (objects, or a list's row holding both)."""
    return ApplicationRow(
        a.id, a.number, a.round_id, round_code, a.institution_id, i.name, i.sector, i.kind,
        format_brn(i.brn) if i.brn else "", format_crn(i.crn) if i.crn else "", a.status, a.received_at, a.late,
        staff_count, a.updated_at,
    )


def list_applications(session: Session, actor: Actor, round_id: int | None = None) -> list[ApplicationRow]:
    """Every application the actor may see (conflicted committee members do not see those applicants)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    staff_counts = dict(session.execute(
        select(StaffMember.application_id, func.count()).group_by(StaffMember.application_id)
    ).all())
    # The columns the list shows, in one statement with the round's code and the institution's (no ORM objects).
    query = (
        select(Application.id, Application.number, Application.round_id, Application.institution_id,
               Application.status, Application.received_at, Application.late, Application.updated_at,
               Round.code, Institution.name, Institution.sector, Institution.kind, Institution.brn, Institution.crn)
        .join(Round, Round.id == Application.round_id)
        .join(Institution, Institution.id == Application.institution_id)
        .order_by(Application.number)
    )
    if round_id is not None:
        query = query.where(Application.round_id == round_id)
    hidden = conflicted_application_ids(session, actor)
    return [_listed_row(a, a.code, a, staff_counts.get(a.id, 0)) for a in session.execute(query)
            if a.id not in hidden]


def _load(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def allowed_steps(actor: Actor, status: ApplicationStatus) -> tuple[ApplicationStatus, ...]:
    """Status actions this actor may take now (decision outcomes are issued, not clicked)."""
    return tuple(
        s.target for s in workflow.next_steps(status)
        if actor.may(s.permission) and s.target not in workflow.DECISION_TARGETS and not _through_supplements(s)
    )


def _through_supplements(step: workflow.Step) -> bool:
    """Requesting a supplement and recording it as received are the Screening page's (with letter and deadline)."""
    return step.target == ApplicationStatus.SUPPLEMENT_REQUESTED or (
        step.source == ApplicationStatus.SUPPLEMENT_REQUESTED and step.target == ApplicationStatus.SCREENING)


def get_application(session: Session, actor: Actor, application_id: int) -> ApplicationDetail:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    ensure_not_conflicted(session, actor, application_id)
    a = _load(session, application_id)
    data = ApplicationData(
        business_plan=a.business_plan, dedicated_unit=a.dedicated_unit, facilities=a.facilities,
        consent_admin_check=a.consent_admin_check, scope_inventions=a.scope_inventions,
        scope_trademarks=a.scope_trademarks, scope_trade_secrets=a.scope_trade_secrets,
        scope_layouts=a.scope_layouts,
        staff=tuple(
            StaffData(s.name, s.position, s.permanent, s.employment_evidence, s.qualification,
                      s.doctorate_field or "", s.doctorate_related, s.experience_years, s.experience_evidence)
            for s in a.staff
        ),
    )
    attachments = tuple(
        AttachmentRow(t.id, t.kind, t.filename, t.media_type, t.size, t.sha256, t.status.value,
                      t.rejection_reason, t.uploaded_at, t.note)
        for t in a.attachments
    )
    return ApplicationDetail(
        _row(a), data, attachments, a.version, a.round.title, a.round.deadline, a.late_reason, a.status_reason,
        allowed_steps(actor, a.status), a.status in EDITABLE and actor.may(Permission.EDIT_APPLICATIONS),
        a.institution.version,
    )


def validate_staff(staff: tuple[StaffData, ...]) -> tuple[StaffData, ...]:
    """Check each roster row; the message names the row (1-based) and the field."""
    for n, person in enumerate(staff, start=1):
        if not person.name.strip():
            raise ValidationError(
                translate("Applications", "Staff row {n}: enter the name.").format(n=n), field=f"staff:{n}:name"
            )
        try:
            years = Decimal(str(person.experience_years))
        except InvalidOperation:
            years = Decimal(-1)
        if not years.is_finite() or years < 0 or years > 60:
            raise ValidationError(
                translate("Applications", "Staff row {n}: years of experience must be between 0 and 60.").format(n=n),
                field=f"staff:{n}:experience_years",
            )
        if person.qualification == Qualification.DOCTORATE and not person.doctorate_field.strip():
            raise ValidationError(
                translate("Applications", "Staff row {n}: enter the field of the doctorate.").format(n=n),
                field=f"staff:{n}:doctorate_field",
            )
    return staff


def _next_number(session: Session, rnd: Round) -> str:
    prefix = f"{rnd.code}-"
    existing = session.scalars(select(Application.number).where(Application.round_id == rnd.id)).all()
    serials = [int(n[len(prefix):]) for n in existing if n.startswith(prefix) and n[len(prefix):].isdigit()]
    return f"{prefix}{max(serials, default=0) + 1:03d}"


def _apply(application: Application, data: ApplicationData) -> None:
    application.business_plan = data.business_plan.strip()
    application.dedicated_unit = data.dedicated_unit.strip()
    application.facilities = data.facilities.strip()
    application.consent_admin_check = data.consent_admin_check
    application.scope_inventions = data.scope_inventions
    application.scope_trademarks = data.scope_trademarks
    application.scope_trade_secrets = data.scope_trade_secrets
    application.scope_layouts = data.scope_layouts
    application.staff = [
        StaffMember(
            position_order=n, name=s.name.strip(), position=s.position.strip(), permanent=s.permanent,
            employment_evidence=s.employment_evidence.strip(), qualification=s.qualification,
            doctorate_field=s.doctorate_field.strip() or None, doctorate_related=s.doctorate_related,
            experience_years=Decimal(str(s.experience_years)), experience_evidence=s.experience_evidence.strip(),
        )
        for n, s in enumerate(data.staff)
    ]


def _audit_state(a: Application) -> dict[str, object]:
    state = snapshot(a, ("business_plan", "dedicated_unit", "facilities", "consent_admin_check",
                         "scope_inventions", "scope_trademarks", "scope_trade_secrets", "scope_layouts"))
    state["staff"] = [f"{s.name} ({s.qualification.value}, {s.experience_years}y)" for s in a.staff]
    return state


def create_application(session: Session, actor: Actor, round_id: int, institution_id: int,
                       data: ApplicationData) -> int:
    """A draft application of an institution in a round; the same institution applies once per round."""
    require(session, actor, Permission.EDIT_APPLICATIONS)
    validate_staff(data.staff)
    rnd = session.get(Round, round_id)
    if rnd is None:
        raise NotFound(translate("Applications", "The round no longer exists."))
    if rnd.status not in (RoundStatus.PLANNED, RoundStatus.OPEN):
        raise WorkflowError(translate("Applications", "The round {code} no longer takes applications.")
                            .format(code=rnd.code))
    institution = session.get(Institution, institution_id)
    if institution is None:
        raise NotFound(translate("Institutions", "The institution no longer exists."))
    duplicate = session.scalar(
        select(Application.number).where(Application.round_id == round_id,
                                         Application.institution_id == institution_id)
    )
    if duplicate:
        raise ConflictError(
            translate("Applications", "{name} already applied in round {code} (application {number}).")
            .format(name=institution.name, code=rnd.code, number=duplicate),
            field="institution",
        )
    application = Application(number=_next_number(session, rnd), round=rnd, institution=institution)
    _apply(application, data)
    session.add(application)
    session.flush()
    record(session, actor, "application.create", application,
           summary=f"{application.number} {institution.name}", after=_audit_state(application))
    return application.id


def update_application(session: Session, actor: Actor, application_id: int, data: ApplicationData,
                       expected_version: int) -> int:
    """Save the editor's data; refuses when someone else saved in between. Returns the new version."""
    require(session, actor, Permission.EDIT_APPLICATIONS)
    validate_staff(data.staff)
    application = _load(session, application_id)
    if application.status not in EDITABLE:
        raise WorkflowError(
            translate("Applications", "An application in status '{status}' can no longer be edited.")
            .format(status=workflow.status_label(application.status))
        )
    what = translate("Applications", "Application {number}").format(number=application.number)
    claim_version(session, actor, application, expected_version, what)  # the roster is part of the application
    before = _audit_state(application)
    _apply(application, data)
    session.flush()
    old, new = changed(before, _audit_state(application))
    record(session, actor, "application.update", application, summary=application.number, before=old, after=new)
    return application.version


def _check_step_guards(session: Session, application: Application, target: ApplicationStatus,
                       reason: str | None) -> None:
    if target in workflow.DECISION_TARGETS:  # set only by issuing a decision (decisions.service → set_decided)
        raise WorkflowError(translate("Applications", "An application is decided only by issuing a decision."))
    if target == ApplicationStatus.SUBMITTED:
        missing = []
        if not application.business_plan.strip():
            missing.append(translate("Applications", "the business plan"))
        if not application.staff:
            missing.append(translate("Applications", "the staff roster"))
        if application.round.status != RoundStatus.OPEN:
            raise WorkflowError(translate("Applications", "The round {code} is not open for applications.")
                                .format(code=application.round.code))
        if missing:
            raise WorkflowError(translate("Applications", "Cannot submit yet: {missing} is missing.")
                                .format(missing=", ".join(missing)))
        if now() > application.round.deadline and not (reason or "").strip():
            raise WorkflowError(translate(
                "Applications", "The deadline of round {code} has passed. A late application can be accepted "
                "only with a recorded reason."
            ).format(code=application.round.code))
    elif target == ApplicationStatus.INSPECTION or target == ApplicationStatus.SUPPLEMENT_REQUESTED or (
            application.status == ApplicationStatus.SUPPLEMENT_REQUESTED and target == ApplicationStatus.SCREENING):
        check_screening_step(session, application, target)
    elif target == ApplicationStatus.COMMITTEE_REVIEW:
        blockers = committee_blockers(session, application.id)
        if blockers:
            raise WorkflowError(blockers[0])


def transition(session: Session, actor: Actor, application_id: int, target: ApplicationStatus,
               reason: str | None = None) -> ApplicationStatus:
    """Take one workflow step; an illegal or unauthorised step raises with a plain message."""
    check_account_current(session, actor)
    application = _load(session, application_id)
    step = workflow.find_step(application.status, target)
    if step is None:
        raise WorkflowError(
            translate("Workflow", "An application in status '{source}' cannot go to '{target}'.").format(
                source=workflow.status_label(application.status), target=workflow.status_label(target)
            )
        )
    require(session, actor, step.permission)
    if step.needs_reason and not (reason or "").strip():
        raise WorkflowError(translate("Workflow", "This step needs a reason; enter why."))
    _check_step_guards(session, application, target, reason)
    before = application.status
    application.status = target
    application.status_reason = (reason or "").strip() or None
    if target == ApplicationStatus.SUBMITTED:
        application.received_at = now()
        application.late = application.received_at > application.round.deadline
        application.late_reason = (reason or "").strip() or None if application.late else None
    if target == ApplicationStatus.WITHDRAWN:
        application.withdrawn_reason = reason
    if target == ApplicationStatus.INSPECTION:
        confirm_screening(session, actor, application.id)
    record(session, actor, f"application.{target.value}", application,
           summary=f"{application.number}: {before.value} → {target.value}",
           before={"status": before.value}, after={"status": target.value}, reason=reason)
    return target


def set_decided(session: Session, actor: Actor, application_id: int, designated: bool) -> None:
    """Called by the decisions service when a decision is issued."""
    check_account_current(session, actor)
    target = ApplicationStatus.DESIGNATED if designated else ApplicationStatus.NOT_DESIGNATED
    application = _load(session, application_id)
    if workflow.find_step(application.status, target) is None:
        raise WorkflowError(
            translate("Workflow", "An application in status '{source}' cannot go to '{target}'.").format(
                source=workflow.status_label(application.status), target=workflow.status_label(target)
            )
        )
    require(session, actor, Permission.APPROVE_DECISIONS)
    before = application.status
    application.status = target
    record(session, actor, f"application.{target.value}", application,
           summary=f"{application.number}: {before.value} → {target.value}",
           before={"status": before.value}, after={"status": target.value})
