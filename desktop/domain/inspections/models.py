"""On-site inspections: inspectors, checklist answers, evidence, findings, sign-off, conflicts, offline copies."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.clock import KST, now
from desktop.db.base import Base, DecimalString, UTCDateTime, Versioned, enum_column
from desktop.domain.applications.models import ConflictGround


class InspectionStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    SIGNED = "signed"


class Inspection(Base):
    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the day and the time of day it starts
    place: Mapped[str] = mapped_column(String(300))
    checklist_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[InspectionStatus] = mapped_column(
        enum_column(InspectionStatus), default=InspectionStatus.SCHEDULED
    )
    score: Mapped[Decimal | None] = mapped_column(DecimalString)
    max_score: Mapped[Decimal | None] = mapped_column(DecimalString)
    summary: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    committee_override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    # The template as it was when the inspection was scheduled: a later file never changes this inspection.
    checklist_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    scheduled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    committee_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    inspectors: Mapped[list["InspectionInspector"]] = relationship(cascade="all, delete-orphan",
                                                                   order_by="InspectionInspector.id")
    answers: Mapped[list["InspectionAnswer"]] = relationship(cascade="all, delete-orphan")
    findings: Mapped[list["Finding"]] = relationship(cascade="all, delete-orphan", order_by="Finding.id")
    evidence: Mapped[list["InspectionEvidence"]] = relationship(cascade="all, delete-orphan",
                                                                order_by="InspectionEvidence.id")

    @property
    def scheduled_on(self) -> date:
        """The day of the inspection in Korea."""
        return self.scheduled_at.astimezone(KST).date()


class InspectionInspector(Base):
    __tablename__ = "inspection_inspectors"
    __table_args__ = (UniqueConstraint("inspection_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attestation: Mapped[str | None] = mapped_column(Text)


class InspectionAnswer(Versioned, Base):
    __tablename__ = "inspection_answers"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(40))
    response: Mapped[str | None] = mapped_column(String(20))  # conform / nonconform / not_applicable
    score: Mapped[Decimal | None] = mapped_column(DecimalString)
    text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)


class FindingSeverity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"


class FindingVerification(StrEnum):
    PENDING = "pending"
    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"


class Finding(Base):
    __tablename__ = "inspection_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(40))
    severity: Mapped[FindingSeverity] = mapped_column(enum_column(FindingSeverity))
    description: Mapped[str] = mapped_column(Text)
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    applicant_response: Mapped[str | None] = mapped_column(Text)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verification: Mapped[FindingVerification] = mapped_column(
        enum_column(FindingVerification), default=FindingVerification.PENDING
    )
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verification_note: Mapped[str | None] = mapped_column(Text)

    @property
    def is_open(self) -> bool:
        return self.verification != FindingVerification.EFFECTIVE


class InspectionEvidence(Base):
    """A photo or document taken on site for one checklist item; the bytes are a content-addressed Blob."""

    __tablename__ = "inspection_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class InspectorConflict(Base):
    """An inspector's declared conflict of interest with an applicant: they cannot be assigned to it."""

    __tablename__ = "inspector_conflicts"
    __table_args__ = (UniqueConstraint("user_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    ground: Mapped[ConflictGround] = mapped_column(enum_column(ConflictGround))
    statement: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    declared_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class OfflineExport(Base):
    """One offline copy of an inspection: the file carries ``token``; ``secret`` (never in the file) signs it."""

    __tablename__ = "inspection_offline_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    secret: Mapped[str] = mapped_column(String(128))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    exported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class OfflineDatabaseIdentity(Base):
    """A random identity of this database, written into offline files so a foreign file is recognised."""

    __tablename__ = "offline_database_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
