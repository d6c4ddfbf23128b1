"""Where a case stands between its steps, for the forms of the Sanctions page: what was sent, when, and what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.sanctions.disposition import disposition_of
from desktop.domain.sanctions.hearing import hearing_of
from desktop.domain.sanctions.models import CaseStatus, DispositionKind, Ground, SanctionEvidence
from desktop.domain.sanctions.rules import last_day_to_sanction
from desktop.domain.sanctions.service import display_name_of, institution_of, load_case, prior_notice_of


@dataclass(frozen=True)
class CaseProgress:
    """One case's steps so far (the dates in Korean time), and the last day a sanction may be disposed."""

    case_id: int
    number: str
    institution_name: str
    ground: Ground
    intended: DispositionKind
    intended_months: int
    status: CaseStatus
    breach_ended_on: date
    last_day_to_sanction: date | None  # None for fraud (no limitation)
    notice_number: str = ""
    notice_sent_on: date | None = None
    opinion_deadline: date | None = None
    opinion_received_on: date | None = None
    hearing_on: date | None = None
    hearing_time: str = ""
    hearing_place: str = ""
    presiding_officer: str = ""
    presiding_officer_id: int | None = None
    drafted: bool = False  # a disposition drafted and not issued yet
    issued: bool = False
    evidence: tuple[str, ...] = ()  # each title with the record it refers to, e.g. "타당성조사 결과 (타당성-2026-0003)"


def case_progress(session: Session, actor: Actor, case_id: int) -> CaseProgress:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    case = load_case(session, case_id)
    notice, hearing, disposition = (prior_notice_of(session, case.id), hearing_of(session, case.id),
                                    disposition_of(session, case.id))
    return CaseProgress(
        case.id, case.number, institution_of(session, case).name, case.ground, case.intended, case.intended_months,
        case.status, case.breach_ended_on,
        None if case.ground == Ground.FRAUD else last_day_to_sanction(case.breach_ended_on),
        notice_number=notice.number if notice else "",
        notice_sent_on=notice.sent_at.astimezone(KST).date() if notice else None,
        opinion_deadline=notice.opinion_deadline if notice else None,
        opinion_received_on=notice.opinion_received_at.astimezone(KST).date()
        if notice and notice.opinion_received_at else None,
        hearing_on=hearing.hearing_on if hearing else None, hearing_time=hearing.hearing_time if hearing else "",
        hearing_place=hearing.place if hearing else "",
        presiding_officer=display_name_of(session, hearing.presiding_officer_id) if hearing else "",
        presiding_officer_id=hearing.presiding_officer_id if hearing else None,
        drafted=disposition is not None and disposition.issued_at is None,
        issued=disposition is not None and disposition.issued_at is not None,
        evidence=tuple(e.title + (f" ({e.reference})" if e.reference else "") for e in session.scalars(
            select(SanctionEvidence).where(SanctionEvidence.case_id == case.id).order_by(SanctionEvidence.id))))
