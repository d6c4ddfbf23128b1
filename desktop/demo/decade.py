"""The ten-year demo (``designation-review demo --years 10``): two rounds a year from ``years`` ago to today, each
through the services as in the two-year demo, then the filed reports of every year and the trail of the people's
daily logins; for measuring the application on a database of the size a ministry reaches."""

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, clock_set_to, today
from desktop.db.engine import Database
from desktop.demo import committee as demo_committee
from desktop.demo.builder import WORKING_DAYS, DemoUser, create_demo_accounts, demo_certificate_file
from desktop.demo.certificates import VALID_BEFORE_DAY, create_demo_certificates
from desktop.demo.decade_days import LOGINS_PER_DAY, DecadeClock
from desktop.demo.decade_people import institutes
from desktop.demo.decade_reports import REPORTS_PER_INSTITUTE_YEAR, import_year
from desktop.demo.decade_round import Applicants, People, RoundPlan, build_round
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.committee.members import MemberData, update_member
from desktop.domain.committee.models import CommitteeMember
from desktop.domain.users.service import actor_for
from desktop.issuing.signing import SigningIdentity

GENERATOR_VERSION = 1
"""Raised whenever the generator makes other records, so cached ten-year databases are rebuilt."""
APPLICATIONS_PER_ROUND = 30


def round_plans(years: int, last_day: date, per_round: int = APPLICATIONS_PER_ROUND) -> list[RoundPlan]:
    """Two calls a year (March and September) whose decisions fall before ``last_day``, oldest first."""
    plans = []
    for year in range(last_day.year - years, last_day.year + 1):
        for half, month in ((1, 3), (2, 9)):
            start = date(year, month, 2)
            if start + timedelta(days=140) <= last_day:
                plans.append(RoundPlan(f"{year}-{half}", f"{year}년 제{half}차 평가기관 지정 공고", start, per_round))
    return plans[-2 * years:]


def build_decade(database: Database, years: int = 10, day: date | None = None,
                 per_round: int = APPLICATIONS_PER_ROUND, scale: float = 1.0,
                 certificates_beside: Path | None = None) -> list[DemoUser]:
    """Fill an empty, migrated database with ``years`` years of rounds up to ``day`` (default: today in Korea): the
    completed rounds, an open one, the reports of every year and the daily logins (``scale`` thins reports and
    logins, for tests). The same arguments give the same records; the clock is put back afterwards. The DEMO key
    goes beside the database, or beside ``certificates_beside`` (a file built elsewhere and moved there after)."""
    last_day = day or today()
    plans = round_plans(years, last_day, per_round)
    first_day = plans[0].start - timedelta(days=60)
    certificates = create_demo_certificates(certificates_beside or demo_certificate_file(database),
                                            first_day + VALID_BEFORE_DAY)
    rng = random.Random(2017)
    clock = DecadeClock(datetime.combine(first_day, time(9), KST).astimezone(UTC), random.Random(7), scale)
    with clock_set_to(clock.now):
        identity = SigningIdentity.from_pkcs12(certificates.p12_path, certificates.password)
        with database.transaction() as session:
            people = _people(session, certificates.settings, first_day)
        pool = Applicants(list(institutes()))
        reported_until = first_day
        current = _open_plan(last_day, per_round)
        for plan in plans + ([current] if current.code not in {p.code for p in plans} else []):
            with database.transaction() as session:
                clock.start_unit(session, _accounts(session))
                if date(plan.start.year, 1, 15) > reported_until:  # last year's reports, imported in January
                    reported_until = _reports(session, clock, people, rng, plan.start.year - 1, scale)
                _renew_terms(session, people, plan.start)
                build_round(session, clock, people, pool, plan, rng, lambda _session: identity,
                            complete=plan.start + timedelta(days=140) <= last_day)
        with database.transaction() as session:
            clock.start_unit(session, _accounts(session))
            clock.at(last_day - timedelta(days=2))
            import_year(session, people.secretariat, random.Random(last_day.year), date(last_day.year, 1, 1),
                        last_day - timedelta(days=5), last_day - timedelta(days=3), REPORTS_PER_INSTITUTE_YEAR * scale)
            clock.at(last_day, 9)
    with database.read() as session:
        return [DemoUser(u.username, f"{u.username}-2026", u.display_name, u.role, u.title or "")
                for u in session.scalars(select(User).order_by(User.id))]


def _open_plan(last_day: date, per_round: int) -> RoundPlan:
    """This half-year's call, its applications in screening."""
    half, month = (2, 9) if last_day.month >= 9 else (1, 3)
    start = date(last_day.year, month, 2)
    return RoundPlan(f"{start.year}-{half}", f"{start.year}년 제{half}차 평가기관 지정 공고", start, per_round)


def _reports(session: Session, clock: DecadeClock, people: People, rng: random.Random, year: int,
             scale: float) -> date:
    """The year's reports, imported on the 15th of January after it; the day imported."""
    day = WORKING_DAYS.next_working_day(date(year + 1, 1, 15))
    clock.at(day, 10)
    import_year(session, people.secretariat, rng, date(year, 1, 1), date(year, 12, 31), day - timedelta(days=1),
                REPORTS_PER_INSTITUTE_YEAR * scale)
    return day


def _accounts(session: Session) -> list[tuple[User, Actor, float]]:
    users = {u.username: u for u in session.scalars(select(User))}
    return [(users[name], actor_for(users[name]), per_day) for name, per_day in LOGINS_PER_DAY.items()
            if name in users]


def _renew_terms(session: Session, people: People, round_start: date) -> None:
    """Members whose two-year term ends before the round's decisions are reappointed for two more years."""
    for member_id in people.committee.member_ids:
        member = session.get_one(CommitteeMember, member_id)
        if member.term_end < round_start + timedelta(days=200):
            update_member(session, people.secretariat, member_id, MemberData(
                member.name, member.kind, member.affiliation, member.expertise, member.term_end + timedelta(days=1),
                member.term_end + timedelta(days=730), member.user_id))


def _people(session: Session, signing: dict[str, str], first_day: date) -> People:
    """The demo's accounts and a committee whose members stay on for the whole period."""
    accounts = create_demo_accounts(session, signing)
    admin, users = accounts.admin, accounts.users
    secretariat = actor_for(users["secretariat"])
    committee = demo_committee.create_committee(session, admin, secretariat, users, first_day)
    return People(admin, secretariat, accounts.reviewer, actor_for(users["approver"]),
                  [actor_for(users["inspector"]), actor_for(users["inspector2"])], committee)
