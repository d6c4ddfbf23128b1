"""Issued files of records in bulk: a round's notices, certificates and public notices.

``iter_issued`` produces each one in its own unit of work, so a long batch can report progress, be cancelled
between documents, and keep what it already issued.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.documents.decision import render_decision_notice
from desktop.documents.layout import ascii_number
from desktop.domain.accounts.permissions import Actor
from desktop.domain.decisions.round_documents import round_documents
from desktop.domain.decisions.service import draft_notice
from desktop.domain.issued.service import IssuedFile
from desktop.domain.settings.service import get_settings
from desktop.issuing.issue import IdentitySource, issued_pdf
from desktop.issuing.kinds import spec_of

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class DocumentRequest:
    """One document to produce: ``kind`` (a DocumentKind value) of record ``entity_id`` in ``language``."""

    kind: str
    entity_id: int
    language: str = "ko"
    label: str = ""  # who it is for, shown in progress messages and file names


def file_name(kind: str, number: str, label: str, language: str) -> str:
    """``2026-0001_지정서_한국기술가치연구원_ko.pdf``: safe on every file system, sorted by number."""
    kind_text = spec_of(kind).file_label.get(language, kind)
    parts = [ascii_number(number), kind_text, label, language]
    return _UNSAFE_IN_FILE_NAMES.sub("_", "_".join(p for p in parts if p)) + ".pdf"


def issued_document(session: Session, actor: Actor, request: DocumentRequest,
                    identity: IdentitySource | None = None) -> IssuedFile:
    """The issued PDF of a record, as stored (issued now, signed and recorded, the first time in that language)."""
    return issued_pdf(session, actor, request.kind, request.entity_id, request.language, identity)


def draft_preview(session: Session, actor: Actor, decision_id: int, language: str) -> bytes:
    """A draft decision's notice marked "draft", for reading before approval (nothing is recorded)."""
    return render_decision_notice(draft_notice(session, actor, decision_id, get_settings(session)), language,
                                  draft=True)


def round_requests(session: Session, actor: Actor, round_id: int, languages: Sequence[str] = ("ko",),
                   kinds: Sequence[str] | None = None) -> list[DocumentRequest]:
    """Every document of a round, in each language asked for (notices, certificates, public notices)."""
    requests = []
    for document in round_documents(session, actor, round_id):
        if kinds is not None and document.kind not in kinds:
            continue
        for language in languages:
            requests.append(DocumentRequest(document.kind, document.entity_id, language, document.institution_name))
    return requests


def iter_issued(database: Database, actor: Actor, requests: Sequence[DocumentRequest],
                identity: IdentitySource | None = None) -> Iterator[tuple[DocumentRequest, IssuedFile]]:
    """Each request's issued file, one transaction per document (what is done stays done if stopped)."""
    for request in requests:
        with database.transaction() as session:
            issued = issued_document(session, actor, request, identity)
        yield request, issued
