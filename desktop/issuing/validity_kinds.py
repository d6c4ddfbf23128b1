"""How the documents of a validity check are made and found (declared in ``kinds.KINDS``): the notice to each
recipient and the result letter; the data is frozen when the notice is sent or the check concluded."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.domain.issued.kind import DocumentKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.domain.accounts.permissions import Actor



def data_class() -> type:
    from desktop.domain.validity.letters import ValidityLetter

    return ValidityLetter


def render(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.validity import render_validity_document

    return render_validity_document(data, language, code)


def builder(kind: DocumentKind) -> Callable[[Session, Actor, int], Any]:
    def build(session: Session, actor: Actor, entity_id: int) -> Any:
        from desktop.domain.validity.letters import validity_letter

        return validity_letter(session, actor, kind, entity_id)
    return build


def finder(model: str, column: str = "number") -> Callable[[Session, str], int]:
    def find(session: Session, number: str) -> int:
        from desktop.domain.validity import models
        from desktop.domain.validity.service import find_by_number

        return find_by_number(session, getattr(models, model), number, column=column)
    return find


def title(data: Any, language: str) -> str:
    from desktop.documents.validity import DOCUMENTS

    document = DOCUMENTS[data.kind](data, language)
    return f"{document.subject} {document.printed_number}"


def issued_check(kind: DocumentKind) -> Callable[[Session, int], bool]:
    def issued(session: Session, entity_id: int) -> bool:
        from desktop.domain.validity.models import ValidityCheck

        if kind == DocumentKind.VALIDITY_RESULT:
            check = session.get(ValidityCheck, entity_id)
            return check is not None and check.result_number is not None
        return True  # a notice is issued when it is sent
    return issued
