"""Rounds: calls for applications whose procedure settings are frozen when they open."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ConflictError, NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import AggregationMethod, Application, ApplicationStatus, Round, RoundStatus
from desktop.domain.audit.service import record, snapshot
from desktop.domain.settings.service import ROUND_FROZEN_KEYS, get_settings


@dataclass(frozen=True)
class RoundRow:
    id: int
    code: str
    title: str
    status: RoundStatus
    period_start: date
    period_end: date
    deadline: datetime
    pass_mark: Decimal
    aggregation_method: AggregationMethod
    counts: dict[ApplicationStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def round_status_label(status: RoundStatus) -> str:
    return {
        RoundStatus.PLANNED: translate("Rounds", "Planned"),
        RoundStatus.OPEN: translate("Rounds", "Open"),
        RoundStatus.CLOSED: translate("Rounds", "Closed"),
        RoundStatus.COMPLETED: translate("Rounds", "Completed"),
    }[status]


def create_round(
    session: Session, actor: Actor, code: str, title: str, period_start: date, period_end: date, deadline: datetime,
    *, notice_number: str | None = None,
) -> int:
    """A planned round with today's defaults; they stay editable until it opens."""
    require(actor, Permission.MANAGE_ROUNDS)
    if not code.strip() or not title.strip():
        raise ValidationError(translate("Rounds", "A round needs a code and a title."), field="code")
    if period_end < period_start:
        raise ValidationError(translate("Rounds", "The period ends before it starts."), field="period_end")
    if deadline.date() < period_start:
        raise ValidationError(translate("Rounds", "The deadline lies before the period starts."), field="deadline")
    if session.scalar(select(Round.id).where(Round.code == code.strip())):
        raise ConflictError(translate("Rounds", "A round with the code {code} exists.").format(code=code), field="code")
    settings = get_settings(session)
    rnd = Round(
        code=code.strip(), title=title.strip(), notice_number=notice_number, period_start=period_start,
        period_end=period_end, deadline=deadline, status=RoundStatus.PLANNED,
        pass_mark=Decimal(settings["pass_mark"]), aggregation_method=AggregationMethod(settings["aggregation_method"]),
        criteria_version=settings["criteria_version"], checklist_version=settings["checklist_version"],
        settings={k: settings[k] for k in ROUND_FROZEN_KEYS},
    )
    session.add(rnd)
    session.flush()
    record(session, actor, "round.create", rnd, summary=rnd.code, after=snapshot(rnd))
    return rnd.id


def open_round(session: Session, actor: Actor, round_id: int) -> None:
    """Open for applications: from now on the round's settings are frozen."""
    require(actor, Permission.MANAGE_ROUNDS)
    rnd = get_round(session, round_id)
    if rnd.status != RoundStatus.PLANNED:
        raise WorkflowError(translate("Rounds", "Only a planned round can be opened."))
    rnd.status = RoundStatus.OPEN
    rnd.opened_at = now()
    record(session, actor, "round.open", rnd, summary=rnd.code,
           before={"status": "planned"}, after={"status": "open", "settings": rnd.settings,
                                                "pass_mark": str(rnd.pass_mark)})


def set_round_status(session: Session, actor: Actor, round_id: int, status: RoundStatus) -> None:
    require(actor, Permission.MANAGE_ROUNDS)
    rnd = get_round(session, round_id)
    order = list(RoundStatus)
    if order.index(status) != order.index(rnd.status) + 1:
        raise WorkflowError(
            translate("Rounds", "A round goes planned → open → closed → completed; it cannot go from {a} to {b}.")
            .format(a=round_status_label(rnd.status), b=round_status_label(status))
        )
    before = rnd.status.value
    rnd.status = status
    if status == RoundStatus.OPEN:
        rnd.opened_at = now()
    record(session, actor, "round.status", rnd, summary=rnd.code, before={"status": before},
           after={"status": status.value})


def get_round(session: Session, round_id: int) -> Round:
    rnd = session.get(Round, round_id)
    if rnd is None:
        raise NotFound(translate("Rounds", "The round no longer exists."))
    return rnd


def list_rounds(session: Session, actor: Actor) -> list[RoundRow]:
    require(actor, Permission.VIEW_APPLICATIONS)
    counts: dict[int, dict[ApplicationStatus, int]] = {}
    for round_id, status, n in session.execute(
        select(Application.round_id, Application.status, func.count()).group_by(Application.round_id,
                                                                                 Application.status)
    ):
        counts.setdefault(round_id, {})[status] = n
    return [
        RoundRow(r.id, r.code, r.title, r.status, r.period_start, r.period_end, r.deadline, r.pass_mark,
                 r.aggregation_method, counts.get(r.id, {}))
        for r in session.scalars(select(Round).order_by(Round.period_start.desc(), Round.id.desc()))
    ]
