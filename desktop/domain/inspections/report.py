"""The data of the two printed inspection documents: the notice of inspection to the applicant and the
inspection report (results per item, score, findings and their status, signatures)."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.bilingual import Text, both, matches
from desktop.core.errors import WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application
from desktop.domain.inspections.access import answers_of, checklist_of, load_inspection
from desktop.domain.inspections.models import FindingSeverity, FindingVerification, InspectionStatus
from desktop.domain.inspections.rules import Answer, is_nonconform, item_points, progress
from desktop.domain.inspections.signoff import DEFAULT_ATTESTATION_KO, default_attestation
from desktop.domain.settings.delegation import final_approver


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    at: datetime | None = None
    attestation: Text = ""  # as typed; the default attestation left unchanged is kept in both languages


@dataclass(frozen=True)
class Applicant:
    application_number: str
    round_title: str
    name: str
    name_en: str
    representative: str
    postcode: str
    address: str
    registration_number: str = ""  # the institution's BRN (else CRN)
    round_code: str = ""  # English documents name the call by its code (its title is typed in Korean)


@dataclass(frozen=True)
class InspectionNoticeData:
    number: str
    issued_at: datetime
    scheduled_on: date
    place: str
    applicant: Applicant
    inspectors: tuple[Person, ...]
    areas: tuple[tuple[str, str], ...]  # (ko, en) of each checklist item
    drafted: Person | None
    settings: dict[str, Any]
    approved: Person | None = None  # who finally approves it by the 위임전결 table (domain/settings/delegation.py)
    starts_at: datetime | None = None  # the time of day (notices issued before it was kept show the day only)


@dataclass(frozen=True)
class ReportItem:
    id: str
    ko: str
    en: str
    basis: str
    response_type: str
    max: Decimal
    answer: Answer | None
    nonconform: bool
    points: tuple[Decimal, Decimal] | None
    evidence: int
    basis_en: str = ""  # the template's English citation, if it gives one


@dataclass(frozen=True)
class ReportFinding:
    item_id: str
    severity: FindingSeverity
    description: str
    corrective_action: str
    deadline: date | None
    applicant_response: str | None
    verification: FindingVerification
    verified_by: str
    verified_at: datetime | None


@dataclass(frozen=True)
class InspectionReportData:
    number: str
    issued_at: datetime
    status: InspectionStatus
    scheduled_on: date
    place: str
    applicant: Applicant
    checklist_version: str
    checklist_title: tuple[str, str]
    items: tuple[ReportItem, ...]
    score: Decimal
    max_score: Decimal
    findings: tuple[ReportFinding, ...]
    signatures: tuple[Person, ...]
    override_reason: str | None
    settings: dict[str, Any]


def _applicant(application: Application) -> Applicant:
    i = application.institution
    return Applicant(application.number, application.round.title, i.name, i.name_en or i.name, i.representative,
                     i.postcode or "", i.address, i.brn or i.crn or "", application.round.code)


def attestation_text(typed: str) -> Text:
    """The attestation as signed: the app's default, unchanged, in both languages; anything else as typed."""
    default = both(default_attestation)
    return default if typed and (matches(typed, default) or typed.strip() == DEFAULT_ATTESTATION_KO) else typed


def _users(session: Session) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User))}


def inspection_notice(session: Session, actor: Actor, inspection_id: int, settings: dict[str, Any]
                      ) -> InspectionNoticeData:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    inspection = load_inspection(session, inspection_id)
    users = _users(session)
    application = session.get_one(Application, inspection.application_id)
    inspectors = tuple(Person(users[x.user_id].display_name, users[x.user_id].title or "")
                       for x in inspection.inspectors if x.user_id in users)
    scheduler = users.get(inspection.scheduled_by_id or -1)
    drafted = Person(scheduler.display_name, scheduler.title or "", inspection.created_at) if scheduler else None
    areas = tuple((i.ko, i.en) for i in checklist_of(inspection).items if i.response != "text")
    approver = final_approver(session, settings, "inspection_notice")
    return InspectionNoticeData(inspection.number, inspection.created_at, inspection.scheduled_on, inspection.place,
                                _applicant(application), inspectors, areas, drafted, dict(settings),
                                Person(approver.name, approver.title, inspection.created_at),
                                inspection.scheduled_at)


def inspection_report(session: Session, actor: Actor, inspection_id: int, settings: dict[str, Any]
                      ) -> InspectionReportData:
    """Only a completed or signed inspection has a report."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    inspection = load_inspection(session, inspection_id)
    if inspection.status not in (InspectionStatus.COMPLETED, InspectionStatus.SIGNED):
        raise WorkflowError(translate("Inspections", "The report of {number} is printed once its checklist is "
                                                     "completed.").format(number=inspection.number))
    users = _users(session)
    application = session.get_one(Application, inspection.application_id)
    checklist = checklist_of(inspection)
    answers = answers_of(inspection)
    counts: dict[str, int] = {}
    for evidence in inspection.evidence:
        counts[evidence.item_id] = counts.get(evidence.item_id, 0) + 1
    items = tuple(ReportItem(i.id, i.ko, i.en, i.basis, i.response, i.max, answers.get(i.id),
                             is_nonconform(i, answers.get(i.id)), item_points(i, answers.get(i.id)),
                             counts.get(i.id, 0), i.basis_en)
                  for i in checklist.items)
    figures = progress(checklist, answers)
    findings = tuple(
        ReportFinding(f.item_id, f.severity, f.description, f.corrective_action, f.deadline, f.applicant_response,
                      f.verification, users[f.verified_by_id].display_name if f.verified_by_id in users else "",
                      f.verified_at)
        for f in inspection.findings)
    signatures = tuple(Person(users[x.user_id].display_name, users[x.user_id].title or "", x.signed_at,
                              attestation_text(x.attestation or ""))
                       for x in inspection.inspectors if x.user_id in users)
    signed = [s.at for s in signatures if s.at is not None]
    issued_at = max(signed) if signed else (inspection.completed_at or inspection.created_at)
    return InspectionReportData(
        inspection.number, issued_at, inspection.status, inspection.scheduled_on, inspection.place,
        _applicant(application), checklist.version, (checklist.title_ko, checklist.title_en), items, figures.points,
        figures.maximum, findings, signatures, inspection.committee_override_reason, dict(settings))
