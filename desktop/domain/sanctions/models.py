"""A sanction case against a designated institute and its steps: prior notice, hearing, disposition."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column


class Ground(StrEnum):
    """Act Art. 31 ① items 1–3."""

    FRAUD = "fraud"  # (1) designation obtained by fraud or other wrongful means: revocation is mandatory
    LOST_ABILITY = "lost_ability"  # (2) no longer able to evaluate
    BREACH_OF_STANDARD = "breach_of_standard"  # (3) evaluated in breach of the evaluation standard (Art. 31-2)


class DispositionKind(StrEnum):
    SUSPENSION = "suspension"
    REVOCATION = "revocation"


class CaseStatus(StrEnum):
    OPEN = "open"
    NOTICED = "noticed"  # prior notice sent
    HEARING_NOTIFIED = "hearing_notified"
    HEARD = "heard"  # hearing record made
    DISPOSED = "disposed"


class SanctionCase(Base):
    """A case against one registry entry, with its ground and the facts; ``breach_ended_on`` starts the 5-year
    limitation (행정기본법 Art. 23)."""

    __tablename__ = "sanction_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entries.id"), index=True)
    ground: Mapped[Ground] = mapped_column(enum_column(Ground))
    facts: Mapped[str] = mapped_column(Text)
    facts_en: Mapped[str] = mapped_column(Text, default="")
    breach_ended_on: Mapped[date] = mapped_column(Date)
    intended: Mapped[DispositionKind] = mapped_column(enum_column(DispositionKind))
    intended_months: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), default=CaseStatus.OPEN)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class SanctionEvidence(Base):
    """Evidence of a case: a file, and/or a reference to another record (e.g. a validity-check finding)."""

    __tablename__ = "sanction_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sanction_cases.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    reference_type: Mapped[str] = mapped_column(String(40), default="")  # a table name, e.g. "validity_checks"
    reference_id: Mapped[int | None] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(120), default="")  # the record's number as printed
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class PriorNotice(Base):
    """사전통지 (행정절차법 Art. 21) and the opinion received in answer."""

    __tablename__ = "sanction_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sanction_cases.id"), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opinion_days: Mapped[int] = mapped_column(Integer)
    opinion_deadline: Mapped[date] = mapped_column(Date)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opinion_received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    opinion: Mapped[str] = mapped_column(Text, default="")
    opinion_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Hearing(Base):
    """청문 (Act Art. 57; 행정절차법 Art. 28–35): its notice, then its record (청문조서) and the officer's opinion."""

    __tablename__ = "sanction_hearings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sanction_cases.id"), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # the hearing notice's
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    notified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    hearing_on: Mapped[date] = mapped_column(Date)
    hearing_time: Mapped[str] = mapped_column(String(5), default="14:00")
    place: Mapped[str] = mapped_column(String(200))
    presiding_officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    record_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    attendance: Mapped[str] = mapped_column(Text, default="")
    statements: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    public_reason: Mapped[str] = mapped_column(Text, default="")
    officer_opinion: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Disposition(Base):
    """처분: a suspension (1 day – 6 months, 행정기본법 Art. 6 ② period) or a revocation; drafted, then approved
    and issued by someone else (four eyes)."""

    __tablename__ = "sanction_dispositions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sanction_cases.id"), unique=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given when issued
    kind: Mapped[DispositionKind] = mapped_column(enum_column(DispositionKind))
    months: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer, default=0)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(Text)
    reasons_en: Mapped[str] = mapped_column(Text, default="")
    drafted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drafted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
