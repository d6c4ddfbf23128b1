"""The register of filed evaluation reports and the correction requests sent about them."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column


class SubjectKind(StrEnum):
    INVENTION = "invention"
    TRADEMARK = "trademark"
    TRADE_SECRET = "trade_secret"
    LAYOUT = "layout"  # semiconductor layout-design


class SubjectStatus(StrEnum):
    PENDING = "pending"
    REGISTERED = "registered"


class SubjectOrigin(StrEnum):
    DOMESTIC = "domestic"
    FOREIGN = "foreign"


class Purpose(StrEnum):
    COLLATERAL_LOAN = "collateral_loan"
    INVESTMENT = "investment"
    GUARANTEE = "guarantee"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    LITIGATION = "litigation"
    OTHER = "other"


class Method(StrEnum):
    MARKET = "market"
    INCOME = "income"
    COST = "cost"
    GRADING = "grading"  # a grading (rating) system: a grade or a score, no amount


class EvaluationReport(Base):
    """One report as the evaluation information system exported it; never edited, only imported."""

    __tablename__ = "evaluation_reports"
    __table_args__ = (UniqueConstraint("institution_id", "report_number"),
                      Index("ix_evaluation_reports_issue_date_id", "issue_date", "id"))  # the register's order

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    report_number: Mapped[str] = mapped_column(String(60))
    valuation_date: Mapped[date] = mapped_column(Date)
    issue_date: Mapped[date] = mapped_column(Date)
    filing_date: Mapped[date] = mapped_column(Date)
    filing_deadline: Mapped[date] = mapped_column(Date)  # 30 days from issue (민법 157, 161), as counted at import
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    subject_kind: Mapped[SubjectKind] = mapped_column(enum_column(SubjectKind))
    subject_status: Mapped[SubjectStatus] = mapped_column(enum_column(SubjectStatus))
    subject_origin: Mapped[SubjectOrigin] = mapped_column(enum_column(SubjectOrigin))
    purpose: Mapped[Purpose] = mapped_column(enum_column(Purpose))
    method: Mapped[Method] = mapped_column(enum_column(Method))
    amount_won: Mapped[int | None] = mapped_column(BigInteger)
    grade: Mapped[str | None] = mapped_column(String(8))
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    content_sha256: Mapped[str] = mapped_column(String(64))  # of the imported fields: a re-import compares it
    source_file: Mapped[str] = mapped_column(String(255), default="", server_default="")
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)


class CorrectionRequest(Base):
    """A request to correct a filed report, answered within 20 days of its receipt (Decree Art. 14-5)."""

    __tablename__ = "report_correction_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("evaluation_reports.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)  # the day the institute received the request
    due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    answered_on: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    answer_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
