"""The filed valuation reports of the ten-year demo: once a year the secretariat imports the evaluation information
system's export of the year before (through the import service, one audited import each), each designated
institute's reports issued after its designation."""

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.progress import run_to_end
from desktop.demo.reports import PURPOSES, SUBJECTS, _pick, export_file
from desktop.domain.accounts.permissions import Actor
from desktop.domain.decisions.models import Decision
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.reports.importing import import_reports
from desktop.domain.reports.models import Method
from desktop.domain.reports.report_file import GRADES, written_as

REPORTS_PER_INSTITUTE_YEAR = 36
"""About what a designated institute files a year; over ten years of designations it gives some 60,000 reports."""


def _designations(session: Session) -> list[tuple[str, date]]:
    """Every designation in the registry: its number as the export writes it, and the day it took effect."""
    rows = session.execute(select(Decision.year, Decision.sequence, RegistryEntry.designated_on)
                           .join(Decision, Decision.id == RegistryEntry.decision_id).order_by(RegistryEntry.id))
    return [(f"제{year}-{sequence:04d}호", designated_on) for year, sequence, designated_on in rows]


def year_rows(rng: random.Random, designations: list[tuple[str, date]], first: date, last: date,
              filed_by: date, per_year: float = REPORTS_PER_INSTITUTE_YEAR) -> list[list[str]]:
    """The export's rows of reports issued from ``first`` to ``last`` (about 7 % filed late, none after
    ``filed_by``)."""
    rows = []
    for n, (designation, designated_on) in enumerate(designations):
        start = max(first, designated_on + timedelta(days=10))
        if start > last:
            continue
        share = (last - start).days / 365
        busy = rng.uniform(0.3, 1.7)
        for serial in range(int(per_year * share * busy)):
            issue = start + timedelta(days=rng.randrange((last - start).days + 1))
            late = rng.random() < 0.07
            filed = min(filed_by, issue + timedelta(days=rng.randint(33, 75) if late else rng.randint(1, 28)))
            method = Method.GRADING if rng.random() < 0.22 else rng.choice((Method.INCOME, Method.INCOME,
                                                                            Method.MARKET, Method.COST))
            grading = method is Method.GRADING
            rows.append([
                designation, "", "", f"VR-{first.year}-{n + 1:03d}{serial + 1:05d}",
                (issue - timedelta(days=rng.randint(3, 40))).isoformat(), issue.isoformat(), filed.isoformat(),
                written_as(_pick(rng, SUBJECTS)),  # type: ignore[arg-type]
                "등록" if rng.random() < 0.7 else "출원", "국내" if rng.random() < 0.9 else "해외",
                written_as(_pick(rng, PURPOSES)), written_as(method),  # type: ignore[arg-type]
                "" if grading else f"{rng.randint(5, 3000) * 10_000_000:,}",
                rng.choices(GRADES, (2, 6, 12, 20, 22, 16, 10, 6, 4, 2))[0] if grading else "",
                f"{rng.randint(45, 95)}" if grading and rng.random() < 0.5 else ""])
    return rows


def import_year(session: Session, secretariat: Actor, rng: random.Random, first: date, last: date,
                filed_by: date, per_year: float = REPORTS_PER_INSTITUTE_YEAR) -> int:
    """Import the reports issued from ``first`` to ``last``; how many."""
    rows = year_rows(rng, _designations(session), first, last, filed_by, per_year)
    if not rows:
        return 0
    result = run_to_end(import_reports(session, secretariat, f"평가정보시스템_등록현황_{first.year}.csv",
                                       export_file(rows)))
    assert result.ok, result.problems[:3]
    return result.imported
