"""Build the demo database through the domain services, as the secretariat, inspectors, committee and approver
would have done it."""

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, clock_set_to, today
from desktop.core.periods import Calendar
from desktop.db.engine import Database
from desktop.demo import applications as demo_applications
from desktop.demo import committee as demo_committee
from desktop.demo import decisions as demo_decisions
from desktop.demo import inspections as demo_inspections
from desktop.demo import publications as demo_publications
from desktop.demo import registry_life as demo_registry_life
from desktop.demo import reports as demo_reports
from desktop.demo import sanctions as demo_sanctions
from desktop.demo import surveys as demo_surveys
from desktop.demo import validity as demo_validity
from desktop.demo.certificates import create_demo_certificates
from desktop.demo.people import (
    INSTITUTION_READY,
    INSTITUTIONS_COMPLETED,
    INSTITUTIONS_OPEN,
    DemoInstitution,
    make_brn,
    make_crn,
    person_name,
)
from desktop.demo.seal import demo_seal_text
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications import rounds
from desktop.domain.applications.attachments import add_attachment
from desktop.domain.applications.models import Application, AttachmentKind, Qualification, RoundStatus
from desktop.domain.applications.models import ApplicationStatus as S
from desktop.domain.applications.service import ApplicationData, StaffData, create_application, transition
from desktop.domain.institutions.service import ContactData, InstitutionData, create_institution
from desktop.domain.screening.service import run_screening
from desktop.domain.settings.service import save_settings
from desktop.domain.users.service import actor_for, create_first_administrator, create_user
from desktop.issuing.issue import IdentitySource
from desktop.issuing.signing import SigningIdentity

WORKING_DAYS = Calendar()  # the demo's database declares no extra holidays


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

    def now(self) -> datetime:
        return self.moment

    def at(self, day: date, hour: int = 10) -> None:
        self.moment = datetime.combine(day, time(hour), KST).astimezone(UTC)

    def tick(self, minutes: int = 7) -> None:
        self.moment += timedelta(minutes=minutes)


def _staff(rng: random.Random, strong: bool, count: int | None = None) -> tuple[StaffData, ...]:
    people = []
    qualified = [Qualification.PATENT_ATTORNEY, Qualification.CPA, Qualification.PROFESSIONAL_ENGINEER,
                 Qualification.DOCTORATE]
    count = count or (rng.randint(5, 8) if strong else 4)
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
    demo_applications.attach_evidence(session, actor, application_id, unit=strong)
    return application_id


def demo_certificate_file(database: Database) -> Path:
    """Where the demo's signing key and root certificate go: beside an SQLite file (``demo-signing.p12``), else
    in the user data folder."""
    from sqlalchemy.engine import make_url

    url = make_url(database.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database)
    from platformdirs import user_data_path

    folder = user_data_path("designation-review", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo"


def build_demo(database: Database, day: date | None = None) -> list[DemoUser]:
    """Fill an empty, migrated database with the demo as it stands on ``day`` (default: today in Korea); returns
    the demo users and their passwords. The same day gives the same records; the clock is put back afterwards.

    The demo's DEMO signing key and root certificate are written beside the database (``demo_certificate_file``)
    and configured in its settings; every document the demo issues is signed with them."""
    rng = random.Random(2026)
    real_today = day or today()
    certificates = create_demo_certificates(demo_certificate_file(database), real_today)
    clock = _Clock(datetime.combine(real_today - timedelta(days=240), time(9), KST).astimezone(UTC))
    with clock_set_to(clock.now):
        identity = SigningIdentity.from_pkcs12(certificates.p12_path, certificates.password)
        with database.transaction() as session:
            _build(session, rng, clock, real_today, certificates.settings, lambda _session: identity)
    with database.read() as session:  # every demo account's password is "<user name>-2026"
        return [DemoUser(u.username, f"{u.username}-2026", u.display_name, u.role, u.title or "")
                for u in session.scalars(select(User).order_by(User.id))]


def _ready_for_decision(session: Session, clock: _Clock, secretariat: Actor, inspectors: list[Actor], round_id: int,
                        open_start: date, real_today: date, before: date) -> int:
    """An applicant of the open round that went through screening and inspection to the committee (its own
    random stream, so the rest of the demo does not change); inspected on a working day before ``before``."""
    rng = random.Random(7)
    clock.at(open_start + timedelta(days=1), 15)
    institution_id = _institution(session, secretariat, rng, INSTITUTION_READY)
    application_id = _application(session, secretariat, rng, round_id, institution_id, strong=True)
    transition(session, secretariat, application_id, S.SUBMITTED)
    clock.tick(60 * 24)
    transition(session, secretariat, application_id, S.SCREENING)
    run_screening(session, secretariat, application_id)
    transition(session, secretariat, application_id, S.INSPECTION)
    day = WORKING_DAYS.previous_working_day(min(real_today - timedelta(days=6), before - timedelta(days=1)))
    clock.at(day, 15)
    demo_inspections.signed_inspection(session, secretariat, inspectors, application_id, day, rng, None)
    transition(session, secretariat, application_id, S.COMMITTEE_REVIEW)
    return application_id


def _days(start: date, step: int) -> Iterator[date]:
    """Working days from ``start``, ``step`` days apart (a weekend or holiday waits for the next working day)."""
    day = start
    while True:
        day = WORKING_DAYS.next_working_day(day)
        yield day
        day += timedelta(days=step)


@dataclass(frozen=True)
class DemoAccounts:
    admin: Actor
    users: dict[str, User]  # by username: every demo user but the administrator and the reviewer
    reviewer: Actor  # the secretariat's second pair of eyes on a decision draft


def create_demo_accounts(session: Session, signing: dict[str, str]) -> DemoAccounts:
    """The demo's accounts (the administrator first, with the signing settings and a 견본 DEMO seal image), as the
    demo and the ten-year generator both have them."""
    admin = create_first_administrator(session, DEMO_USERS[0].username, DEMO_USERS[0].display_name,
                                       DEMO_USERS[0].password)
    save_settings(session, admin, {**signing, "seal_image": demo_seal_text()})
    users: dict[str, User] = {}
    for demo in DEMO_USERS[1:]:
        row = create_user(session, admin, demo.username, demo.display_name, demo.password, demo.role, title=demo.title,
                          email=f"{demo.username}@example.go.kr", phone="042-481-5000")
        users[demo.username] = session.get_one(User, row.id)
    reviewer = create_user(session, admin, "reviewer", "윤도경", "reviewer-2026", Role.SECRETARIAT,
                           title=REVIEWER_TITLE)
    return DemoAccounts(admin, users, actor_for(session.get_one(User, reviewer.id)))


def _build(session: Session, rng: random.Random, clock: _Clock, real_today: date, signing: dict[str, str],
           identity: IdentitySource) -> None:
    accounts = create_demo_accounts(session, signing)
    admin, users, reviewer = accounts.admin, accounts.users, accounts.reviewer
    secretariat = actor_for(users["secretariat"])
    approver = actor_for(users["approver"])
    inspectors = [actor_for(users["inspector"]), actor_for(users["inspector2"])]

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
    committee = demo_committee.create_committee(session, admin, secretariat, users, start - timedelta(days=60))
    demo_committee.seat(session, secretariat, committee, completed)
    # Member 장도현 (E) used to work for 누리특허법인 (index 4): excluded.
    demo_committee.past_tie(session, secretariat, committee, 4, session.get_one(Application, ids[4]).institution_id,
                            "employment", start - timedelta(days=2000), start - timedelta(days=400))
    clock.at(start + timedelta(days=35))
    for application_id in ids:
        transition(session, secretariat, application_id, S.SCREENING)
        result = run_screening(session, secretariat, application_id)
        clock.tick()
        if result.outcome.value != "eligible":
            demo_applications.request_with_letter(session, secretariat, application_id, identity)
    clock.at(start + timedelta(days=50))
    demo_applications.expire_overdue(session, secretariat)
    for application_id in ids:
        if session.get_one(Application, application_id).status != S.INELIGIBLE:
            transition(session, secretariat, application_id, S.INSPECTION)
    days = _days(start + timedelta(days=60), 2)
    for n, application_id in enumerate(ids):
        if session.get_one(Application, application_id).status != S.INSPECTION:
            continue
        day = next(days)
        clock.at(day, 15)
        demo_inspections.signed_inspection(session, secretariat, inspectors, application_id, day, rng,
                                           demo_inspections.MINOR_FIXED if n == 3 else None)
        transition(session, secretariat, application_id, S.COMMITTEE_REVIEW)
    # Committee meeting: conflicts first, then blind scoring, then results.
    meeting_day = WORKING_DAYS.next_working_day(start + timedelta(days=95))
    clock.at(meeting_day, 14)
    reviewed = [a for a in ids if session.get_one(Application, a).status == S.COMMITTEE_REVIEW]
    qualities = [0.86, 0.82, 0.78, 0.74, 0.8, 0.72, 0.66, 0.84, 0.5, 0.77, 0.62, 0.79]
    demo_committee.completed_round_meeting(
        session, clock, secretariat, committee, completed, reviewed, {a: qualities[ids.index(a)] for a in reviewed},
        rng, meeting_day, f"심의-{start.year}-01", excluded=(4, ids[4]), absent=6)
    # Decisions: drafted from the committee results, reviewed, issued by the approver a week later; then the
    # round's public notice and every document handed out, with fingerprints and codes (desktop/demo/decisions.py).
    clock.at(meeting_day + timedelta(days=7), 11)
    decided = demo_decisions.decide(session, secretariat, reviewer, approver,
                                    reviewed, clock.tick)
    clock.at(meeting_day + timedelta(days=10), 10)
    demo_decisions.issue_round_documents(session, approver, completed, decided, identity)
    rounds.set_round_status(session, secretariat, completed, RoundStatus.CLOSED)
    rounds.set_round_status(session, secretariat, completed, RoundStatus.COMPLETED)
    demo_registry_life.record_registry_life(session, secretariat, clock.at, real_today)
    demo_sanctions.build_sanctions(session, clock.at, real_today)  # a suspension and a revocation after hearings

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
    demo_committee.seat(session, secretariat, committee, open_round)
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
            demo_applications.request_with_letter(session, secretariat, application_id, identity)
            continue
        transition(session, secretariat, application_id, S.INSPECTION)
        assert session.get_one(Application, application_id).status == S.INSPECTION
        demo_inspections.schedule(session, secretariat, inspectors, application_id,
                                  WORKING_DAYS.next_working_day(real_today + timedelta(days=5)))
    # A returning applicant from the completed round, now in committee review.
    clock.at(open_start + timedelta(days=2), 16)
    previous = session.get_one(Application, ids[8])
    again = create_application(session, secretariat, open_round, previous.institution_id, ApplicationData(
        business_plan="재신청: 전담조직 신설 및 인력 보강", dedicated_unit="기술가치평가팀 (전담 5명)",
        facilities="평가 데이터베이스 및 보안 문서고", staff=_staff(rng, True)))
    add_attachment(session, secretariat, again, AttachmentKind.APPLICATION_FORM, "지정신청서.pdf", _pdf("form"))
    demo_applications.attach_evidence(session, secretariat, again)
    transition(session, secretariat, again, S.SUBMITTED)
    transition(session, secretariat, again, S.SCREENING)
    run_screening(session, secretariat, again)
    transition(session, secretariat, again, S.INSPECTION)
    meeting_day = demo_committee.open_meeting_day(real_today)
    inspection_day = WORKING_DAYS.previous_working_day(meeting_day - timedelta(days=2))
    clock.at(inspection_day, 15)
    demo_inspections.signed_inspection(session, secretariat, inspectors, again, inspection_day, rng,
                                       demo_inspections.MAJOR_FIXED)
    demo_inspections.declare_conflict(session, inspectors[1], open_round)
    transition(session, secretariat, again, S.COMMITTEE_REVIEW)
    ready = _ready_for_decision(session, clock, secretariat, inspectors, open_round, open_start, real_today,
                                inspection_day)
    demo_committee.open_round_committee(session, clock, secretariat, committee, open_round, again, real_today,
                                        ready=ready)
    clock.at(real_today - timedelta(days=1), 11)
    demo_decisions.draft_for_approval(session, secretariat, reviewer, ready)
    clock.at(real_today - timedelta(days=1), 9)
    demo_applications.korean_screening_reasons(session)
    demo_reports.file_reports(session, secretariat, clock.at, real_today)
    demo_surveys.complete_survey(session, clock.at, real_today)  # a sample survey, reviewed and reported
    demo_validity.build_validity_checks(session, secretariat, clock.at, real_today)  # one concluded, one in comments
    demo_publications.publish_public_lists(session, secretariat, clock.at, real_today)  # both lists, as of today
    _issue_every_frozen_document(session, approver, identity)


def _issue_every_frozen_document(session: Session, approver: Actor, identity: IdentitySource) -> None:
    """Every record the demo issued has its Korean document issued and signed, as the secretariat would have
    printed and sent them (the inspection notices and reports, the minutes), so the demo prints without a key."""
    from desktop.domain.issued.models import FrozenContent
    from desktop.domain.issued.service import current_content, issued_in
    from desktop.issuing.issue import issued_pdf

    for content in list(session.scalars(select(FrozenContent).order_by(FrozenContent.id))):
        latest = current_content(session, content.kind, content.entity_type, content.entity_id)
        if latest is not None and latest.id == content.id and issued_in(session, content.id, "ko") is None:
            issued_pdf(session, approver, content.kind, content.entity_id, "ko", identity)
