"""Approving and issuing a decision together with its documents, in one unit of work: the notice (and, for a
designation, the certificate) are rendered and stored the moment the decision takes its number."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.decisions.models import Decision, DecisionOutcome
from desktop.domain.decisions.service import issue_decision
from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.issue import IdentitySource, issued_pdf


def issue_with_documents(session: Session, actor: Actor, decision_id: int,
                         identity: IdentitySource | None = None) -> str:
    """``issue_decision`` and the issue (signed) of its documents in the decision's language; its number.

    A key that cannot be unlocked refuses the whole: the decision is not issued without its documents."""
    number = issue_decision(session, actor, decision_id)
    decision = session.get_one(Decision, decision_id)
    issued_pdf(session, actor, DocumentKind.DECISION_NOTICE, decision_id, decision.language, identity)
    if decision.outcome == DecisionOutcome.DESIGNATED:
        issued_pdf(session, actor, DocumentKind.CERTIFICATE, decision_id, decision.language, identity)
    return number
