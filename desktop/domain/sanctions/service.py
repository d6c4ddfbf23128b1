"""Sanction cases: opening one with its ground and evidence, the prior notice and the opinion received, the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.periods import Period
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.institutions.models import Institution
from desktop.domain.issued import number_text
from desktop.domain.issued.codes import sha256_hex
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.numbering import take_number
from desktop.domain.issued.service import freeze
from desktop.domain.registry.models import RegistryEntry, RegistryStatus
from desktop.domain.registry.service import list_registry
from desktop.domain.registry.status import status_on, statuses_on
from desktop.domain.sanctions.models import (
    CaseStatus,
    DispositionKind,
    Ground,
    PriorNotice,
    SanctionCase,
    SanctionEvidence,
)
from desktop.domain.sanctions.rules import check_kind_for_ground, check_limitation, opinion_period
from desktop.domain.settings.calendar import calendar

CASE_SERIES, CASE_PREFIX = "sanction_case", "제재사건"
DOCUMENT_SERIES, DOCUMENT_PREFIX = "sanction", "제재"
_ENGLISH_PREFIX = {"SC": CASE_PREFIX, "SAN": DOCUMENT_PREFIX}


format_number = number_text.format_number


def next_document_number(session: Session) -> str:
    """The next number of the series every outgoing sanction document shares (``제재-2026-0001``)."""
    year = today().year
    return format_number(DOCUMENT_PREFIX, year, take_number(session, DOCUMENT_SERIES, year))


def parse_number(text: str, prefix: str) -> str:
    """A number as typed (``제재-2026-0001``, ``SAN-2026-0001``, ``2026-1``) in its stored form."""
    return number_text.read_number(text, prefix, translate("Sanctions", "{text} is not a number such as {example}."),
                                   _ENGLISH_PREFIX)


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    entry_id: int
    institution_name: str
    ground: Ground
    intended: DispositionKind
    status: CaseStatus
    opened_at: datetime
    opened_by: str


def load_case(session: Session, case_id: int) -> SanctionCase:
    case = session.get(SanctionCase, case_id)
    if case is None:
        raise NotFound(translate("Sanctions", "The sanction case no longer exists."))
    return case


def institution_of(session: Session, case: SanctionCase) -> Institution:
    entry = session.get_one(RegistryEntry, case.entry_id)
    return session.get_one(Institution, entry.institution_id)


def display_name_of(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.display_name if user is not None else ""


def _row(session: Session, case: SanctionCase) -> CaseRow:
    return CaseRow(case.id, case.number, case.entry_id, institution_of(session, case).name, case.ground,
                   case.intended, case.status, case.opened_at, display_name_of(session, case.opened_by_id))


def list_cases(session: Session, actor: Actor) -> list[CaseRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    cases = list(session.scalars(select(SanctionCase).order_by(SanctionCase.id.desc())))
    # The cases' institutes and the users' names read once for the list (not three statements per case).
    names = dict(session.execute(
        select(SanctionCase.entry_id, Institution.name).join(RegistryEntry, RegistryEntry.id == SanctionCase.entry_id)
        .join(Institution, Institution.id == RegistryEntry.institution_id)).all())
    users = dict(session.execute(select(User.id, User.display_name)).all())
    return [CaseRow(case.id, case.number, case.entry_id, names[case.entry_id], case.ground, case.intended,
                    case.status, case.opened_at, users.get(case.opened_by_id, "") if case.opened_by_id else "")
            for case in cases]


def case_row(session: Session, actor: Actor, case_id: int) -> CaseRow:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return _row(session, load_case(session, case_id))


def open_case(session: Session, actor: Actor, entry_id: int, ground: Ground, facts: str, breach_ended_on: date,
              intended: DispositionKind, intended_months: int = 0, facts_en: str = "") -> CaseRow:
    """Open a case against a designated institute: the ground (Art. 31 ①), the facts, when the breach ended."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    entry = session.get(RegistryEntry, entry_id)
    if entry is None:
        raise NotFound(translate("Registry", "The registry entry no longer exists."))
    if status_on(session, entry_id).status in (None, RegistryStatus.REVOKED) or entry.designated_on > today():
        raise WorkflowError(translate("Sanctions", "A case is opened against a designated institute."))
    if not facts.strip():
        raise ValidationError(translate("Sanctions", "State the facts the case rests on."), field="facts")
    ground, intended = Ground(ground), DispositionKind(intended)
    check_kind_for_ground(ground, intended)
    check_limitation(ground, breach_ended_on, today())
    if intended == DispositionKind.SUSPENSION and not 1 <= intended_months <= 6:
        raise ValidationError(translate("Sanctions", "An intended suspension lasts 1 to 6 months."),
                              field="intended_months")
    year = today().year
    case = SanctionCase(number=format_number(CASE_PREFIX, year, take_number(session, CASE_SERIES, year)),
                        entry_id=entry_id, ground=ground, facts=facts.strip(), facts_en=facts_en.strip(),
                        breach_ended_on=breach_ended_on, intended=intended,
                        intended_months=intended_months if intended == DispositionKind.SUSPENSION else 0,
                        opened_by_id=actor.user_id or None, opened_at=now())
    session.add(case)
    session.flush()
    record(session, actor, "sanction.open", case, summary=f"{case.number} {institution_of(session, case).name}",
           after={"ground": ground.value, "intended": intended.value, "breach_ended_on": breach_ended_on.isoformat()})
    return _row(session, case)


@dataclass(frozen=True)
class EntryChoice:
    """A designated institute a case may be opened against (in force today: designated or suspended)."""

    entry_id: int
    institution_name: str
    decision_number: str
    designated_on: date
    status: RegistryStatus


def entries_in_force(session: Session, actor: Actor) -> list[EntryChoice]:
    """The registry entries in force today, by name, for the form that opens a case."""
    statuses = statuses_on(session, actor)
    in_force = (RegistryStatus.DESIGNATED, RegistryStatus.SUSPENDED)
    return sorted((EntryChoice(row.id, row.institution_name, row.decision_number, row.designated_on,
                               statuses[row.id].status or row.status)
                   for row in list_registry(session, actor)
                   if row.id in statuses and statuses[row.id].status in in_force and row.designated_on <= today()),
                  key=lambda choice: choice.institution_name)


@dataclass(frozen=True)
class EvidenceInput:
    """Evidence as typed in a form: a title, a file's bytes and name, and/or a reference to another record."""

    title: str
    data: bytes | None = None
    file_name: str = ""
    reference: str = ""


def open_case_with_evidence(session: Session, actor: Actor, entry_id: int, ground: Ground, facts: str,
                            breach_ended_on: date, intended: DispositionKind, intended_months: int, facts_en: str,
                            evidence: EvidenceInput) -> CaseRow:
    """Open a case and attach its first evidence in one unit of work: refused evidence opens no case."""
    row = open_case(session, actor, entry_id, ground, facts, breach_ended_on, intended, intended_months, facts_en)
    add_evidence(session, actor, row.id, evidence.title, evidence.data or None, evidence.file_name,
                 reference=evidence.reference)
    return row


def add_evidence_input(session: Session, actor: Actor, case_id: int, evidence: EvidenceInput) -> int:
    """Attach evidence as typed in the page's form to a case not yet disposed."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    return add_evidence(session, actor, case_id, evidence.title, evidence.data or None, evidence.file_name,
                        reference=evidence.reference)


def add_evidence(session: Session, actor: Actor, case_id: int, title: str, data: bytes | None = None,
                 file_name: str = "", reference_type: str = "", reference_id: int | None = None,
                 reference: str = "") -> int:
    """Attach evidence: a file, a reference to another record (e.g. a validity check), or both."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    if case.status == CaseStatus.DISPOSED:
        raise WorkflowError(translate("Sanctions", "Case {number} is disposed; its evidence is closed.")
                            .format(number=case.number))
    if not title.strip():
        raise ValidationError(translate("Sanctions", "Name the evidence."), field="title")
    if not data and not reference.strip() and reference_id is None:
        raise ValidationError(translate("Sanctions", "Attach a file or name the record the evidence refers to."),
                              field="file")
    digest = None
    if data:
        digest = sha256_hex(data)
        if session.get(Blob, digest) is None:
            session.add(Blob(sha256=digest, size=len(data), data=data))
    evidence = SanctionEvidence(case_id=case.id, title=title.strip(), file_name=file_name, blob_sha256=digest,
                                reference_type=reference_type, reference_id=reference_id, reference=reference.strip(),
                                added_by_id=actor.user_id or None, added_at=now())
    session.add(evidence)
    session.flush()
    record(session, actor, "sanction.evidence", evidence, summary=f"{case.number} {evidence.title}",
           after={"file": file_name, "sha256": digest, "reference": reference or reference_type})
    return evidence.id


def prior_notice_of(session: Session, case_id: int) -> PriorNotice | None:
    return session.scalars(select(PriorNotice).where(PriorNotice.case_id == case_id)).first()


def prior_notice_deadline(session: Session, actor: Actor, opinion_days: int) -> Period:
    """The opinion period a prior notice sent now would give (at least 10 days), as ``send_prior_notice`` counts it."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return opinion_period(calendar(session), now(), opinion_days)


def send_prior_notice(session: Session, actor: Actor, case_id: int, opinion_days: int = 10) -> str:
    """사전통지 (행정절차법 Art. 21): numbered, its opinion deadline counted by the period rules, frozen to print."""
    from desktop.domain.sanctions.letters import build_letter

    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    if case.status != CaseStatus.OPEN or prior_notice_of(session, case.id) is not None:
        raise WorkflowError(translate("Sanctions", "The prior notice of {number} was already sent.")
                            .format(number=case.number))
    check_limitation(case.ground, case.breach_ended_on, today())
    moment = now()
    period = opinion_period(calendar(session), moment, opinion_days)
    notice = PriorNotice(case_id=case.id, number=next_document_number(session), sent_at=moment,
                         opinion_days=opinion_days, opinion_deadline=period.end, sent_by_id=actor.user_id or None)
    session.add(notice)
    case.status = CaseStatus.NOTICED
    session.flush()
    record(session, actor, "sanction.prior_notice", notice, summary=f"{notice.number} {case.number}",
           after={"deadline": period.end.isoformat(), "period": period.explain("ko")})
    freeze(session, actor, DocumentKind.SANCTION_NOTICE, "sanction_notices", notice.id, notice.number,
           build_letter(session, DocumentKind.SANCTION_NOTICE, notice.id))
    return notice.number


def record_opinion(session: Session, actor: Actor, case_id: int, opinion: str, received_on: date | None = None) -> None:
    """The institute's opinion in answer to the prior notice, on the day it arrived (default today; late opinions
    are recorded as received)."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    notice = prior_notice_of(session, case.id)
    if notice is None:
        raise WorkflowError(translate("Sanctions", "Send the prior notice first."))
    if notice.opinion_received_at is not None:
        raise WorkflowError(translate("Sanctions", "The opinion on {number} is already recorded.")
                            .format(number=notice.number))
    if not opinion.strip():
        raise ValidationError(translate("Sanctions", "Write what the institute submitted."), field="opinion")
    received_at = _received_at(notice, received_on or today())
    notice.opinion = opinion.strip()
    notice.opinion_received_at = received_at
    notice.opinion_recorded_by_id = actor.user_id or None
    session.flush()
    received = received_at.astimezone(KST).date()
    record(session, actor, "sanction.opinion", notice, summary=f"{notice.number} {case.number}",
           after={"received_on": received.isoformat(), "late": received > notice.opinion_deadline})


def _received_at(notice: PriorNotice, received_on: date) -> datetime:
    """The moment an opinion is recorded as received: now for today, the end of office hours for an earlier day;
    never before the notice was sent nor in the future."""
    sent_on = notice.sent_at.astimezone(KST).date()
    if received_on > today():
        raise ValidationError(translate("Sanctions", "The opinion cannot be received after today ({day}).")
                              .format(day=official_date(today())), field="received_on")
    if received_on < sent_on:
        raise ValidationError(translate("Sanctions", "The opinion cannot be received before the prior notice was "
                                        "sent ({day}).").format(day=official_date(sent_on)), field="received_on")
    if received_on == today():
        return now()
    return max(notice.sent_at, datetime.combine(received_on, time(18), KST))


def find_by_number(session: Session, model: type, number: str, prefix: str = DOCUMENT_PREFIX,
                   column: str = "number") -> int:
    """The id of a notice, hearing or disposition from its number as typed."""
    stored = parse_number(number, prefix)
    found = session.scalar(select(model.id).where(getattr(model, column) == stored))  # type: ignore[attr-defined]
    if found is None:
        raise NotFound(translate("Sanctions", "There is no sanction document {number}.").format(number=stored))
    return int(found)


def ground_label(ground: Ground | str) -> str:
    return {
        Ground.FRAUD: translate("Sanctions", "Designation obtained by fraud (Art. 31 ① 1)"),
        Ground.LOST_ABILITY: translate("Sanctions", "Lost the ability to evaluate (Art. 31 ① 2)"),
        Ground.BREACH_OF_STANDARD: translate("Sanctions", "Evaluated in breach of the standard (Art. 31 ① 3)"),
    }[Ground(ground)]


def kind_label(kind: DispositionKind | str) -> str:
    return {DispositionKind.SUSPENSION: translate("Sanctions", "Suspension"),
            DispositionKind.REVOCATION: translate("Sanctions", "Revocation")}[DispositionKind(kind)]


def status_label(status: CaseStatus | str) -> str:
    return {
        CaseStatus.OPEN: translate("Sanctions", "Open"),
        CaseStatus.NOTICED: translate("Sanctions", "Prior notice sent"),
        CaseStatus.HEARING_NOTIFIED: translate("Sanctions", "Hearing notified"),
        CaseStatus.HEARD: translate("Sanctions", "Heard"),
        CaseStatus.DISPOSED: translate("Sanctions", "Disposed"),
    }[CaseStatus(status)]
