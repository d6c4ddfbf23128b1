"""Building blocks for sanction tests on the demo database: a case taken from opening to a disposition."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.core.clock import KST, set_clock, today
from desktop.domain.accounts.models import User
from desktop.domain.registry.models import RegistryEntry, RegistryStatus
from desktop.domain.registry.status import RegistryRestriction
from desktop.domain.sanctions.disposition import draft_disposition, issue_disposition
from desktop.domain.sanctions.hearing import notify_hearing, record_hearing
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.service import add_evidence, open_case, record_opinion, send_prior_notice
from tests.conftest import reference_clock

HEARING_DAY = date(2026, 12, 10)  # 15 days after the tests' day (2026-11-25)
SUSPENSION_START = date(2026, 12, 14)


def move_clock_to(day: date, hour: int = 10) -> None:
    set_clock(reference_clock(datetime.combine(day, time(hour), KST)))


def designated_entries(session) -> list[int]:
    """Entries designated and never sanctioned (the demo suspended one and revoked another)."""
    restricted = set(session.scalars(select(RegistryRestriction.entry_id)))
    return [i for i in session.scalars(select(RegistryEntry.id).where(RegistryEntry.status == RegistryStatus.DESIGNATED)
                                       .order_by(RegistryEntry.id)) if i not in restricted]


def user_id(session, username: str) -> int:
    return session.scalars(select(User.id).where(User.username == username)).one()


def open_breach_case(database, actors, entry_id: int | None = None, ground: Ground = Ground.BREACH_OF_STANDARD,
                     intended: DispositionKind = DispositionKind.SUSPENSION) -> int:
    with database.transaction() as s:
        entry_id = entry_id or designated_entries(s)[-1]
        case = open_case(s, actors["secretariat"], entry_id, ground, "평가기준 위반 평가보고서 3건", date(2026, 9, 1),
                         intended, 3 if intended == DispositionKind.SUSPENSION else 0,
                         facts_en="Three valuation reports in breach of the standard")
        add_evidence(s, actors["secretariat"], case.id, "타당성조사 결과", reference_type="validity_checks",
                     reference="타당성-2026-0001")
        return case.id


def heard_case(database, actors, entry_id: int | None = None, ground: Ground = Ground.BREACH_OF_STANDARD,
               intended: DispositionKind = DispositionKind.SUSPENSION) -> int:
    """A case through its prior notice, the opinion, the hearing's notice and the hearing record."""
    case_id = open_breach_case(database, actors, entry_id, ground, intended)
    hearing_day = HEARING_DAY if today() < HEARING_DAY - timedelta(days=10) else today() + timedelta(days=15)
    with database.transaction() as s:
        send_prior_notice(s, actors["secretariat"], case_id, 10)
        record_opinion(s, actors["secretariat"], case_id, "위반 사실을 인정하나 감경을 요청함")
        notify_hearing(s, actors["secretariat"], case_id, hearing_day, "정부대전청사 회의실", user_id(s, "chair"))
    move_clock_to(hearing_day, 15)
    with database.transaction() as s:
        record_hearing(s, actors["secretariat"], case_id, "대표 출석", "위반 사실 인정, 재발 방지 대책 제출",
                       "재발방지 대책서 1부", "3개월 효력정지가 타당함")
    return case_id


def suspended_case(database, actors, months: int = 3, start: date = SUSPENSION_START,
                   entry_id: int | None = None) -> tuple[int, str]:
    case_id = heard_case(database, actors, entry_id)
    with database.transaction() as s:
        disposition_id = draft_disposition(s, actors["secretariat"], case_id, DispositionKind.SUSPENSION, start,
                                           "평가기준을 위반한 평가보고서 3건", months=months)
    with database.transaction() as s:
        number = issue_disposition(s, actors["approver"], disposition_id)
    return disposition_id, number
