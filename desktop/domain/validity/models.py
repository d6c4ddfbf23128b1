"""A validity check (타당성조사, Act Art. 31-4 ①–③) of one filed report: its notices and the recipients' comments,
the examiners' findings per criterion of the evaluation standard, the conclusion and the result letter."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column
from desktop.domain.reports.standard import Assessment, Conclusion, Criterion


class Requester(StrEnum):
    """Who asked for the check (Art. 31-4 ①): the ministry itself, a state body, or an interested party."""

    EX_OFFICIO = "ex_officio"
    STATE_BODY = "state_body"
    CLIENT = "client"  # the interested party who commissioned the valuation
    RESULT_RECIPIENT = "result_recipient"  # an interested party who receives the result under law or contract


class Recipient(StrEnum):
    """Whom a notice goes to (Art. 31-4 ②)."""

    INSTITUTE = "institute"
    CLIENT = "client"
    REQUESTER = "requester"


class CheckStatus(StrEnum):
    OPEN = "open"  # notices still to send
    NOTIFIED = "notified"  # every notice sent: the comment periods run
    CONCLUDED = "concluded"  # findings and conclusion recorded, the result letter issued
    WITHDRAWN = "withdrawn"  # dropped before its conclusion (e.g. notices too late, the request withdrawn)


class ValidityCheck(Base):
    """One check of one filed report; ``notice_deadline`` is the last day to send its notices."""

    __tablename__ = "validity_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("evaluation_reports.id"), index=True)
    requester: Mapped[Requester] = mapped_column(enum_column(Requester))
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_contact: Mapped[str] = mapped_column(String(300), default="")
    client_name: Mapped[str] = mapped_column(String(200))
    client_contact: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    reason_en: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CheckStatus] = mapped_column(enum_column(CheckStatus), default=CheckStatus.OPEN)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    notice_deadline: Mapped[date] = mapped_column(Date)
    conclusion: Mapped[Conclusion | None] = mapped_column(enum_column(Conclusion))
    reasons: Mapped[str] = mapped_column(Text, default="")
    reasons_en: Mapped[str] = mapped_column(Text, default="")
    concluded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    concluded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    sanction_case_id: Mapped[int | None] = mapped_column(ForeignKey("sanction_cases.id"))
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ValidityNotice(Base):
    """The notice to one recipient, the day it was received (its comment period runs from it) and the comment."""

    __tablename__ = "validity_notices"
    __table_args__ = (UniqueConstraint("check_id", "recipient"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("validity_checks.id"), index=True)
    recipient: Mapped[Recipient] = mapped_column(enum_column(Recipient))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_contact: Mapped[str] = mapped_column(String(300), default="")
    number: Mapped[str] = mapped_column(String(40), unique=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    received_on: Mapped[date | None] = mapped_column(Date)
    comment_deadline: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    commented_on: Mapped[date | None] = mapped_column(Date)
    comment_late: Mapped[bool] = mapped_column(Boolean, default=False)
    comment_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ValidityFinding(Base):
    """The examiners' judgment of the report on one criterion of the evaluation standard (Art. 31-2)."""

    __tablename__ = "validity_findings"
    __table_args__ = (UniqueConstraint("check_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("validity_checks.id"), index=True)
    criterion: Mapped[Criterion] = mapped_column(enum_column(Criterion))
    assessment: Mapped[Assessment] = mapped_column(enum_column(Assessment))
    note: Mapped[str] = mapped_column(Text, default="")
