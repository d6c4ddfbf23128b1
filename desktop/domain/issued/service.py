"""Freezing a record's document content at issue, and keeping every file issued from it.

The services that issue a record (a decision, a public notice, a supplement request, an inspection notice or
signed report, the minutes of a closed meeting) call ``freeze`` in the same unit of work: from then on the document
shows that content, whatever changes later. Rendering and signing happen above the domain (desktop/issuing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.snapshots import content_sha256, to_plain
from desktop.domain.accounts.permissions import Actor
from desktop.domain.blobs.models import Blob
from desktop.domain.issued.codes import make_code, sha256_hex
from desktop.domain.issued.models import FrozenContent, IssuedDocument


@dataclass(frozen=True)
class IssuedFile:
    """One issued file, its bytes exactly as stored."""

    document_id: int
    kind: str
    entity_id: int
    language: str
    verification_code: str
    sha256: str
    data: bytes
    number: str
    title: str
    issued_at: datetime
    new: bool  # False: the stored file of an earlier issue


def freeze(session: Session, actor: Actor | None, kind: str, entity_type: str, entity_id: int, number: str,
           data: Any) -> FrozenContent:
    """Freeze ``data`` (a document's data class) as the current content of the record; an unchanged content is
    kept, a changed one becomes the next version (a rescheduled inspection, a report signed again)."""
    plain = to_plain(data)
    digest = content_sha256(plain)
    latest = current_content(session, kind, entity_type, entity_id)
    if latest is not None and latest.content_sha256 == digest:
        return latest
    content = FrozenContent(kind=kind, entity_type=entity_type, entity_id=entity_id,
                            version=(latest.version + 1) if latest is not None else 1, number=number,
                            content=plain, content_sha256=digest, frozen_at=now(),
                            frozen_by_id=actor.user_id if actor is not None and actor.user_id else None)
    session.add(content)
    session.flush()
    from desktop.domain.audit.service import record  # here: printing a document as issued writes no event

    record(session, actor, "document.freeze", content, summary=f"{kind} {number} v{content.version}",
           after={"number": number, "version": content.version, "content_sha256": digest})
    return content


def current_content(session: Session, kind: str, entity_type: str, entity_id: int) -> FrozenContent | None:
    """The latest frozen version of a record's document, or None when the record was never issued."""
    return session.scalars(select(FrozenContent).where(
        FrozenContent.kind == kind, FrozenContent.entity_type == entity_type, FrozenContent.entity_id == entity_id,
    ).order_by(FrozenContent.version.desc()).limit(1)).first()


def issued_in(session: Session, content_id: int, language: str) -> IssuedDocument | None:
    """The file issued from a frozen content in a language (at most one: a language is issued once)."""
    return session.scalars(select(IssuedDocument).where(
        IssuedDocument.content_id == content_id, IssuedDocument.language == language,
    ).order_by(IssuedDocument.id).limit(1)).first()


def issued_from(session: Session, content_id: int) -> list[IssuedDocument]:
    return list(session.scalars(select(IssuedDocument).where(IssuedDocument.content_id == content_id)
                                .order_by(IssuedDocument.id)))


def stored_file(session: Session, document: IssuedDocument, new: bool = False) -> IssuedFile | None:
    """The issued file with its stored bytes (None for a file of an old version that was never stored)."""
    blob = session.get(Blob, document.sha256)
    if blob is None:
        return None
    return IssuedFile(document.id, document.kind, document.entity_id, document.language, document.verification_code,
                      document.sha256, blob.data, document.number, document.title, document.issued_at, new)


def new_code(session: Session, kind: str, entity_type: str, entity_id: int, language: str, moment: datetime) -> str:
    """A verification code no other issued document carries."""
    issues = session.scalar(select(func.count(IssuedDocument.id)).where(
        IssuedDocument.kind == kind, IssuedDocument.entity_type == entity_type,
        IssuedDocument.entity_id == entity_id)) or 0
    attempt = 0
    while True:
        code = make_code(f"{kind}|{entity_type}|{entity_id}|{language}|{issues}|{moment.isoformat()}|{attempt}")
        if session.scalar(select(IssuedDocument.id).where(IssuedDocument.verification_code == code)) is None:
            return code
        attempt += 1


def store_issue(session: Session, actor: Actor, content: FrozenContent, language: str, code: str, data: bytes,
                title: str, moment: datetime) -> IssuedFile:
    """Keep a newly issued file: its bytes by SHA-256, its record, and the audit event of the issue."""
    digest = sha256_hex(data)
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
    document = IssuedDocument(kind=content.kind, entity_type=content.entity_type, entity_id=content.entity_id,
                              language=language, verification_code=code, sha256=digest, size=len(data),
                              issued_at=moment, issued_by_id=actor.user_id or None, title=title,
                              number=content.number, content_id=content.id)
    session.add(document)
    session.flush()
    from desktop.domain.audit.service import record

    record(session, actor, "document.issue", document,
           summary=f"{content.kind} {content.number} ({language}) {code}",
           after={"verification_code": code, "sha256": digest, "size": len(data), "version": content.version})
    file = stored_file(session, document, new=True)
    assert file is not None
    return file
