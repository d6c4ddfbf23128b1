"""Importing the evaluation information system's export: every row checked first, nothing saved unless all pass.

A report already in the register with the same content is left alone (a file imported twice changes nothing);
the same number with other content is a row problem, never an update. ``import_reports`` is a generator yielding
``(done, total, message)`` so it can run in the background and be cancelled; the result is an ``ImportResult``.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.periods import Calendar, period_to_act
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.roster import RowProblem
from desktop.domain.applications.spreadsheets import cell_text, read_table
from desktop.domain.audit.service import record
from desktop.domain.decisions.models import Decision
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.report_file import Institutes, ReportData, RowReader, digits, header_map
from desktop.domain.settings.calendar import calendar

FILING_DAYS = 30  # Decree Art. 14-5: filed within 30 days of the report's issue
MAX_ROWS = 100_000
_Progress = Generator[tuple[int, int, str], None, "ImportResult"]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    read_as: str  # e.g. "CSV, CP949"
    late: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def designated_institutes(session: Session) -> Institutes:
    """Every institute the registry holds, by its designation number (the designating decision's) and its BRN."""
    rows = session.execute(select(RegistryEntry.institution_id, Decision.year, Decision.sequence, Institution.brn)
                           .join(Decision, Decision.id == RegistryEntry.decision_id)
                           .join(Institution, Institution.id == RegistryEntry.institution_id)).all()
    return Institutes({f"{year}-{sequence}": institution for institution, year, sequence, _ in rows if year},
                      {digits(brn): institution for institution, _, _, brn in rows if brn and digits(brn)})


def filing_deadline(days_off: Calendar, issue_date: Any) -> Any:
    """The last day to file: 30 days counted from the day after issue, moved off a Saturday or holiday (민법 161)."""
    return period_to_act(days_off, issue_date, FILING_DAYS).end


def check_rows(filename: str, data: bytes, institutes: Institutes,
               existing: dict[tuple[int, str], str]) -> Generator[tuple[int, int, str], None,
                                                                  tuple[list[ReportData], int, list[RowProblem], str]]:
    """Read and check every row: (new reports, unchanged count, problems, read as)."""
    table, read_as = read_table(filename, data)
    rows = [(n, r) for n, r in enumerate(table, start=1) if any(cell_text(v) for v in r)]
    if not rows:
        raise ValidationError(translate("Reports", "{name} holds no rows.").format(name=filename), field="file")
    reader = RowReader(header_map(rows[0][1], filename), institutes)
    body = rows[1:]
    if not body:
        raise ValidationError(translate("Reports", "{name} has column names but no reports.").format(name=filename),
                              field="file")
    if len(body) > MAX_ROWS:
        raise ValidationError(translate("Reports", "{name} has {n} rows; import at most {max} at a time.")
                              .format(name=filename, n=len(body), max=MAX_ROWS), field="file")
    fresh: list[ReportData] = []
    problems: list[RowProblem] = []
    unchanged = 0
    first_row: dict[tuple[int, str], int] = {}
    today_ = today()
    step = max(1, len(body) // 50)
    for done, (row_number, row) in enumerate(body, start=1):
        report, found = reader.read(row_number, row)
        if report is not None:
            key = (report.institution_id, report.report_number)
            header = reader.headers["report_number"]
            if report.filing_date > today_:
                found.append(RowProblem(row_number, reader.headers["filing_date"], translate(
                    "Reports", "the filing date {filing} lies in the future.").format(filing=report.filing_date)))
            elif key in first_row:
                found.append(RowProblem(row_number, header, translate(
                    "Reports", "the report number {number} of this institute appears again (first in row {row}).")
                    .format(number=report.report_number, row=first_row[key])))
            elif key in existing and existing[key] != report.content_sha256():
                found.append(RowProblem(row_number, header, translate(
                    "Reports", "the report number {number} is in the register already with other content; an "
                    "import does not change a filed report.").format(number=report.report_number)))
            first_row.setdefault(key, row_number)
        problems += found
        if report is not None and not found:
            if (report.institution_id, report.report_number) in existing:
                unchanged += 1
            else:
                fresh.append(report)
        if done % step == 0 or done == len(body):
            yield done, len(body), translate("Reports", "Checked {done} of {total} rows").format(
                done=done, total=len(body))
    return fresh, unchanged, problems, read_as


def import_reports(session: Session, actor: Actor, filename: str, data: bytes) -> _Progress:
    """Check the file and, when every row passes, add its new reports to the register as one audited import."""
    require(session, actor, Permission.MANAGE_REPORTS)
    existing = {(institution, number): sha for institution, number, sha in session.execute(
        select(EvaluationReport.institution_id, EvaluationReport.report_number, EvaluationReport.content_sha256))}
    fresh, unchanged, problems, read_as = yield from check_rows(filename, data, designated_institutes(session),
                                                                existing)
    if problems:
        return ImportResult(0, 0, tuple(problems), read_as)
    days_off = calendar(session)
    moment = now()
    values = []
    for report in fresh:
        deadline = filing_deadline(days_off, report.issue_date)
        values.append(dict(
            institution_id=report.institution_id, report_number=report.report_number,
            valuation_date=report.valuation_date, issue_date=report.issue_date, filing_date=report.filing_date,
            filing_deadline=deadline, late=report.filing_date > deadline, subject_kind=report.subject_kind,
            subject_status=report.subject_status, subject_origin=report.subject_origin, purpose=report.purpose,
            method=report.method, amount_won=report.amount_won, grade=report.grade, score=report.score,
            content_sha256=report.content_sha256(), source_file=filename[:255], imported_by_id=actor.user_id or None,
            imported_at=moment))
    late = sum(v["late"] for v in values)
    chunk = 2000
    for start in range(0, len(values), chunk):
        session.execute(insert(EvaluationReport), values[start:start + chunk])
        yield min(start + chunk, len(values)), len(values), translate("Reports", "Saved {done} of {total} reports") \
            .format(done=min(start + chunk, len(values)), total=len(values))
    if values:
        first, last = min(r.issue_date for r in fresh), max(r.issue_date for r in fresh)
        record(session, actor, "reports.import", entity_type="evaluation_reports", entity_id=None,
               summary=translate("Reports", "{n} report(s) from {name}, issued {first} to {last}").format(
                   n=len(values), name=filename, first=official_date(first), last=official_date(last)),
               after={"file": filename, "read_as": read_as, "imported": len(values), "unchanged": unchanged,
                      "late": late})
    return ImportResult(len(values), unchanged, (), read_as, late)
