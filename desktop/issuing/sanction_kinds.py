"""How the documents of a sanction case are made and found (declared in ``kinds.KINDS``): prior notice, hearing
notice, hearing record, disposition; the data is frozen when each step is recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.domain.issued.kind import DocumentKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.domain.accounts.permissions import Actor


def data_class() -> type:
    from desktop.domain.sanctions.letters import SanctionLetter

    return SanctionLetter


def render(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.sanctions import render_sanction_document

    return render_sanction_document(data, language, code)


def builder(kind: DocumentKind) -> Callable[[Session, Actor, int], Any]:
    def build(session: Session, actor: Actor, entity_id: int) -> Any:
        from desktop.domain.sanctions.letters import sanction_letter

        return sanction_letter(session, actor, kind, entity_id)
    return build


def finder(model: str, column: str = "number") -> Callable[[Session, str], int]:
    def find(session: Session, number: str) -> int:
        from desktop.domain.sanctions import models
        from desktop.domain.sanctions.service import find_by_number

        return find_by_number(session, getattr(models, model), number, column=column)
    return find


def title(data: Any, language: str) -> str:
    from desktop.documents.sanctions import DOCUMENTS

    document = DOCUMENTS[data.kind](data, language)
    return f"{document.subject} {document.printed_number}"


def issued_check(kind: DocumentKind) -> Callable[[Session, int], bool]:
    def issued(session: Session, entity_id: int) -> bool:
        from desktop.domain.sanctions.models import Disposition, Hearing

        if kind == DocumentKind.HEARING_RECORD:
            hearing = session.get(Hearing, entity_id)
            return hearing is not None and hearing.record_number is not None
        if kind == DocumentKind.SANCTION_DISPOSITION:
            disposition = session.get(Disposition, entity_id)
            return disposition is not None and disposition.issued_at is not None
        return True  # a prior notice or a hearing notice is issued when it is made
    return issued
