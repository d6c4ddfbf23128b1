"""Committee score sheets and the stored, reproducible results of aggregating them."""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.clock import now
from desktop.db.base import Base, DecimalString, UTCDateTime, Versioned, enum_column


class SheetStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"


class ScoreSheet(Versioned, Base):
    __tablename__ = "score_sheets"
    __table_args__ = (UniqueConstraint("application_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"), index=True)
    criteria_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[SheetStatus] = mapped_column(enum_column(SheetStatus), default=SheetStatus.DRAFT)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_reason: Mapped[str | None] = mapped_column(Text)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)

    entries: Mapped[list["ScoreEntry"]] = relationship(cascade="all, delete-orphan", order_by="ScoreEntry.criterion")

    @property
    def total(self) -> Decimal:
        return sum((e.score for e in self.entries), Decimal(0))


class ScoreEntry(Base):
    __tablename__ = "score_entries"
    __table_args__ = (UniqueConstraint("sheet_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheets.id", ondelete="CASCADE"))
    criterion: Mapped[str] = mapped_column(String(20))
    score: Mapped[Decimal] = mapped_column(DecimalString)
    comment: Mapped[str] = mapped_column(Text, default="")


class ScoringResult(Base):
    """An aggregate with everything needed to recompute it: inputs, method, criteria version, settings."""

    __tablename__ = "scoring_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    method: Mapped[str] = mapped_column(String(32))
    criteria_version: Mapped[str] = mapped_column(String(40))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)
    inputs: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # the sheets: member label, scores
    aggregate: Mapped[Decimal] = mapped_column(DecimalString)
    criterion_aggregates: Mapped[dict[str, str]] = mapped_column(JSON)
    passed: Mapped[bool] = mapped_column(Boolean)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
