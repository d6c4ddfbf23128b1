"""Rounds: calls for applications whose procedure settings are frozen when they open."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, now
from desktop.core.errors import ConflictError, NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import AggregationMethod, Application, ApplicationStatus, Round, RoundStatus
from desktop.domain.audit.service import changed, record, snapshot
from desktop.domain.settings.catalogue import (
    AGGREGATION_METHOD,
    CHECKLIST_VERSION,
    COUNT_BOTH_GROUPS,
    CRITERIA_VERSION,
    PASS_MARK,
    SUPPLEMENT_DAYS,
)
from desktop.domain.settings.service import get_settings, round_frozen_keys, validate_setting


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
    notice_number: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    opened_at: datetime | None = None
    criteria_version: str = ""
    checklist_version: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def count_both_groups(self) -> bool:
        return COUNT_BOTH_GROUPS.of(self.settings)

    @property
    def supplement_days(self) -> int:
        return SUPPLEMENT_DAYS.of(self.settings)


def round_status_label(status: RoundStatus) -> str:
    return {
        RoundStatus.PLANNED: translate("Rounds", "Planned"),
        RoundStatus.OPEN: translate("Rounds", "Open"),
        RoundStatus.CLOSED: translate("Rounds", "Closed"),
        RoundStatus.COMPLETED: translate("Rounds", "Completed"),
    }[status]


# Round settings a planner may change until the round opens (the rest are copied from the business settings).
EDITABLE_SETTINGS = {spec.key: spec for spec in (COUNT_BOTH_GROUPS, SUPPLEMENT_DAYS)}
MAX_SUPPLEMENT_DAYS = int(SUPPLEMENT_DAYS.maximum or 0)


def _check_dates(period_start: date, period_end: date, deadline: datetime) -> None:
    """The period in order and the deadline inside it (the deadline's day counted in Korea)."""
    if period_end < period_start:
        raise ValidationError(translate("Rounds", "The period ends before it starts."), field="period_end")
    deadline_day = deadline.astimezone(KST).date()
    if deadline_day < period_start:
        raise ValidationError(translate("Rounds", "The deadline lies before the period starts."), field="deadline")
    if deadline_day > period_end:
        raise ValidationError(translate("Rounds", "The deadline lies after the period ends."), field="deadline")


def _checked_settings(values: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(values) - set(EDITABLE_SETTINGS))
    if unknown:
        raise ValidationError(translate("Rounds", "Unknown round setting: {key}.").format(key=unknown[0]),
                              field=unknown[0])
    return {key: validate_setting(key, bool(value) if EDITABLE_SETTINGS[key].kind == "bool" else value)
            for key, value in values.items()}


def round_defaults(session: Session, actor: Actor) -> dict[str, Any]:
    """The business settings a new round starts from (shown in the round dialog before it is saved)."""
    require(session, actor, Permission.MANAGE_ROUNDS)
    return get_settings(session)


def create_round(
    session: Session, actor: Actor, code: str, title: str, period_start: date, period_end: date, deadline: datetime,
    *, notice_number: str | None = None, settings: dict[str, Any] | None = None,
) -> int:
    """A planned round with today's defaults (``settings`` overrides some); they stay editable until it opens."""
    require(session, actor, Permission.MANAGE_ROUNDS)
    if not code.strip() or not title.strip():
        raise ValidationError(translate("Rounds", "A round needs a code and a title."),
                              field="code" if not code.strip() else "title")
    _check_dates(period_start, period_end, deadline)
    overrides = _checked_settings(settings or {})
    if session.scalar(select(Round.id).where(Round.code == code.strip())):
        raise ConflictError(translate("Rounds", "A round with the code {code} exists.").format(code=code), field="code")
    defaults = get_settings(session)
    frozen = {key: defaults[key] for key in round_frozen_keys()}  # the settings each round keeps a copy of
    rnd = Round(
        code=code.strip(), title=title.strip(), notice_number=(notice_number or "").strip() or None,
        period_start=period_start, period_end=period_end, deadline=deadline, status=RoundStatus.PLANNED,
        pass_mark=PASS_MARK.of(defaults), aggregation_method=AggregationMethod(AGGREGATION_METHOD.of(defaults)),
        criteria_version=CRITERIA_VERSION.of(defaults), checklist_version=CHECKLIST_VERSION.of(defaults),
        settings={**frozen, **overrides},
    )
    session.add(rnd)
    session.flush()
    record(session, actor, "round.create", rnd, summary=rnd.code, after=snapshot(rnd))
    return rnd.id


def update_round(
    session: Session, actor: Actor, round_id: int, title: str, period_start: date, period_end: date,
    deadline: datetime, *, notice_number: str | None = None, settings: dict[str, Any] | None = None,
) -> None:
    """Change a round; its period, deadline and settings only while it is planned (frozen once open)."""
    require(session, actor, Permission.MANAGE_ROUNDS)
    rnd = get_round(session, round_id)
    if not title.strip():
        raise ValidationError(translate("Rounds", "A round needs a code and a title."), field="title")
    overrides = _checked_settings(settings or {})
    frozen_changed = (period_start != rnd.period_start or period_end != rnd.period_end or deadline != rnd.deadline
                      or any(rnd.settings.get(k) != v for k, v in overrides.items()))
    if frozen_changed and rnd.status != RoundStatus.PLANNED:
        raise WorkflowError(translate("Rounds", "Round {code} is open: its period, deadline and settings are "
                                      "frozen.").format(code=rnd.code))
    _check_dates(period_start, period_end, deadline)
    before = snapshot(rnd, ("title", "notice_number", "period_start", "period_end", "deadline", "settings"))
    rnd.title = title.strip()
    rnd.notice_number = (notice_number or "").strip() or None
    rnd.period_start, rnd.period_end, rnd.deadline = period_start, period_end, deadline
    rnd.settings = {**rnd.settings, **overrides}
    after = snapshot(rnd, ("title", "notice_number", "period_start", "period_end", "deadline", "settings"))
    old, new = changed(before, after)
    record(session, actor, "round.update", rnd, summary=rnd.code, before=old, after=new)


def open_round(session: Session, actor: Actor, round_id: int) -> None:
    """Open for applications: from now on the round's settings are frozen."""
    require(session, actor, Permission.MANAGE_ROUNDS)
    rnd = get_round(session, round_id)
    if rnd.status != RoundStatus.PLANNED:
        raise WorkflowError(translate("Rounds", "Only a planned round can be opened."))
    rnd.status = RoundStatus.OPEN
    rnd.opened_at = now()
    record(session, actor, "round.open", rnd, summary=rnd.code,
           before={"status": "planned"}, after={"status": "open", "settings": rnd.settings,
                                                "pass_mark": str(rnd.pass_mark)})


def set_round_status(session: Session, actor: Actor, round_id: int, status: RoundStatus) -> None:
    require(session, actor, Permission.MANAGE_ROUNDS)
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
    require(session, actor, Permission.VIEW_APPLICATIONS)
    counts: dict[int, dict[ApplicationStatus, int]] = {}
    for round_id, status, n in session.execute(
        select(Application.round_id, Application.status, func.count()).group_by(Application.round_id,
                                                                                 Application.status)
    ):
        counts.setdefault(round_id, {})[status] = n
    return [
        RoundRow(r.id, r.code, r.title, r.status, r.period_start, r.period_end, r.deadline, r.pass_mark,
                 r.aggregation_method, counts.get(r.id, {}), r.notice_number or "", dict(r.settings or {}),
                 r.opened_at, r.criteria_version, r.checklist_version)
        for r in session.scalars(select(Round).order_by(Round.period_start.desc(), Round.id.desc()))
    ]
