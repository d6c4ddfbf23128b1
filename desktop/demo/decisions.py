"""The decisions part of the demo, done through the decisions services as the people would do it: the
secretariat drafts each decision from the committee results, the reviewer checks it, the approver issues it;
then the round's documents are issued (notice to each applicant, certificates, the public notice) so that their
fingerprints and verification codes are on record."""

from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.decisions.drafting import propose_decision
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus, PublicNotice
from desktop.domain.decisions.round_documents import issue_public_notice
from desktop.domain.decisions.service import draft_decision, issue_decision, review_decision
from desktop.domain.issued.models import DocumentKind
from desktop.domain.scoring.models import ScoringResult
from desktop.issuing.issue import IdentitySource, issued_pdf


def decide(session: Session, secretariat: Actor, reviewer: Actor, approver: Actor,
           application_ids: Sequence[int], tick: Callable[[int], None]) -> list[int]:
    """Draft from the results (Korean and English), review and issue each decision; the decision ids."""
    decided = []
    for application_id in application_ids:
        proposal = propose_decision(session, secretariat, application_id)
        result = session.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                             ScoringResult.current)).first()
        # The committee's result decides the outcome; the proposal writes the reasons.
        outcome = DecisionOutcome.DESIGNATED if result is not None and result.passed else proposal.outcome
        designated = outcome == DecisionOutcome.DESIGNATED
        decision_id = draft_decision(
            session, secretariat, application_id, outcome, proposal.reasons,
            proposal.conditions or ("지정일부터 매년 평가실적을 제출할 것." if designated else ""),
            reasons_en=proposal.reasons_en,
            conditions_en=proposal.conditions_en or ("Submit a report of the evaluations performed every year "
                                                     "from the date of designation." if designated else ""),
        )
        tick(20)
        review_decision(session, reviewer, decision_id)
        tick(30)
        issue_decision(session, approver, decision_id)
        decided.append(decision_id)
    return decided


def draft_for_approval(session: Session, secretariat: Actor, reviewer: Actor, application_id: int) -> int:
    """Drafted from the committee result and reviewed: the approver's next decision to issue."""
    proposal = propose_decision(session, secretariat, application_id)
    decision_id = draft_decision(session, secretariat, application_id, proposal.outcome, proposal.reasons,
                                 proposal.conditions, reasons_en=proposal.reasons_en,
                                 conditions_en=proposal.conditions_en)
    review_decision(session, reviewer, decision_id)
    return decision_id


def issue_round_documents(session: Session, approver: Actor, round_id: int, decision_ids: Sequence[int],
                          identity: IdentitySource, language: str = "ko") -> str:
    """Publish the round's 고시 and issue (sign) every document of the round in ``language``; the notice number."""
    number = issue_public_notice(session, approver, round_id)
    designated = set(session.scalars(select(Decision.id).where(
        Decision.id.in_(decision_ids), Decision.outcome == DecisionOutcome.DESIGNATED,
        Decision.status == DecisionStatus.ISSUED)))
    for decision_id in decision_ids:
        issued_pdf(session, approver, DocumentKind.DECISION_NOTICE, decision_id, language, identity)
        if decision_id in designated:
            issued_pdf(session, approver, DocumentKind.CERTIFICATE, decision_id, language, identity)
    notice_id = session.scalars(select(PublicNotice.id).where(PublicNotice.round_id == round_id)
                                .order_by(PublicNotice.id.desc())).first()
    assert notice_id is not None
    issued_pdf(session, approver, DocumentKind.PUBLIC_NOTICE, notice_id, language, identity)
    return number
