"""The data of the committee minutes (회의록): attendance and quorum, conflicts, challenges and recusals, the
results table and who signs. The PDF is drawn by ``desktop.documents.minutes``. They live in scoring because their
results table is scoring's; the committee freezes them when a meeting closes (``committee.hooks.meeting_minutes``)."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ConflictGround, Round
from desktop.domain.audit.chain import chain_head
from desktop.domain.committee import hooks as committee_hooks
from desktop.domain.committee.challenges import eligible_voters
from desktop.domain.committee.meetings import get_meeting, meeting_detail
from desktop.domain.committee.models import (
    Challenge,
    ChallengeOutcome,
    CommitteeMember,
    ConflictDeclaration,
    ConflictKind,
    MeetingStatus,
)
from desktop.domain.committee.rules import Quorum
from desktop.domain.scoring.models import ScoringResult
from desktop.domain.scoring.results import round_results


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    label: str
    is_chair: bool
    present: bool


@dataclass(frozen=True)
class MinutesConflict:
    member_name: str
    application_number: str
    institution_name: str
    kind: ConflictKind
    ground: ConflictGround | None
    statement: str
    institution_name_en: str = ""  # empty: no English name recorded (English minutes fall back to the Korean)


@dataclass(frozen=True)
class MinutesChallenge:
    member_name: str
    application_number: str
    institution_name: str
    reason: str
    outcome: ChallengeOutcome
    votes_to_uphold: int
    votes_to_reject: int
    eligible: int
    institution_name_en: str = ""


@dataclass(frozen=True)
class MinutesResult:
    rank: int
    application_number: str
    institution_name: str
    sheets: int
    aggregate: Decimal
    passed: bool
    institution_name_en: str = ""


@dataclass(frozen=True)
class MinutesData:
    meeting_number: str
    round_code: str
    round_title: str
    held_at: datetime
    closed_at: datetime | None
    place: str
    closed: bool
    attendees: tuple[MinutesAttendee, ...]
    quorum: Quorum
    agenda: tuple[tuple[str, str], ...]  # (application number, institution)
    conflicts: tuple[MinutesConflict, ...]
    challenges: tuple[MinutesChallenge, ...]
    results: tuple[MinutesResult, ...]
    method: str
    pass_mark: Decimal
    criteria_version: str
    notes: str
    settings: dict[str, Any]
    audit_head: str = ""  # "869:7250…": the audit trail's last event when the meeting closed (anchors the log)
    tie_rule: str = "shared"  # how the results treated tied extreme totals ("label": results from before the rule)

    @property
    def chair(self) -> str:
        return next((a.name for a in self.attendees if a.is_chair), "")


@committee_hooks.meeting_minutes.implement
def meeting_minutes(session: Session, actor: Actor, meeting_id: int, settings: dict[str, Any]) -> MinutesData:
    """Everything the printed minutes show, for the meeting's agenda."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    meeting = get_meeting(session, meeting_id)
    detail = meeting_detail(session, actor, meeting_id)
    rnd = session.get_one(Round, meeting.round_id)
    agenda_ids = [line.application_id for line in detail.agenda]
    names = {m.id: m.name for m in session.scalars(select(CommitteeMember))}
    conflicts = []
    for d in session.scalars(select(ConflictDeclaration).where(
            ConflictDeclaration.application_id.in_(agenda_ids), ConflictDeclaration.kind != ConflictKind.NONE)
            .order_by(ConflictDeclaration.application_id, ConflictDeclaration.member_id)):
        a = session.get_one(Application, d.application_id)
        conflicts.append(MinutesConflict(names[d.member_id], a.number, a.institution.name, d.kind, d.ground,
                                         d.statement, a.institution.name_en or ""))
    challenges = []
    for c in session.scalars(select(Challenge).where(Challenge.application_id.in_(agenda_ids))
                             .order_by(Challenge.raised_at, Challenge.id)):
        a = session.get_one(Application, c.application_id)
        challenges.append(MinutesChallenge(names[c.member_id], a.number, a.institution.name, c.reason, c.outcome,
                                           sum(1 for v in c.votes if v.uphold),
                                           sum(1 for v in c.votes if not v.uphold),
                                           len(eligible_voters(session, c)), a.institution.name_en or ""))
    has_result = set(session.scalars(select(ScoringResult.application_id).where(
        ScoringResult.current, ScoringResult.application_id.in_(agenda_ids))))
    english = {a.id: a.institution.name_en or "" for a in session.scalars(
        select(Application).where(Application.id.in_(agenda_ids)))}
    counted = [d for d in round_results(session, actor, rnd.id) if d.application_id in has_result]
    results = tuple(MinutesResult(d.rank, d.application_number, d.institution_name, len(d.members), d.aggregate,
                                  d.passed, english.get(d.application_id, "")) for d in counted)
    tie_rule = "label" if any(d.tie_rule == "label" for d in counted) else "shared"
    return MinutesData(
        meeting.number, rnd.code, rnd.title, meeting.held_at, meeting.closed_at, meeting.place,
        meeting.status == MeetingStatus.CLOSED,
        tuple(MinutesAttendee(a.name, a.label, a.is_chair, a.present) for a in detail.attendance),
        detail.row.quorum, tuple((line.application_number, line.institution_name) for line in detail.agenda),
        tuple(conflicts), tuple(challenges), results, rnd.aggregation_method.value, rnd.pass_mark,
        rnd.criteria_version, meeting.notes or "", dict(settings),
        "{}:{}".format(*chain_head(session)) if meeting.status == MeetingStatus.CLOSED else "", tie_rule)
