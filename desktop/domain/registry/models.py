"""The registry of designated valuation institutes (Act Art. 28) and their history."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column


class RegistryStatus(StrEnum):
    DESIGNATED = "designated"
    SUSPENDED = "suspended"
    REVOKED = "revoked"


class RegistryEventKind(StrEnum):
    DESIGNATED = "designated"
    CORRECTED = "corrected"  # a correcting decision superseded the one the entry rests on
    SUSPENDED = "suspended"
    REINSTATED = "reinstated"
    REVOKED = "revoked"


class RegistryEntry(Base):
    __tablename__ = "registry_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)  # the current decision
    designated_on: Mapped[date] = mapped_column(Date)
    status: Mapped[RegistryStatus] = mapped_column(enum_column(RegistryStatus), default=RegistryStatus.DESIGNATED)
    # Scope per Act Art. 2(11).
    scope_inventions: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_trademarks: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_trade_secrets: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_layouts: Mapped[bool] = mapped_column(Boolean, default=False)
    output_amount: Mapped[bool] = mapped_column(Boolean, default=True)
    output_grade: Mapped[bool] = mapped_column(Boolean, default=True)
    output_score: Mapped[bool] = mapped_column(Boolean, default=True)
    review_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class RegistryEvent(Base):
    """One line of an entry's history: designation, correction, suspension, reinstatement, revocation."""

    __tablename__ = "registry_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entries.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RegistryEventKind] = mapped_column(enum_column(RegistryEventKind))
    occurred_on: Mapped[date] = mapped_column(Date)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    reference: Mapped[str] = mapped_column(String(60), default="", server_default="")  # e.g. the decision number
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
