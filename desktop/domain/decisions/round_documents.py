"""The documents of a round besides the notices: the public notice (고시) listing the designated institutes
and the designation certificate (지정서) of each designated institute; what a round has to print."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.core.periods import notice_effective_date
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, Round
from desktop.domain.audit.service import record
from desktop.domain.decisions import hooks as registry  # the registry, through the hooks it implements
from desktop.domain.decisions.corrections import local_day
from desktop.domain.decisions.models import OUTPUTS, Decision, DecisionOutcome, DecisionStatus, PublicNotice
from desktop.domain.decisions.service import application_scope, printed_numbers, registration_number
from desktop.domain.issued.models import DocumentKind
from desktop.domain.issued.numbering import take_number
from desktop.domain.issued.service import freeze
from desktop.domain.settings.calendar import calendar
from desktop.domain.settings.service import get_settings

EFFECTIVE_AFTER_DAYS = 5  # a notice takes effect 5 days after publication unless it says otherwise


@dataclass(frozen=True)
class CertificateData:
    """The designation certificate (지정서) of one designated institute."""

    decision_id: int
    number: str  # the designation number: the number of the decision that designates
    issued_at: datetime
    designated_on: date
    institution_name: str
    institution_name_en: str
    representative: str
    postcode: str
    address: str
    scope: tuple[str, ...]
    outputs: tuple[str, ...]
    conditions: str
    conditions_en: str
    supersedes_number: str
    settings: dict[str, Any]
    registration_number: str = ""  # the institution's BRN (else CRN), as it stood at issue
    business_number: str = ""  # 사업자등록번호 as printed
    corporate_number: str = ""  # 법인등록번호 as printed
    decided_on: date | None = None  # the day of the decision (of the correction, for a corrected designation)
    supersedes_issued_on: date | None = None
    supersedes_outcome: str = ""  # "designated": the 지정일 is the earlier designation's, kept


@dataclass(frozen=True)
class PublicNoticeEntry:
    number: str
    institution_name: str
    institution_name_en: str
    representative: str
    address: str
    scope: tuple[str, ...]
    outputs: tuple[str, ...]
    designated_on: date
    business_number: str = ""
    corporate_number: str = ""
    application_id: int = 0  # which designation the entry is (the same through corrections); 0 in old notices


@dataclass(frozen=True)
class NoticeCorrection:
    """One entry a 정정 고시 changes against the notice it corrects (``before`` None: newly listed; ``after``
    None: no longer designated)."""

    before: PublicNoticeEntry | None
    after: PublicNoticeEntry | None


@dataclass(frozen=True)
class PublicNoticeData:
    notice_id: int
    number: str
    round_code: str
    round_title: str
    published_on: date
    effective_on: date
    issued_at: datetime
    entries: tuple[PublicNoticeEntry, ...]
    settings: dict[str, Any]
    effective_after_days: int | None = EFFECTIVE_AFTER_DAYS  # None: the notice states its own effective date
    corrects_number: str = ""  # a 정정 고시: the earlier notice of the round it corrects
    corrects_published_on: date | None = None
    corrections: tuple[NoticeCorrection, ...] = ()


@dataclass(frozen=True)
class RoundDocument:
    """One document to print for a round: ``kind`` is a DocumentKind value, ``entity_id`` its record."""

    kind: str
    entity_id: int
    number: str
    institution_name: str


@dataclass(frozen=True)
class RoundSummary:
    id: int
    code: str
    title: str
    issued: int
    designated: int
    drafts: int
    undecided: int  # applications in committee review without an issued decision
    public_notices: tuple[str, ...]


def _in_force(session: Session, round_id: int) -> list[tuple[Decision, Application]]:
    rows = session.execute(
        select(Decision, Application).join(Application, Application.id == Decision.application_id)
        .where(Application.round_id == round_id, Decision.status == DecisionStatus.ISSUED)
        .order_by(Decision.year, Decision.sequence)
    ).all()
    return [(d, a) for d, a in rows]


def certificate_data(session: Session, actor: Actor, decision_id: int, settings: dict[str, Any]) -> CertificateData:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(translate("Decisions", "The decision no longer exists."))
    if decision.outcome != DecisionOutcome.DESIGNATED or decision.issued_at is None:
        raise WorkflowError(translate("Decisions", "A certificate is printed only for an issued designation."))
    if decision.status == DecisionStatus.SUPERSEDED:
        raise WorkflowError(translate("Decisions", "This decision was superseded; print the certificate of the "
                                      "correction instead."))
    return build_certificate(session, decision, settings)


def build_certificate(session: Session, decision: Decision, settings: dict[str, Any]) -> CertificateData:
    """The certificate of an issued designation as it stands now (frozen when the decision is issued)."""
    assert decision.issued_at is not None
    application = session.get_one(Application, decision.application_id)
    institution = application.institution
    entry = registry.entry_for_decision(session, decision.id)
    supersedes = session.get(Decision, decision.supersedes_id) if decision.supersedes_id else None
    business, corporate = printed_numbers(institution)
    return CertificateData(
        decision.id, decision.number, decision.issued_at, entry.designated_on if entry else decision.issued_at.date(),
        institution.name, institution.name_en or institution.name, institution.representative,
        institution.postcode or "", institution.address,
        registry.entry_scope(entry) if entry else application_scope(application),
        registry.entry_outputs(entry) if entry else OUTPUTS, decision.conditions, decision.conditions_en,
        supersedes.number if supersedes else "", dict(settings), registration_number(institution),
        business, corporate, local_day(decision.issued_at), local_day(supersedes.issued_at) if supersedes else None,
        supersedes.outcome.value if supersedes else "",
    )


def default_effective_on(session: Session, published_on: date) -> date:
    """When a 고시 takes effect if it says nothing else (the one place the notice rule is applied)."""
    return notice_effective_date(calendar(session), published_on, days=EFFECTIVE_AFTER_DAYS)


def issue_public_notice(session: Session, actor: Actor, round_id: int, published_on: date | None = None,
                        effective_on: date | None = None) -> str:
    """Number and freeze the 고시 of the institutes a round designated (in force at this moment)."""
    require(session, actor, Permission.APPROVE_DECISIONS)
    rnd = session.get(Round, round_id)
    if rnd is None:
        raise NotFound(translate("Decisions", "The round no longer exists."))
    published_on = published_on or today()
    effective_on = effective_on or default_effective_on(session, published_on)
    if effective_on < published_on:
        raise ValidationError(translate("Decisions", "A notice cannot take effect before it is published."),
                              field="effective_on")
    entries = []
    for decision, application in _in_force(session, round_id):
        if decision.outcome != DecisionOutcome.DESIGNATED:
            continue
        entry = registry.entry_for_decision(session, decision.id)
        institution = application.institution
        business, corporate = printed_numbers(institution)
        entries.append({
            "decision_id": decision.id, "application_id": application.id, "business_number": business,
            "corporate_number": corporate, "number": decision.number, "institution": institution.name,
            "institution_en": institution.name_en or institution.name, "representative": institution.representative,
            "address": institution.address,
            "scope": list(registry.entry_scope(entry) if entry else application_scope(application)),
            "outputs": list(registry.entry_outputs(entry) if entry else OUTPUTS),
            "designated_on": (entry.designated_on if entry else published_on).isoformat(),
        })
    if not entries:
        raise WorkflowError(translate("Decisions", "No decision of round {code} designates an institute yet.")
                            .format(code=rnd.code))
    year = published_on.year
    notice = PublicNotice(round_id=round_id, year=year, sequence=take_number(session, "public_notice", year),
                          published_on=published_on, effective_on=effective_on, entries=entries,
                          issued_by_id=actor.user_id or None, issued_at=now())
    session.add(notice)
    session.flush()
    record(session, actor, "public_notice.issue", notice, summary=f"{notice.number} {rnd.code}: {len(entries)}",
           after={"number": notice.number, "effective_on": effective_on.isoformat(),
                  "decisions": [e["number"] for e in entries]})
    freeze(session, actor, DocumentKind.PUBLIC_NOTICE, "public_notices", notice.id, notice.number,
           build_public_notice(session, notice, get_settings(session)))
    return notice.number


def public_notice_data(session: Session, actor: Actor, notice_id: int, settings: dict[str, Any]) -> PublicNoticeData:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    notice = session.get(PublicNotice, notice_id)
    if notice is None:
        raise NotFound(translate("Decisions", "The public notice no longer exists."))
    return build_public_notice(session, notice, settings)


def _entries(session: Session, notice: PublicNotice) -> tuple[PublicNoticeEntry, ...]:
    def application_of(e: dict[str, Any]) -> int:
        if e.get("application_id"):
            return int(e["application_id"])
        decision = session.get(Decision, e["decision_id"])
        return decision.application_id if decision is not None else 0

    return tuple(PublicNoticeEntry(
        e["number"], e["institution"], e["institution_en"], e["representative"], e["address"], tuple(e["scope"]),
        tuple(e["outputs"]), date.fromisoformat(e["designated_on"]), e.get("business_number", ""),
        e.get("corporate_number", ""), application_of(e)) for e in notice.entries)


def _corrections(before: tuple[PublicNoticeEntry, ...],
                 after: tuple[PublicNoticeEntry, ...]) -> tuple[NoticeCorrection, ...]:
    """The entries that differ between two notices of a round, matched by designation (application)."""
    old = {e.application_id: e for e in before}
    new = {e.application_id: e for e in after}

    def same(a: PublicNoticeEntry, b: PublicNoticeEntry) -> bool:
        return (a.number, a.scope, a.outputs, a.designated_on, a.institution_name) == (
            b.number, b.scope, b.outputs, b.designated_on, b.institution_name)

    found = [NoticeCorrection(old.get(key), new.get(key)) for key in (*old, *(k for k in new if k not in old))
             if key not in old or key not in new or not same(old[key], new[key])]
    return tuple(found)


def build_public_notice(session: Session, notice: PublicNotice, settings: dict[str, Any]) -> PublicNoticeData:
    """The 고시 as frozen; after an earlier notice of the round it is a 정정 고시 stating what it corrects."""
    rnd = session.get_one(Round, notice.round_id)
    entries = _entries(session, notice)
    earlier = session.scalars(select(PublicNotice).where(PublicNotice.round_id == notice.round_id,
                                                         PublicNotice.id < notice.id)
                              .order_by(PublicNotice.id.desc()).limit(1)).first()
    corrections = _corrections(_entries(session, earlier), entries) if earlier is not None else ()
    default = notice.effective_on == default_effective_on(session, notice.published_on)
    return PublicNoticeData(notice.id, notice.number, rnd.code, rnd.title, notice.published_on, notice.effective_on,
                            notice.issued_at, entries, dict(settings),
                            effective_after_days=EFFECTIVE_AFTER_DAYS if default else None,
                            corrects_number=earlier.number if earlier is not None and corrections else "",
                            corrects_published_on=earlier.published_on if earlier is not None and corrections
                            else None, corrections=corrections)


def find_public_notice(session: Session, number: str) -> PublicNotice:
    """``제2026-001호``, ``2026-001`` or ``2026-1``."""
    cleaned = number.strip().removeprefix("제").removesuffix("호")
    year, _, sequence = cleaned.partition("-")
    notice = None
    if year.isdigit() and sequence.isdigit():
        notice = session.scalars(select(PublicNotice).where(PublicNotice.year == int(year),
                                                            PublicNotice.sequence == int(sequence))).first()
    if notice is None:
        raise NotFound(translate("Decisions", "There is no public notice {number}.").format(number=number))
    return notice


def round_documents(session: Session, actor: Actor, round_id: int) -> list[RoundDocument]:
    """Every document of a round in printing order: notices, certificates, then the public notices."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    in_force = _in_force(session, round_id)
    documents = [RoundDocument("decision", d.id, d.number, a.institution.name) for d, a in in_force]
    documents += [RoundDocument("certificate", d.id, d.number, a.institution.name) for d, a in in_force
                  if d.outcome == DecisionOutcome.DESIGNATED]
    for notice in session.scalars(select(PublicNotice).where(PublicNotice.round_id == round_id)
                                  .order_by(PublicNotice.id)):
        documents.append(RoundDocument("public_notice", notice.id, notice.number, ""))
    return documents


def round_summaries(session: Session, actor: Actor) -> list[RoundSummary]:
    """Rounds with decisions or applications awaiting one, newest first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    summaries = []
    # Three statements for every round together: the decisions' states, the undecided applications, the notices.
    decisions_of: dict[int, list[tuple[DecisionStatus, DecisionOutcome]]] = {}
    for round_id, status, outcome in session.execute(select(Application.round_id, Decision.status, Decision.outcome)
                                                     .join(Application, Application.id == Decision.application_id)):
        decisions_of.setdefault(round_id, []).append((status, outcome))
    undecided_of = Counter(session.scalars(select(Application.round_id).where(
        Application.status == ApplicationStatus.COMMITTEE_REVIEW)))
    notices_of: dict[int, list[str]] = {}
    for notice in session.scalars(select(PublicNotice).order_by(PublicNotice.id)):
        notices_of.setdefault(notice.round_id, []).append(notice.number)
    for rnd in session.scalars(select(Round).order_by(Round.id.desc())):
        decisions = decisions_of.get(rnd.id, [])
        undecided = undecided_of[rnd.id]
        if not decisions and not undecided:
            continue
        notices = tuple(notices_of.get(rnd.id, ()))
        summaries.append(RoundSummary(
            rnd.id, rnd.code, rnd.title, sum(1 for s, _ in decisions if s == DecisionStatus.ISSUED),
            sum(1 for s, o in decisions if s == DecisionStatus.ISSUED and o == DecisionOutcome.DESIGNATED),
            sum(1 for s, _ in decisions if s == DecisionStatus.DRAFT), undecided, notices,
        ))
    return summaries
