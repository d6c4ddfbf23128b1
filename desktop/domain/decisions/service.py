"""Decisions: drafting from committee results, four-eyes issuing, and the data of the printed notice."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import set_decided
from desktop.domain.audit.service import record, snapshot
from desktop.domain.committee.access import conflicted_application_ids
from desktop.domain.committee.models import CommitteeMember
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus
from desktop.domain.decisions.numbering import take_number
from desktop.domain.inspections.models import Inspection, InspectionInspector
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.scoring.models import ScoreSheet, ScoringResult


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


def parse_decision_number(text: str) -> tuple[int, int]:
    """Accept ``제2026-0001호``, ``2026-0001`` or ``2026-1``."""
    cleaned = text.strip().removeprefix("제").removesuffix("호")
    year, _, seq = cleaned.partition("-")
    if not (year.isdigit() and seq.isdigit() and len(year) == 4):
        raise ValidationError(
            translate("Decisions", "'{text}' is not a decision number; write it like 제2026-0001호 or 2026-0001.")
            .format(text=text), field="number",
        )
    return int(year), int(seq)


def _names(session: Session) -> dict[int, User]:
    return {u.id: u for u in session.scalars(select(User))}


def list_decisions(session: Session, actor: Actor) -> list[DecisionRow]:
    require(actor, Permission.VIEW_APPLICATIONS)
    users = _names(session)
    hidden = conflicted_application_ids(session, actor)
    rows = []
    for d in session.scalars(select(Decision).order_by(Decision.year.desc(), Decision.sequence.desc(),
                                                       Decision.id.desc())):
        if d.application_id in hidden:
            continue
        a = session.get_one(Application, d.application_id)
        rows.append(DecisionRow(
            d.id, d.number, a.id, a.number, a.institution.name, d.outcome, d.status,
            users[d.drafted_by_id].display_name if d.drafted_by_id in users else "",
            users[d.approved_by_id].display_name if d.approved_by_id in users else "", d.issued_at,
        ))
    return rows


def draft_decision(session: Session, actor: Actor, application_id: int, outcome: DecisionOutcome,
                   reasons: str, conditions: str = "", supersedes_id: int | None = None) -> int:
    require(actor, Permission.DRAFT_DECISIONS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if supersedes_id is None and application.status != ApplicationStatus.COMMITTEE_REVIEW:
        raise WorkflowError(translate("Decisions", "A decision is drafted after the committee review."))
    if not reasons.strip():
        raise ValidationError(translate("Decisions", "State the reasons for the decision."), field="reasons")
    decision = Decision(application_id=application_id, outcome=outcome, reasons=reasons.strip(),
                        conditions=conditions.strip(), drafted_by_id=actor.user_id, supersedes_id=supersedes_id)
    session.add(decision)
    session.flush()
    record(session, actor, "decision.draft", decision, summary=f"{application.number}: {outcome.value}",
           after=snapshot(decision, ("outcome", "reasons", "conditions", "supersedes_id")))
    return decision.id


def _check_four_eyes(session: Session, actor: Actor, decision: Decision) -> None:
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


def issue_decision(session: Session, actor: Actor, decision_id: int) -> str:
    """Approve and issue: takes the next number of the year, decides the application, fills the registry."""
    require(actor, Permission.APPROVE_DECISIONS)
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(translate("Decisions", "The decision no longer exists."))
    if decision.status != DecisionStatus.DRAFT:
        raise WorkflowError(translate("Decisions", "An issued decision cannot be changed; issue a correction."))
    _check_four_eyes(session, actor, decision)
    moment = now()
    decision.year = today().year
    decision.sequence = take_number(session, "decision", decision.year)
    decision.approved_by_id = actor.user_id
    decision.approved_at = moment
    decision.issued_at = moment
    decision.status = DecisionStatus.ISSUED
    application = session.get_one(Application, decision.application_id)
    if decision.supersedes_id is not None:
        old = session.get_one(Decision, decision.supersedes_id)
        old.status = DecisionStatus.SUPERSEDED
    else:
        set_decided(session, actor, application.id, decision.outcome == DecisionOutcome.DESIGNATED)
    if decision.outcome == DecisionOutcome.DESIGNATED and decision.supersedes_id is None:
        session.add(RegistryEntry(
            institution_id=application.institution_id, decision_id=decision.id, designated_on=today(),
            scope_inventions=application.scope_inventions, scope_trademarks=application.scope_trademarks,
            scope_trade_secrets=application.scope_trade_secrets, scope_layouts=application.scope_layouts,
        ))
    session.flush()
    record(session, actor, "decision.issue", decision, summary=f"{decision.number} {application.number}",
           after={"number": decision.number, "outcome": decision.outcome.value})
    return decision.number


def find_decision(session: Session, number: str) -> Decision:
    year, sequence = parse_decision_number(number)
    decision = session.scalars(select(Decision).where(Decision.year == year, Decision.sequence == sequence)).first()
    if decision is None:
        raise NotFound(translate("Decisions", "There is no issued decision {number}.")
                       .format(number=f"제{year}-{sequence:04d}호"))
    return decision


def decision_notice(session: Session, actor: Actor, decision_id: int, settings: dict[str, object]) -> DecisionNotice:
    """The data of the notice to the applicant; only issued decisions are printed."""
    require(actor, Permission.PRINT_DOCUMENTS)
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(translate("Decisions", "The decision no longer exists."))
    if decision.status == DecisionStatus.DRAFT or decision.issued_at is None:
        raise WorkflowError(translate("Decisions", "Only an issued decision can be printed."))
    application = session.get_one(Application, decision.application_id)
    institution = application.institution
    users = _names(session)
    result = session.scalars(
        select(ScoringResult).where(ScoringResult.application_id == application.id, ScoringResult.current)
        .order_by(ScoringResult.id.desc())
    ).first()

    def signatory(user_id: int | None, at: datetime | None) -> Signatory | None:
        if user_id is None or user_id not in users:
            return None
        user = users[user_id]
        return Signatory(user.title or "", user.display_name, at)

    scope = tuple(name for name, on in (
        ("inventions", application.scope_inventions), ("trademarks", application.scope_trademarks),
        ("trade_secrets", application.scope_trade_secrets), ("layouts", application.scope_layouts)) if on)
    supersedes = session.get(Decision, decision.supersedes_id) if decision.supersedes_id else None
    drafted = signatory(decision.drafted_by_id, decision.drafted_at)
    approved = signatory(decision.approved_by_id, decision.approved_at)
    assert drafted is not None and approved is not None
    return DecisionNotice(
        decision_id=decision.id, number=decision.number, outcome=decision.outcome, issued_at=decision.issued_at,
        application_number=application.number, round_code=application.round.code,
        round_title=application.round.title, institution_name=institution.name,
        institution_name_en=institution.name_en or institution.name, representative=institution.representative,
        postcode=institution.postcode or "", address=institution.address, reasons=decision.reasons,
        conditions=decision.conditions, scope=scope, aggregate=result.aggregate if result else None,
        pass_mark=application.round.pass_mark, drafted=drafted,
        reviewed=signatory(decision.reviewed_by_id, decision.reviewed_at), approved=approved,
        supersedes_number=supersedes.number if supersedes else "", settings=dict(settings),
    )


def outcome_label(outcome: DecisionOutcome) -> str:
    return (translate("Decisions", "Designated") if outcome == DecisionOutcome.DESIGNATED
            else translate("Decisions", "Not designated"))


def status_label(status: DecisionStatus) -> str:
    return {
        DecisionStatus.DRAFT: translate("Decisions", "Draft"),
        DecisionStatus.ISSUED: translate("Decisions", "Issued"),
        DecisionStatus.SUPERSEDED: translate("Decisions", "Superseded"),
    }[status]
