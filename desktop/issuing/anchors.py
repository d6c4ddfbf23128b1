"""Anchors of the audit trail kept outside its reach: the chain head sealed into every signed document at issue.

Someone who rewrites the audit trail and recomputes its hashes still cannot re-sign the documents the authority
issued: each one's sealed ``audit_head`` must lie on the chain ``audit verify`` recomputes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit.chain_problems import Anchor
from desktop.domain.blobs.models import Blob
from desktop.domain.issued.labels import kind_label
from desktop.domain.issued.models import IssuedDocument


def document_anchors(session: Session) -> list[Anchor]:
    """The (sequence, hash) each signed document sealed when it was issued, named by the document."""
    from desktop.issuing.claims import ClaimsError
    from desktop.issuing.pdf_check import read_signed_claims

    anchors = []
    rows = session.execute(select(IssuedDocument.kind, IssuedDocument.number, IssuedDocument.language, Blob.data)
                           .join(Blob, Blob.sha256 == IssuedDocument.sha256)
                           .where(IssuedDocument.content_id.is_not(None)).order_by(IssuedDocument.id))
    for kind, number, language, data in rows:
        try:
            claims = read_signed_claims(data)
        except ClaimsError:
            continue  # a broken seal is for `verify` to report; it anchors nothing
        head = claims.facts.get("audit_head", "") if claims is not None else ""
        sequence, _, digest = head.partition(":")
        if sequence.isdigit() and digest:
            anchors.append(Anchor(int(sequence), digest, f"{kind_label(kind)} {number} ({language})"))
    return anchors
