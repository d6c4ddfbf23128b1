"""Users of the application and their roles."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column


class Role(StrEnum):
    SECRETARIAT = "secretariat"
    INSPECTOR = "inspector"
    COMMITTEE_MEMBER = "committee_member"
    CHAIR = "chair"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"
    SYSTEM = "system"  # the headless command line; never assigned to a user


COMMITTEE_ROLES = frozenset({Role.COMMITTEE_MEMBER, Role.CHAIR})
"""The roles that sit on the committee: the only ones a conflict of interest can exclude from an applicant."""


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)  # the server hides it from most roles
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
