"""Concluding a validity check: the findings per criterion, the conclusion and its reasons, the result letter; and
from an inappropriate conclusion, a sanction case with the check as its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.service import freeze
from desktop.domain.registry.models import RegistryEntry, RegistryStatus
from desktop.domain.registry.status import status_on
from desktop.domain.reports.standard import Assessment, Conclusion, Criterion, Finding, check_findings
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.service import add_evidence, open_case
from desktop.domain.validity.models import CheckStatus, ValidityCheck, ValidityFinding
from desktop.domain.validity.service import (
    DOCUMENT_PREFIX,
    DOCUMENT_SERIES,
    CheckRow,
    _next,
    _row,
    institution_of,
    load_check,
    missing_recipients,
    notices_of,
    recipient_label,
    refuse_if_closed,
    report_of,
)


def findings_of(session: Session, check_id: int) -> list[Finding]:
    return [Finding(f.criterion, f.assessment, f.note) for f in session.scalars(
        select(ValidityFinding).where(ValidityFinding.check_id == check_id).order_by(ValidityFinding.id))]


def check_findings_of(session: Session, actor: Actor, check_id: int) -> list[Finding]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return findings_of(session, load_check(session, check_id).id)


def check_may_conclude(session: Session, check: ValidityCheck) -> None:
    """Refuse while a notice is unsent or a comment period still runs, unless every recipient has commented."""
    if check.status == CheckStatus.CONCLUDED:
        raise WorkflowError(translate("Validity", "Check {number} is already concluded.").format(number=check.number))
    refuse_if_closed(check)
    missing = missing_recipients(session, check)
    if missing:
        raise WorkflowError(translate("Validity", "Send the notices of {number} first (missing: {names}).").format(
            number=check.number, names=", ".join(recipient_label(r) for r in missing)))
    for notice in notices_of(session, check.id):
        if notice.commented_on is not None:
            continue
        if notice.received_on is None or notice.comment_deadline is None:
            raise WorkflowError(translate(
                "Validity", "The receipt of notice {number} to {name} is not recorded: its comment period has not "
                "begun, so the check cannot be concluded yet.").format(number=notice.number,
                                                                       name=notice.recipient_name))
        if today() <= notice.comment_deadline:
            raise WorkflowError(translate(
                "Validity", "{name} may comment on notice {number} until {deadline}: conclude after that day, or "
                "once every recipient has commented.").format(name=notice.recipient_name, number=notice.number,
                                                              deadline=official_date(notice.comment_deadline)))


def conclude_check(session: Session, actor: Actor, check_id: int, findings: Sequence[Finding],
                   conclusion: Conclusion | str, reasons: str, reasons_en: str = "") -> str:
    """Record the findings and the conclusion and issue the result letter (returns its number)."""
    from desktop.domain.validity.letters import build_letter

    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    check_may_conclude(session, check)
    conclusion = Conclusion(conclusion)
    check_findings(findings, conclusion, reasons)
    for finding in findings:
        session.add(ValidityFinding(check_id=check.id, criterion=finding.criterion, assessment=finding.assessment,
                                    note=finding.note.strip()))
    check.conclusion, check.reasons, check.reasons_en = conclusion, reasons.strip(), reasons_en.strip()
    check.concluded_by_id, check.concluded_at = actor.user_id or None, now()
    check.result_number = _next(session, DOCUMENT_SERIES, DOCUMENT_PREFIX)
    check.status = CheckStatus.CONCLUDED
    session.flush()
    record(session, actor, "validity.conclude", check, summary=f"{check.result_number} {check.number}",
           after={"conclusion": conclusion.value, "short_on": [Criterion(f.criterion).value for f in findings
                                                                if Assessment(f.assessment) is Assessment.FALLS_SHORT]})
    freeze(session, actor, DocumentKind.VALIDITY_RESULT, "validity_checks", check.id, check.result_number,
           build_letter(session, DocumentKind.VALIDITY_RESULT, check.id))
    return check.result_number


@dataclass(frozen=True)
class SanctionProposal:
    """What the form that opens a sanction case from a check starts with: the facts from the conclusion's reasons
    and the report's issue date as the day the breach ended."""

    check_number: str
    institution_name: str
    report_number: str
    facts: str
    facts_en: str
    breach_ended_on: date


def _sanctionable(session: Session, check: ValidityCheck) -> int:
    """The registry entry a case from this check is opened against; refused unless the check concluded the report
    inappropriate, opened no case yet, and the institute's designation is not revoked."""
    if check.conclusion != Conclusion.INAPPROPRIATE:
        raise WorkflowError(translate("Validity", "Only a check that concluded the report inappropriate can open a "
                                      "sanction case; {number} did not.").format(number=check.number))
    if check.sanction_case_id is not None:
        raise WorkflowError(translate("Validity", "Check {number} has opened a sanction case already.")
                            .format(number=check.number))
    institution = institution_of(session, check)
    entry_id = session.scalar(select(RegistryEntry.id).where(RegistryEntry.institution_id == institution.id)
                              .order_by(RegistryEntry.id.desc()).limit(1))
    if entry_id is None:
        raise WorkflowError(translate("Validity", "{name} is not in the registry.").format(name=institution.name))
    if status_on(session, entry_id).status == RegistryStatus.REVOKED:
        raise WorkflowError(translate("Validity", "The designation of {name} is revoked: a sanction case is opened "
                                      "against a designated institute only.").format(name=institution.name))
    return int(entry_id)


def sanction_proposal(session: Session, actor: Actor, check_id: int) -> SanctionProposal:
    """The prefilled form of a sanction case from this check (refused as opening it would be)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    _sanctionable(session, check)
    report = report_of(session, check)
    facts = (f"타당성조사 {check.number} 결과 평가보고서 {report.report_number}"
             f"({official_date(report.issue_date)} 발급)이 평가기준에 맞지 않음: {check.reasons}")
    facts_en = (f"Validity check {check.number} found report {report.report_number} (issued "
                f"{report.issue_date.isoformat()}) in breach of the standard: {check.reasons_en or check.reasons}")
    return SanctionProposal(check.number, institution_of(session, check).name, report.report_number, facts,
                            facts_en, report.issue_date)


def open_sanction_from_check(session: Session, actor: Actor, check_id: int,
                             intended: DispositionKind = DispositionKind.SUSPENSION, months: int = 3,
                             breach_ended_on: date | None = None, facts: str | None = None,
                             facts_en: str | None = None) -> CheckRow:
    """Open a sanction case for breach of the evaluation standard (Act Art. 31 ① 3) from an inappropriate
    conclusion, the check added as its evidence; the facts and the day the breach ended default to the proposal's."""
    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    entry_id = _sanctionable(session, check)
    proposal = sanction_proposal(session, actor, check_id)
    intended = DispositionKind(intended)
    case = open_case(session, actor, entry_id, Ground.BREACH_OF_STANDARD,
                     proposal.facts if facts is None else facts,
                     proposal.breach_ended_on if breach_ended_on is None else breach_ended_on, intended,
                     months if intended == DispositionKind.SUSPENSION else 0,
                     facts_en=proposal.facts_en if facts_en is None else facts_en)
    add_evidence(session, actor, case.id, "타당성조사 결과 (부적정)",
                 reference_type="validity_checks", reference_id=check.id, reference=check.number)
    check.sanction_case_id = case.id
    session.flush()
    record(session, actor, "validity.sanction", check, summary=f"{check.number} → {case.number}",
           after={"sanction_case": case.number, "intended": intended.value,
                  "months": months if intended == DispositionKind.SUSPENSION else 0})
    return _row(session, check)
