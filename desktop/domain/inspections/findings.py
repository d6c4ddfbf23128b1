"""Findings: the inspector's detail (severity, corrective action, deadline), the applicant's response, the
inspector's verification that closes it, and the secretariat's recorded override of the committee block."""

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import current_language, translate
from desktop.core.periods import period_ending, refuse_non_working_deadline
from desktop.domain.accounts.permissions import Actor, Permission, check_account_current, require
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.audit.service import record
from desktop.domain.inspections.access import (
    load_inspection,
    require_editable,
    require_inspector,
    require_inspector_or_secretariat,
)
from desktop.domain.inspections.models import Finding, FindingSeverity, FindingVerification
from desktop.domain.settings.calendar import calendar


def _finding(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(translate("Inspections", "The finding no longer exists."))
    return finding


def severity_label(severity: FindingSeverity) -> str:
    return (translate("Inspections", "Major") if severity == FindingSeverity.MAJOR
            else translate("Inspections", "Minor"))


def verification_label(verification: FindingVerification) -> str:
    return {
        FindingVerification.PENDING: translate("Inspections", "Open"),
        FindingVerification.EFFECTIVE: translate("Inspections", "Closed (effective)"),
        FindingVerification.NOT_EFFECTIVE: translate("Inspections", "Not effective"),
    }[verification]


def update_finding(session: Session, actor: Actor, finding_id: int, severity: FindingSeverity, description: str,
                   corrective_action: str, deadline: date | None) -> None:
    """The inspector's detail of a finding, while the checklist is being filled in."""
    check_account_current(session, actor)
    finding = _finding(session, finding_id)
    inspection = load_inspection(session, finding.inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    if not description.strip():
        raise ValidationError(translate("Inspections", "Describe what was found."), field="description")
    if deadline is not None and deadline < inspection.scheduled_on:
        raise ValidationError(translate("Inspections", "The deadline cannot be before the inspection date."),
                              field="deadline")
    if deadline is not None and deadline > inspection.scheduled_on:  # a period given to the institute to act
        days_off = calendar(session)
        refuse_non_working_deadline(days_off, deadline, period_ending(days_off, inspection.scheduled_at, deadline),
                                    current_language())
    before = {"severity": finding.severity.value, "description": finding.description,
              "corrective_action": finding.corrective_action,
              "deadline": finding.deadline.isoformat() if finding.deadline else None}
    finding.severity = severity
    finding.description = description.strip()
    finding.corrective_action = corrective_action.strip()
    finding.deadline = deadline
    after = {"severity": severity.value, "description": finding.description,
             "corrective_action": finding.corrective_action, "deadline": deadline.isoformat() if deadline else None}
    keys = [k for k in after if before[k] != after[k]]
    if keys:
        record(session, actor, "inspection.finding", finding, summary=f"{inspection.number} {finding.item_id}",
               before={k: before[k] for k in keys}, after={k: after[k] for k in keys})


def record_applicant_response(session: Session, actor: Actor, finding_id: int, response: str) -> None:
    """What the applicant did about the finding (received by the secretariat or the inspector)."""
    check_account_current(session, actor)
    finding = _finding(session, finding_id)
    inspection = load_inspection(session, finding.inspection_id)
    require_inspector_or_secretariat(session, actor, inspection)
    if finding.verification == FindingVerification.EFFECTIVE:
        raise WorkflowError(translate("Inspections", "The finding is already closed."))
    if not response.strip():
        raise ValidationError(translate("Inspections", "Enter the applicant's response."), field="response")
    before = {"applicant_response": finding.applicant_response, "verification": finding.verification.value}
    finding.applicant_response = response.strip()
    finding.responded_at = now()
    finding.verification = FindingVerification.PENDING  # a new response needs a new verification
    record(session, actor, "inspection.finding.response", finding, summary=f"{inspection.number} {finding.item_id}",
           before=before, after={"applicant_response": finding.applicant_response, "verification": "pending"})


def verify_finding(session: Session, actor: Actor, finding_id: int, effective: bool, note: str = "") -> None:
    """The inspector checks the corrective action: effective closes the finding, not effective keeps it open."""
    check_account_current(session, actor)
    finding = _finding(session, finding_id)
    inspection = load_inspection(session, finding.inspection_id)
    require_inspector(session, actor, inspection)
    if not finding.applicant_response:
        raise WorkflowError(translate("Inspections", "Record the applicant's response before verifying it."))
    if finding.verification == FindingVerification.EFFECTIVE:
        raise WorkflowError(translate("Inspections", "The finding is already closed."))
    if not effective and not note.strip():
        raise ValidationError(translate("Inspections", "Say why the corrective action is not effective."),
                              field="verification_note")
    finding.verification = FindingVerification.EFFECTIVE if effective else FindingVerification.NOT_EFFECTIVE
    finding.verified_by_id = actor.user_id
    finding.verified_at = now()
    finding.verification_note = note.strip() or None
    record(session, actor, "inspection.finding.verify", finding, summary=f"{inspection.number} {finding.item_id}",
           after={"verification": finding.verification.value, "note": finding.verification_note})


def override_committee_block(session: Session, actor: Actor, inspection_id: int, reason: str) -> None:
    """The secretariat lets the application go to the committee despite an open major finding, saying why."""
    require(session, actor, Permission.SCHEDULE_INSPECTIONS)
    inspection = load_inspection(session, inspection_id)
    if not reason.strip():
        raise ValidationError(translate("Inspections", "An override needs a reason."), field="reason")
    if not any(f.severity == FindingSeverity.MAJOR and f.is_open for f in inspection.findings):
        raise WorkflowError(translate("Inspections", "{number} has no open major finding to override.")
                            .format(number=inspection.number))
    application = session.get_one(Application, inspection.application_id)
    if application.status != ApplicationStatus.INSPECTION:
        raise WorkflowError(translate("Inspections", "The application is no longer waiting for its inspection."))
    before = inspection.committee_override_reason
    inspection.committee_override_reason = reason.strip()
    inspection.committee_override_by_id = actor.user_id or None
    record(session, actor, "inspection.override", inspection, summary=inspection.number,
           before={"committee_override_reason": before}, after={"committee_override_reason": reason.strip()},
           reason=reason.strip())
