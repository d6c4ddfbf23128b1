"""Running the requirement screening on an application and recording the result."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, AttachmentKind, AttachmentStatus
from desktop.domain.audit.service import record
from desktop.domain.committee.access import conflicted_application_ids, ensure_not_conflicted
from desktop.domain.screening import rules
from desktop.domain.screening.models import ScreeningOutcome, ScreeningResult


@dataclass(frozen=True)
class ScreeningRow:
    application_id: int
    number: str
    institution_name: str
    status: ApplicationStatus
    outcome: ScreeningOutcome | None
    screened_at: datetime | None
    failed_rules: tuple[str, ...]


def facts_of(application: Application) -> rules.ApplicationFacts:
    usable = [a for a in application.attachments if a.status != AttachmentStatus.REJECTED]
    kinds = {a.kind for a in usable}
    return rules.ApplicationFacts(
        staff=tuple(
            rules.StaffFacts(s.name, s.permanent, s.qualification, s.doctorate_related, s.experience_years)
            for s in application.staff
        ),
        dedicated_unit=application.dedicated_unit,
        facilities=application.facilities,
        business_plan=application.business_plan,
        consent_admin_check=application.consent_admin_check,
        has_application_form=AttachmentKind.APPLICATION_FORM in kinds,
        has_business_plan_document=AttachmentKind.BUSINESS_PLAN in kinds,
        has_registry_extract=AttachmentKind.REGISTRY_EXTRACT in kinds,
    )


def run_screening(session: Session, actor: Actor, application_id: int, note: str | None = None) -> ScreeningResult:
    """Evaluate every requirement and record the result (eligible only when all pass)."""
    require(actor, Permission.SCREEN_APPLICATIONS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if application.status != ApplicationStatus.SCREENING:
        raise WorkflowError(translate("Screening", "Screening runs on applications in status 'Screening'."))
    count_both = bool(application.round.settings.get("count_both_groups", True))
    results = rules.evaluate(facts_of(application), count_both)
    outcome = ScreeningOutcome.ELIGIBLE if all(r.passed for r in results) else ScreeningOutcome.DEFICIENT
    result = ScreeningResult(
        application_id=application.id, screener_id=actor.user_id, outcome=outcome,
        rules=[{"rule": r.rule, "passed": r.passed, "reason": r.reason} for r in results],
        count_both_groups=count_both, note=note,
    )
    session.add(result)
    session.flush()
    record(session, actor, "screening.run", result, summary=f"{application.number}: {outcome.value}",
           after={"outcome": outcome.value, "failed": [r.rule for r in results if not r.passed]})
    return result


def latest_result(session: Session, application_id: int) -> ScreeningResult | None:
    return session.scalars(
        select(ScreeningResult).where(ScreeningResult.application_id == application_id)
        .order_by(ScreeningResult.id.desc()).limit(1)
    ).first()


def list_screening(session: Session, actor: Actor) -> list[ScreeningRow]:
    """Applications in or past screening with their latest result."""
    require(actor, Permission.VIEW_APPLICATIONS)
    latest: dict[int, ScreeningResult] = {}
    for result in session.scalars(select(ScreeningResult).order_by(ScreeningResult.id)):
        latest[result.application_id] = result
    rows = []
    statuses = (ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED)
    hidden = conflicted_application_ids(session, actor)
    for a in session.scalars(select(Application).order_by(Application.number)):
        if a.id in hidden:
            continue
        r = latest.get(a.id)
        if r is None and a.status not in statuses:
            continue
        rows.append(ScreeningRow(
            a.id, a.number, a.institution.name, a.status, r.outcome if r else None, r.screened_at if r else None,
            tuple(x["rule"] for x in r.rules if not x["passed"]) if r else (),
        ))
    return rows


@dataclass(frozen=True)
class RuleLine:
    rule: str
    passed: bool
    reason: str
    overridden: bool


@dataclass(frozen=True)
class ScreeningDetail:
    """One application's latest screening, rule by rule (``outcome`` is None when it was never screened)."""

    application_id: int
    number: str
    institution_name: str
    status: ApplicationStatus
    outcome: ScreeningOutcome | None
    screened_at: datetime | None
    note: str | None
    rules: tuple[RuleLine, ...]


def screening_detail(session: Session, actor: Actor, application_id: int) -> ScreeningDetail:
    """The latest screening result of an application as plain data (an override decides a rule's result)."""
    require(actor, Permission.VIEW_APPLICATIONS)
    ensure_not_conflicted(session, actor, application_id)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    result = latest_result(session, application_id)
    lines = []
    for item in result.rules if result else []:
        override = item.get("override")
        lines.append(RuleLine(
            item["rule"], bool(override["passed"]) if override else bool(item["passed"]),
            override.get("reason", item["reason"]) if override else item["reason"], bool(override),
        ))
    return ScreeningDetail(
        application.id, application.number, application.institution.name, application.status,
        result.outcome if result else None, result.screened_at if result else None,
        result.note if result else None, tuple(lines),
    )


def outcome_label(outcome: ScreeningOutcome) -> str:
    return {
        ScreeningOutcome.ELIGIBLE: translate("Screening", "Eligible"),
        ScreeningOutcome.DEFICIENT: translate("Screening", "Deficient"),
        ScreeningOutcome.INELIGIBLE: translate("Screening", "Ineligible"),
    }[outcome]


def rule_label(rule: str) -> str:
    """The requirement a rule id checks (an unknown id is shown as is)."""
    return {
        "staff_qualified": translate("Screening", "Qualified staff (2 or more)"),
        "staff_experienced": translate("Screening", "Experienced staff (3 or more, 3+ years)"),
        "staff_distinct": translate("Screening", "Distinct people in both staff groups"),
        "dedicated_unit": translate("Screening", "Dedicated evaluation unit"),
        "facilities": translate("Screening", "Facilities and equipment"),
        "application_form": translate("Screening", "Application form"),
        "business_plan": translate("Screening", "Business plan"),
        "registry_extract": translate("Screening", "Registry extract or registration certificate"),
    }.get(rule, rule)
