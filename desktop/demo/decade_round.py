"""One round of the ten-year demo, done through the services as the people would have done it: the call, the
applications with their rosters and attachments, screening (supplement requests that lapse), on-site inspections,
the committee's meeting with declarations and blind scoring, the decisions issued and their documents signed."""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.demo import committee as demo_committee
from desktop.demo import decade_inspections
from desktop.demo import decisions as demo_decisions
from desktop.demo.applications import demo_pdf
from desktop.demo.builder import WORKING_DAYS, _Clock, _days, _institution, _staff
from desktop.demo.committee import DemoCommittee
from desktop.demo.people import DemoInstitution
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications import rounds
from desktop.domain.applications.attachments import add_attachment
from desktop.domain.applications.models import Application, AttachmentKind, RoundStatus
from desktop.domain.applications.models import ApplicationStatus as S
from desktop.domain.applications.service import ApplicationData, create_application, transition
from desktop.domain.committee.conflicts import declare
from desktop.domain.committee.meetings import close_meeting, open_meeting, record_attendance, schedule_meeting
from desktop.domain.committee.models import ConflictKind
from desktop.domain.issued.models import DocumentKind
from desktop.domain.scoring.service import compute_result
from desktop.domain.scoring.sheets import save_sheet
from desktop.domain.screening import supplements
from desktop.domain.screening.service import run_screening
from desktop.issuing.issue import IdentitySource, issued_pdf

PLACE = "정부대전청사 4동 대회의실"


@dataclass
class People:
    """Who acts in every round."""

    admin: Actor
    secretariat: Actor
    reviewer: Actor
    approver: Actor
    inspectors: list[Actor]
    committee: DemoCommittee


@dataclass
class Applicants:
    """The pool of institutes over the years: new ones in a fixed order, and those refused, who may apply again."""

    fresh: "list[DemoInstitution]"
    returning: list[int] = field(default_factory=list)  # institution ids not designated (yet)
    designated: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class RoundPlan:
    code: str
    title: str
    start: date
    applications: int


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), KST).astimezone(UTC)


def _apply(session: Session, people: People, rng: random.Random, round_id: int, institution_id: int,
           strong: bool) -> int:
    actor = people.secretariat
    data = ApplicationData(
        business_plan=f"지식재산 가치평가 사업계획: 연간 {rng.randint(40, 300)}건 평가, 평가수수료 기준표 운영, "
                      "품질관리위원회 분기별 개최.",
        dedicated_unit=f"IP가치평가센터 (전담인력 {rng.randint(5, 9)}명, 독립 사무공간)" if strong else "",
        facilities="평가전용 서버, 특허·시장정보 데이터베이스(KISTA, WIPS), 보안 문서고",
        consent_admin_check=True, scope_inventions=True, scope_trademarks=rng.random() < 0.6,
        scope_trade_secrets=rng.random() < 0.3, scope_layouts=rng.random() < 0.15,
        staff=_staff(rng, strong, rng.randint(6, 11) if strong else rng.randint(4, 5)),
    )
    application_id = create_application(session, actor, round_id, institution_id, data)
    for kind, name in ((AttachmentKind.APPLICATION_FORM, "평가기관_지정신청서.pdf"),
                       (AttachmentKind.BUSINESS_PLAN, "사업계획서.pdf"),
                       (AttachmentKind.STAFF_EVIDENCE, "전문인력_4대보험_가입내역.pdf"),
                       (AttachmentKind.FACILITY_EVIDENCE, "시설장비_현황.pdf")) + (
            ((AttachmentKind.UNIT_EVIDENCE, "전담조직_직제규정.pdf"),) if strong else ()):
        add_attachment(session, actor, application_id, kind, name, demo_pdf(f"{kind.value} {application_id}"))
    return application_id


def _applicant(session: Session, people: People, rng: random.Random, pool: Applicants) -> int:
    """A returning institute about two times in five (when there is one), else a new one."""
    if pool.returning and (rng.random() < 0.4 or not pool.fresh):
        return pool.returning.pop(rng.randrange(len(pool.returning)))
    return _institution(session, people.secretariat, rng, pool.fresh.pop(0))


def build_round(session: Session, clock: _Clock, people: People, pool: Applicants, plan: RoundPlan,
                rng: random.Random, identity: IdentitySource, complete: bool = True) -> int:
    """The round from its call to its decisions (with ``complete`` false: until its screening)."""
    secretariat, start = people.secretariat, plan.start
    clock.at(start - timedelta(days=5))
    round_id = rounds.create_round(
        session, secretariat, plan.code, plan.title, start, start + timedelta(days=30),
        _at(start + timedelta(days=30), 18), notice_number=f"공고 제{start.year}-{rng.randint(100, 500)}호")
    rounds.open_round(session, secretariat, round_id)
    demo_committee.seat(session, secretariat, people.committee, round_id)
    clock.at(start + timedelta(days=2))
    ids, quality = [], {}
    for _ in range(plan.applications):
        clock.tick(60 * 20 // plan.applications)
        strong = rng.random() < 0.85
        application_id = _apply(session, people, rng, round_id, _applicant(session, people, rng, pool), strong)
        transition(session, secretariat, application_id, S.SUBMITTED)
        ids.append(application_id)
        quality[application_id] = min(0.95, max(0.45, rng.gauss(0.74, 0.09)))
    clock.at(WORKING_DAYS.next_working_day(start + timedelta(days=35)))
    for application_id in ids:
        transition(session, secretariat, application_id, S.SCREENING)
        result = run_screening(session, secretariat, application_id)
        clock.tick()
        if result.outcome.value != "eligible":
            draft = supplements.supplement_draft(session, secretariat, application_id)
            supplements.request_supplement(session, secretariat, application_id, ["전문인력 요건 미충족 보완"],
                                           draft.deadline)
    if not complete:  # the open round: screened, supplements requested
        return round_id
    clock.at(start + timedelta(days=55))
    supplements.expire_overdue(session, secretariat)
    inspected = [a for a in ids if session.get_one(Application, a).status == S.SCREENING]
    days = _days(start + timedelta(days=60), 1)
    for application_id in inspected:
        transition(session, secretariat, application_id, S.INSPECTION)
        day = next(days)
        clock.at(day, 15)
        decade_inspections.signed_inspection(session, secretariat, people.inspectors, application_id, day, rng)
        transition(session, secretariat, application_id, S.COMMITTEE_REVIEW)
    _meeting(session, clock, people, round_id, inspected, quality, rng,
             WORKING_DAYS.next_working_day(start + timedelta(days=115)), f"심의-{plan.code}")
    clock.at(WORKING_DAYS.next_working_day(start + timedelta(days=125)), 11)
    decided = demo_decisions.decide(session, secretariat, people.reviewer, people.approver, inspected, clock.tick)
    clock.at(WORKING_DAYS.next_working_day(start + timedelta(days=128)), 10)
    if any(session.get_one(Application, a).status == S.DESIGNATED for a in inspected):
        demo_decisions.issue_round_documents(session, people.approver, round_id, decided, identity)
    else:  # no 고시 without a designation: only the notices to the applicants
        for decision_id in decided:
            issued_pdf(session, people.approver, DocumentKind.DECISION_NOTICE, decision_id, "ko", identity)
    rounds.set_round_status(session, secretariat, round_id, RoundStatus.CLOSED)
    rounds.set_round_status(session, secretariat, round_id, RoundStatus.COMPLETED)
    for application_id in ids:
        application = session.get_one(Application, application_id)
        if application.status == S.DESIGNATED:
            pool.designated.add(application.institution_id)
        else:
            pool.returning.append(application.institution_id)
    return round_id


def _meeting(session: Session, clock: _Clock, people: People, round_id: int, reviewed: list[int],
             quality: dict[int, float], rng: random.Random, day: date, number: str) -> None:
    """Declarations, attendance, blind scoring by every member present, results and the closing."""
    committee = people.committee
    clock.at(day - timedelta(days=14), 10)
    meeting_id = schedule_meeting(session, people.secretariat, round_id, _at(day, 14), PLACE, reviewed, number=number)
    absent = rng.randrange(len(committee.actors))
    clock.at(day, 14)
    record_attendance(session, people.secretariat, meeting_id,
                      {m for n, m in enumerate(committee.member_ids) if n != absent})
    open_meeting(session, committee.chair, meeting_id)
    for application_id in reviewed:
        for n, actor in enumerate(committee.actors):
            if n != absent:
                declare(session, actor, application_id, ConflictKind.NONE, None, "이해관계 없음")
    for application_id in reviewed:
        for n, actor in enumerate(committee.actors):
            if n != absent:
                clock.tick(1)
                save_sheet(session, actor, application_id, demo_committee._entries(rng, quality[application_id]),
                           submit=True)
        compute_result(session, committee.chair, application_id)
    clock.tick(30)
    close_meeting(session, committee.chair, meeting_id, "심의 결과를 의결함.")
