"""Publishing a public list as of a day: numbered (``공표-2026-0001``), its content frozen once, the website
workbooks stored with it, so every later print or export returns the same bytes; and reading the publications."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.snapshots import from_plain
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.issued import number_text
from desktop.domain.issued.codes import sha256_hex
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.numbering import take_number
from desktop.domain.issued.service import current_content, freeze
from desktop.domain.publication.models import Publication
from desktop.domain.registry.public_list import PublicList, public_list
from desktop.domain.sanctions.public_list import SanctionList, sanctions_list
from desktop.domain.settings.service import get_settings

SERIES, PREFIX, PREFIX_EN = "publication", "공표", "PUB"
LIST_KINDS = (DocumentKind.REGISTRY_LIST, DocumentKind.SANCTIONS_LIST)
ENTITY_TYPE = "publications"


@dataclass(frozen=True)
class PublishedList:
    """What a published list prints: one of the two lists, with the number and letterhead of its publication
    (``number`` empty: a draft of the list, not published)."""

    kind: str
    number: str
    published_at: datetime
    settings: dict[str, Any] = field(default_factory=dict)
    registry: PublicList | None = None
    sanctions: SanctionList | None = None

    @property
    def on(self) -> date:
        listing = self.registry or self.sanctions
        assert listing is not None
        return listing.on

    @property
    def rows(self) -> int:
        listing = self.registry or self.sanctions
        return len(listing.rows) if listing is not None else 0


@dataclass(frozen=True)
class PublicationRow:
    id: int
    number: str
    kind: str
    as_of: date
    rows: int
    published_at: datetime
    published_by: str


Workbooks = Callable[[PublishedList], tuple[bytes, bytes]]
"""Renders the website workbooks (Korean, English) of a list; given by the layer above, which knows the formats."""


def list_kind(kind: str) -> DocumentKind:
    if kind not in LIST_KINDS:
        raise ValidationError(translate("Publication", "{kind} is not a public list.").format(kind=kind))
    return DocumentKind(kind)


def list_content(session: Session, actor: Actor, kind: str, day: date | None = None, number: str = "",
                 published_at: datetime | None = None) -> PublishedList:
    """The list of ``kind`` as of ``day`` as it reads now (a draft while ``number`` is empty)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    kind = list_kind(kind)
    day = day or today()
    settings = get_settings(session)
    moment = published_at or now()
    if kind == DocumentKind.REGISTRY_LIST:
        return PublishedList(kind, number, moment, settings, registry=public_list(session, actor, day))
    return PublishedList(kind, number, moment, settings, sanctions=sanctions_list(session, actor, day))


def format_number(year: int, sequence: int) -> str:
    return number_text.format_number(PREFIX, year, sequence)


def parse_number(text: str) -> str:
    """``공표-2026-0001``, ``PUB-2026-0001`` or ``2026-1`` in its stored form."""
    return number_text.read_number(text, PREFIX, translate(
        "Publication", "{text} is not a publication number such as {example}."), {PREFIX_EN: PREFIX})


def _store(session: Session, data: bytes) -> str:
    digest = sha256_hex(data)
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
    return digest


def publish_list(session: Session, actor: Actor, kind: str, day: date, workbooks: Workbooks) -> int:
    """Publish the list of ``kind`` as of ``day`` (not after today): a new number, the content frozen, the website
    workbooks stored; its PDF is then issued from that content like every official document."""
    require(session, actor, Permission.MAINTAIN_REGISTRY)
    kind = list_kind(kind)
    if day > today():
        raise ValidationError(translate("Publication", "A list is published as of today or an earlier day, not "
                                        "{day}.").format(day=official_date(day)), field="as_of")
    moment, year = now(), today().year
    number = format_number(year, take_number(session, SERIES, year))
    data = list_content(session, actor, kind, day, number, moment)
    korean, english = workbooks(data)
    publication = Publication(number=number, kind=kind.value, as_of=day, rows=data.rows, published_at=moment,
                              published_by_id=actor.user_id or None, workbook_ko_sha256=_store(session, korean),
                              workbook_en_sha256=_store(session, english))
    session.add(publication)
    session.flush()
    record(session, actor, "publication.publish", publication, summary=f"{number} {kind.value} {day.isoformat()}",
           after={"kind": kind.value, "as_of": day.isoformat(), "rows": data.rows})
    freeze(session, actor, kind, ENTITY_TYPE, publication.id, number, data)
    return publication.id


def load_publication(session: Session, publication_id: int) -> Publication:
    publication = session.get(Publication, publication_id)
    if publication is None:
        raise NotFound(translate("Publication", "The publication no longer exists."))
    return publication


def find_publication(session: Session, number: str, kind: str | None = None) -> int:
    """The id of the publication numbered ``number`` (of ``kind`` when given)."""
    stored = parse_number(number)
    publication = session.scalars(select(Publication).where(Publication.number == stored)).first()
    if publication is None or (kind is not None and publication.kind != kind):
        raise NotFound(translate("Publication", "No published list is numbered {number}.").format(number=stored))
    return publication.id


def published_list(session: Session, actor: Actor, publication_id: int) -> PublishedList:
    """The list as frozen when it was published."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    publication = load_publication(session, publication_id)
    content = current_content(session, publication.kind, ENTITY_TYPE, publication.id)
    if content is None:
        raise NotFound(translate("Publication", "Publication {number} has no frozen content.")
                       .format(number=publication.number))
    return from_plain(PublishedList, content.content)


def publication_workbook(session: Session, actor: Actor, publication_id: int, language: str) -> tuple[str, bytes]:
    """The website workbook issued with the publication, as stored: a suggested file name and its bytes."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    publication = load_publication(session, publication_id)
    digest = publication.workbook_en_sha256 if language == "en" else publication.workbook_ko_sha256
    blob = session.get_one(Blob, digest)
    name = "designated-institutes" if publication.kind == DocumentKind.REGISTRY_LIST else "sanctions"
    return f"{name}-{publication.as_of.isoformat()}-{publication.number}-{language}.xlsx", blob.data


def list_publications(session: Session, actor: Actor) -> list[PublicationRow]:
    """Every publication, the latest first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    rows = session.execute(select(Publication, User.display_name)
                           .outerjoin(User, User.id == Publication.published_by_id)
                           .order_by(Publication.published_at.desc(), Publication.id.desc())).all()
    return [PublicationRow(p.id, p.number, p.kind, p.as_of, p.rows, p.published_at, name or "") for p, name in rows]


def list_label(kind: str) -> str:
    """The list in words, in the current language."""
    return {DocumentKind.REGISTRY_LIST: translate("Publication", "Designated institutes"),
            DocumentKind.SANCTIONS_LIST: translate("Publication", "Sanctions")}.get(kind, kind)
