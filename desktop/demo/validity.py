"""The demo's validity checks (Act Art. 31-4): one concluded inappropriate with its result letter (a bank that
received the valuation asked for it), and one opened ex officio yesterday whose comment period runs on the demo's
day; both on reports of institutes the demo does not sanction, built through the services."""

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.registry.models import RegistryEntry, RegistryStatus
from desktop.domain.registry.status import RegistryRestriction
from desktop.domain.reports.models import EvaluationReport, Purpose
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Finding
from desktop.domain.validity.conclusion import conclude_check
from desktop.domain.validity.models import Requester
from desktop.domain.validity.service import notices_of, open_check, record_comment, record_receipt, send_due_notices

MoveClock = Callable[[date, int], None]
COMMENTS = {"institute": "비교사례 선정은 내부 기준에 따른 것이며 추가 자료를 제출함",
            "client": "평가금액을 근거로 대출을 신청하였으며 조사에 협조하겠음",
            "requester": "담보가치 재산정 결과를 통보하여 주기 바람"}


def _reports(session: Session, purpose: Purpose) -> list[EvaluationReport]:
    """The latest report of each designated, never sanctioned institute filed for ``purpose``."""
    restricted = set(session.scalars(select(RegistryRestriction.entry_id)))
    institutes = [e.institution_id for e in session.scalars(select(RegistryEntry).where(
        RegistryEntry.status == RegistryStatus.DESIGNATED).order_by(RegistryEntry.id)) if e.id not in restricted]
    found = []
    for institution_id in institutes:
        report = session.scalars(select(EvaluationReport).where(
            EvaluationReport.institution_id == institution_id, EvaluationReport.purpose == purpose)
            .order_by(EvaluationReport.filing_date.desc(), EvaluationReport.id.desc()).limit(1)).first()
        if report is not None:
            found.append(report)
    return found


def build_validity_checks(session: Session, secretariat: Actor, at: MoveClock, real_today: date) -> None:
    loans, investments = _reports(session, Purpose.COLLATERAL_LOAN), _reports(session, Purpose.INVESTMENT)
    if len(loans) < 2 or len(investments) < 2:
        return
    _concluded(session, secretariat, at, real_today - timedelta(days=2), loans[0])
    _in_comment_period(session, secretariat, at, real_today - timedelta(days=1), investments[1])


def _concluded(session: Session, secretariat: Actor, at: MoveClock, day: date, report: EvaluationReport) -> None:
    at(day, 14)
    check = open_check(session, secretariat, report.id, Requester.RESULT_RECIPIENT, "㈜한빛정밀",
                       "경기도 성남시 분당구 판교로 255, finance@hanbit-precision.example",
                       "담보대출 심사 과정에서 특허 평가금액이 유사 기술의 거래사례보다 3배 이상 높게 산정되어 은행이 "
                       "평가의 타당성 조사를 요청함",
                       requester_name="IBK기업은행 여신심사부", requester_contact="서울특별시 중구 을지로 79",
                       reason_en="The bank that received the valuation for a collateral loan found the amount more "
                                 "than three times that of comparable transactions and asked for a check")
    at(day, 15)
    send_due_notices(session, secretariat, check.id)
    for notice in notices_of(session, check.id):
        record_receipt(session, secretariat, notice.id, day)
    at(day + timedelta(days=1), 11)
    for notice in notices_of(session, check.id):
        record_comment(session, secretariat, notice.id, COMMENTS[notice.recipient.value], day + timedelta(days=1))
    at(day + timedelta(days=1), 17)
    method = "비교 거래사례 3건 중 2건이 대상 기술과 업종·규모가 달라 시장접근법의 근거가 되지 못함"
    findings = [Finding(c, Assessment.FALLS_SHORT, method) if c.value == "method"
                else Finding(c, Assessment.FALLS_SHORT, "로열티율 산정 근거가 보고서에 기재되지 않음")
                if c.value == "report" else Finding(c, Assessment.MEETS) for c in CRITERIA]
    conclude_check(session, secretariat, check.id, findings, Conclusion.INAPPROPRIATE,
                   "평가방법의 적용과 평가보고서의 근거 기재가 평가기준(「발명진흥법」 제31조의2)에 맞지 않아 "
                   "평가금액을 뒷받침하지 못함",
                   reasons_en="The method's application and the basis stated in the report do not meet the standard "
                              "(Art. 31-2) and do not support the amount")


def _in_comment_period(session: Session, secretariat: Actor, at: MoveClock, day: date,
                       report: EvaluationReport) -> None:
    at(day, 10)
    check = open_check(session, secretariat, report.id, Requester.EX_OFFICIO, "㈜새봄바이오",
                       "대전광역시 유성구 대학로 99, ir@saebom.example",
                       "수시 점검에서 투자유치용 평가보고서의 할인율 산정 근거가 확인되지 않음",
                       reason_en="A routine review found no basis for the discount rate of an investment valuation")
    at(day, 11)
    send_due_notices(session, secretariat, check.id)
    for notice in notices_of(session, check.id):
        record_receipt(session, secretariat, notice.id, day)
