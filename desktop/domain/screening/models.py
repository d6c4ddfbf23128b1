"""Document screening against Decree Art. 12 ② and supplement requests."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column


class ScreeningOutcome(StrEnum):
    ELIGIBLE = "eligible"
    DEFICIENT = "deficient"  # supplement needed
    INELIGIBLE = "ineligible"


class ScreeningResult(Base):
    """One run of the requirement rules, confirmed by a screener (overrides carry reasons)."""

    __tablename__ = "screening_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    screened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    screener_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[ScreeningOutcome] = mapped_column(enum_column(ScreeningOutcome))
    # [{"rule": "staff_qualified", "passed": bool, "reason": str, "override": {"passed": bool, "reason": str}}]
    rules: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    count_both_groups: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)
    # The screener's sign-off of this result (overrides included); passing to inspection confirms it too.
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SupplementStatus(StrEnum):
    OPEN = "open"
    RECEIVED = "received"
    EXPIRED = "expired"


class SupplementRequest(Base):
    __tablename__ = "supplement_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    screening_result_id: Mapped[int | None] = mapped_column(ForeignKey("screening_results.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deadline: Mapped[date] = mapped_column(Date)
    # each a text as typed, or {"ko": …, "en": …} as the app wrote it (printed in the letter's language)
    deficiencies: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[SupplementStatus] = mapped_column(enum_column(SupplementStatus), default=SupplementStatus.OPEN)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    letter_sha256: Mapped[str | None] = mapped_column(String(64))
