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
    review_on: Mapped[date | None] = mapped_column(Date)  # an optional 재지정/점검 date the secretariat sets
    # The particulars as designated; recorded changes (registry_changes) apply from their effective day.
    name_at_designation: Mapped[str] = mapped_column(String(200), default="", server_default="")
    representative_at_designation: Mapped[str] = mapped_column(String(100), default="", server_default="")
    address_at_designation: Mapped[str] = mapped_column(String(300), default="", server_default="")
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


class RegistryChangeKind(StrEnum):
    """What a recorded change of a designated institute's particulars changes."""

    SCOPE = "scope"  # what it may evaluate (Act Art. 2(11))
    OUTPUTS = "outputs"  # how it expresses value: amount, grade, score
    NAME = "name"
    REPRESENTATIVE = "representative"
    ADDRESS = "address"
    MERGER = "merger"


class MergerRole(StrEnum):
    ABSORBED = "absorbed"  # this institute absorbed the partner and carries on
    MERGED_INTO = "merged_into"  # this institute was merged into the partner


class RegistryChange(Base):
    """A change of an entry's particulars from its effective day on, with its evidence and who recorded it."""

    __tablename__ = "registry_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entries.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RegistryChangeKind] = mapped_column(enum_column(RegistryChangeKind))
    effective_on: Mapped[date] = mapped_column(Date)
    # The new value: a name, a representative, an address, the merger partner's name; for scope and outputs the
    # names joined by commas ("inventions,trademarks").
    value: Mapped[str] = mapped_column(Text)
    merger_role: Mapped[str] = mapped_column(String(20), default="", server_default="")
    evidence_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    evidence_filename: Mapped[str] = mapped_column(String(200), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
