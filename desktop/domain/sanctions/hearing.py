"""The hearing (청문, Act Art. 57): its notice 10 days ahead with a presiding officer who took no part in the case,
then its record (청문조서, 행정절차법 Art. 34) and the officer's opinion (Art. 34-2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, now, today
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.service import freeze
from desktop.domain.sanctions.models import CaseStatus, Disposition, Hearing, SanctionCase, SanctionEvidence
from desktop.domain.sanctions.rules import check_hearing_day
from desktop.domain.sanctions.service import find_by_number, load_case, next_document_number, prior_notice_of


def hearing_of(session: Session, case_id: int) -> Hearing | None:
    return session.scalars(select(Hearing).where(Hearing.case_id == case_id)).first()


def involved_user_ids(session: Session, case: SanctionCase) -> set[int]:
    """Everyone who took part in the case: who opened it, added evidence, sent or answered its notices, notified
    its hearing, drafted or approved its disposition (행정절차법 Art. 29: they may not preside)."""
    ids = {case.opened_by_id}
    ids |= set(session.scalars(select(SanctionEvidence.added_by_id).where(SanctionEvidence.case_id == case.id)))
    notice = prior_notice_of(session, case.id)
    if notice is not None:
        ids |= {notice.sent_by_id, notice.opinion_recorded_by_id}
    hearing = hearing_of(session, case.id)
    if hearing is not None:
        ids |= {hearing.notified_by_id, hearing.recorded_by_id}
    disposition = session.scalars(select(Disposition).where(Disposition.case_id == case.id)).first()
    if disposition is not None:
        ids |= {disposition.drafted_by_id, disposition.approved_by_id}
    return {i for i in ids if i}


def check_presiding_officer(session: Session, case: SanctionCase, officer_id: int, acting_id: int | None) -> User:
    """An active person who took no part in the case (and is not the one notifying the hearing)."""
    officer = session.get(User, officer_id)
    if officer is None or not officer.active or officer.role in (Role.SYSTEM, Role.ADMINISTRATOR):
        raise ValidationError(translate("Sanctions", "Choose an active user to preside over the hearing."),
                              field="presiding_officer")
    if officer_id in involved_user_ids(session, case) | ({acting_id} if acting_id else set()):
        raise ValidationError(translate(
            "Sanctions", "{name} took part in case {number} and may not preside over its hearing (행정절차법 "
            "Art. 29); choose someone who did not handle it.").format(name=officer.display_name, number=case.number),
            field="presiding_officer")
    return officer


def notify_hearing(session: Session, actor: Actor, case_id: int, hearing_on: date, place: str, officer_id: int,
                   hearing_time: str = "14:00") -> str:
    """Send the hearing's notice (at least 10 days ahead), naming the officer, the date and place."""
    from desktop.domain.sanctions.letters import build_letter

    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    if case.status != CaseStatus.NOTICED or hearing_of(session, case.id) is not None:
        raise WorkflowError(translate("Sanctions", "A hearing is notified after the prior notice, once."))
    check_hearing_day(today(), hearing_on)
    if not place.strip():
        raise ValidationError(translate("Sanctions", "Give the place of the hearing."), field="place")
    check_presiding_officer(session, case, officer_id, actor.user_id)
    moment = now()
    hearing = Hearing(case_id=case.id, number=next_document_number(session), notified_at=moment,
                      notified_by_id=actor.user_id or None, hearing_on=hearing_on, hearing_time=hearing_time.strip(),
                      place=place.strip(), presiding_officer_id=officer_id)
    session.add(hearing)
    case.status = CaseStatus.HEARING_NOTIFIED
    session.flush()
    record(session, actor, "sanction.hearing_notice", hearing, summary=f"{hearing.number} {case.number}",
           after={"hearing_on": hearing_on.isoformat(), "place": hearing.place, "officer_id": officer_id})
    freeze(session, actor, DocumentKind.HEARING_NOTICE, "sanction_hearings", hearing.id, hearing.number,
           build_letter(session, DocumentKind.HEARING_NOTICE, hearing.id))
    return hearing.number


def record_hearing(session: Session, actor: Actor, case_id: int, attendance: str, statements: str, evidence: str,
                   officer_opinion: str, public: bool = False, public_reason: str = "") -> str:
    """The hearing record (청문조서) with the officer's opinion, once the hearing day has come."""
    from desktop.domain.sanctions.letters import build_letter

    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    hearing = hearing_of(session, case.id)
    if hearing is None or case.status != CaseStatus.HEARING_NOTIFIED:
        raise WorkflowError(translate("Sanctions", "Notify the hearing first; its record is made once."))
    if now().astimezone(KST).date() < hearing.hearing_on:
        raise WorkflowError(translate("Sanctions", "The hearing is on {day}; its record is made after it is held.")
                            .format(day=official_date(hearing.hearing_on)))
    for value, name in ((attendance, "attendance"), (statements, "statements"), (officer_opinion, "officer_opinion")):
        if not value.strip():
            raise ValidationError({
                "attendance": translate("Sanctions", "Record who attended (or that the party was absent)."),
                "statements": translate("Sanctions", "Record the statements made at the hearing."),
                "officer_opinion": translate("Sanctions", "Record the presiding officer's opinion."),
            }[name], field=name)
    hearing.attendance, hearing.statements, hearing.evidence = attendance.strip(), statements.strip(), evidence.strip()
    hearing.officer_opinion, hearing.public = officer_opinion.strip(), public
    hearing.public_reason = public_reason.strip()
    hearing.record_number = next_document_number(session)
    hearing.recorded_by_id = actor.user_id or None
    hearing.recorded_at = now()
    case.status = CaseStatus.HEARD
    session.flush()
    record(session, actor, "sanction.hearing_record", hearing, summary=f"{hearing.record_number} {case.number}",
           after={"public": public})
    freeze(session, actor, DocumentKind.HEARING_RECORD, "sanction_hearings", hearing.id, hearing.record_number,
           build_letter(session, DocumentKind.HEARING_RECORD, hearing.id))
    return hearing.record_number


def officer_candidates(session: Session, actor: Actor, case_id: int) -> list[tuple[int, str]]:
    """The users who may preside over the case's hearing (id, "name (title)")."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    case = load_case(session, case_id)
    excluded = involved_user_ids(session, case) | {actor.user_id}
    return [(u.id, f"{u.display_name} ({u.title})" if u.title else u.display_name)
            for u in session.scalars(select(User).where(User.active.is_(True)).order_by(User.id))
            if u.id not in excluded and u.role not in (Role.SYSTEM, Role.ADMINISTRATOR)]


def find_hearing(session: Session, number: str, record_number: bool = False) -> int:
    """A hearing's id from its notice's number (or its record's)."""
    return find_by_number(session, Hearing, number, column="record_number" if record_number else "number")


@dataclass(frozen=True)
class OfficerChoice:
    """A user the hearing's form lists, with the sentence that refuses them as presiding officer (empty: may)."""

    user_id: int
    label: str
    refusal: str


def presiding_officer_choices(session: Session, actor: Actor, case_id: int) -> list[OfficerChoice]:
    """Every active user who could preside, each with the conflict check's answer, so the form says it at once."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    case = load_case(session, case_id)
    choices = []
    for user in session.scalars(select(User).where(User.active.is_(True)).order_by(User.id)):
        if user.role in (Role.SYSTEM, Role.ADMINISTRATOR):
            continue
        try:
            check_presiding_officer(session, case, user.id, actor.user_id)
            refusal = ""
        except ValidationError as refused:
            refusal = refused.message
        choices.append(OfficerChoice(user.id, f"{user.display_name} ({user.title})" if user.title
                                     else user.display_name, refusal))
    return choices
