"""What an issued record's documents are made of: its content frozen at issue, and each file issued from it; and
the counters their gapless numbers come from.

The two document tables only ever grow: the migrations add triggers that refuse UPDATE and DELETE on SQLite and
PostgreSQL.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime
from desktop.domain.issued.kind import DocumentKind

__all__ = ["DocumentKind", "FrozenContent", "IssuedDocument", "NumberSequence"]


class FrozenContent(Base):
    """The data a document of an issued record shows, as it stood when the record was issued.

    Each version of a record (a rescheduled inspection, a report signed again) is a new row; the latest is current.
    ``content`` is ``desktop.core.snapshots.to_plain`` of the document's data class, ``content_sha256`` the
    SHA-256 of its canonical bytes.
    """

    __tablename__ = "frozen_contents"
    __table_args__ = (UniqueConstraint("kind", "entity_type", "entity_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    version: Mapped[int] = mapped_column(default=1)
    number: Mapped[str] = mapped_column(String(40), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_sha256: Mapped[str] = mapped_column(String(64))
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    frozen_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class IssuedDocument(Base):
    """A file as issued: its bytes are stored by SHA-256 (``blobs``) and every later print returns exactly them.

    ``content_id`` names the frozen content it was rendered from (empty for files issued by versions before
    content was frozen); ``settings`` keeps the letterhead of those older files.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (Index("ix_issued_documents_entity", "kind", "entity_type", "entity_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # a DocumentKind value
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    language: Mapped[str] = mapped_column(String(5))
    verification_code: Mapped[str] = mapped_column(String(40), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    settings: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    content_id: Mapped[int | None] = mapped_column(ForeignKey("frozen_contents.id"), index=True)


class NumberSequence(Base):
    """The last number used per series and year; locked while a number is taken so it stays gapless."""

    __tablename__ = "number_sequences"
    __table_args__ = (UniqueConstraint("series", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer, default=0)
