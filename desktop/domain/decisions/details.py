"""One decision in full for the Decisions page (texts, who and when, its corrections and issued documents),
and the applications that await a decision."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.committee.access import conflicted_application_ids, ensure_not_conflicted
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus
from desktop.domain.decisions.service import load_decision, open_draft_for
from desktop.domain.issued.models import IssuedDocument


@dataclass(frozen=True)
class IssuedDocumentRow:
    kind: str
    language: str
    verification_code: str
    sha256: str
    issued_at: datetime


@dataclass(frozen=True)
class DecisionDetail:
    id: int
    number: str
    status: DecisionStatus
    outcome: DecisionOutcome
    application_id: int
    application_number: str
    institution_name: str
    round_code: str
    reasons: str
    reasons_en: str
    conditions: str
    conditions_en: str
    correction_reason: str
    correction_reason_en: str
    drafted_by: str
    drafted_by_id: int
    drafted_at: datetime
    reviewed_by: str
    reviewed_at: datetime | None
    approved_by: str
    approved_at: datetime | None
    supersedes_number: str
    superseded_by_number: str
    documents: tuple[IssuedDocumentRow, ...]


@dataclass(frozen=True)
class AwaitingRow:
    """An application in committee review with no decision drafted yet."""

    id: int
    number: str
    institution_name: str
    round_code: str


def decision_detail(session: Session, actor: Actor, decision_id: int) -> DecisionDetail:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    decision = load_decision(session, decision_id)
    ensure_not_conflicted(session, actor, decision.application_id)
    application = session.get_one(Application, decision.application_id)
    users = {u.id: u.display_name for u in session.scalars(select(User))}
    old = session.get(Decision, decision.supersedes_id) if decision.supersedes_id else None
    new = session.scalars(select(Decision).where(Decision.supersedes_id == decision.id,
                                                 Decision.status != DecisionStatus.DRAFT)).first()
    documents = tuple(
        IssuedDocumentRow(d.kind, d.language, d.verification_code, d.sha256, d.issued_at)
        for d in session.scalars(select(IssuedDocument).where(IssuedDocument.entity_type == "decisions",
                                                              IssuedDocument.entity_id == decision.id)
                                 .order_by(IssuedDocument.id))
    )
    return DecisionDetail(
        decision.id, decision.number, decision.status, decision.outcome, application.id, application.number,
        application.institution.name, application.round.code, decision.reasons, decision.reasons_en,
        decision.conditions, decision.conditions_en, decision.correction_reason or "", decision.correction_reason_en,
        users.get(decision.drafted_by_id, ""), decision.drafted_by_id, decision.drafted_at,
        users.get(decision.reviewed_by_id or 0, ""), decision.reviewed_at, users.get(decision.approved_by_id or 0, ""),
        decision.approved_at, old.number if old else "", new.number if new else "", documents,
    )


def awaiting_decision(session: Session, actor: Actor) -> list[AwaitingRow]:
    """Applications in committee review without a draft, oldest number first (the drafter's work list)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    rows = []
    for application in session.scalars(select(Application).where(
            Application.status == ApplicationStatus.COMMITTEE_REVIEW).order_by(Application.number)):
        if application.id in hidden or open_draft_for(session, application.id) is not None:
            continue
        rows.append(AwaitingRow(application.id, application.number, application.institution.name,
                                application.round.code))
    return rows
