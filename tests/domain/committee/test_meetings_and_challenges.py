"""Meetings (agenda, attendance, quorum blocks closing) and challenges decided by the other members' vote."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.core.clock import now
from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.committee.access import conflicted_application_ids
from desktop.domain.committee.challenges import cast_vote, decide_challenge, list_challenges, raise_challenge
from desktop.domain.committee.meetings import (
    close_meeting,
    list_meetings,
    meeting_detail,
    open_meeting,
    record_attendance,
    schedule_meeting,
)
from desktop.domain.committee.models import ChallengeOutcome, ConflictDeclaration, ConflictKind, MeetingStatus
from desktop.domain.committee.rules import challenge_upheld, quorum


def _meeting(committee) -> int:
    with committee.database.transaction() as s:
        return schedule_meeting(s, committee.secretariat, committee.round_id, now() + timedelta(days=1), "대회의실",
                                committee.applications)


def test_quorum_is_a_majority_of_the_seated_members():
    assert [quorum(5, n).met for n in range(6)] == [False, False, False, True, True, True]
    assert quorum(6, 3).met is False and quorum(6, 4).met is True
    assert quorum(7, 4).required == 4


def test_a_meeting_cannot_close_without_quorum_and_nothing_changes(committee):
    meeting_id = _meeting(committee)
    with committee.database.transaction() as s:
        open_meeting(s, committee.chair, meeting_id)
        result = record_attendance(s, committee.secretariat, meeting_id, set(committee.members[:2]))
    assert (result.present, result.seats, result.required, result.met) == (2, 5, 3, False)
    with pytest.raises(ValidationError, match="No quorum: 2 of 5") as refused, committee.database.transaction() as s:
        close_meeting(s, committee.chair, meeting_id, "회의록")
    assert refused.value.field == "attendance"
    with committee.database.read() as s:
        assert meeting_detail(s, committee.secretariat, meeting_id).row.status == MeetingStatus.OPEN
    with committee.database.transaction() as s:
        record_attendance(s, committee.chair, meeting_id, set(committee.members[:3]))
        close_meeting(s, committee.chair, meeting_id, "정족수 충족")
    with committee.database.read() as s:
        detail = meeting_detail(s, committee.secretariat, meeting_id)
        rows = list_meetings(s, committee.secretariat, committee.round_id)
    assert detail.row.status == MeetingStatus.CLOSED and detail.notes == "정족수 충족"
    assert [a.present for a in detail.attendance] == [True, True, True, False, False]
    assert [a.label for a in detail.attendance] == ["A", "B", "C", "D", "E"]
    assert len(detail.agenda) == 3 and rows[0].quorum.met
    with pytest.raises(WorkflowError), committee.database.transaction() as s:
        record_attendance(s, committee.chair, meeting_id, set(committee.members))


def test_a_meeting_needs_an_agenda_of_applicants_in_committee_review(committee):
    with pytest.raises(ValidationError) as empty, committee.database.transaction() as s:
        schedule_meeting(s, committee.secretariat, committee.round_id, now(), "회의실", [])
    assert empty.value.field == "agenda"
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        schedule_meeting(s, committee.actors[1], committee.round_id, now(), "회의실", committee.applications)


def test_challenge_upheld_by_majority_excludes_the_member(committee):
    meeting_id = _meeting(committee)
    application, challenged = committee.applications[0], committee.members[4]
    with committee.database.transaction() as s:
        record_attendance(s, committee.secretariat, meeting_id, set(committee.members))
        challenge_id = raise_challenge(s, committee.secretariat, application, challenged,
                                       "위원이 경쟁 기관의 자문위원임", meeting_id)
    with pytest.raises(PermissionDenied, match="own challenge"), committee.database.transaction() as s:
        cast_vote(s, committee.actors[4], challenge_id, False)
    with committee.database.transaction() as s:
        for actor, uphold in zip(committee.actors[:4], (True, True, True, False), strict=True):
            cast_vote(s, actor, challenge_id, uphold)
    with committee.database.read() as s:
        row = list_challenges(s, committee.secretariat)[0]
    assert (row.votes_to_uphold, row.votes_to_reject, row.eligible_voters) == (3, 1, 4)
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        decide_challenge(s, committee.actors[1], challenge_id)
    with committee.database.transaction() as s:
        assert decide_challenge(s, committee.chair, challenge_id) == ChallengeOutcome.UPHELD
    with committee.database.read() as s:
        declaration = s.scalars(select(ConflictDeclaration)).one()
        assert (declaration.member_id, declaration.kind) == (challenged, ConflictKind.CHALLENGE_UPHELD)
        assert application in conflicted_application_ids(s, committee.actors[4])
    with pytest.raises(WorkflowError, match="closed"), committee.database.transaction() as s:
        cast_vote(s, committee.actors[1], challenge_id, False)


def test_a_tied_vote_rejects_the_challenge_and_absent_members_do_not_vote(committee):
    meeting_id = _meeting(committee)
    with committee.database.transaction() as s:
        record_attendance(s, committee.secretariat, meeting_id, set(committee.members[:4]) - {committee.members[3]}
                          | {committee.members[4]})
        challenge_id = raise_challenge(s, committee.secretariat, committee.applications[1], committee.members[1],
                                       "이해관계 의심", meeting_id)
    with pytest.raises(PermissionDenied, match="present"), committee.database.transaction() as s:
        cast_vote(s, committee.actors[3], challenge_id, True)
    with committee.database.transaction() as s:
        cast_vote(s, committee.actors[0], challenge_id, True)
        cast_vote(s, committee.actors[2], challenge_id, True)
        cast_vote(s, committee.actors[4], challenge_id, False)
        cast_vote(s, committee.actors[2], challenge_id, False)  # changed before the vote closed
        assert decide_challenge(s, committee.chair, challenge_id) == ChallengeOutcome.REJECTED
    with committee.database.read() as s:
        assert s.scalars(select(ConflictDeclaration)).all() == []
    assert challenge_upheld(2, 4) is False and challenge_upheld(3, 4) is True and challenge_upheld(0, 0) is False
