"""Stored file bytes by their SHA-256: attachments, inspection evidence and issued documents all point here."""

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime


class Blob(Base):
    """Content-addressed file content: the same bytes are stored once, inside the database."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
