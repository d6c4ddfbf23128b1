"""What each printed sanction document shows, as plain data frozen when its step is recorded: the prior notice, the
hearing's notice and record, and the disposition."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.periods import period_to_act
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.sanctions.models import Disposition, Hearing, PriorNotice, SanctionCase, SanctionEvidence
from desktop.domain.sanctions.rules import suspension_period
from desktop.domain.sanctions.service import institution_of, load_case, prior_notice_of
from desktop.domain.settings.calendar import calendar
from desktop.domain.settings.service import get_settings

DRAFT_NUMBER = ""


@dataclass(frozen=True)
class SanctionLetter:
    """Everything one sanction document prints; the fields a kind does not use stay empty."""

    kind: str
    entity_id: int
    number: str
    case_number: str
    issued_at: datetime
    institution_name: str
    institution_name_en: str
    representative: str
    postcode: str
    address: str
    registration_number: str
    ground: str
    facts: str
    facts_en: str
    intended: str
    intended_months: int
    evidence: tuple[str, ...] = ()
    notice_number: str = ""
    opinion_deadline: date | None = None
    opinion_period: dict[str, str] = field(default_factory=dict)  # the period explained, per language
    opinion: str = ""
    hearing_number: str = ""
    hearing_on: date | None = None
    hearing_time: str = ""
    place: str = ""
    officer_title: str = ""
    officer_name: str = ""
    attendance: str = ""
    statements: str = ""
    hearing_evidence: str = ""
    public: bool = False
    public_reason: str = ""
    officer_opinion: str = ""
    disposition: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    disposition_period: dict[str, str] = field(default_factory=dict)  # its length in words, per language
    reasons: str = ""
    reasons_en: str = ""
    drafter_title: str = ""
    drafter_name: str = ""
    drafted_at: datetime | None = None
    approver_title: str = ""
    approver_name: str = ""
    settings: dict[str, Any] = field(default_factory=dict)


def _person(session: Session, user_id: int | None) -> tuple[str, str]:
    user = session.get(User, user_id) if user_id else None
    return ((user.title or "", user.display_name) if user is not None else ("", ""))


def _base(session: Session, case: SanctionCase, kind: str, entity_id: int, number: str,
          issued_at: datetime) -> dict[str, Any]:
    institution = institution_of(session, case)
    evidence = tuple(e.title + (f" ({e.reference})" if e.reference else "") for e in session.scalars(
        select(SanctionEvidence).where(SanctionEvidence.case_id == case.id).order_by(SanctionEvidence.id)))
    notice = prior_notice_of(session, case.id)
    days_off = calendar(session)
    period = {} if notice is None else {
        language: period_to_act(days_off, notice.sent_at, notice.opinion_days).explain(language)
        for language in ("ko", "en")}
    return dict(kind=kind, entity_id=entity_id, number=number, case_number=case.number, issued_at=issued_at,
                institution_name=institution.name, institution_name_en=institution.name_en or institution.name,
                representative=institution.representative, postcode=institution.postcode or "",
                address=institution.address, registration_number=institution.brn or institution.crn or "",
                ground=case.ground.value, facts=case.facts, facts_en=case.facts_en, intended=case.intended.value,
                intended_months=case.intended_months, evidence=evidence,
                notice_number=notice.number if notice else "", opinion_deadline=notice.opinion_deadline if notice
                else None, opinion_period=period, opinion=notice.opinion if notice else "",
                settings=dict(get_settings(session)))


def _hearing_fields(session: Session, hearing: Hearing | None) -> dict[str, Any]:
    if hearing is None:
        return {}
    title, name = _person(session, hearing.presiding_officer_id)
    return dict(hearing_number=hearing.number, hearing_on=hearing.hearing_on, hearing_time=hearing.hearing_time,
                place=hearing.place, officer_title=title, officer_name=name, attendance=hearing.attendance,
                statements=hearing.statements, hearing_evidence=hearing.evidence, public=hearing.public,
                public_reason=hearing.public_reason, officer_opinion=hearing.officer_opinion)


def build_letter(session: Session, kind: str, entity_id: int) -> SanctionLetter:
    """The document of a step as it stands (frozen when the step is recorded; a draft disposition previews)."""
    from desktop.domain.sanctions.hearing import hearing_of

    if kind == DocumentKind.SANCTION_NOTICE:
        notice = _get(session, PriorNotice, entity_id)
        case = load_case(session, notice.case_id)
        title, name = _person(session, notice.sent_by_id)
        return SanctionLetter(**_base(session, case, kind, entity_id, notice.number, notice.sent_at),
                              drafter_title=title, drafter_name=name, drafted_at=notice.sent_at)
    if kind in (DocumentKind.HEARING_NOTICE, DocumentKind.HEARING_RECORD):
        hearing = _get(session, Hearing, entity_id)
        case = load_case(session, hearing.case_id)
        record = kind == DocumentKind.HEARING_RECORD
        at = (hearing.recorded_at or hearing.notified_at) if record else hearing.notified_at
        number = (hearing.record_number or DRAFT_NUMBER) if record else hearing.number
        title, name = _person(session, hearing.recorded_by_id if record else hearing.notified_by_id)
        return SanctionLetter(**_base(session, case, kind, entity_id, number, at), **_hearing_fields(session, hearing),
                              drafter_title=title, drafter_name=name, drafted_at=at)
    disposition = _get(session, Disposition, entity_id)
    case = load_case(session, disposition.case_id)
    drafter, approver = _person(session, disposition.drafted_by_id), _person(session, disposition.approved_by_id)
    period: dict[str, str] = {}
    if disposition.ends_on is not None:
        counted = suspension_period(calendar(session), disposition.starts_on, disposition.months, disposition.days)
        period = {language: counted.length_text(language) for language in ("ko", "en")}
    return SanctionLetter(
        **_base(session, case, kind, entity_id, disposition.number or DRAFT_NUMBER,
                disposition.issued_at or disposition.drafted_at),
        **_hearing_fields(session, hearing_of(session, case.id)), disposition=disposition.kind.value,
        starts_on=disposition.starts_on, ends_on=disposition.ends_on, disposition_period=period,
        reasons=disposition.reasons, reasons_en=disposition.reasons_en, drafter_title=drafter[0],
        drafter_name=drafter[1], drafted_at=disposition.drafted_at, approver_title=approver[0],
        approver_name=approver[1])


def _get(session: Session, model: type, entity_id: int) -> Any:
    found = session.get(model, entity_id)
    if found is None:
        raise NotFound(translate("Sanctions", "The record of this sanction document no longer exists."))
    return found


def sanction_letter(session: Session, actor: Actor, kind: str, entity_id: int) -> SanctionLetter:
    """The document's data for a preview (the issued document is rendered from the frozen content)."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    return build_letter(session, kind, entity_id)


@dataclass(frozen=True)
class CaseDocument:
    """One document of a case, for the page's list (a draft disposition previews until it is issued)."""

    kind: str
    entity_id: int
    number: str
    on: datetime
    issued: bool


def case_documents(session: Session, actor: Actor, case_id: int) -> list[CaseDocument]:
    """The documents of a case in the order of its steps."""
    from desktop.domain.sanctions.disposition import disposition_of
    from desktop.domain.sanctions.hearing import hearing_of

    require(session, actor, Permission.VIEW_APPLICATIONS)
    case = load_case(session, case_id)
    found = []
    notice = prior_notice_of(session, case.id)
    if notice is not None:
        found.append(CaseDocument(DocumentKind.SANCTION_NOTICE, notice.id, notice.number, notice.sent_at, True))
    hearing = hearing_of(session, case.id)
    if hearing is not None:
        found.append(CaseDocument(DocumentKind.HEARING_NOTICE, hearing.id, hearing.number, hearing.notified_at, True))
        if hearing.record_number and hearing.recorded_at:
            found.append(CaseDocument(DocumentKind.HEARING_RECORD, hearing.id, hearing.record_number,
                                      hearing.recorded_at, True))
    disposition = disposition_of(session, case.id)
    if disposition is not None:
        found.append(CaseDocument(DocumentKind.SANCTION_DISPOSITION, disposition.id, disposition.number or "",
                                  disposition.issued_at or disposition.drafted_at, disposition.issued_at is not None))
    return found
