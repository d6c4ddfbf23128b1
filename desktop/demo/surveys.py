"""The demo's sample survey: the last full quarter's filed reports stratified by purpose, 40 drawn by Neyman
allocation (at least 3 per stratum) with a recorded seed, every one reviewed on the evaluation standard, analysed and
its report issued — built through the services."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.models import User
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Criterion, Finding
from desktop.domain.surveys.collection import list_samples, record_review
from desktop.domain.surveys.models import Allocation, StrataBy
from desktop.domain.surveys.report import issue_survey_report
from desktop.domain.surveys.service import design_survey, draw_survey
from desktop.domain.users.service import actor_for

SAMPLE, MINIMUM, SEED = 40, 3, 20_261_104
SHORTFALLS = (
    (Criterion.METHOD, "수익접근법의 할인율 산정 근거가 제시되지 않음"),
    (Criterion.BUSINESS_ECONOMICS, "매출 추정이 시장 자료와 맞지 않음"),
    (Criterion.REPORT, "평가정보시스템 등록 내용과 보고서의 평가금액이 다름"),
)


def last_full_quarter(day: date) -> tuple[date, date]:
    """The calendar quarter before the one ``day`` falls in."""
    first_of_quarter = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    end = first_of_quarter - timedelta(days=1)
    return date(end.year, end.month - 2, 1), end


def complete_survey(session: Session, at: Callable[[date, int], None], real_today: date) -> None:
    """Design, draw, review and report one survey over the demo's filed reports."""
    user = session.scalars(select(User).where(User.username == "secretariat")).first()
    start, end = last_full_quarter(real_today)
    if user is None or session.scalar(select(EvaluationReport.id).where(EvaluationReport.filing_date.between(
            start, end)).limit(1)) is None:
        return
    secretariat = actor_for(user)
    rng = random.Random(31_4_4)
    at(real_today - timedelta(days=2), 14)
    quarter = (end.month - 1) // 3 + 1
    survey_id = design_survey(session, secretariat, f"{end.year}년 {quarter}분기 등록 평가보고서 표본조사", start, end,
                              StrataBy.PURPOSE, Allocation.NEYMAN, SAMPLE, MINIMUM,
                              title_en=f"Sample survey of the valuation reports filed in Q{quarter} {end.year}")
    at(real_today - timedelta(days=2), 15)
    draw_survey(session, secretariat, survey_id, SEED)
    late = dict(session.execute(select(EvaluationReport.id, EvaluationReport.late)).all())
    at(real_today - timedelta(days=1), 9)
    for sample in list_samples(session, secretariat, survey_id):
        short = rng.random() < (0.35 if late.get(sample.report_id) else 0.1)
        criterion, note = rng.choice(SHORTFALLS)
        findings = [Finding(c, Assessment.FALLS_SHORT if short and c is criterion else Assessment.MEETS,
                            note if short and c is criterion else "") for c in CRITERIA]
        reasons = f"{note}: 평가기준 미달" if short else "평가기준의 각 항목을 충족함"
        record_review(session, secretariat, sample.id, findings,
                      Conclusion.INAPPROPRIATE if short else Conclusion.APPROPRIATE, reasons)
    at(real_today - timedelta(days=1), 17)
    issue_survey_report(session, secretariat, survey_id)
