"""The disposition (처분): a suspension of 1 day to 6 months or a revocation, drafted after the hearing and issued
by someone else (four eyes), within the 5-year limitation; issuing writes it into the registry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.periods import Period
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.service import freeze
from desktop.domain.registry.status import RestrictionKind, check_restriction, record_restriction
from desktop.domain.sanctions.hearing import hearing_of
from desktop.domain.sanctions.models import CaseStatus, Disposition, DispositionKind
from desktop.domain.sanctions.rules import check_kind_for_ground, check_limitation, suspension_period
from desktop.domain.sanctions.service import load_case, next_document_number
from desktop.domain.settings.calendar import calendar


@dataclass(frozen=True)
class DispositionPlan:
    """What a drafted disposition amounts to: its first and last day, as the period rules count them."""

    kind: DispositionKind
    starts_on: date
    ends_on: date | None
    period: Period | None


def disposition_of(session: Session, case_id: int) -> Disposition | None:
    return session.scalars(select(Disposition).where(Disposition.case_id == case_id)).first()


def load_disposition(session: Session, disposition_id: int) -> Disposition:
    disposition = session.get(Disposition, disposition_id)
    if disposition is None:
        raise NotFound(translate("Sanctions", "The disposition no longer exists."))
    return disposition


def plan_disposition(session: Session, actor: Actor, case_id: int, kind: DispositionKind, starts_on: date,
                     months: int = 0, days: int = 0) -> DispositionPlan:
    """Check a disposition as typed and count its period, without saving (the dialog shows the end date)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    case = load_case(session, case_id)
    kind = DispositionKind(kind)
    check_kind_for_ground(case.ground, kind)
    if starts_on < today():
        raise ValidationError(translate("Sanctions", "The disposition cannot take effect before today ({day}).")
                              .format(day=official_date(today())), field="starts_on")
    if kind == DispositionKind.REVOCATION:
        check_restriction(session, case.entry_id, RestrictionKind.REVOCATION, starts_on, None)
        return DispositionPlan(kind, starts_on, None, None)
    period = suspension_period(calendar(session), starts_on, months, days)
    check_restriction(session, case.entry_id, RestrictionKind.SUSPENSION, starts_on, period.end)
    return DispositionPlan(kind, starts_on, period.end, period)


def draft_disposition(session: Session, actor: Actor, case_id: int, kind: DispositionKind, starts_on: date,
                      reasons: str, months: int = 0, days: int = 0, reasons_en: str = "") -> int:
    """Draft the disposition after the hearing record: its kind, period and reasons (행정절차법 Art. 23)."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    case = load_case(session, case_id)
    hearing = hearing_of(session, case.id)
    if case.status != CaseStatus.HEARD or hearing is None:
        raise WorkflowError(translate("Sanctions", "A disposition is drafted after the hearing (Act Art. 57)."))
    if disposition_of(session, case.id) is not None:
        raise WorkflowError(translate("Sanctions", "Case {number} already has a drafted disposition.")
                            .format(number=case.number))
    if actor.user_id and actor.user_id == hearing.presiding_officer_id:
        raise WorkflowError(translate("Sanctions", "The presiding officer of the hearing does not draft the "
                                      "disposition."))
    if not reasons.strip():
        raise ValidationError(translate("Sanctions", "State the reasons of the disposition (행정절차법 Art. 23)."),
                              field="reasons")
    check_limitation(case.ground, case.breach_ended_on, today())
    plan = plan_disposition(session, actor, case_id, kind, starts_on, months, days)
    disposition = Disposition(case_id=case.id, kind=plan.kind, starts_on=starts_on, ends_on=plan.ends_on,
                              months=months if plan.period else 0, days=days if plan.period else 0,
                              reasons=reasons.strip(), reasons_en=reasons_en.strip(),
                              drafted_by_id=actor.user_id or None, drafted_at=now())
    session.add(disposition)
    session.flush()
    record(session, actor, "sanction.draft_disposition", disposition, summary=f"{case.number} {plan.kind.value}",
           after={"starts_on": starts_on.isoformat(),
                  "ends_on": plan.ends_on.isoformat() if plan.ends_on else None,
                  "period": plan.period.explain("ko") if plan.period else ""})
    return disposition.id


def discard_disposition(session: Session, actor: Actor, disposition_id: int) -> None:
    """Throw away a draft not issued yet (to draft it again)."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    disposition = load_disposition(session, disposition_id)
    if disposition.issued_at is not None:
        raise WorkflowError(translate("Sanctions", "An issued disposition stays as issued."))
    case = load_case(session, disposition.case_id)
    record(session, actor, "sanction.discard_disposition", disposition, summary=case.number,
           before={"kind": disposition.kind.value, "starts_on": disposition.starts_on.isoformat(),
                   "months": disposition.months, "days": disposition.days})
    session.delete(disposition)
    session.flush()


def discard_drafted(session: Session, actor: Actor, case_id: int) -> None:
    """Discard the case's drafted disposition, not yet approved (refused when there is none)."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    disposition = disposition_of(session, case_id)
    if disposition is None:
        raise WorkflowError(translate("Sanctions", "Case {number} has no drafted disposition.")
                            .format(number=load_case(session, case_id).number))
    discard_disposition(session, actor, disposition.id)


def issue_drafted(session: Session, actor: Actor, case_id: int) -> str:
    """Approve and issue the case's drafted disposition (refused when there is none)."""
    require(session, actor, Permission.APPROVE_DECISIONS)
    disposition = disposition_of(session, case_id)
    if disposition is None:
        raise WorkflowError(translate("Sanctions", "Draft the disposition first."))
    return issue_disposition(session, actor, disposition.id)


def issue_disposition(session: Session, actor: Actor, disposition_id: int) -> str:
    """Approve and issue: not by its drafter nor the hearing's officer; numbered, written into the registry, frozen."""
    from desktop.domain.sanctions.letters import build_letter

    require(session, actor, Permission.APPROVE_DECISIONS)
    disposition = load_disposition(session, disposition_id)
    case = load_case(session, disposition.case_id)
    if disposition.issued_at is not None:
        raise WorkflowError(translate("Sanctions", "Disposition {number} is already issued.")
                            .format(number=disposition.number))
    if actor.user_id and actor.user_id == disposition.drafted_by_id:
        raise WorkflowError(translate("Sanctions", "The drafter of a disposition cannot also approve it: another "
                                      "approver must issue it (four eyes)."))
    hearing = hearing_of(session, case.id)
    if hearing is not None and actor.user_id == hearing.presiding_officer_id:
        raise WorkflowError(translate("Sanctions", "The presiding officer of the hearing cannot approve the "
                                      "disposition."))
    check_limitation(case.ground, case.breach_ended_on, today())
    plan = plan_disposition(session, actor, case.id, disposition.kind, disposition.starts_on, disposition.months,
                            disposition.days)
    disposition.number = next_document_number(session)
    disposition.approved_by_id = actor.user_id or None
    disposition.issued_at = now()
    disposition.ends_on = plan.ends_on
    case.status = CaseStatus.DISPOSED
    restriction = RestrictionKind.SUSPENSION if plan.kind == DispositionKind.SUSPENSION else RestrictionKind.REVOCATION
    record_restriction(session, actor, case.entry_id, restriction, plan.starts_on, plan.ends_on, disposition.number,
                       "sanction_dispositions", disposition.id, note=case.number)
    session.flush()
    record(session, actor, "sanction.issue_disposition", disposition, summary=f"{disposition.number} {case.number}",
           after={"kind": plan.kind.value, "starts_on": plan.starts_on.isoformat(),
                  "ends_on": plan.ends_on.isoformat() if plan.ends_on else None})
    freeze(session, actor, DocumentKind.SANCTION_DISPOSITION, "sanction_dispositions", disposition.id,
           disposition.number, build_letter(session, DocumentKind.SANCTION_DISPOSITION, disposition.id))
    return disposition.number
