"""Rounds (calls for applications), applications, their staff rosters and attachments."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.clock import now
from desktop.db.base import Base, DecimalString, UTCDateTime, Versioned, enum_column
from desktop.domain.institutions.models import Institution


class RoundStatus(StrEnum):
    PLANNED = "planned"  # settings still editable
    OPEN = "open"  # settings frozen, applications received
    CLOSED = "closed"  # deadline passed, review under way
    COMPLETED = "completed"  # decisions issued


class AggregationMethod(StrEnum):
    TRIMMED_MEAN = "trimmed_mean"
    MEAN = "mean"
    MEDIAN = "median"


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SCREENING = "screening"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    INSPECTION = "inspection"
    COMMITTEE_REVIEW = "committee_review"
    DESIGNATED = "designated"
    NOT_DESIGNATED = "not_designated"
    INELIGIBLE = "ineligible"
    WITHDRAWN = "withdrawn"


class Qualification(StrEnum):
    PATENT_ATTORNEY = "patent_attorney"
    CPA = "cpa"
    PROFESSIONAL_ENGINEER = "professional_engineer"
    DOCTORATE = "doctorate"
    LAWYER = "lawyer"  # not in group (a)
    APPRAISER = "appraiser"  # real-estate appraiser: not in group (a)
    NONE = "none"


class Round(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # e.g. 2026-2
    title: Mapped[str] = mapped_column(String(200))
    notice_number: Mapped[str | None] = mapped_column(String(40))  # 공고 제2026-000호
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[RoundStatus] = mapped_column(enum_column(RoundStatus), default=RoundStatus.PLANNED)
    # Settings frozen when the round opens.
    pass_mark: Mapped[Decimal] = mapped_column(DecimalString, default=Decimal(70))
    aggregation_method: Mapped[AggregationMethod] = mapped_column(
        enum_column(AggregationMethod), default=AggregationMethod.TRIMMED_MEAN
    )
    criteria_version: Mapped[str] = mapped_column(String(40))
    checklist_version: Mapped[str] = mapped_column(String(40))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)

    applications: Mapped[list["Application"]] = relationship(back_populates="round")


class Application(Versioned, Base):
    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("round_id", "institution_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)  # e.g. 2026-2-007
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.DRAFT, index=True
    )
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    late_reason: Mapped[str | None] = mapped_column(Text)
    consent_admin_check: Mapped[bool] = mapped_column(Boolean, default=True)
    business_plan: Mapped[str] = mapped_column(Text, default="")
    dedicated_unit: Mapped[str] = mapped_column(Text, default="")  # 전담조직: name and description
    facilities: Mapped[str] = mapped_column(Text, default="")  # 시설·장비
    scope_inventions: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_trademarks: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_trade_secrets: Mapped[bool] = mapped_column(Boolean, default=False)
    scope_layouts: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    status_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)

    round: Mapped[Round] = relationship(back_populates="applications")
    institution: Mapped[Institution] = relationship()
    staff: Mapped[list["StaffMember"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="StaffMember.position_order"
    )
    attachments: Mapped[list["Attachment"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class StaffMember(Base):
    """One person of the applicant's evaluation staff, with the evidence for the legal requirements."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    position_order: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(100), default="")
    permanent: Mapped[bool] = mapped_column(Boolean, default=True)
    employment_evidence: Mapped[str] = mapped_column(String(200), default="")
    qualification: Mapped[Qualification] = mapped_column(enum_column(Qualification), default=Qualification.NONE)
    doctorate_field: Mapped[str | None] = mapped_column(String(100))
    doctorate_related: Mapped[bool] = mapped_column(Boolean, default=False)
    experience_years: Mapped[Decimal] = mapped_column(DecimalString, default=Decimal(0))
    experience_evidence: Mapped[str] = mapped_column(String(200), default="")

    application: Mapped[Application] = relationship(back_populates="staff")


class ConflictGround(StrEnum):
    """Why a person stays out of an applicant's matter: inspectors and committee members declare the same grounds."""

    SPOUSE_IS_PARTY = "spouse_is_party"
    RELATIVE_OF_REPRESENTATIVE = "relative_of_representative"
    DIRECT_INVOLVEMENT = "direct_involvement"
    AGENT_WITNESS_APPRAISER = "agent_witness_appraiser"
    DIRECT_INTEREST = "direct_interest"
    EMPLOYMENT = "employment"
    OTHER = "other"


class AttachmentKind(StrEnum):
    APPLICATION_FORM = "application_form"  # 별지 제3호의5서식
    BUSINESS_PLAN = "business_plan"
    STAFF_EVIDENCE = "staff_evidence"
    UNIT_EVIDENCE = "unit_evidence"
    FACILITY_EVIDENCE = "facility_evidence"
    REGISTRY_EXTRACT = "registry_extract"  # required only without consent to the administrative check
    SUPPLEMENT = "supplement"
    OTHER = "other"


class AttachmentStatus(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Attachment(Versioned, Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(enum_column(AttachmentKind))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    status: Mapped[AttachmentStatus] = mapped_column(
        enum_column(AttachmentStatus), default=AttachmentStatus.RECEIVED
    )
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    # What the file proves, e.g. whose employment record it is ("김변리: 4대보험 가입내역").
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    application: Mapped[Application] = relationship(back_populates="attachments")
