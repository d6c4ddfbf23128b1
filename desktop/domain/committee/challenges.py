"""Challenges (기피): an applicant asks for a member's removal; the other members vote; the chair closes the vote.

An upheld challenge excludes the member from that applicant exactly like an exclusion (kind
``challenge_upheld``); the votes are kept with the challenge.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.core.clock import now
from desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application
from desktop.domain.audit.service import record
from desktop.domain.committee.access import (
    acting_member,
    conflicted_application_ids,
    conflicted_member_ids,
    member_id_for,
    seat_of,
)
from desktop.domain.committee.conflicts import conflicted_members
from desktop.domain.committee.hooks import withdraw_sheet
from desktop.domain.committee.meetings import ensure_present, get_meeting
from desktop.domain.committee.models import (
    Challenge,
    ChallengeOutcome,
    ChallengeVote,
    CommitteeMember,
    ConflictDeclaration,
    ConflictKind,
    Meeting,
    RoundCommitteeSeat,
)
from desktop.domain.committee.rules import challenge_upheld


@dataclass(frozen=True)
class ChallengeRow:
    id: int
    application_id: int
    application_number: str
    institution_name: str
    member_id: int
    member_name: str
    reason: str
    outcome: ChallengeOutcome
    raised_at: datetime
    decided_at: datetime | None
    meeting_number: str
    votes_to_uphold: int
    votes_to_reject: int
    eligible_voters: int
    my_vote: bool | None  # the acting member's vote, if any


def _challenge(session: Session, challenge_id: int) -> Challenge:
    challenge = session.get(Challenge, challenge_id)
    if challenge is None:
        raise NotFound(translate("Committee", "The challenge no longer exists."))
    return challenge


def eligible_voters(session: Session, challenge: Challenge, seated: list[int] | None = None,
                    conflicted: set[int] | frozenset[int] | None = None) -> list[int]:
    """Seated members who may vote: not the challenged member, not conflicted, present if a meeting is named
    (``seated`` and ``conflicted``: the round's seats and the applicant's conflicts, when a list read them)."""
    application = session.get_one(Application, challenge.application_id)
    if conflicted is None:
        conflicted = conflicted_member_ids(session, application.id)
    if seated is None:
        seated = list(session.scalars(select(RoundCommitteeSeat.member_id).where(
            RoundCommitteeSeat.round_id == application.round_id)))
    voters = [m for m in seated if m != challenge.member_id and m not in conflicted]
    if challenge.meeting_id is not None:
        meeting = session.get_one(Meeting, challenge.meeting_id)
        if meeting.attendance:
            present = {a.member_id for a in meeting.attendance if a.present}
            voters = [m for m in voters if m in present]
    return sorted(voters)


def raise_challenge(session: Session, actor: Actor, application_id: int, member_id: int, reason: str,
                    meeting_id: int | None = None) -> int:
    """Record the applicant's request to remove a member (the secretariat enters it as received)."""
    require(session, actor, Permission.MANAGE_COMMITTEE)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if not reason.strip():
        raise ValidationError(translate("Committee", "State the applicant's grounds for the challenge."),
                              field="reason")
    if seat_of(session, application.round_id, member_id) is None:
        raise ValidationError(translate("Committee", "The challenged person does not sit on this committee."),
                              field="member")
    if member_id in conflicted_member_ids(session, application.id):
        raise WorkflowError(translate("Committee", "This member is already excluded from the applicant."))
    pending = session.scalar(select(Challenge.id).where(
        Challenge.application_id == application.id, Challenge.member_id == member_id,
        Challenge.outcome == ChallengeOutcome.PENDING))
    if pending:
        raise ConflictError(translate("Committee", "A challenge of this member by this applicant is already "
                                      "pending."), field="member")
    if meeting_id is not None:
        get_meeting(session, meeting_id)
    challenge = Challenge(application_id=application.id, member_id=member_id, reason=reason.strip(),
                          meeting_id=meeting_id, recorded_by_id=actor.user_id or None)
    session.add(challenge)
    session.flush()
    member = session.get_one(CommitteeMember, member_id)
    record(session, actor, "challenge.raise", challenge, summary=f"{application.number} → {member.name}",
           after={"member": member.name, "reason": challenge.reason})
    return challenge.id


def cast_vote(session: Session, actor: Actor, challenge_id: int, uphold: bool) -> None:
    """A member's vote on a pending challenge (may be changed until the chair closes the vote)."""
    require(session, actor, Permission.DECLARE_CONFLICTS)
    challenge = _challenge(session, challenge_id)
    application = session.get_one(Application, challenge.application_id)
    member = acting_member(session, actor, application)
    if challenge.outcome != ChallengeOutcome.PENDING:
        raise WorkflowError(translate("Committee", "The vote on this challenge is closed."))
    if member.id == challenge.member_id:
        raise PermissionDenied(translate("Committee", "The challenged member does not vote on their own challenge."))
    if challenge.meeting_id is not None:
        ensure_present(session, session.get_one(Meeting, challenge.meeting_id), member.id)
    if member.id not in eligible_voters(session, challenge):
        raise PermissionDenied(translate("Committee", "You are excluded from this applicant and do not vote."))
    vote = next((v for v in challenge.votes if v.member_id == member.id), None)
    if vote is None:
        vote = ChallengeVote(member_id=member.id, uphold=uphold)
        challenge.votes.append(vote)
    vote.uphold = uphold
    session.flush()
    record(session, actor, "challenge.vote", challenge, summary=application.number, after={"uphold": uphold})


def decide_challenge(session: Session, actor: Actor, challenge_id: int) -> ChallengeOutcome:
    """The chair closes the vote: upheld by a majority of the eligible members, else rejected."""
    require(session, actor, Permission.CHAIR_MEETINGS)
    challenge = _challenge(session, challenge_id)
    if challenge.outcome != ChallengeOutcome.PENDING:
        raise WorkflowError(translate("Committee", "The vote on this challenge is closed."))
    if not challenge.votes:
        raise WorkflowError(translate("Committee", "No member has voted on this challenge yet."))
    eligible = eligible_voters(session, challenge)
    uphold = sum(1 for v in challenge.votes if v.uphold and v.member_id in eligible)
    upheld = challenge_upheld(uphold, len(eligible))
    challenge.outcome = ChallengeOutcome.UPHELD if upheld else ChallengeOutcome.REJECTED
    challenge.decided_at = now()
    challenge.decided_by_id = actor.user_id or None
    if upheld:
        declaration = session.scalars(select(ConflictDeclaration).where(
            ConflictDeclaration.member_id == challenge.member_id,
            ConflictDeclaration.application_id == challenge.application_id)).first()
        if declaration is None:
            declaration = ConflictDeclaration(member_id=challenge.member_id, application_id=challenge.application_id,
                                              kind=ConflictKind.CHALLENGE_UPHELD)
            session.add(declaration)
        declaration.kind = ConflictKind.CHALLENGE_UPHELD
        declaration.ground = None
        declaration.statement = challenge.reason
        declaration.declared_at = challenge.decided_at
        declaration.confirmed_by_id = actor.user_id or None
        declaration.confirmed_at = challenge.decided_at
        withdraw_sheet(session, challenge.member_id, challenge.application_id)
    session.flush()
    record(session, actor, "challenge.decide", challenge, summary=challenge.outcome.value,
           after={"outcome": challenge.outcome.value, "uphold": uphold, "eligible": len(eligible),
                  "votes": {str(v.member_id): v.uphold for v in challenge.votes}})
    return challenge.outcome


def list_challenges(session: Session, actor: Actor, round_id: int | None = None) -> list[ChallengeRow]:
    """Challenges with their tallies; a conflicted member sees none about that applicant but their own."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    me = member_id_for(session, actor)
    rows = []
    challenges = list(session.scalars(select(Challenge).order_by(Challenge.raised_at, Challenge.id)
                                      .options(selectinload(Challenge.votes))))
    # What the rows name, read once for the list (held here, so the rows find them in the session).
    applications = list(session.scalars(select(Application).where(Application.id.in_(
        {c.application_id for c in challenges})).options(joinedload(Application.institution))))
    members = list(session.scalars(select(CommitteeMember)))
    meetings = list(session.scalars(select(Meeting).where(Meeting.id.in_(
        {c.meeting_id for c in challenges if c.meeting_id})).options(selectinload(Meeting.attendance))))
    voters = _eligible_voters_of(session, challenges)
    for c in challenges:
        application = session.get_one(Application, c.application_id)
        if round_id is not None and application.round_id != round_id:
            continue
        if c.application_id in hidden and c.member_id != me:
            continue
        member = session.get_one(CommitteeMember, c.member_id)
        meeting = session.get(Meeting, c.meeting_id) if c.meeting_id else None
        mine = next((v.uphold for v in c.votes if v.member_id == me), None)
        rows.append(ChallengeRow(
            c.id, application.id, application.number, application.institution.name, member.id, member.name,
            c.reason, c.outcome, c.raised_at, c.decided_at, meeting.number if meeting else "",
            sum(1 for v in c.votes if v.uphold), sum(1 for v in c.votes if not v.uphold),
            len(voters[c.id]), mine))
    del applications, members, meetings
    return rows


def _eligible_voters_of(session: Session, challenges: list[Challenge]) -> dict[int, list[int]]:
    """``eligible_voters`` of each challenge, with the seats and conflicts read once for all of them."""
    application_ids = {c.application_id for c in challenges}
    round_of = dict(session.execute(select(Application.id, Application.round_id)
                                    .where(Application.id.in_(application_ids))).all())
    seated: dict[int, list[int]] = {}
    for round_id, member_id in session.execute(select(RoundCommitteeSeat.round_id, RoundCommitteeSeat.member_id)
                                               .where(RoundCommitteeSeat.round_id.in_(set(round_of.values())))):
        seated.setdefault(round_id, []).append(member_id)
    conflicted = conflicted_members(session, application_ids)
    return {c.id: eligible_voters(session, c, seated.get(round_of[c.application_id], []),
                                  conflicted.get(c.application_id, set())) for c in challenges}


def outcome_label(outcome: ChallengeOutcome) -> str:
    return {
        ChallengeOutcome.PENDING: translate("Committee", "Vote pending"),
        ChallengeOutcome.UPHELD: translate("Committee", "Upheld"),
        ChallengeOutcome.REJECTED: translate("Committee", "Rejected"),
    }[outcome]
