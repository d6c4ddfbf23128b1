"""The designation review committee: members, meetings, attendance, conflicts of interest and challenges."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, Versioned, enum_column
from desktop.domain.applications.models import ConflictGround


class MemberKind(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"


class CommitteeMember(Versioned, Base):
    __tablename__ = "committee_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[MemberKind] = mapped_column(enum_column(MemberKind))
    affiliation: Mapped[str] = mapped_column(String(200))
    expertise: Mapped[str] = mapped_column(String(200), default="")
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date] = mapped_column(Date)

    affiliations: Mapped[list["MemberAffiliation"]] = relationship(cascade="all, delete-orphan")


class MemberAffiliation(Base):
    """Current and past employers (or services to an institution), for conflict suggestions."""

    __tablename__ = "member_affiliations"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id", ondelete="CASCADE"), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    relation: Mapped[str] = mapped_column(String(40), default="employment")  # employment / service
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class RoundCommitteeSeat(Base):
    """A member sitting on the committee of a round."""

    __tablename__ = "round_committee_seats"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"))
    is_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str] = mapped_column(String(10), default="")  # "A", "B", … where names are hidden


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


class Meeting(Base):
    __tablename__ = "committee_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200))
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)

    attendance: Mapped[list["MeetingAttendance"]] = relationship(cascade="all, delete-orphan")
    agenda: Mapped[list["AgendaItem"]] = relationship(cascade="all, delete-orphan", order_by="AgendaItem.order")


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("committee_meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=False)


class AgendaItem(Base):
    __tablename__ = "meeting_agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("committee_meetings.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    order: Mapped[int] = mapped_column(Integer, default=0)


class ConflictKind(StrEnum):
    NONE = "none"  # declared: no conflict
    EXCLUSION = "exclusion"  # 제척
    RECUSAL = "recusal"  # 회피
    CHALLENGE_UPHELD = "challenge_upheld"  # 기피 decided by vote


class ConflictDeclaration(Base):
    __tablename__ = "conflict_declarations"
    __table_args__ = (UniqueConstraint("member_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ConflictKind] = mapped_column(enum_column(ConflictKind))
    ground: Mapped[ConflictGround | None] = mapped_column(enum_column(ConflictGround))
    statement: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the app suggested when the member declared (affiliation or past service), kept as shown.
    suggestion: Mapped[str | None] = mapped_column(Text)

    @property
    def excludes(self) -> bool:
        return self.kind != ConflictKind.NONE


class ChallengeOutcome(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    REJECTED = "rejected"


class Challenge(Base):
    """기피: the applicant asks for a member's removal; the other members vote."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"))
    reason: Mapped[str] = mapped_column(Text)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    outcome: Mapped[ChallengeOutcome] = mapped_column(
        enum_column(ChallengeOutcome), default=ChallengeOutcome.PENDING
    )
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("committee_meetings.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    votes: Mapped[list["ChallengeVote"]] = relationship(cascade="all, delete-orphan")


class ChallengeVote(Base):
    __tablename__ = "challenge_votes"
    __table_args__ = (UniqueConstraint("challenge_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_members.id"))
    uphold: Mapped[bool] = mapped_column(Boolean)
