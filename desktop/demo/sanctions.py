"""The demo's sanctions: one institute suspended for 3 months after a prior notice and a hearing (suspended on the
demo's day), and one designation revoked because it was obtained by fraud, built through the services."""

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.demo.registry_life import CHANGES
from desktop.domain.accounts.models import User
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.models import RegistryEntry, RegistryStatus
from desktop.domain.sanctions.disposition import draft_disposition, issue_disposition
from desktop.domain.sanctions.hearing import notify_hearing, record_hearing
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.service import add_evidence, open_case, record_opinion, send_prior_notice
from desktop.domain.users.service import actor_for

MoveClock = Callable[[date, int], None]


def _actor(session: Session, username: str):  # type: ignore[no-untyped-def]
    return actor_for(session.scalars(select(User).where(User.username == username)).one())


def build_sanctions(session: Session, at: MoveClock, real_today: date) -> None:
    """Two cases on the two most recently designated institutes whose particulars the demo does not change
    (desktop/demo/registry_life.py: those stay designated, with their changes in the public list)."""
    changed = {name for name, *_ in CHANGES}
    entries = [e for e in session.scalars(select(RegistryEntry).where(RegistryEntry.status == RegistryStatus.DESIGNATED)
                                          .order_by(RegistryEntry.id))
               if session.get(Institution, e.institution_id).name not in changed]
    if len(entries) < 3:
        return
    secretariat, approver = _actor(session, "secretariat"), _actor(session, "approver")
    officer = _actor(session, "chair")
    _suspension(session, at, real_today, secretariat, approver, officer.user_id, entries[-1])
    _revocation(session, at, real_today, secretariat, approver, officer.user_id, entries[-2])


def _hearing(session: Session, at: MoveClock, day: date, secretariat, officer_id: int, case_id: int,  # type: ignore[no-untyped-def]
             opinion: str, statements: str, officer_opinion: str) -> None:
    at(day, 10)
    send_prior_notice(session, secretariat, case_id, 10)
    at(day + timedelta(days=8), 14)
    record_opinion(session, secretariat, case_id, opinion)
    at(day + timedelta(days=12), 10)
    hearing_on = day + timedelta(days=27)
    notify_hearing(session, secretariat, case_id, hearing_on, "정부대전청사 1동 소회의실", officer_id)
    at(hearing_on, 16)
    record_hearing(session, secretariat, case_id, "대표자 및 평가책임자 출석", statements, "의견서 및 소명자료 1부",
                   officer_opinion)


def _suspension(session: Session, at: MoveClock, real_today: date, secretariat, approver, officer_id: int,  # type: ignore[no-untyped-def]
                entry: RegistryEntry) -> None:
    opened = real_today - timedelta(days=100)
    at(opened, 9)
    case = open_case(session, secretariat, entry.id, Ground.BREACH_OF_STANDARD,
                     "2026년 제출된 평가보고서 3건에서 시장접근법 비교사례를 검증 없이 적용하여 평가기준을 위반함",
                     opened - timedelta(days=40), DispositionKind.SUSPENSION, 3,
                     facts_en="Three 2026 valuation reports applied unverified comparables, in breach of the standard")
    add_evidence(session, secretariat, case.id, "평가보고서 점검 결과 (부적정 3건)",
                 reference="2026년 상반기 평가보고서 점검")
    _hearing(session, at, opened, secretariat, officer_id, case.id, "위반 사실은 인정하나 재발방지 대책을 제출함",
             "위반 사실을 인정하고 재발방지 대책을 설명함", "3개월 효력정지가 타당함")
    at(opened + timedelta(days=33), 10)
    disposition = draft_disposition(
        session, secretariat, case.id, DispositionKind.SUSPENSION, opened + timedelta(days=40),
        "평가기준(「발명진흥법」 제31조의2)을 위반한 평가보고서 3건; 청문에서 위반 사실을 인정하였으나 위반의 정도를 "
        "고려하여 3개월 효력정지함", months=3,
        reasons_en="Three reports in breach of the standard (Art. 31-2); admitted at the hearing; 3 months")
    at(opened + timedelta(days=35), 11)
    issue_disposition(session, approver, disposition)


def _revocation(session: Session, at: MoveClock, real_today: date, secretariat, approver, officer_id: int,  # type: ignore[no-untyped-def]
                entry: RegistryEntry) -> None:
    opened = real_today - timedelta(days=90)
    at(opened, 9)
    case = open_case(session, secretariat, entry.id, Ground.FRAUD,
                     "지정신청 시 제출한 전문인력 4명 중 2명의 재직증명서가 위조된 것으로 확인됨", entry.designated_on,
                     DispositionKind.REVOCATION,
                     facts_en="Two of the four experts' employment certificates filed with the application were forged")
    add_evidence(session, secretariat, case.id, "국민연금 가입자 확인서 (재직 사실 없음)", data=None,
                 reference="국민연금공단 회신")
    _hearing(session, at, opened, secretariat, officer_id, case.id, "의견 없음",
             "위조 사실에 대하여 소명하지 못함", "거짓으로 지정받은 것으로 인정되어 지정취소가 타당함")
    at(opened + timedelta(days=33), 10)
    disposition = draft_disposition(
        session, secretariat, case.id, DispositionKind.REVOCATION, opened + timedelta(days=36),
        "거짓 서류로 지정을 받았으므로 「발명진흥법」 제31조제1항 단서에 따라 지정을 취소함",
        reasons_en="Designation obtained with forged documents: revoked under the proviso to Art. 31(1)")
    at(opened + timedelta(days=35), 11)
    issue_disposition(session, approver, disposition)
