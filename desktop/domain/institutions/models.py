"""Institutions that apply for designation, shared by their applications across rounds."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, Versioned, enum_column


class Sector(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class InstitutionKind(StrEnum):
    NATIONAL_RESEARCH = "national_research"  # national or public research institute
    GOVERNMENT_FUNDED_RESEARCH = "government_funded_research"
    PRIVATE_RESEARCH = "private_research"
    EVALUATION_COMPANY = "evaluation_company"  # body specialised in evaluation
    BANK = "bank"
    PATENT_FIRM = "patent_firm"
    OTHER = "other"


class Institution(Versioned, Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_en: Mapped[str | None] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(enum_column(Sector))
    kind: Mapped[InstitutionKind] = mapped_column(enum_column(InstitutionKind))
    brn: Mapped[str | None] = mapped_column(String(10), unique=True)
    brn_override_reason: Mapped[str | None] = mapped_column(Text)
    crn: Mapped[str | None] = mapped_column(String(13), unique=True)
    representative: Mapped[str] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    founded_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now, onupdate=now)

    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="institution", cascade="all, delete-orphan", order_by="Contact.id"
    )
    parent: Mapped["Institution | None"] = relationship(remote_side=[id])


class Contact(Base):
    """A person at the institution the secretariat writes to."""

    __tablename__ = "institution_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))

    institution: Mapped[Institution] = relationship(back_populates="contacts")
