"""The committee part of the demo, done through the committee and scoring services: members with user
accounts, seats, meetings with attendance, conflict declarations, a challenge, blind scoring, a returned sheet
and the results of the completed round."""

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.core.periods import Calendar
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ConflictGround
from desktop.domain.committee.challenges import cast_vote, raise_challenge
from desktop.domain.committee.conflicts import confirm_declaration, declare
from desktop.domain.committee.meetings import close_meeting, open_meeting, record_attendance, schedule_meeting
from desktop.domain.committee.members import AffiliationData, MemberData, add_affiliation, create_member, seat_members
from desktop.domain.committee.models import ConflictKind, MemberKind
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoreSheet
from desktop.domain.scoring.service import compute_result
from desktop.domain.scoring.sheets import EntryInput, return_sheet, save_sheet
from desktop.domain.users.service import actor_for, create_user

# name, kind, affiliation, expertise, user name (A = the chair and B = "member" come from the demo users)
OTHER_MEMBERS = (
    ("오세훈", MemberKind.EXTERNAL, "한국공인회계사회", "회계·가치평가", "member-c"),
    ("윤미래", MemberKind.EXTERNAL, "서울대학교 기술경영대학원", "기술경영", "member-d"),
    ("장도현", MemberKind.EXTERNAL, "대한변리사회", "특허", "member-e"),
    ("서지안", MemberKind.INTERNAL, "지식재산처 산업재산정책과", "지식재산 정책", "member-f"),
    ("신재원", MemberKind.EXTERNAL, "한국기술금융협회", "기술금융", "member-g"),
)
LOW_SCORE_COMMENT = "근거 자료 부족"


class Clock(Protocol):
    """The demo builder's movable clock."""

    def at(self, day: date, hour: int = 10) -> None: ...

    def tick(self, minutes: int = 7) -> None: ...


@dataclass
class DemoCommittee:
    member_ids: list[int]
    actors: list[Actor]  # the members' own accounts, same order (A = chair first)

    @property
    def chair(self) -> Actor:
        return self.actors[0]


def create_committee(session: Session, admin: Actor, secretariat: Actor, users: dict[str, User],
                     term_start: date) -> DemoCommittee:
    """Seven members, each with an account: the chair, the demo 'member' and five more (member-c … member-g)."""
    term_end = term_start + timedelta(days=730)
    people = [(users["chair"], MemberKind.EXTERNAL, "한국과학기술원 기술경영학부", "기술가치평가"),
              (users["member"], MemberKind.EXTERNAL, "한국지식재산연구원", "지식재산 금융")]
    for name, kind, affiliation, expertise, username in OTHER_MEMBERS:
        row = create_user(session, admin, username, name, f"{username}-2026", Role.COMMITTEE_MEMBER,
                          title="심의위원", email=f"{username}@example.kr")
        people.append((session.get_one(User, row.id), kind, affiliation, expertise))
    committee = DemoCommittee([], [])
    for user, kind, affiliation, expertise in people:
        committee.member_ids.append(create_member(session, secretariat, MemberData(
            user.display_name, kind, affiliation, expertise, term_start, term_end, user_id=user.id)))
        committee.actors.append(actor_for(user))
    return committee


def seat(session: Session, secretariat: Actor, committee: DemoCommittee, round_id: int) -> None:
    seat_members(session, secretariat, round_id, committee.member_ids, committee.member_ids[0])


def past_tie(session: Session, secretariat: Actor, committee: DemoCommittee, index: int, institution_id: int,
             relation: str, start: date, end: date) -> None:
    organisation = session.get_one(Application, _any_application(session, institution_id)).institution.name
    add_affiliation(session, secretariat, committee.member_ids[index],
                    AffiliationData(organisation, relation, institution_id, start, end))


def _any_application(session: Session, institution_id: int) -> int:
    return session.scalars(select(Application.id).where(Application.institution_id == institution_id)).first()


def open_meeting_day(real_today: date) -> date:
    """The open round's meeting, in session since the last working day before today."""
    return Calendar().previous_working_day(real_today - timedelta(days=1))


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), KST).astimezone(UTC)


def _entries(rng: random.Random, quality: float) -> dict[str, EntryInput]:
    """Scores around ``quality`` (a share of each maximum) in half points, with a comment where one is needed."""
    entries = {}
    for c in load_criteria("2026.1").criteria:
        fraction = min(1.0, max(0.3, rng.gauss(quality, 0.07)))
        score = (c.max * Decimal(str(fraction)) * 2).quantize(Decimal(1)) / 2
        entries[c.id] = EntryInput(score, "" if score >= c.max * Decimal("0.4") else LOW_SCORE_COMMENT)
    return entries


def completed_round_meeting(session: Session, clock: Clock, secretariat: Actor, committee: DemoCommittee,
                            round_id: int, reviewed: list[int], qualities: dict[int, float], rng: random.Random,
                            meeting_day: date, number: str, excluded: tuple[int, int], absent: int) -> int:
    """The completed round's meeting: declarations first (one exclusion), blind scoring, results, closing."""
    clock.at(meeting_day - timedelta(days=14), 10)
    meeting_id = schedule_meeting(session, secretariat, round_id, _at(meeting_day, 14), "정부대전청사 4동 대회의실",
                                  reviewed, number=number)
    clock.at(meeting_day, 14)
    present = [m for n, m in enumerate(committee.member_ids) if n != absent]
    record_attendance(session, secretariat, meeting_id, set(present))
    open_meeting(session, committee.chair, meeting_id)
    excluded_member, excluded_application = excluded
    for application_id in reviewed:
        for n, actor in enumerate(committee.actors):
            if n == absent:
                continue
            clock.tick(1)
            if application_id == excluded_application and n == excluded_member:
                declaration = declare(session, actor, application_id, ConflictKind.EXCLUSION,
                                      ConflictGround.EMPLOYMENT, "신청기관에 2년 전까지 재직하였음(최근 3년 이내).")
                confirm_declaration(session, committee.chair, declaration)
            else:
                declare(session, actor, application_id, ConflictKind.NONE, None, "이해관계 없음")
    for application_id in reviewed:
        for n, actor in enumerate(committee.actors):
            if n == absent or (application_id == excluded_application and n == excluded_member):
                continue
            clock.tick(3)
            save_sheet(session, actor, application_id, _entries(rng, qualities[application_id]), submit=True)
        compute_result(session, committee.chair, application_id)
    clock.tick(30)
    close_meeting(session, committee.chair, meeting_id, "심의 결과 지정 9개 기관, 미지정 2개 기관으로 의결함.")
    return meeting_id


def open_round_committee(session: Session, clock: Clock, secretariat: Actor, committee: DemoCommittee,
                         round_id: int, application_id: int, real_today: date, ready: int | None = None) -> int:
    """The open round in progress: declarations (one exclusion), a challenge being voted on, blind scoring with
    some sheets submitted, one draft and one sheet returned by the chair; the meeting is in session.

    ``ready``, when given, is a second applicant on the agenda that every member has scored: its result is in."""
    rng = random.Random(5)
    institution_id = session.get_one(Application, application_id).institution_id
    # 윤미래 (D) advised the applicant on its valuation manual last year: the app suggests it, she confirms it.
    past_tie(session, secretariat, committee, 3, institution_id, "service", real_today - timedelta(days=500),
             real_today - timedelta(days=200))
    meeting_day = open_meeting_day(real_today)
    clock.at(meeting_day - timedelta(days=1), 10)
    meeting_id = schedule_meeting(session, secretariat, round_id, _at(meeting_day, 14),
                                  "정부대전청사 4동 중회의실", [application_id] + ([ready] if ready else []))
    for n, actor in enumerate(committee.actors):
        clock.tick(5)
        if n == 3:
            declaration = declare(session, actor, application_id, ConflictKind.EXCLUSION,
                                  ConflictGround.DIRECT_INVOLVEMENT,
                                  "신청기관의 평가매뉴얼 개정에 자문위원으로 참여하였음(1년 이내).")
            confirm_declaration(session, committee.chair, declaration)
        else:
            declare(session, actor, application_id, ConflictKind.NONE, None, "이해관계 없음")
    clock.at(meeting_day - timedelta(days=1), 16)
    challenge_id = raise_challenge(session, secretariat, application_id, committee.member_ids[5],
                                   "해당 위원이 소속된 부서가 신청기관의 종전 미지정 처분에 관여하였다는 이유",
                                   meeting_id)
    clock.at(meeting_day, 14)
    record_attendance(session, secretariat, meeting_id, set(committee.member_ids))
    open_meeting(session, committee.chair, meeting_id)
    for n in (2, 4, 6):  # C, E and G have voted; the chair (A) and B have not yet
        clock.tick(2)
        cast_vote(session, committee.actors[n], challenge_id, n == 6)
    qualities = {0: 0.8, 1: 0.78, 2: 0.82, 4: 0.5, 5: 0.79, 6: 0.76}
    for n in (0, 2, 4, 5, 6):  # B (the demo 'member') keeps a draft
        clock.tick(4)
        save_sheet(session, committee.actors[n], application_id, _entries(rng, qualities[n]), submit=True)
    clock.tick(4)
    draft = _entries(rng, qualities[1])
    save_sheet(session, committee.actors[1], application_id, {k: v for k, v in draft.items() if k in ("1", "2")})
    clock.tick(20)
    harsh = session.scalars(select(ScoreSheet.id).where(ScoreSheet.application_id == application_id,
                                                        ScoreSheet.member_id == committee.member_ids[4])).one()
    return_sheet(session, committee.chair, harsh, "평가항목 1·4의 점수가 현장실사 결과와 크게 다릅니다. 근거를 "
                                                 "확인하여 다시 제출해 주십시오.")
    if ready is not None:
        _score_completely(session, clock, committee, ready, random.Random(11))
    return meeting_id


def _score_completely(session: Session, clock: Clock, committee: DemoCommittee, application_id: int,
                      rng: random.Random) -> None:
    """Every member declares no conflict and submits; the chair computes the result."""
    for actor in committee.actors:
        clock.tick(2)
        declare(session, actor, application_id, ConflictKind.NONE, None, "이해관계 없음")
    for actor in committee.actors:
        clock.tick(4)
        save_sheet(session, actor, application_id, _entries(rng, 0.82), submit=True)
    compute_result(session, committee.chair, application_id)
