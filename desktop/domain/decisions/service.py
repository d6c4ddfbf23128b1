"""Decisions: drafting, review, four-eyes issuing, corrections that supersede, and the data of the notice."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.core.identifiers import format_brn, format_crn
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, check_account_current, require
from desktop.domain.applications.models import Application, ApplicationStatus, Round
from desktop.domain.applications.service import set_decided
from desktop.domain.audit.service import record, snapshot
from desktop.domain.committee.access import conflicted_application_ids, ensure_not_conflicted
from desktop.domain.committee.models import CommitteeMember
from desktop.domain.decisions import hooks as registry  # the registry, through the hooks it implements
from desktop.domain.decisions.corrections import Change, changes, local_day
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus, decision_number
from desktop.domain.decisions.numbers import find_decision, parse_decision_number  # noqa: F401 - re-exported
from desktop.domain.inspections.models import Inspection, InspectionInspector
from desktop.domain.institutions.models import Institution
from desktop.domain.issued.models import DocumentKind
from desktop.domain.issued.numbering import take_number
from desktop.domain.issued.service import freeze
from desktop.domain.scoring.models import ScoreSheet, ScoringResult
from desktop.domain.settings.service import get_settings

TEXT_FIELDS = ("outcome", "reasons", "reasons_en", "conditions", "conditions_en", "correction_reason",
               "correction_reason_en")


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: str
    application_id: int
    application_number: str
    institution_name: str
    outcome: DecisionOutcome
    status: DecisionStatus
    drafted_by: str
    approved_by: str
    issued_at: datetime | None
    round_id: int = 0
    round_code: str = ""
    reviewed_by: str = ""
    supersedes_number: str = ""
    superseded_by_number: str = ""
    drafted_by_id: int = 0


@dataclass(frozen=True)
class DecisionText:
    """What the drafter writes: the outcome, the reasons and optional conditions, in Korean and English."""

    outcome: DecisionOutcome
    reasons: str
    reasons_en: str = ""
    conditions: str = ""
    conditions_en: str = ""
    correction_reason_en: str = ""  # the English reason of a correction (the Korean one is required)


@dataclass(frozen=True)
class Signatory:
    title: str
    name: str
    at: datetime | None


@dataclass(frozen=True)
class DecisionNotice:
    """Everything the printed decision notice shows, as plain data."""

    decision_id: int
    number: str
    outcome: DecisionOutcome
    issued_at: datetime
    application_number: str
    round_code: str
    round_title: str
    institution_name: str
    institution_name_en: str
    representative: str
    postcode: str
    address: str
    reasons: str
    conditions: str
    scope: tuple[str, ...]  # inventions, trademarks, trade_secrets, layouts
    aggregate: Decimal | None
    pass_mark: Decimal
    drafted: Signatory
    reviewed: Signatory | None
    approved: Signatory
    supersedes_number: str
    settings: dict[str, object]
    reasons_en: str = ""
    conditions_en: str = ""
    correction_reason: str = ""
    correction_reason_en: str = ""
    outputs: tuple[str, ...] = field(default=("amount", "grade", "score"))
    registration_number: str = ""  # the institution's BRN (else CRN), as it stood at issue
    business_number: str = ""  # 사업자등록번호 as printed (123-45-67890), as it stood at issue
    corporate_number: str = ""  # 법인등록번호 as printed (123456-1234567)
    decided_on: date | None = None  # the day the decision was issued (None on a draft's preview)
    designated_on: date | None = None  # 지정일: kept by a correction of a designation; None until issued
    supersedes_issued_on: date | None = None  # the date of the decision a correction replaces
    supersedes_outcome: str = ""  # its outcome ("designated" / "not_designated")
    changes: tuple[Change, ...] = ()  # what a correction changed against the decision it replaces


def immutable_error() -> WorkflowError:
    return WorkflowError(translate("Decisions", "An issued decision cannot be changed; issue a correction."))


def _names(session: Session) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User))}


def load_decision(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(translate("Decisions", "The decision no longer exists."))
    return decision


def _draft(session: Session, decision_id: int) -> Decision:
    decision = load_decision(session, decision_id)
    if decision.status != DecisionStatus.DRAFT:
        raise immutable_error()
    return decision


def list_decisions(session: Session, actor: Actor) -> list[DecisionRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    users = dict(session.execute(select(User.id, User.display_name)).all())
    hidden = conflicted_application_ids(session, actor)
    # One statement of the shown columns (the application, institution and round joined); no object is built.
    listed = session.execute(
        select(Decision.id, Decision.year, Decision.sequence, Decision.application_id, Application.number,
               Institution.name, Decision.outcome, Decision.status, Decision.drafted_by_id, Decision.approved_by_id,
               Decision.issued_at, Application.round_id, Round.code, Decision.reviewed_by_id, Decision.supersedes_id)
        .join(Application, Application.id == Decision.application_id)
        .join(Institution, Institution.id == Application.institution_id)
        .join(Round, Round.id == Application.round_id)
        .order_by(Decision.year.desc(), Decision.sequence.desc(), Decision.id.desc())).all()
    numbers = {d.id: decision_number(d.year, d.sequence) for d in listed}
    successor = {d.supersedes_id: numbers[d.id] for d in listed
                 if d.supersedes_id is not None and d.status != DecisionStatus.DRAFT}
    return [DecisionRow(
        d.id, numbers[d.id], d.application_id, d.number, d.name, d.outcome, d.status,
        users.get(d.drafted_by_id) or "", users.get(d.approved_by_id) or "", d.issued_at, d.round_id, d.code,
        users.get(d.reviewed_by_id) or "", numbers.get(d.supersedes_id, "") if d.supersedes_id else "",
        successor.get(d.id, ""), d.drafted_by_id,
    ) for d in listed if d.application_id not in hidden]


def _check_text(text: DecisionText) -> None:
    if not text.reasons.strip():
        raise ValidationError(translate("Decisions", "State the reasons for the decision."), field="reasons")


def open_draft_for(session: Session, application_id: int) -> Decision | None:
    return session.scalars(select(Decision).where(Decision.application_id == application_id,
                                                  Decision.status == DecisionStatus.DRAFT)).first()


def draft_decision(session: Session, actor: Actor, application_id: int, outcome: DecisionOutcome,
                   reasons: str, conditions: str = "", supersedes_id: int | None = None, *, reasons_en: str = "",
                   conditions_en: str = "", correction_reason: str | None = None,
                   correction_reason_en: str = "") -> int:
    """A draft decision on an application in committee review, or a correction of an issued decision."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    outcome = DecisionOutcome(outcome)
    text = DecisionText(outcome, reasons, reasons_en, conditions, conditions_en)
    _check_text(text)
    if open_draft_for(session, application_id) is not None:
        raise WorkflowError(translate("Decisions", "A draft decision for this application already exists; "
                                      "edit that draft."))
    if supersedes_id is None:
        if application.status != ApplicationStatus.COMMITTEE_REVIEW:
            raise WorkflowError(translate("Decisions", "A decision is drafted after the committee review."))
    else:
        old = load_decision(session, supersedes_id)
        if old.application_id != application_id:
            raise WorkflowError(translate("Decisions", "A correction must concern the same application."))
        if old.status != DecisionStatus.ISSUED:
            raise WorkflowError(translate("Decisions", "Only the decision in force can be corrected."))
        if not (correction_reason or "").strip():
            raise ValidationError(translate("Decisions", "State why the decision is corrected."),
                                  field="correction_reason")
    decision = Decision(application_id=application_id, outcome=outcome, reasons=reasons.strip(),
                        reasons_en=reasons_en.strip(), conditions=conditions.strip(),
                        conditions_en=conditions_en.strip(), drafted_by_id=actor.user_id, supersedes_id=supersedes_id,
                        correction_reason=(correction_reason or "").strip() or None,
                        correction_reason_en=correction_reason_en.strip() if supersedes_id is not None else "")
    session.add(decision)
    session.flush()
    record(session, actor, "decision.draft", decision, summary=f"{application.number}: {outcome.value}",
           after=snapshot(decision, ("supersedes_id", *TEXT_FIELDS)))
    return decision.id


def draft_correction(session: Session, actor: Actor, decision_id: int, text: DecisionText,
                     correction_reason: str) -> int:
    """A new draft that will supersede the issued decision ``decision_id`` when it is issued."""
    check_account_current(session, actor)
    old = load_decision(session, decision_id)
    return draft_decision(session, actor, old.application_id, text.outcome, text.reasons, text.conditions,
                          supersedes_id=old.id, reasons_en=text.reasons_en, conditions_en=text.conditions_en,
                          correction_reason=correction_reason, correction_reason_en=text.correction_reason_en)


def update_draft(session: Session, actor: Actor, decision_id: int, text: DecisionText,
                 correction_reason: str | None = None) -> None:
    """Change a draft's text; a changed text needs a new review. Issued decisions raise."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    decision = _draft(session, decision_id)
    _check_text(text)
    if decision.supersedes_id is not None and correction_reason is not None and not correction_reason.strip():
        raise ValidationError(translate("Decisions", "State why the decision is corrected."),
                              field="correction_reason")
    before = snapshot(decision, TEXT_FIELDS)
    decision.outcome = DecisionOutcome(text.outcome)
    decision.reasons, decision.reasons_en = text.reasons.strip(), text.reasons_en.strip()
    decision.conditions, decision.conditions_en = text.conditions.strip(), text.conditions_en.strip()
    if correction_reason is not None and decision.supersedes_id is not None:
        decision.correction_reason = correction_reason.strip()
        decision.correction_reason_en = text.correction_reason_en.strip()
    after = snapshot(decision, TEXT_FIELDS)
    if before != after and decision.reviewed_by_id is not None:
        decision.reviewed_by_id, decision.reviewed_at = None, None
    record(session, actor, "decision.edit", decision, summary=f"decision {decision.id}", before=before, after=after)


def review_decision(session: Session, actor: Actor, decision_id: int) -> None:
    """Record the optional review (검토) of a draft by someone other than its drafter."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    decision = _draft(session, decision_id)
    if decision.drafted_by_id == actor.user_id:
        raise PermissionDenied(translate("Decisions", "You drafted this decision; another person must review it."))
    decision.reviewed_by_id, decision.reviewed_at = actor.user_id, now()
    record(session, actor, "decision.review", decision, summary=f"decision {decision.id}")


def discard_draft(session: Session, actor: Actor, decision_id: int) -> None:
    require(session, actor, Permission.DRAFT_DECISIONS)
    decision = _draft(session, decision_id)
    record(session, actor, "decision.discard", decision, summary=f"decision {decision.id}",
           before=snapshot(decision, ("application_id", *TEXT_FIELDS)))
    session.delete(decision)
    session.flush()


def check_four_eyes(session: Session, actor: Actor, decision: Decision) -> None:
    """The approver is neither the drafter nor an inspector or scorer of the applicant."""
    if decision.drafted_by_id == actor.user_id:
        raise PermissionDenied(translate("Decisions", "You drafted this decision; another person must approve it."))
    inspected = session.scalar(
        select(InspectionInspector.id).join(Inspection, Inspection.id == InspectionInspector.inspection_id)
        .where(Inspection.application_id == decision.application_id, InspectionInspector.user_id == actor.user_id)
    )
    scored = session.scalar(
        select(ScoreSheet.id).join(CommitteeMember, CommitteeMember.id == ScoreSheet.member_id)
        .where(ScoreSheet.application_id == decision.application_id, CommitteeMember.user_id == actor.user_id)
    )
    if inspected or scored:
        raise PermissionDenied(translate(
            "Decisions", "You inspected or scored this applicant, so you may not approve its decision."
        ))


_check_four_eyes = check_four_eyes  # the name earlier callers used


def check_committee_supports(session: Session, decision: Decision) -> None:
    """A designation (other than a correction) needs the committee's current result to be a pass."""
    if decision.outcome != DecisionOutcome.DESIGNATED or decision.supersedes_id is not None:
        return
    result = session.scalars(
        select(ScoringResult).where(ScoringResult.application_id == decision.application_id, ScoringResult.current)
        .order_by(ScoringResult.id.desc()).limit(1)
    ).first()
    if result is None or not result.passed:
        raise WorkflowError(translate(
            "Decisions", "The committee has not found this applicant passing (no current result, or a fail): it "
            "cannot be designated. Draft a decision not to designate, or wait for the committee's result."
        ))


def issue_decision(session: Session, actor: Actor, decision_id: int) -> str:
    """Approve and issue: takes the next number of the year, decides the application, fills the registry.

    A correction supersedes the decision it corrects; the registry entry follows it.
    """
    require(session, actor, Permission.APPROVE_DECISIONS)
    decision = _draft(session, decision_id)
    check_four_eyes(session, actor, decision)
    check_committee_supports(session, decision)
    application = session.get_one(Application, decision.application_id)
    old = session.get_one(Decision, decision.supersedes_id) if decision.supersedes_id is not None else None
    if old is not None and old.status != DecisionStatus.ISSUED:
        raise WorkflowError(translate("Decisions", "The decision this draft corrects was already superseded."))
    designated = decision.outcome == DecisionOutcome.DESIGNATED
    moment = now()
    decision.scoring_result_id = current_result_id(session, decision.application_id)
    decision.year = today().year
    decision.sequence = take_number(session, "decision", decision.year)
    decision.approved_by_id = actor.user_id
    decision.approved_at = moment
    decision.issued_at = moment
    decision.status = DecisionStatus.ISSUED
    session.flush()
    if old is not None:
        old.status = DecisionStatus.SUPERSEDED
        if old.outcome != decision.outcome:
            set_decided(session, actor, application.id, designated)
        registry.record_correction(session, actor, old, decision, application, designated)
    else:
        set_decided(session, actor, application.id, designated)
        if designated:
            registry.record_designation(session, actor, decision, application)
    session.flush()
    record(session, actor, "decision.issue", decision, summary=f"{decision.number} {application.number}",
           after={"number": decision.number, "outcome": decision.outcome.value,
                  "supersedes": old.number if old else None})
    freeze_documents(session, actor, decision)
    return decision.number


def current_result_id(session: Session, application_id: int) -> int | None:
    return session.scalars(select(ScoringResult.id).where(
        ScoringResult.application_id == application_id, ScoringResult.current).order_by(ScoringResult.id.desc())
    ).first()


def freeze_documents(session: Session, actor: Actor | None, decision: Decision) -> None:
    """Freeze what the decision's notice (and, for a designation, its certificate) shows, as issued."""
    from desktop.domain.decisions.round_documents import build_certificate

    settings = get_settings(session)
    freeze(session, actor, DocumentKind.DECISION_NOTICE, "decisions", decision.id, decision.number,
           _notice(session, decision, settings))
    if decision.outcome == DecisionOutcome.DESIGNATED:
        freeze(session, actor, DocumentKind.CERTIFICATE, "decisions", decision.id, decision.number,
               build_certificate(session, decision, settings))


def signatory(users: dict[int, User], user_id: int | None, at: datetime | None) -> Signatory | None:
    if user_id is None or user_id not in users:
        return None
    user = users[user_id]
    return Signatory(user.title or "", user.display_name, at)


def application_scope(application: Application) -> tuple[str, ...]:
    return tuple(name for name, on in (
        ("inventions", application.scope_inventions), ("trademarks", application.scope_trademarks),
        ("trade_secrets", application.scope_trade_secrets), ("layouts", application.scope_layouts)) if on)


def decision_notice(session: Session, actor: Actor, decision_id: int, settings: dict[str, object]) -> DecisionNotice:
    """The data of the notice to the applicant; only issued decisions are printed."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    decision = load_decision(session, decision_id)
    if decision.status == DecisionStatus.DRAFT or decision.issued_at is None:
        raise WorkflowError(translate("Decisions", "Only an issued decision can be printed."))
    return _notice(session, decision, settings)


def draft_notice(session: Session, actor: Actor, decision_id: int, settings: dict[str, object]) -> DecisionNotice:
    """The notice a draft would give, for the preview marked "draft" (no number, no approval yet)."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    ensure_not_conflicted(session, actor, load_decision(session, decision_id).application_id)
    return _notice(session, load_decision(session, decision_id), settings)


def _notice(session: Session, decision: Decision, settings: dict[str, object]) -> DecisionNotice:
    application = session.get_one(Application, decision.application_id)
    institution = application.institution
    users = _names(session)
    result = session.scalars(
        select(ScoringResult).where(ScoringResult.application_id == application.id, ScoringResult.current)
        .order_by(ScoringResult.id.desc())
    ).first()
    supersedes = session.get(Decision, decision.supersedes_id) if decision.supersedes_id else None
    drafted = signatory(users, decision.drafted_by_id, decision.drafted_at) or Signatory("", "", None)
    approved = signatory(users, decision.approved_by_id, decision.approved_at) or Signatory("", "", None)
    entry = registry.entry_for_decision(session, decision.id)
    if entry is None and supersedes is not None:  # a draft correcting a designation keeps its date
        entry = registry.entry_for_decision(session, supersedes.id)
    successor = decision
    while entry is None and successor is not None and successor.status == DecisionStatus.SUPERSEDED:
        successor = session.scalars(select(Decision).where(  # the entry moved on to the correction
            Decision.supersedes_id == successor.id, Decision.status != DecisionStatus.DRAFT)).first()
        entry = registry.entry_for_decision(session, successor.id) if successor is not None else None
    outputs = registry.entry_outputs(entry) if entry is not None else ("amount", "grade", "score")
    scope = application_scope(application)
    notice_changes = changes(session, supersedes, {
        "outcome": decision.outcome, "scope": scope, "outputs": outputs, "conditions": decision.conditions,
        "reasons": decision.reasons}) if supersedes is not None else ()
    designated_on = entry.designated_on if entry is not None and decision.outcome == DecisionOutcome.DESIGNATED \
        else None
    return DecisionNotice(
        decision_id=decision.id, number=decision.number, outcome=decision.outcome,
        issued_at=decision.issued_at or now(), application_number=application.number,
        round_code=application.round.code, round_title=application.round.title, institution_name=institution.name,
        institution_name_en=institution.name_en or institution.name, representative=institution.representative,
        postcode=institution.postcode or "", address=institution.address, reasons=decision.reasons,
        conditions=decision.conditions, scope=scope,
        aggregate=result.aggregate if result else None,
        pass_mark=application.round.pass_mark, drafted=drafted,
        reviewed=signatory(users, decision.reviewed_by_id, decision.reviewed_at), approved=approved,
        supersedes_number=supersedes.number if supersedes else "", settings=dict(settings),
        reasons_en=decision.reasons_en, conditions_en=decision.conditions_en,
        correction_reason=decision.correction_reason or "", correction_reason_en=decision.correction_reason_en,
        outputs=outputs, registration_number=registration_number(institution),
        business_number=printed_numbers(institution)[0], corporate_number=printed_numbers(institution)[1],
        decided_on=local_day(decision.issued_at), designated_on=designated_on,
        supersedes_issued_on=local_day(supersedes.issued_at) if supersedes else None,
        supersedes_outcome=supersedes.outcome.value if supersedes else "", changes=notice_changes,
    )


def registration_number(institution: Institution) -> str:
    """The number a bank matches an institute by: its business registration number, else its corporate one."""
    return institution.brn or institution.crn or ""


def printed_numbers(institution: Institution) -> tuple[str, str]:
    """The business and corporate registration numbers as printed (``124-81-00998``, ``110111-0000000``)."""
    return (format_brn(institution.brn) if institution.brn else "",
            format_crn(institution.crn) if institution.crn else "")


def outcome_label(outcome: DecisionOutcome) -> str:
    return (translate("Decisions", "Designated") if outcome == DecisionOutcome.DESIGNATED
            else translate("Decisions", "Not designated"))


def status_label(status: DecisionStatus) -> str:
    return {
        DecisionStatus.DRAFT: translate("Decisions", "Draft"),
        DecisionStatus.ISSUED: translate("Decisions", "Issued"),
        DecisionStatus.SUPERSEDED: translate("Decisions", "Superseded"),
    }[status]
