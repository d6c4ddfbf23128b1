"""Reading the register (every report, each institute's figures) and the correction requests with their deadlines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.periods import period_to_act
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.reports.models import (
    CorrectionRequest,
    EvaluationReport,
    Method,
    Purpose,
    SubjectKind,
    SubjectOrigin,
    SubjectStatus,
)
from desktop.domain.settings.calendar import calendar

ANSWER_DAYS = 20  # Decree Art. 14-5: a correction request is answered within 20 days of receiving it


class CorrectionState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: int
    institution_id: int
    institution_name: str
    report_number: str
    valuation_date: date
    issue_date: date
    filing_date: date
    filing_deadline: date
    late: bool
    subject_kind: SubjectKind
    subject_status: SubjectStatus
    subject_origin: SubjectOrigin
    purpose: Purpose
    method: Method
    amount_won: int | None
    grade: str | None
    score: Decimal | None


@dataclass(frozen=True)
class InstituteFigures:
    """One institute's filed reports in numbers: volume by purpose and subject, late filings, grades."""

    institution_id: int
    institution_name: str
    total: int
    late: int
    by_purpose: Counter[Purpose] = field(default_factory=Counter)
    by_subject: Counter[SubjectKind] = field(default_factory=Counter)
    grades: Counter[str] = field(default_factory=Counter)

    @property
    def late_rate(self) -> float:
        return self.late / self.total if self.total else 0.0


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    report_id: int
    report_number: str
    institution_name: str
    received_on: date
    due_on: date
    reason: str
    answered_on: date | None
    answer: str
    state: CorrectionState

    @property
    def answered_late(self) -> bool:
        return self.answered_on is not None and self.answered_on > self.due_on


def list_reports(session: Session, actor: Actor, institution_id: int | None = None) -> list[ReportRow]:
    """Every filed report (or one institute's), newest issue first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    r = EvaluationReport
    query = (select(r.id, r.institution_id, Institution.name, r.report_number, r.valuation_date, r.issue_date,
                    r.filing_date, r.filing_deadline, r.late, r.subject_kind, r.subject_status, r.subject_origin,
                    r.purpose, r.method, r.amount_won, r.grade, r.score)
             .join(Institution, Institution.id == r.institution_id).order_by(r.issue_date.desc(), r.id.desc()))
    if institution_id is not None:
        query = query.where(r.institution_id == institution_id)
    return [ReportRow(*row) for row in session.execute(query)]


def institute_figures(session: Session, actor: Actor) -> list[InstituteFigures]:
    """Each institute that filed: its counts, by name."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    r = EvaluationReport
    totals = session.execute(select(r.institution_id, Institution.name, func.count(), func.sum(cast(r.late, Integer)))
                             .join(Institution, Institution.id == r.institution_id)
                             .group_by(r.institution_id, Institution.name).order_by(Institution.name)).all()
    purposes = session.execute(select(r.institution_id, r.purpose, func.count()).group_by(r.institution_id,
                                                                                          r.purpose)).all()
    subjects = session.execute(select(r.institution_id, r.subject_kind, func.count())
                               .group_by(r.institution_id, r.subject_kind)).all()
    grades = session.execute(select(r.institution_id, r.grade, func.count()).where(r.grade.is_not(None))
                             .group_by(r.institution_id, r.grade)).all()
    figures = {i: InstituteFigures(i, name, total, int(late or 0)) for i, name, total, late in totals}
    for i, purpose, n in purposes:
        figures[i].by_purpose[Purpose(purpose)] = n
    for i, subject, n in subjects:
        figures[i].by_subject[SubjectKind(subject)] = n
    for i, grade, n in grades:
        figures[i].grades[grade] = n
    return list(figures.values())


def correction_state(due_on: date, answered_on: date | None, on: date | None = None) -> CorrectionState:
    """Answered, open until the end of its due day, overdue after it."""
    if answered_on is not None:
        return CorrectionState.ANSWERED
    return CorrectionState.OVERDUE if (on or today()) > due_on else CorrectionState.OPEN


def answer_deadline(session: Session, received_on: date) -> date:
    """20 days from the day after receipt; a last day on a Saturday or holiday moves to the next working day."""
    return period_to_act(calendar(session), received_on, ANSWER_DAYS).end


def request_correction(session: Session, actor: Actor, report_id: int, received_on: date, reason: str) -> int:
    """Record a correction request the institute received on ``received_on``; its answer is due 20 days later."""
    require(session, actor, Permission.MANAGE_REPORTS)
    report = session.get(EvaluationReport, report_id)
    if report is None:
        raise NotFound(translate("Reports", "The report no longer exists."))
    reason = reason.strip()
    if not reason:
        raise ValidationError(translate("Reports", "Say what is to be corrected."), field="reason")
    if received_on > today():
        raise ValidationError(translate("Reports", "The day of receipt {day} lies in the future.")
                              .format(day=official_date(received_on)), field="received_on")
    if received_on < report.filing_date:
        raise ValidationError(translate("Reports", "The day of receipt lies before the report was filed ({day}).")
                              .format(day=official_date(report.filing_date)), field="received_on")
    request = CorrectionRequest(report_id=report_id, received_on=received_on, reason=reason,
                                due_on=answer_deadline(session, received_on), recorded_by_id=actor.user_id or None)
    session.add(request)
    session.flush()
    record(session, actor, "reports.correction_request", request, summary=translate(
        "Reports", "Correction of report {number} requested; answer due {due}").format(
        number=report.report_number, due=official_date(request.due_on)),
        after={"received_on": received_on.isoformat(), "due_on": request.due_on.isoformat(), "reason": reason})
    return request.id


def record_answer(session: Session, actor: Actor, request_id: int, answered_on: date, answer: str) -> None:
    """Record the institute's answer to a correction request (once, on a day from its receipt to today, saying
    what the institute answered)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    request = session.get(CorrectionRequest, request_id)
    if request is None:
        raise NotFound(translate("Reports", "The correction request no longer exists."))
    if request.answered_on is not None:
        raise ValidationError(translate("Reports", "This request was answered on {day} already.")
                              .format(day=official_date(request.answered_on)), field="answered_on")
    if answered_on < request.received_on or answered_on > today():
        raise ValidationError(translate("Reports", "The answer's date must lie between the request's receipt "
                                        "({received}) and today.").format(received=official_date(request.received_on)),
                              field="answered_on")
    answer = answer.strip()
    if not answer:
        raise ValidationError(translate("Reports", "Say what the institute answered (for example, that it filed the "
                                        "corrected report again)."), field="answer")
    request.answered_on, request.answer = answered_on, answer
    request.answer_recorded_by_id = actor.user_id or None
    record(session, actor, "reports.correction_answer", request, summary=translate(
        "Reports", "Correction request answered on {day}").format(day=official_date(answered_on)),
        after={"answered_on": answered_on.isoformat(), "late": answered_on > request.due_on})


def list_corrections(session: Session, actor: Actor, institution_id: int | None = None) -> list[CorrectionRow]:
    """Correction requests, the latest received first, each with its state today."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    query = (select(CorrectionRequest, EvaluationReport.report_number, Institution.name)
             .join(EvaluationReport, EvaluationReport.id == CorrectionRequest.report_id)
             .join(Institution, Institution.id == EvaluationReport.institution_id)
             .order_by(CorrectionRequest.received_on.desc(), CorrectionRequest.id.desc()))
    if institution_id is not None:
        query = query.where(EvaluationReport.institution_id == institution_id)
    on = today()
    return [CorrectionRow(c.id, c.report_id, number, name, c.received_on, c.due_on, c.reason, c.answered_on,
                          c.answer, correction_state(c.due_on, c.answered_on, on))
            for c, number, name in session.execute(query)]


def subject_label(kind: SubjectKind) -> str:
    return {SubjectKind.INVENTION: translate("Reports", "Invention"),
            SubjectKind.TRADEMARK: translate("Reports", "Trademark"),
            SubjectKind.TRADE_SECRET: translate("Reports", "Trade secret"),
            SubjectKind.LAYOUT: translate("Reports", "Semiconductor layout")}[kind]


def status_label(status: SubjectStatus) -> str:
    return {SubjectStatus.PENDING: translate("Reports", "pending"),
            SubjectStatus.REGISTERED: translate("Reports", "registered")}[status]


def origin_label(origin: SubjectOrigin) -> str:
    return {SubjectOrigin.DOMESTIC: translate("Reports", "Korean"),
            SubjectOrigin.FOREIGN: translate("Reports", "foreign")}[origin]


def purpose_label(purpose: Purpose) -> str:
    return {Purpose.COLLATERAL_LOAN: translate("Reports", "Collateral loan"),
            Purpose.INVESTMENT: translate("Reports", "Investment"),
            Purpose.GUARANTEE: translate("Reports", "Guarantee"),
            Purpose.TECHNOLOGY_TRANSFER: translate("Reports", "Technology transfer"),
            Purpose.LITIGATION: translate("Reports", "Litigation"),
            Purpose.OTHER: translate("Reports", "Other")}[purpose]


def method_label(method: Method) -> str:
    return {Method.MARKET: translate("Reports", "Market approach"),
            Method.INCOME: translate("Reports", "Income approach"),
            Method.COST: translate("Reports", "Cost approach"),
            Method.GRADING: translate("Reports", "Grading")}[method]


def state_label(state: CorrectionState) -> str:
    return {CorrectionState.OPEN: translate("Reports", "open"),
            CorrectionState.ANSWERED: translate("Reports", "answered"),
            CorrectionState.OVERDUE: translate("Reports", "overdue")}[state]
