"""Building blocks for validity-check tests on the demo database (its day: Wed 2026-11-25)."""

from datetime import date

from sqlalchemy import select

from desktop.domain.registry.models import RegistryEntry
from desktop.domain.registry.status import RegistryRestriction
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Finding
from desktop.domain.validity.models import Requester
from desktop.domain.validity.service import notices_of, open_check, record_comment, record_receipt, send_due_notices
from tests.domain.sanctions.steps import designated_entries, move_clock_to

REASON = "담보대출 평가금액이 유사 거래사례보다 현저히 높음"


def report_of_entry(session, entry_id: int) -> int:
    institution_id = session.get_one(RegistryEntry, entry_id).institution_id
    return session.scalars(select(EvaluationReport.id).where(EvaluationReport.institution_id == institution_id)
                           .order_by(EvaluationReport.id)).first()


def unsanctioned_report(session) -> int:
    """A report of an institute that is designated and was never sanctioned."""
    return next(r for r in (report_of_entry(session, e) for e in designated_entries(session)) if r is not None)


def revoked_report(session) -> int | None:
    revoked = session.scalars(select(RegistryRestriction.entry_id).where(RegistryRestriction.kind == "revocation"))
    return next((r for r in (report_of_entry(session, e) for e in revoked) if r is not None), None)


def opened_check(database, actors, requester: Requester = Requester.STATE_BODY, report_id: int | None = None) -> int:
    with database.transaction() as s:
        row = open_check(s, actors["secretariat"], report_id or unsanctioned_report(s), requester, "㈜한빛전자",
                         "서울특별시 강남구 테헤란로 1, loan@hanbit.example", REASON,
                         requester_name="중소벤처기업부" if requester == Requester.STATE_BODY else "",
                         requester_contact="세종특별자치시 갈매로 408" if requester == Requester.STATE_BODY else "")
        return row.id


def notified_check(database, actors, received_on: date = date(2026, 11, 26), **kwargs) -> int:
    """A check whose notices are sent on the tests' day and received on ``received_on`` (the clock left there)."""
    check_id = opened_check(database, actors, **kwargs)
    with database.transaction() as s:
        send_due_notices(s, actors["secretariat"], check_id)
    move_clock_to(received_on)
    with database.transaction() as s:
        for notice in notices_of(s, check_id):
            record_receipt(s, actors["secretariat"], notice.id, received_on)
    return check_id


def comment_on_all(database, actors, check_id: int, on: date = date(2026, 11, 27)) -> None:
    with database.transaction() as s:
        for notice in notices_of(s, check_id):
            record_comment(s, actors["secretariat"], notice.id, "의견: 비교사례 선정 근거를 추가 제출함", on)


def short_findings() -> list[Finding]:
    """Every criterion judged; the method falls short, with its reason."""
    return [Finding(c, Assessment.FALLS_SHORT, "비교사례 3건 중 2건이 업종이 다름") if c.value == "method"
            else Finding(c, Assessment.MEETS) for c in CRITERIA]


INAPPROPRIATE = Conclusion.INAPPROPRIATE
INAPPROPRIATE_REASONS = "시장접근법의 비교사례가 대상 기술과 업종이 달라 평가금액을 뒷받침하지 못함"
