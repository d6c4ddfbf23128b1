"""A publication of a public list: its number, the day the list is as of, who published it and when, and the
website workbooks issued with it (stored bytes). Never changed or deleted (triggers, migration 0012_publish)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime


class Publication(Base):
    """One published list (``kind``: a DocumentKind value, ``registry_list`` or ``sanctions_list``); its PDF is the
    issued document of that kind, frozen from the same content as the workbooks."""

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    as_of: Mapped[date] = mapped_column(Date)
    rows: Mapped[int]
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    workbook_ko_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    workbook_en_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
