"""The register read in pages: one filtered, sorted batch of filed reports at a time and the count of the filter's
rows, so a page of 60,000 reports reads 200 rows to open and the database does the search."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.institutions.models import Institution
from desktop.domain.reports.models import EvaluationReport, Method, Purpose, SubjectKind
from desktop.domain.reports.service import ReportRow, method_label, purpose_label, subject_label

# The register's columns, in the page's order; each sorts by the expression below (the shown words for kinds).
INSTITUTE, NUMBER, ISSUED, FILED, LATE, SUBJECT, PURPOSE, METHOD, RESULT = range(9)


@dataclass(frozen=True)
class RegisterFilter:
    """What the person typed and ticked, and the column the register is sorted by."""

    search: str = ""
    late_only: bool = False
    column: int = ISSUED
    descending: bool = True


def _labelled(column, kinds, label):  # type: ignore[no-untyped-def]
    """The column sorted by the words shown for its values (the page's language)."""
    return case({kind: label(kind) for kind in kinds}, value=column, else_="")


def _order(column: int):  # type: ignore[no-untyped-def]
    """The sort keys of a column (the issue date for any other)."""
    r = EvaluationReport
    plain = {INSTITUTE: Institution.name, NUMBER: r.report_number, ISSUED: r.issue_date, FILED: r.filing_date,
             LATE: r.late}
    if column in plain:
        return [plain[column]]
    if column == SUBJECT:
        return [_labelled(r.subject_kind, SubjectKind, subject_label)]
    if column == PURPOSE:
        return [_labelled(r.purpose, Purpose, purpose_label)]
    if column == METHOD:
        return [_labelled(r.method, Method, method_label)]
    if column == RESULT:
        return [func.coalesce(r.amount_won, 0), func.coalesce(r.grade, ""), func.coalesce(r.score, 0)]
    return [r.issue_date]


def _kinds_shown_as(text: str, kinds, label) -> list:  # type: ignore[no-untyped-def]
    return [kind for kind in kinds if text in label(kind).casefold()]


def _contains(session: Session, column, text: str):  # type: ignore[no-untyped-def]
    """``column`` contains ``text`` in any case: SQLite's LIKE already ignores case (and a lower() per row costs)."""
    if session.get_bind().dialect.name == "sqlite":
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def _filtered(session: Session, query: Select, wanted: RegisterFilter) -> Select:  # type: ignore[type-arg]
    r = EvaluationReport
    if wanted.late_only:
        query = query.where(r.late)
    text = wanted.search.strip().casefold()
    if text:
        institutes = select(Institution.id).where(_contains(session, Institution.name, text))
        kinds = [(r.purpose, _kinds_shown_as(text, Purpose, purpose_label)),
                 (r.subject_kind, _kinds_shown_as(text, SubjectKind, subject_label)),
                 (r.method, _kinds_shown_as(text, Method, method_label))]
        query = query.where(or_(r.institution_id.in_(institutes), _contains(session, r.report_number, text),
                                _contains(session, r.grade, text),
                                *(column.in_(values) for column, values in kinds if values)))
    return query


def register_batch(session: Session, actor: Actor, wanted: RegisterFilter, offset: int, limit: int
                   ) -> list[ReportRow]:
    """``limit`` reports from ``offset`` of those the filter keeps, in its sort order (ties: newest id first)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    r = EvaluationReport
    query = (select(r.id, r.institution_id, Institution.name, r.report_number, r.valuation_date, r.issue_date,
                    r.filing_date, r.filing_deadline, r.late, r.subject_kind, r.subject_status, r.subject_origin,
                    r.purpose, r.method, r.amount_won, r.grade, r.score)
             .join(Institution, Institution.id == r.institution_id))
    keys = [key.desc() if wanted.descending else key.asc() for key in _order(wanted.column)]
    tie = r.id.desc() if wanted.descending else r.id.asc()
    query = _filtered(session, query, wanted).order_by(*keys, tie).offset(offset).limit(limit)
    return [ReportRow(*row) for row in session.execute(query)]


def register_count(session: Session, actor: Actor, wanted: RegisterFilter) -> int:
    """How many reports the filter keeps."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    r = EvaluationReport
    return int(session.scalar(_filtered(session, select(func.count()).select_from(r), wanted)) or 0)


def institutions_of_reports(session: Session, actor: Actor, report_ids: set[int]) -> dict[int, int]:
    """Report id → institution id for the reports named (those with correction requests, say)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    if not report_ids:
        return {}
    r = EvaluationReport
    rows = session.execute(select(r.id, r.institution_id).where(r.id.in_(sorted(report_ids))))
    return {report_id: institution_id for report_id, institution_id in rows}
