"""Reading an inspection as plain data: the checklist with answers and problems, findings, inspectors, and
what the acting user may do with it; and the per-applicant summary the committee reads."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.hooks import conflicted_application_ids
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.inspections.access import (
    EDITABLE,
    answers_of,
    checklist_of,
    is_assigned,
    visible_inspection,
)
from desktop.domain.inspections.checklists import ChecklistItem
from desktop.domain.inspections.filling import completion_problems_of
from desktop.domain.inspections.models import (
    FindingSeverity,
    FindingVerification,
    Inspection,
    InspectionStatus,
    InspectorConflict,
)
from desktop.domain.inspections.rules import Answer, Progress, is_answered, is_nonconform, item_points, progress
from desktop.domain.inspections.service import committee_blockers


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    item_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime


@dataclass(frozen=True)
class FindingRow:
    id: int
    item_id: str
    item_text: str
    severity: FindingSeverity
    description: str
    corrective_action: str
    deadline: date | None
    applicant_response: str | None
    responded_at: datetime | None
    verification: FindingVerification
    verified_by: str
    verified_at: datetime | None
    verification_note: str | None

    @property
    def is_open(self) -> bool:
        return self.verification != FindingVerification.EFFECTIVE


@dataclass(frozen=True)
class InspectorRow:
    user_id: int
    name: str
    title: str
    signed_at: datetime | None
    attestation: str | None
    conflicted: bool


@dataclass(frozen=True)
class ItemState:
    item: ChecklistItem
    answer: Answer | None
    answered: bool
    nonconform: bool
    points: tuple[Decimal, Decimal] | None
    evidence: tuple[EvidenceRow, ...]
    problems: tuple[str, ...]
    finding_id: int | None
    version: int = 0  # of the stored answer (0: never answered); a form's save names it


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    number: str
    application_id: int
    application_number: str
    application_status: ApplicationStatus
    institution_name: str
    scheduled_on: date
    place: str
    status: InspectionStatus
    checklist_version: str
    checklist_title: tuple[str, str]  # ko, en
    items: tuple[ItemState, ...]
    progress: Progress
    findings: tuple[FindingRow, ...]
    inspectors: tuple[InspectorRow, ...]
    completed_at: datetime | None
    committee_override_reason: str | None
    blockers: tuple[str, ...]
    scheduled_at: datetime  # the moment it starts (``scheduled_on`` is its day in Korea)
    may_fill: bool  # answers, evidence, finding detail, complete
    may_sign: bool
    may_reopen: bool
    may_schedule: bool
    may_respond: bool
    may_verify: bool

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def item(self, item_id: str) -> ItemState:
        return next(s for s in self.items if s.item.id == item_id)


def _names(session: Session) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User))}


def detail_of(session: Session, actor: Actor, inspection: Inspection) -> InspectionDetail:
    checklist = checklist_of(inspection)
    answers = answers_of(inspection)
    users = _names(session)
    evidence = [EvidenceRow(e.id, e.item_id, e.filename, e.media_type, e.size, e.sha256, e.uploaded_at)
                for e in inspection.evidence]
    problems: dict[str, list[str]] = {}
    for problem in completion_problems_of(inspection):
        problems.setdefault(problem.item_id, []).append(problem.message)
    findings_by_item = {f.item_id: f.id for f in inspection.findings}
    versions = {a.item_id: a.version for a in inspection.answers}
    items = tuple(
        ItemState(item, answers.get(item.id), is_answered(item, answers.get(item.id)),
                  is_nonconform(item, answers.get(item.id)), item_points(item, answers.get(item.id)),
                  tuple(e for e in evidence if e.item_id == item.id), tuple(problems.get(item.id, ())),
                  findings_by_item.get(item.id), versions.get(item.id, 0))
        for item in checklist.items
    )
    texts = {i.id: i.ko for i in checklist.items}
    findings = tuple(
        FindingRow(f.id, f.item_id, texts.get(f.item_id, f.item_id), f.severity, f.description, f.corrective_action,
                   f.deadline, f.applicant_response, f.responded_at, f.verification,
                   users[f.verified_by_id].display_name if f.verified_by_id in users else "", f.verified_at,
                   f.verification_note)
        for f in inspection.findings
    )
    conflicted = set(session.scalars(select(InspectorConflict.user_id)
                                     .where(InspectorConflict.application_id == inspection.application_id)))
    inspectors = tuple(
        InspectorRow(x.user_id, users[x.user_id].display_name if x.user_id in users else "?",
                     (users[x.user_id].title or "") if x.user_id in users else "", x.signed_at, x.attestation,
                     x.user_id in conflicted)
        for x in inspection.inspectors
    )
    application = session.get_one(Application, inspection.application_id)
    assigned = (actor.may(Permission.FILL_INSPECTIONS) and is_assigned(inspection, actor.user_id)
                and actor.user_id not in conflicted)
    me = next((x for x in inspectors if x.user_id == actor.user_id), None)
    in_inspection = application.status == ApplicationStatus.INSPECTION
    return InspectionDetail(
        id=inspection.id, number=inspection.number, application_id=application.id,
        application_number=application.number, application_status=application.status,
        institution_name=application.institution.name, scheduled_on=inspection.scheduled_on, place=inspection.place,
        status=inspection.status, checklist_version=checklist.version,
        checklist_title=(checklist.title_ko, checklist.title_en), items=items, progress=progress(checklist, answers),
        findings=findings, inspectors=inspectors, completed_at=inspection.completed_at,
        committee_override_reason=inspection.committee_override_reason,
        blockers=tuple(committee_blockers(session, application.id)), scheduled_at=inspection.scheduled_at,
        may_fill=assigned and inspection.status in EDITABLE,
        may_sign=assigned and inspection.status == InspectionStatus.COMPLETED and me is not None
        and me.signed_at is None,
        may_reopen=(assigned or actor.may(Permission.SCHEDULE_INSPECTIONS)) and in_inspection
        and inspection.status in (InspectionStatus.COMPLETED, InspectionStatus.SIGNED),
        may_schedule=actor.may(Permission.SCHEDULE_INSPECTIONS) and inspection.status in EDITABLE,
        may_respond=assigned or actor.may(Permission.SCHEDULE_INSPECTIONS),
        may_verify=assigned,
    )


def get_inspection(session: Session, actor: Actor, inspection_id: int) -> InspectionDetail:
    return detail_of(session, actor, visible_inspection(session, actor, inspection_id))


def find_inspection(session: Session, number: str) -> Inspection:
    """By number as printed in either language: ``실사-2026-007``, ``INS-2026-007`` (the notice), ``INR-2026-007``
    or ``실사결과-2026-007`` (its report), ``2026-007`` or ``2026-7``."""
    cleaned = number.strip()
    for prefix in ("실사결과-", "실사-", "실사", "INS-", "INR-", "ins-", "inr-"):
        cleaned = cleaned.removeprefix(prefix)
    year, _, serial = cleaned.partition("-")
    candidates = [number.strip()]
    if year.isdigit() and serial.isdigit():
        candidates.append(f"실사-{year}-{int(serial):03d}")
    inspection = session.scalars(select(Inspection).where(Inspection.number.in_(candidates))).first()
    if inspection is None:
        raise NotFound(translate("Inspections", "There is no inspection {number}.").format(number=number))
    return inspection


@dataclass(frozen=True)
class InspectionSummary:
    """What the committee reads of an applicant's latest inspection."""

    application_id: int
    application_number: str
    institution_name: str
    inspection_id: int
    number: str
    scheduled_on: date
    status: InspectionStatus
    score: Decimal | None
    max_score: Decimal | None
    findings: int
    open_findings: int
    open_major: int
    override_reason: str | None
    signed_by: tuple[str, ...]

    @property
    def percent(self) -> Decimal | None:
        if self.score is None or not self.max_score:
            return None
        return self.score * 100 / self.max_score


def inspection_summaries(session: Session, actor: Actor, application_ids: list[int] | None = None
                         ) -> list[InspectionSummary]:
    """The latest inspection of each application (hidden from members excluded from that applicant)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    query = select(Inspection).order_by(Inspection.application_id, Inspection.id)
    if application_ids is not None:
        query = query.where(Inspection.application_id.in_(application_ids))
    latest: dict[int, Inspection] = {}
    for inspection in session.scalars(query.options(selectinload(Inspection.findings),
                                                    selectinload(Inspection.inspectors))):
        latest[inspection.application_id] = inspection
    users = _names(session)
    applications = {a.id: a for a in session.scalars(select(Application).where(Application.id.in_(set(latest)))
                                                     .options(joinedload(Application.institution)))}
    rows = []
    for application_id, i in latest.items():
        if application_id in hidden:
            continue
        a = applications[application_id]
        rows.append(InspectionSummary(
            a.id, a.number, a.institution.name, i.id, i.number, i.scheduled_on, i.status, i.score, i.max_score,
            len(i.findings), sum(1 for f in i.findings if f.is_open),
            sum(1 for f in i.findings if f.is_open and f.severity == FindingSeverity.MAJOR),
            i.committee_override_reason,
            tuple(users[x.user_id].display_name for x in i.inspectors if x.signed_at and x.user_id in users)))
    return sorted(rows, key=lambda r: r.application_number)
