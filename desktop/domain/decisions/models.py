"""Decisions on applications and public notices (their documents and numbers: domain/issued)."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint, event
from sqlalchemy import inspect as inspect_state
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.core.errors import WorkflowError
from desktop.core.i18n import translate
from desktop.db.base import Base, UTCDateTime, enum_column

OUTPUTS = ("amount", "grade", "score")  # the valuation outputs a designation may cover, in printed order


class DecisionOutcome(StrEnum):
    DESIGNATED = "designated"
    NOT_DESIGNATED = "not_designated"


class DecisionStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SUPERSEDED = "superseded"


class Decision(Base):
    """A decision on one application; immutable once issued (a correction is a new decision that supersedes it).

    ``reasons``/``conditions`` are the Korean text, ``reasons_en``/``conditions_en`` the English one printed on
    English notices (empty: the Korean text is printed).
    """

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    status: Mapped[DecisionStatus] = mapped_column(enum_column(DecisionStatus), default=DecisionStatus.DRAFT)
    year: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int | None] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    reasons_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    conditions_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    correction_reason: Mapped[str | None] = mapped_column(Text)
    correction_reason_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    language: Mapped[str] = mapped_column(String(5), default="ko")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    drafted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    drafted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The committee result the decision rests on, set when it is issued; the database keeps that result unchanged.
    scoring_result_id: Mapped[int | None] = mapped_column(ForeignKey("scoring_results.id"))

    @property
    def number(self) -> str:
        """``제2026-0001호``; empty until issued."""
        return decision_number(self.year, self.sequence)


def decision_number(year: int | None, sequence: int | None) -> str:
    """A decision's number from its year and sequence (``제2026-0001호``); empty until issued."""
    if year is None or sequence is None:
        return ""
    return f"제{year}-{sequence:04d}호"


_FROZEN_ONCE_ISSUED = (
    "application_id", "outcome", "year", "sequence", "reasons", "reasons_en", "conditions", "conditions_en",
    "correction_reason", "correction_reason_en", "language", "supersedes_id", "drafted_by_id", "drafted_at",
    "reviewed_by_id", "reviewed_at", "approved_by_id", "approved_at", "issued_at", "scoring_result_id",
)


@event.listens_for(Decision, "before_update")
def _issued_decisions_are_immutable(mapper: object, connection: object, target: Decision) -> None:
    """Last line of defence behind the services: an issued decision only ever becomes superseded."""
    state = inspect_state(target)
    status = state.attrs.status.history
    old_status = status.deleted[0] if status.deleted else target.status
    if old_status == DecisionStatus.DRAFT:
        return
    changed = [name for name in _FROZEN_ONCE_ISSUED if state.attrs[name].history.has_changes()]
    bad_status = status.has_changes() and not (
        old_status == DecisionStatus.ISSUED and target.status == DecisionStatus.SUPERSEDED)
    if changed or bad_status:
        raise WorkflowError(translate("Decisions", "An issued decision cannot be changed; issue a correction."))


@event.listens_for(Decision, "before_delete")
def _issued_decisions_are_kept(mapper: object, connection: object, target: Decision) -> None:
    if target.status != DecisionStatus.DRAFT:
        raise WorkflowError(translate("Decisions", "An issued decision cannot be changed; issue a correction."))


class PublicNotice(Base):
    """The 고시 of the institutes designated in a round; its list is frozen when it is issued."""

    __tablename__ = "public_notices"
    __table_args__ = (UniqueConstraint("year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[date] = mapped_column(Date)
    effective_on: Mapped[date] = mapped_column(Date)
    # [{"decision_id", "number", "institution", "institution_en", "representative", "address", "scope", …}]
    entries: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)

    @property
    def number(self) -> str:
        """``제2026-001호`` (notices are numbered with three digits)."""
        return f"제{self.year}-{self.sequence:03d}호"
