"""The evaluation-report part of the demo: two years of reports the designated institutes filed, imported from an
export file through the import service (checked and audited as one import, as the secretariat would do it), and a
few correction requests: answered on time, answered late, one still open and one overdue."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.progress import run_to_end
from desktop.domain.accounts.permissions import Actor
from desktop.domain.reports.importing import designated_institutes, import_reports
from desktop.domain.reports.models import EvaluationReport, Method, Purpose, SubjectKind
from desktop.domain.reports.report_file import COLUMNS, GRADES, written_as
from desktop.domain.reports.service import record_answer, request_correction

REPORTS = 3000
YEARS = 2
PURPOSES = ((Purpose.COLLATERAL_LOAN, 40), (Purpose.INVESTMENT, 18), (Purpose.GUARANTEE, 15),
            (Purpose.TECHNOLOGY_TRANSFER, 17), (Purpose.LITIGATION, 4), (Purpose.OTHER, 6))
SUBJECTS = ((SubjectKind.INVENTION, 78), (SubjectKind.TRADEMARK, 14), (SubjectKind.TRADE_SECRET, 5),
            (SubjectKind.LAYOUT, 3))
FILE_NAME = "평가정보시스템_등록현황.csv"


def _pick(rng: random.Random, weighted: tuple) -> object:  # type: ignore[type-arg]
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def export_rows(rng: random.Random, designations: list[str], last_day: date, count: int = REPORTS) -> list[list[str]]:
    """The rows of an export: ``count`` reports issued over two years up to ``last_day``, about 7 % filed late."""
    rows = []
    first_day = last_day - timedelta(days=365 * YEARS)
    span = (last_day - first_day).days - 45
    serial: dict[str, int] = {}
    busy = [1 + rng.random() * 3 for _ in designations]  # some institutes value far more than others
    for _ in range(count):
        n = rng.choices(range(len(designations)), busy)[0]
        designation = designations[n]
        issue = first_day + timedelta(days=rng.randrange(span))
        valuation = issue - timedelta(days=rng.randint(3, 40))
        filed = min(last_day, issue + timedelta(days=rng.randint(33, 75) if rng.random() < 0.07
                                                else rng.randint(1, 28)))
        serial[designation] = serial.get(designation, 0) + 1
        method = Method.GRADING if rng.random() < 0.22 else rng.choice((Method.INCOME, Method.INCOME, Method.MARKET,
                                                                        Method.COST))
        grade = rng.choices(GRADES, (2, 6, 12, 20, 22, 16, 10, 6, 4, 2))[0] if method is Method.GRADING else ""
        amount = "" if method is Method.GRADING else f"{rng.randint(5, 3000) * 10_000_000:,}"
        score = f"{rng.randint(45, 95)}" if method is Method.GRADING and rng.random() < 0.5 else ""
        subject = _pick(rng, SUBJECTS)
        number = f"VR-{issue.year}-{n + 1:02d}{serial[designation]:05d}"
        rows.append([designation, "", "", number, valuation.isoformat(), issue.isoformat(), filed.isoformat(),
                     written_as(subject),  # type: ignore[arg-type]
                     "등록" if rng.random() < 0.7 else "출원", "국내" if rng.random() < 0.9 else "해외",
                     written_as(_pick(rng, PURPOSES)), written_as(method), amount, grade, score])  # type: ignore[arg-type]
    return rows


def export_file(rows: list[list[str]]) -> bytes:
    """The rows as the system's CSV export (UTF-8 with BOM, Korean headers)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.ko for c in COLUMNS])
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def file_reports(session: Session, secretariat: Actor, at: Callable[[date, int], None], real_today: date) -> None:
    """Import two years of filed reports and record the correction requests (its own random stream)."""
    rng = random.Random(31_5)
    designations = [f"제{key.split('-')[0]}-{int(key.split('-')[1]):04d}호"
                    for key in sorted(designated_institutes(session).by_designation)]
    if not designations:
        return
    at(real_today - timedelta(days=2), 10)
    last_day = real_today - timedelta(days=3)
    run_to_end(import_reports(session, secretariat, FILE_NAME, export_file(export_rows(rng, designations, last_day))))
    def filed_before(day: date, n: int) -> list[EvaluationReport]:
        return list(session.scalars(select(EvaluationReport).where(EvaluationReport.filing_date < day)
                                    .order_by(EvaluationReport.filing_date.desc(), EvaluationReport.id).limit(n)))

    older = filed_before(real_today - timedelta(days=120), 3)
    reasons = ("평가대상 권리의 등록번호 오기 정정 요청", "평가기준일과 보고서 본문의 기준일 불일치",
               "수익접근법 할인율 산정 근거 누락")
    for report, reason, answer_after in zip(older, reasons, (12, 26, 9), strict=True):
        received = report.filing_date + timedelta(days=20)
        request_id = request_correction(session, secretariat, report.id, received, reason)
        record_answer(session, secretariat, request_id, received + timedelta(days=answer_after),
                      "정정 보고서를 평가정보시스템에 재등록함")
    # One overdue (received five weeks ago, unanswered) and one still within its 20 days.
    request_correction(session, secretariat, filed_before(real_today - timedelta(days=40), 1)[0].id,
                       real_today - timedelta(days=35), "기술수명 산정 근거 보완 요청")
    request_correction(session, secretariat, filed_before(real_today - timedelta(days=5), 1)[0].id,
                       real_today - timedelta(days=2), "평가금액 단위 표기 오류")
