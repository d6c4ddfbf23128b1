"""The scoring progress of a whole round read in a handful of statements (the Scoring tab's list): who must submit
for each applicant, their sheets, and whether a current result exists — the same rules as ``expected_scorers``."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.committee.conflicts import conflicted_members
from desktop.domain.committee.models import (
    AgendaItem,
    Meeting,
    MeetingAttendance,
    RoundCommitteeSeat,
)
from desktop.domain.scoring.models import ScoreSheet, ScoringResult


@dataclass(frozen=True)
class RoundProgress:
    seated: dict[int, str]  # member id → seat label
    expected: dict[int, list[int]]  # application id → the members who must submit
    sheets: dict[int, dict[int, ScoreSheet]]  # application id → member id → sheet
    with_result: frozenset[int]  # applications with a current result


def _absent(session: Session, application_ids: Collection[int]) -> dict[int, set[int]]:
    """Members recorded absent at the latest meeting with the applicant on its agenda (``absent_member_ids``)."""
    latest: dict[int, int] = {}
    for application_id, meeting_id in session.execute(
            select(AgendaItem.application_id, Meeting.id).join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.application_id.in_(application_ids)).order_by(Meeting.held_at, Meeting.id)):
        latest[application_id] = meeting_id
    away: dict[int, set[int]] = {}
    for meeting_id, member_id in session.execute(
            select(MeetingAttendance.meeting_id, MeetingAttendance.member_id)
            .where(MeetingAttendance.meeting_id.in_(set(latest.values())), MeetingAttendance.present.is_(False))):
        away.setdefault(meeting_id, set()).add(member_id)
    return {a: away.get(m, set()) for a, m in latest.items()}


def round_progress(session: Session, round_id: int, application_ids: Collection[int]) -> RoundProgress:
    seated = dict(session.execute(select(RoundCommitteeSeat.member_id, RoundCommitteeSeat.label)
                                  .where(RoundCommitteeSeat.round_id == round_id)).all())
    conflicted = conflicted_members(session, application_ids)
    absent = _absent(session, application_ids)
    expected = {a: sorted(m for m in seated if m not in conflicted.get(a, set()) | absent.get(a, set()))
                for a in application_ids}
    sheets: dict[int, dict[int, ScoreSheet]] = {}
    for sheet in session.scalars(select(ScoreSheet).where(ScoreSheet.application_id.in_(application_ids))
                                 .order_by(ScoreSheet.id)):
        sheets.setdefault(sheet.application_id, {})[sheet.member_id] = sheet
    with_result = frozenset(session.scalars(select(ScoringResult.application_id).where(
        ScoringResult.application_id.in_(application_ids), ScoringResult.current)))
    return RoundProgress(seated, expected, sheets, with_result)
