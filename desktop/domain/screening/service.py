"""Running the requirement screening, the screener's overrides and confirmation, and the screening list."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.core.bilingual import in_language
from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications import hooks
from desktop.domain.applications.hooks import conflicted_application_ids, ensure_not_conflicted
from desktop.domain.applications.models import Application, ApplicationStatus, AttachmentKind, AttachmentStatus
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.screening import rules
from desktop.domain.screening.checklist import ChecklistLine, DocumentOnFile, document_checklist
from desktop.domain.screening.models import (
    ScreeningOutcome,
    ScreeningResult,
    SupplementRequest,
    SupplementStatus,
)
from desktop.domain.settings.catalogue import COUNT_BOTH_GROUPS


@dataclass(frozen=True)
class ScreeningRow:
    application_id: int
    number: str
    institution_name: str
    status: ApplicationStatus
    outcome: ScreeningOutcome | None
    screened_at: datetime | None
    failed_rules: tuple[str, ...]
    supplement_number: str = ""  # the open supplement request, if any
    supplement_deadline: date | None = None

    @property
    def overdue(self) -> bool:
        return self.supplement_deadline is not None and self.supplement_deadline < today()


def checklist_of(application: Application) -> list[ChecklistLine]:
    return document_checklist(application.consent_admin_check, application.business_plan, [
        DocumentOnFile(a.kind, a.filename, a.status, a.rejection_reason) for a in application.attachments
    ])


def facts_of(application: Application) -> rules.ApplicationFacts:
    """The facts the rules read; rejected documents count as absent."""
    kinds = {a.kind for a in application.attachments if a.status != AttachmentStatus.REJECTED}
    return rules.ApplicationFacts(
        staff=tuple(
            rules.StaffFacts(s.name, s.permanent, s.qualification, s.doctorate_related, s.experience_years,
                             bool(s.employment_evidence.strip()), bool(s.experience_evidence.strip()))
            for s in application.staff
        ),
        dedicated_unit=application.dedicated_unit,
        facilities=application.facilities,
        business_plan=application.business_plan,
        consent_admin_check=application.consent_admin_check,
        has_application_form=AttachmentKind.APPLICATION_FORM in kinds,
        has_business_plan_document=AttachmentKind.BUSINESS_PLAN in kinds,
        has_registry_extract=AttachmentKind.REGISTRY_EXTRACT in kinds,
        has_staff_evidence=AttachmentKind.STAFF_EVIDENCE in kinds,
        has_unit_evidence=AttachmentKind.UNIT_EVIDENCE in kinds,
        has_facility_evidence=AttachmentKind.FACILITY_EVIDENCE in kinds,
    )


def effective_passed(item: dict[str, Any]) -> bool:
    """A rule's result as decided: the screener's override when there is one."""
    override = item.get("override")
    return bool(override["passed"]) if override else bool(item["passed"])


def outcome_of(items: list[dict[str, Any]]) -> ScreeningOutcome:
    return ScreeningOutcome.ELIGIBLE if all(effective_passed(i) for i in items) else ScreeningOutcome.DEFICIENT


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def run_screening(session: Session, actor: Actor, application_id: int, note: str | None = None) -> ScreeningResult:
    """Evaluate every requirement and record the result (eligible only when all pass)."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    application = _application(session, application_id)
    if application.status != ApplicationStatus.SCREENING:
        raise WorkflowError(translate("Screening", "Screening runs on applications in status 'Screening'."))
    count_both = COUNT_BOTH_GROUPS.of(application.round.settings)
    facts = facts_of(application)
    results = rules.evaluate(facts, count_both)
    written = {language: in_language(language, lambda: rules.evaluate(facts, count_both)) for language in ("ko", "en")}
    items = [{"rule": r.rule, "passed": r.passed, "reason": r.reason,
              "reasons": {language: written[language][n].reason for language in written}}
             for n, r in enumerate(results)]
    outcome = outcome_of(items)
    result = ScreeningResult(
        application_id=application.id, screener_id=actor.user_id, outcome=outcome, rules=items,
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


def _latest_in_screening(session: Session, application_id: int) -> tuple[Application, ScreeningResult]:
    application = _application(session, application_id)
    if application.status != ApplicationStatus.SCREENING:
        raise WorkflowError(translate("Screening", "Screening results can be changed only while the application is "
                                      "in status 'Screening'."))
    result = latest_result(session, application_id)
    if result is None:
        raise WorkflowError(translate("Screening", "Run the screening first."))
    return application, result


def override_rule(session: Session, actor: Actor, application_id: int, rule: str, passed: bool,
                  reason: str) -> ScreeningOutcome:
    """The screener decides a rule differently from the evaluation, with a reason; the outcome follows."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    if not reason.strip():
        raise ValidationError(translate("Screening", "An override needs a reason; enter why the requirement is "
                                        "judged differently."), field="reason")
    application, result = _latest_in_screening(session, application_id)
    items = [dict(item) for item in result.rules]
    item = next((i for i in items if i["rule"] == rule), None)
    if item is None:
        raise NotFound(translate("Screening", "The latest screening has no requirement {rule}.").format(rule=rule))
    before = {"rule": rule, "passed": effective_passed(item), "override": item.get("override")}
    if passed == bool(item["passed"]):
        item.pop("override", None)  # back to the evaluated result
    else:
        item["override"] = {"passed": passed, "reason": reason.strip(), "by": actor.display_name,
                            "at": now().isoformat()}
    result.rules = items  # a new list, so the JSON column is written
    outcome_before = result.outcome
    result.outcome = outcome_of(items)
    result.confirmed_at = result.confirmed_by_id = None
    record(session, actor, "screening.override", result, summary=f"{application.number}: {rule}",
           before={**before, "outcome": outcome_before.value},
           after={"rule": rule, "passed": passed, "override": item.get("override"), "outcome": result.outcome.value},
           reason=reason.strip())
    return result.outcome


def confirm_screening(session: Session, actor: Actor, application_id: int, note: str | None = None) -> None:
    """The screener signs off the latest result as it stands (overrides included)."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    application, result = _latest_in_screening(session, application_id)
    _confirm(session, actor, application, result, note)


def _confirm(session: Session, actor: Actor, application: Application, result: ScreeningResult,
             note: str | None) -> None:
    result.confirmed_at = now()
    result.confirmed_by_id = actor.user_id or None
    if note and note.strip():
        result.note = note.strip()
    record(session, actor, "screening.confirm", result, summary=f"{application.number}: {result.outcome.value}",
           after={"outcome": result.outcome.value, "rules": [
               {"rule": i["rule"], "passed": effective_passed(i), "overridden": bool(i.get("override"))}
               for i in result.rules]}, reason=note)


@hooks.confirm_screening.implement
def confirm_if_needed(session: Session, actor: Actor, application_id: int) -> None:
    """Passing to inspection confirms the latest result when the screener has not yet done so."""
    result = latest_result(session, application_id)
    if result is not None and result.confirmed_at is None:
        _confirm(session, actor, _application(session, application_id), result, None)


def screening_is_current(session: Session, application_id: int) -> bool:
    """Whether the latest result still matches the application's facts (nothing changed since it was run)."""
    result = latest_result(session, application_id)
    if result is None:
        return False
    fresh = rules.evaluate(facts_of(_application(session, application_id)), result.count_both_groups)
    return [(r.rule, r.passed) for r in fresh] == [(i["rule"], bool(i["passed"])) for i in result.rules]


@hooks.check_screening_step.implement
def check_step(session: Session, application: Application, target: ApplicationStatus) -> None:
    """A step into inspection needs a current, eligible screening; a supplement request opens and closes here."""
    if target == ApplicationStatus.INSPECTION:
        result = latest_result(session, application.id)
        if result is None or result.outcome != ScreeningOutcome.ELIGIBLE:
            raise WorkflowError(translate(
                "Applications", "Screening has not found the application eligible yet: run the screening and "
                "resolve every failed requirement first."
            ))
        if not screening_is_current(session, application.id):
            raise WorkflowError(translate(
                "Applications", "The application changed after its last screening: run the screening again."
            ))
    elif target == ApplicationStatus.SUPPLEMENT_REQUESTED or (
            application.status == ApplicationStatus.SUPPLEMENT_REQUESTED and target == ApplicationStatus.SCREENING):
        is_open = session.scalar(select(func.count()).select_from(SupplementRequest).where(
            SupplementRequest.application_id == application.id, SupplementRequest.status == SupplementStatus.OPEN))
        if target == ApplicationStatus.SUPPLEMENT_REQUESTED and not is_open:
            raise WorkflowError(translate("Applications", "A supplement is requested on the Screening page, with "
                                          "its deficiencies and deadline."))
        if target == ApplicationStatus.SCREENING and is_open:
            raise WorkflowError(translate("Applications", "Record the supplement as received on the Screening page; "
                                          "the screening then runs again."))


def list_screening(session: Session, actor: Actor) -> list[ScreeningRow]:
    """Applications in or past screening with their latest result and open supplement request."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    # Only the columns shown, in three statements whatever the number of rows: each application's latest result
    # (not every result ever recorded), its open supplement request, and the applications with their institution.
    # An eligible result has no failed rule (its outcome is derived from them): its rules are not even parsed.
    newest = select(func.max(ScreeningResult.id)).group_by(ScreeningResult.application_id)
    failing = case((ScreeningResult.outcome != ScreeningOutcome.ELIGIBLE, ScreeningResult.rules), else_=None)
    latest = {r.application_id: r for r in session.execute(
        select(ScreeningResult.application_id, ScreeningResult.outcome, ScreeningResult.screened_at,
               failing.label("rules")).where(ScreeningResult.id.in_(newest)))}
    open_requests = {r.application_id: r for r in session.execute(
        select(SupplementRequest.application_id, SupplementRequest.number, SupplementRequest.deadline)
        .where(SupplementRequest.status == SupplementStatus.OPEN).order_by(SupplementRequest.id))}
    rows = []
    statuses = (ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED)
    hidden = conflicted_application_ids(session, actor)
    listed = (select(Application.id, Application.number, Institution.name, Application.status)
              .join(Institution, Institution.id == Application.institution_id).order_by(Application.number))
    for a in session.execute(listed):
        if a.id in hidden:
            continue
        r = latest.get(a.id)
        if r is None and a.status not in statuses:
            continue
        request = open_requests.get(a.id) if a.status == ApplicationStatus.SUPPLEMENT_REQUESTED else None
        rows.append(ScreeningRow(
            a.id, a.number, a.name, a.status, r.outcome if r else None, r.screened_at if r else None,
            tuple(x["rule"] for x in r.rules or () if not effective_passed(x)) if r else (),
            request.number if request else "", request.deadline if request else None,
        ))
    return rows


@dataclass(frozen=True)
class RuleLine:
    rule: str
    passed: bool  # as decided (the override when there is one)
    reason: str  # the evaluation's reason
    overridden: bool
    evaluated_passed: bool = True
    override_reason: str = ""
    overridden_by: str = ""


@dataclass(frozen=True)
class DocumentRow:
    """An attached file as the screener reviews it."""

    id: int
    kind: AttachmentKind
    filename: str
    media_type: str
    size: int
    status: AttachmentStatus
    rejection_reason: str | None
    note: str
    version: int = 1  # a review names it: another desktop's review in between is refused, not overwritten
    reviewed_by: str = ""


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
    checklist: tuple[ChecklistLine, ...] = ()
    confirmed_at: datetime | None = None
    confirmed_by: str = ""
    current: bool = True  # False: the application changed since the result was recorded
    documents: tuple[DocumentRow, ...] = ()


def rule_lines(result: ScreeningResult | None) -> tuple[RuleLine, ...]:
    lines = []
    for item in result.rules if result else []:
        override = item.get("override") or {}
        lines.append(RuleLine(item["rule"], effective_passed(item), item["reason"], bool(override),
                              bool(item["passed"]), override.get("reason", ""), override.get("by", "")))
    return tuple(lines)


def screening_detail(session: Session, actor: Actor, application_id: int) -> ScreeningDetail:
    """The latest screening result of an application as plain data, with its document checklist."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    ensure_not_conflicted(session, actor, application_id)
    application = _application(session, application_id)
    result = latest_result(session, application_id)
    confirmer = session.get(User, result.confirmed_by_id) if result and result.confirmed_by_id else None
    return ScreeningDetail(
        application.id, application.number, application.institution.name, application.status,
        result.outcome if result else None, result.screened_at if result else None,
        result.note if result else None, rule_lines(result), tuple(checklist_of(application)),
        result.confirmed_at if result else None, confirmer.display_name if confirmer else "",
        screening_is_current(session, application_id) if result else True,
        tuple(DocumentRow(a.id, a.kind, a.filename, a.media_type, a.size, a.status, a.rejection_reason, a.note,
                          a.version, a.updated_by or "") for a in application.attachments),
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
        "evidence": translate("Screening", "Evidence for each requirement"),
        "registry_extract": translate("Screening", "Registry extract or registration certificate"),
    }.get(rule, rule)


def rule_reason(item: dict[str, Any], language: str) -> str:
    """A stored rule's reason in ``language`` (results stored before both were kept: the reason as stored)."""
    reasons = item.get("reasons")
    return str(reasons.get(language) or item["reason"]) if isinstance(reasons, dict) else str(item["reason"])
