"""Issued documents: every printed file of an issued record gets a verification code and its SHA-256 stored.

Rendering stays outside the domain: callers pass ``render(settings, code) -> bytes``. Documents are
deterministic, so a record printed again in the same language reproduces the stored bytes; a file that can no
longer be reproduced (the letterhead or the program changed) is recorded as a new issue with its own code.
"""

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.decisions.models import IssuedDocument

# The business settings a printed document shows (frozen with the file so that it can be reproduced).
LETTERHEAD_KEYS = (
    "authority_title_ko", "authority_title_en", "agency_name_ko", "agency_name_en", "secretariat_name_ko",
    "secretariat_name_en", "postcode", "address_ko", "address_en", "website", "phone", "fax", "email",
    "disclosure",
)
# Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS = 3

Renderer = Callable[[Mapping[str, Any], str], bytes]


@dataclass(frozen=True)
class DocumentKey:
    """Which record, as which document, in which language."""

    kind: str
    entity_type: str
    entity_id: int
    language: str


@dataclass(frozen=True)
class IssuedFile:
    document_id: int
    key: DocumentKey
    verification_code: str
    sha256: str
    data: bytes
    number: str
    title: str
    issued_at: datetime
    new: bool  # False: an earlier issue reproduced byte for byte


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_code(seed: str) -> str:
    """``7K3M-Q9PX-2HND``: 60 bits of SHA-256(seed) in Crockford base 32, in groups of four."""
    number = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:8], "big") >> 4
    characters = []
    for _ in range(CODE_GROUPS * 4):
        number, digit = divmod(number, 32)
        characters.append(CODE_ALPHABET[digit])
    text = "".join(reversed(characters))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_code(text: str) -> str:
    """A code as typed (lower case, spaces, O for 0, I/L for 1) in its printed form."""
    cleaned = text.strip().upper().replace(" ", "").replace("-", "")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def letterhead_snapshot(settings: Mapping[str, Any]) -> dict[str, Any]:
    return {key: settings.get(key) for key in LETTERHEAD_KEYS if key in settings}


def latest_issue(session: Session, key: DocumentKey) -> IssuedDocument | None:
    return session.scalars(select(IssuedDocument).where(
        IssuedDocument.kind == key.kind, IssuedDocument.entity_type == key.entity_type,
        IssuedDocument.entity_id == key.entity_id, IssuedDocument.language == key.language,
    ).order_by(IssuedDocument.id.desc()).limit(1)).first()


def _new_code(session: Session, key: DocumentKey, moment: datetime) -> str:
    issues = session.scalar(select(func.count(IssuedDocument.id)).where(
        IssuedDocument.kind == key.kind, IssuedDocument.entity_type == key.entity_type,
        IssuedDocument.entity_id == key.entity_id)) or 0
    attempt = 0
    while True:
        seed = f"{key.kind}|{key.entity_type}|{key.entity_id}|{key.language}|{issues}|{moment.isoformat()}|{attempt}"
        code = make_code(seed)
        if session.scalar(select(IssuedDocument.id).where(IssuedDocument.verification_code == code)) is None:
            return code
        attempt += 1


def issue_file(session: Session, actor: Actor, key: DocumentKey, *, number: str, title: str,
               settings: Mapping[str, Any], render: Renderer) -> IssuedFile:
    """The file of an issued record: the earlier issue reproduced, or a new issue with a new code."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    existing = latest_issue(session, key)
    if existing is not None:
        data = render(existing.settings if existing.settings is not None else settings, existing.verification_code)
        if sha256_hex(data) == existing.sha256:
            return IssuedFile(existing.id, key, existing.verification_code, existing.sha256, data, existing.number,
                              existing.title, existing.issued_at, new=False)
    moment = now()
    frozen = letterhead_snapshot(settings)
    code = _new_code(session, key, moment)
    data = render(frozen, code)
    digest = sha256_hex(data)
    document = IssuedDocument(kind=key.kind, entity_type=key.entity_type, entity_id=key.entity_id,
                              language=key.language, verification_code=code, sha256=digest, size=len(data),
                              issued_at=moment, issued_by_id=actor.user_id or None, title=title, number=number,
                              settings=frozen)
    session.add(document)
    session.flush()
    record(session, actor, "document.issue", document, summary=f"{key.kind} {number} ({key.language}) {code}",
           after={"verification_code": code, "sha256": digest, "size": len(data),
                  "reissue_of": existing.verification_code if existing is not None else None})
    return IssuedFile(document.id, key, code, digest, data, number, title, moment, new=True)
