"""How the published lists are made and found (declared in ``kinds.KINDS``): the list of designated institutes and
the list of sanctions, each frozen when it is published; and the act of publishing, which stores the website
workbooks rendered from the same content."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain.issued.kind import DocumentKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.domain.accounts.permissions import Actor

ENTITY_TYPE = "publications"


def data_class() -> type:
    from desktop.domain.publication.service import PublishedList

    return PublishedList


def render(data: Any, language: str, code: Any) -> bytes:
    from desktop.documents.public_lists import render_published_list

    return render_published_list(data, language, code)


def build(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.publication.service import published_list

    return published_list(session, actor, entity_id)


def finder(kind: DocumentKind) -> Callable[[Session, str], int]:
    def find(session: Session, number: str) -> int:
        from desktop.domain.publication.service import find_publication

        return find_publication(session, number, kind)
    return find


def title(data: Any, language: str) -> str:
    from desktop.documents.public_lists import PublishedListDocument

    document = PublishedListDocument(data, language)
    return f"{document.subject} {document.printed_number}"


def issued(kind: DocumentKind) -> Callable[[Session, int], bool]:
    """A list is issued when it is published — as a list of its own kind only (both kinds share the table, so a
    publication of the designated institutes is no list of sanctions, and a dossier must not issue it as one)."""
    def is_issued(session: Session, entity_id: int) -> bool:
        from desktop.domain.publication.models import Publication

        publication = session.get(Publication, entity_id)
        return publication is not None and publication.kind == kind
    return is_issued


def publish(session: Session, actor: Actor, kind: str, day: date) -> int:
    """Publish the list of ``kind`` as of ``day``: numbered, frozen, its workbooks stored; the publication's id."""
    from desktop.documents.public_lists import workbooks
    from desktop.domain.publication.service import publish_list

    return publish_list(session, actor, kind, day, workbooks)
