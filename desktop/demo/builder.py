"""Build the demo database through the domain services, as the secretariat, inspectors, committee and approver
would have done it (inspections and score sheets are written directly until their services exist)."""

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, now, set_clock, today
from desktop.db.engine import Database
from desktop.demo.people import (
    INSTITUTIONS_COMPLETED,
    INSTITUTIONS_OPEN,
    DemoInstitution,
    make_brn,
    make_crn,
    person_name,
)
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.accounts.service import actor_for, create_first_administrator, create_user
from desktop.domain.applications import rounds
from desktop.domain.applications.attachments import add_attachment
from desktop.domain.applications.models import Application, AttachmentKind, Qualification, Round, RoundStatus
from desktop.domain.applications.models import ApplicationStatus as S
from desktop.domain.applications.service import ApplicationData, StaffData, create_application, transition
from desktop.domain.audit.service import record
from desktop.domain.committee.models import (
    CommitteeMember,
    ConflictDeclaration,
    ConflictGround,
    ConflictKind,
    Meeting,
    MeetingAttendance,
    MeetingStatus,
    MemberAffiliation,
    MemberKind,
    RoundCommitteeSeat,
)
from desktop.domain.decisions.models import DecisionOutcome
from desktop.domain.decisions.service import draft_decision, issue_decision
from desktop.domain.inspections.checklists import load_checklist
from desktop.domain.inspections.models import (
    Finding,
    FindingSeverity,
    Inspection,
    InspectionAnswer,
    InspectionInspector,
    InspectionStatus,
)
from desktop.domain.institutions.service import ContactData, InstitutionData, create_institution
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoreEntry, ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.service import compute_result
from desktop.domain.screening.service import run_screening


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    display_name: str
    role: Role
    title: str


DEMO_USERS = (
    DemoUser("admin", "admin-2026", "관리자", Role.ADMINISTRATOR, "시스템관리자"),
    DemoUser("secretariat", "secretariat-2026", "김하늘", Role.SECRETARIAT, "주무관"),
    DemoUser("inspector", "inspector-2026", "이현우", Role.INSPECTOR, "현장실사위원"),
    DemoUser("inspector2", "inspector2-2026", "정수빈", Role.INSPECTOR, "현장실사위원"),
    DemoUser("member", "member-2026", "박지민", Role.COMMITTEE_MEMBER, "심의위원"),
    DemoUser("chair", "chair-2026", "최영호", Role.CHAIR, "위원장"),
    DemoUser("approver", "approver-2026", "한서윤", Role.APPROVER, "과장"),
)
REVIEWER_TITLE = "사무관"

OTHER_MEMBERS = (
    ("오세훈", MemberKind.EXTERNAL, "한국공인회계사회", "회계·가치평가"),
    ("윤미래", MemberKind.EXTERNAL, "서울대학교 기술경영대학원", "기술경영"),
    ("장도현", MemberKind.EXTERNAL, "대한변리사회", "특허"),
    ("서지안", MemberKind.INTERNAL, "지식재산처 산업재산정책과", "지식재산 정책"),
    ("신재원", MemberKind.EXTERNAL, "한국기술금융협회", "기술금융"),
)


def _pdf(title: str) -> bytes:
    """A small, valid one-page PDF standing in for a scanned document."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setTitle(title)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, title)
    canvas.drawString(72, 740, "Demo document (fictional)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Clock:
    """Moves the demo's clock so records carry realistic dates."""

    def __init__(self, start: datetime) -> None:
        self.moment = start
        set_clock(lambda: self.moment)

    def at(self, day: date, hour: int = 10) -> None:
        self.moment = datetime.combine(day, time(hour), KST).astimezone(UTC)

    def tick(self, minutes: int = 7) -> None:
        self.moment += timedelta(minutes=minutes)


def _staff(rng: random.Random, strong: bool) -> tuple[StaffData, ...]:
    people = []
    qualified = [Qualification.PATENT_ATTORNEY, Qualification.CPA, Qualification.PROFESSIONAL_ENGINEER,
                 Qualification.DOCTORATE]
    count = rng.randint(5, 8) if strong else 4
    for n in range(count):
        q = rng.choice(qualified) if (n < 3 if strong else n < 1) else Qualification.NONE
        years = Decimal(rng.randint(3, 15) if (n < 5 if strong else n < 2) else rng.randint(0, 2))
        people.append(StaffData(
            name=person_name(rng), position=rng.choice(["수석연구원", "책임연구원", "선임연구원", "팀장", "파트장"]),
            permanent=True, employment_evidence="4대보험 가입내역",
            qualification=q, doctorate_field="기술경영학" if q == Qualification.DOCTORATE else "",
            doctorate_related=q == Qualification.DOCTORATE, experience_years=years,
            experience_evidence="평가보고서 목록" if years else "",
        ))
    return tuple(people)


def _mobile(rng: random.Random) -> str:
    return f"010-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _institution(session: Session, actor: Actor, rng: random.Random, demo: DemoInstitution) -> int:
    return create_institution(session, actor, InstitutionData(
        name=demo.name, name_en=demo.name_en, sector=demo.sector, kind=demo.kind,
        representative=person_name(rng), address=demo.city, postcode=f"{rng.randint(10000, 63000)}",
        brn=make_brn(rng, demo.type_code), crn=make_crn(rng),
        phone=f"02-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        email=f"valuation{rng.randint(1, 99)}@example.kr",
        contacts=(ContactData(person_name(rng), "평가팀장", _mobile(rng)),),
    ))


def _application(session: Session, actor: Actor, rng: random.Random, round_id: int, institution_id: int,
                 strong: bool) -> int:
    data = ApplicationData(
        business_plan="지식재산 가치평가 사업계획: 연간 120건 평가, 평가수수료 기준표 운영, "
                      "품질관리위원회 분기별 개최.",
        dedicated_unit="IP가치평가센터 (전담인력 6명, 독립 사무공간)" if strong else "",
        facilities="평가전용 서버, 특허·시장정보 데이터베이스(KISTA, WIPS), 보안 문서고",
        consent_admin_check=True, scope_inventions=True, scope_trademarks=rng.random() < 0.6,
        scope_trade_secrets=rng.random() < 0.3, scope_layouts=rng.random() < 0.15, staff=_staff(rng, strong),
    )
    application_id = create_application(session, actor, round_id, institution_id, data)
    add_attachment(session, actor, application_id, AttachmentKind.APPLICATION_FORM, "평가기관_지정신청서.pdf",
                   _pdf(f"Application form {application_id}"))
    add_attachment(session, actor, application_id, AttachmentKind.BUSINESS_PLAN, "사업계획서.pdf",
                   _pdf(f"Business plan {application_id}"))
    return application_id


def _inspection(session: Session, application_id: int, number: str, on: date, inspectors: list[User],
                rng: random.Random, signed: bool, major_open: bool = False) -> Inspection:
    checklist = load_checklist("2026.1")
    inspection = Inspection(number=number, application_id=application_id, scheduled_on=on, place="신청기관 본사",
                            checklist_version=checklist.version, status=InspectionStatus.SCHEDULED)
    session.add(inspection)
    for user in inspectors:
        inspection.inspectors.append(InspectionInspector(user_id=user.id))
    if not signed and not major_open:
        session.flush()
        return inspection
    score = Decimal(0)
    maximum = Decimal(0)
    for item in checklist.items:
        answer = InspectionAnswer(item_id=item.id, answered_by_id=inspectors[0].id, note="현장 확인")
        if item.response == "conform":
            answer.response = "conform"
            score += item.weight
            maximum += item.weight
        elif item.response == "score":
            answer.score = Decimal(rng.randint(3, 5))
            score += answer.score * item.weight
            maximum += item.max * item.weight
        else:
            answer.text = "특이사항 없음"
        inspection.answers.append(answer)
    if major_open:
        inspection.findings.append(Finding(
            item_id="C1", severity=FindingSeverity.MAJOR, description="의뢰인 자료 보관함 잠금장치 미설치",
            corrective_action="잠금장치 설치 및 접근기록 관리", deadline=on + timedelta(days=14)))
    inspection.score, inspection.max_score = score, maximum
    inspection.status = InspectionStatus.SIGNED if signed else InspectionStatus.IN_PROGRESS
    if signed:
        inspection.completed_at = now()
        for link in inspection.inspectors:
            link.signed_at = now()
            link.attestation = "본인은 위 점검 결과가 사실과 같음을 확인합니다."
    session.flush()
    return inspection


def _members(session: Session, users: dict[str, User], round_ids: list[int], start: date) -> list[CommitteeMember]:
    members = [
        CommitteeMember(user_id=users["chair"].id, name=users["chair"].display_name, kind=MemberKind.EXTERNAL,
                        affiliation="한국과학기술원 기술경영학부", expertise="기술가치평가", term_start=start,
                        term_end=start + timedelta(days=730)),
        CommitteeMember(user_id=users["member"].id, name=users["member"].display_name, kind=MemberKind.EXTERNAL,
                        affiliation="한국지식재산연구원", expertise="지식재산 금융", term_start=start,
                        term_end=start + timedelta(days=730)),
    ] + [
        CommitteeMember(name=name, kind=kind, affiliation=aff, expertise=exp, term_start=start,
                        term_end=start + timedelta(days=730))
        for name, kind, aff, exp in OTHER_MEMBERS
    ]
    session.add_all(members)
    session.flush()
    for round_id in round_ids:
        for n, member in enumerate(members):
            session.add(RoundCommitteeSeat(round_id=round_id, member_id=member.id, is_chair=n == 0,
                                           label=chr(ord("A") + n)))
    return members


def _score_sheet(rng: random.Random, application_id: int, member: CommitteeMember, quality: float) -> ScoreSheet:
    criteria = load_criteria("2026.1")
    sheet = ScoreSheet(application_id=application_id, member_id=member.id, criteria_version=criteria.version,
                       status=SheetStatus.SUBMITTED, submitted_at=now())
    for c in criteria.criteria:
        fraction = min(1.0, max(0.3, rng.gauss(quality, 0.07)))
        score = (c.max * Decimal(str(fraction)) * 2).quantize(Decimal(1)) / 2
        comment = "" if score >= c.max * Decimal("0.4") else "근거 자료 부족"
        sheet.entries.append(ScoreEntry(criterion=c.id, score=score, comment=comment))
    return sheet


def _korean_reasons(result: ScoringResult, pass_mark: Decimal) -> str:
    """The reasons as the secretariat writes them in Korean."""
    if result.passed:
        return ("「발명진흥법」 제28조 및 같은 법 시행령 제12조에 따른 지정요건을 모두 갖추었고, "
                f"지정심의위원회 심사 결과 종합점수 {result.aggregate}점으로 기준점수({pass_mark}점) 이상임.")
    lines = []
    if result.aggregate < pass_mark:
        lines.append(f"지정심의위원회 심사 결과 종합점수 {result.aggregate}점으로 기준점수({pass_mark}점)에 미달함.")
    for criterion in load_criteria(result.criteria_version).criteria:
        score = Decimal(result.criterion_aggregates[criterion.id])
        if score < criterion.max * Decimal("0.4"):
            lines.append(f"평가항목 {criterion.id}({criterion.ko}) 점수가 {score}점으로 배점({criterion.max}점)의 "
                         "40% 미만임.")
    return "\n".join(lines)


def build_demo(database: Database) -> list[DemoUser]:
    """Fill an empty, migrated database with the demo; returns the demo users and their passwords."""
    rng = random.Random(2026)
    real_today = today()
    clock = _Clock(datetime.combine(real_today - timedelta(days=240), time(9), KST).astimezone(UTC))
    try:
        with database.transaction() as session:
            _build(session, rng, clock, real_today)
    finally:
        set_clock(None)
    return list(DEMO_USERS)


def _days(start: date, step: int) -> Iterator[date]:
    day = start
    while True:
        yield day
        day += timedelta(days=step)


def _build(session: Session, rng: random.Random, clock: _Clock, real_today: date) -> None:
    admin = create_first_administrator(session, DEMO_USERS[0].username, DEMO_USERS[0].display_name,
                                       DEMO_USERS[0].password)
    users: dict[str, User] = {}
    for demo in DEMO_USERS[1:]:
        row = create_user(session, admin, demo.username, demo.display_name, demo.password, demo.role, title=demo.title,
                          email=f"{demo.username}@example.go.kr", phone="042-481-5000")
        users[demo.username] = session.get_one(User, row.id)
    reviewer = create_user(session, admin, "reviewer", "윤도경", "reviewer-2026", Role.SECRETARIAT,
                           title=REVIEWER_TITLE)
    secretariat = actor_for(users["secretariat"])
    chair = actor_for(users["chair"])
    approver = actor_for(users["approver"])
    inspectors = [users["inspector"], users["inspector2"]]

    # The completed round, about eight months ago.
    start = real_today - timedelta(days=235)
    completed = rounds.create_round(
        session, secretariat, f"{start.year}-1", f"{start.year}년 제1차 평가기관 지정 공고", start,
        start + timedelta(days=30), datetime.combine(start + timedelta(days=30), time(18), KST).astimezone(UTC),
        notice_number=f"공고 제{start.year}-{rng.randint(100, 300)}호",
    )
    rounds.open_round(session, secretariat, completed)
    clock.at(start + timedelta(days=3))
    ids = []
    for n, demo in enumerate(INSTITUTIONS_COMPLETED):
        clock.tick(60 * 24 // len(INSTITUTIONS_COMPLETED))
        institution_id = _institution(session, secretariat, rng, demo)
        application_id = _application(session, secretariat, rng, completed, institution_id, strong=n != 8)
        transition(session, secretariat, application_id, S.SUBMITTED)
        ids.append(application_id)
    members = _members(session, users, [completed], start - timedelta(days=60))
    # Member 장도현 used to work for 누리특허법인 (index 4): excluded.
    session.add(MemberAffiliation(member_id=members[4].id, organisation=INSTITUTIONS_COMPLETED[4].name,
                                  relation="employment", start=start - timedelta(days=2000),
                                  end=start - timedelta(days=400)))
    clock.at(start + timedelta(days=35))
    for application_id in ids:
        transition(session, secretariat, application_id, S.SCREENING)
        result = run_screening(session, secretariat, application_id)
        clock.tick()
        if result.outcome.value != "eligible":
            transition(session, secretariat, application_id, S.SUPPLEMENT_REQUESTED)
    clock.at(start + timedelta(days=50))
    for application_id in ids:
        status = session.get_one(Application, application_id).status
        if status == S.SUPPLEMENT_REQUESTED:
            transition(session, secretariat, application_id, S.INELIGIBLE,
                       reason="보완요청 기한(10일) 내 전담조직 증빙 미제출")
        else:
            transition(session, secretariat, application_id, S.INSPECTION)
    days = _days(start + timedelta(days=60), 2)
    for n, application_id in enumerate(ids):
        if session.get_one(Application, application_id).status != S.INSPECTION:
            continue
        day = next(days)
        clock.at(day, 15)
        _inspection(session, application_id, f"실사-{start.year}-{n + 1:03d}", day, inspectors, rng, signed=True)
        transition(session, secretariat, application_id, S.COMMITTEE_REVIEW)
    # Committee meeting: conflicts first, then blind scoring, then results.
    meeting_day = start + timedelta(days=95)
    clock.at(meeting_day, 14)
    meeting = Meeting(number=f"심의-{start.year}-01", round_id=completed,
                      held_at=now(), place="정부대전청사 4동 대회의실", status=MeetingStatus.CLOSED, closed_at=now())
    session.add(meeting)
    for member in members:
        meeting.attendance.append(MeetingAttendance(member_id=member.id, present=member is not members[6]))
    reviewed = [a for a in ids if session.get_one(Application, a).status == S.COMMITTEE_REVIEW]
    conflicted = ids[4]
    for application_id in reviewed:
        for member in members:
            if member is members[6]:
                continue
            if application_id == conflicted and member is members[4]:
                session.add(ConflictDeclaration(
                    member_id=member.id, application_id=application_id, kind=ConflictKind.EXCLUSION,
                    ground=ConflictGround.EMPLOYMENT,
                    statement="신청기관에 2년 전까지 재직하였음(회고기간 3년 이내).", confirmed_by_id=chair.user_id,
                    confirmed_at=now()))
                continue
            session.add(ConflictDeclaration(member_id=member.id, application_id=application_id,
                                            kind=ConflictKind.NONE, statement="이해관계 없음"))
    session.flush()
    record(session, chair, "conflict.declare", entity_type="conflict_declarations",
           summary=f"{len(reviewed)} applicants × {len(members) - 1} members declared; 1 exclusion")
    qualities = [0.86, 0.82, 0.78, 0.74, 0.8, 0.72, 0.66, 0.84, 0.5, 0.77, 0.62, 0.79]
    for application_id in reviewed:
        quality = qualities[ids.index(application_id)]
        for member in members:
            if member is members[6] or (application_id == conflicted and member is members[4]):
                continue
            clock.tick(3)
            session.add(_score_sheet(rng, application_id, member, quality))
        session.flush()
        compute_result(session, chair, application_id)
    # Decisions: drafted by the secretariat, issued by the approver a week later.
    clock.at(meeting_day + timedelta(days=7), 11)
    for application_id in reviewed:
        result = session.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                             ScoringResult.current)).one()
        outcome = DecisionOutcome.DESIGNATED if result.passed else DecisionOutcome.NOT_DESIGNATED
        reasons = _korean_reasons(result, session.get_one(Round, completed).pass_mark)
        decision_id = draft_decision(session, secretariat, application_id, outcome, reasons,
                                     "지정일부터 매년 평가실적을 제출할 것." if result.passed else "")
        clock.tick(30)
        issue_decision(session, approver, decision_id)
    rounds.set_round_status(session, secretariat, completed, RoundStatus.CLOSED)
    rounds.set_round_status(session, secretariat, completed, RoundStatus.COMPLETED)
    del reviewer

    # The open round: applications in several states.
    clock.at(real_today - timedelta(days=21))
    open_start = real_today - timedelta(days=20)
    open_round = rounds.create_round(
        session, secretariat, f"{real_today.year}-2" if start.year == real_today.year else f"{real_today.year}-1",
        f"{real_today.year}년 평가기관 지정 공고", open_start, real_today + timedelta(days=20),
        datetime.combine(real_today + timedelta(days=20), time(18), KST).astimezone(UTC),
        notice_number=f"공고 제{real_today.year}-{rng.randint(300, 500)}호",
    )
    rounds.open_round(session, secretariat, open_round)
    for member in members:
        session.add(RoundCommitteeSeat(round_id=open_round, member_id=member.id, is_chair=member is members[0],
                                       label=chr(ord("A") + members.index(member))))
    plan = [S.DRAFT, S.DRAFT, S.SUBMITTED, S.SUBMITTED, S.SCREENING, S.SUPPLEMENT_REQUESTED, S.INSPECTION]
    for n, (demo, target) in enumerate(zip(INSTITUTIONS_OPEN, plan, strict=True)):
        clock.at(open_start + timedelta(days=n + 1), 10 + n)
        institution_id = _institution(session, secretariat, rng, demo)
        application_id = _application(session, secretariat, rng, open_round, institution_id, strong=n != 5)
        if target == S.DRAFT:
            continue
        transition(session, secretariat, application_id, S.SUBMITTED)
        if target == S.SUBMITTED:
            continue
        clock.tick(60 * 24)
        transition(session, secretariat, application_id, S.SCREENING)
        if target == S.SCREENING:
            continue
        result = run_screening(session, secretariat, application_id)
        if target == S.SUPPLEMENT_REQUESTED:
            assert result.outcome.value == "deficient"
            transition(session, secretariat, application_id, S.SUPPLEMENT_REQUESTED)
            continue
        transition(session, secretariat, application_id, S.INSPECTION)
        assert session.get_one(Application, application_id).status == S.INSPECTION
        _inspection(session, application_id, f"실사-{real_today.year}-{100 + n:03d}", real_today + timedelta(days=5),
                    inspectors, rng, signed=False)
    # A returning applicant from the completed round, now in committee review.
    clock.at(open_start + timedelta(days=2), 16)
    previous = session.get_one(Application, ids[8])
    again = create_application(session, secretariat, open_round, previous.institution_id, ApplicationData(
        business_plan="재신청: 전담조직 신설 및 인력 보강", dedicated_unit="기술가치평가팀 (전담 5명)",
        facilities="평가 데이터베이스 및 보안 문서고", staff=_staff(rng, True)))
    add_attachment(session, secretariat, again, AttachmentKind.APPLICATION_FORM, "지정신청서.pdf", _pdf("form"))
    transition(session, secretariat, again, S.SUBMITTED)
    transition(session, secretariat, again, S.SCREENING)
    run_screening(session, secretariat, again)
    transition(session, secretariat, again, S.INSPECTION)
    clock.at(real_today - timedelta(days=3), 15)
    _inspection(session, again, f"실사-{real_today.year}-201", real_today - timedelta(days=3), inspectors, rng,
                signed=True)
    transition(session, secretariat, again, S.COMMITTEE_REVIEW)
    clock.at(real_today - timedelta(days=1), 9)
