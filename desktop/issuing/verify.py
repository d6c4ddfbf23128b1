"""Verifying a PDF file: is it, byte for byte, a document we issued, and which record does it belong to?

The SHA-256 of the file finds an unaltered issue. A changed file no longer matches any hash, so the
verification code is looked for in the file itself (documents carry ``verification-code:XXXX-XXXX-XXXX`` in
their metadata, in plain text) to name the record the altered file claims to be.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.formatting import official_datetime
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, Round
from desktop.domain.decisions.models import Decision, PublicNotice
from desktop.domain.issued.codes import CODE_ALPHABET, normalise_code, sha256_hex
from desktop.domain.issued.labels import kind_label
from desktop.domain.issued.models import FrozenContent, IssuedDocument
from desktop.issuing.kinds import KINDS
from desktop.issuing.status import record_status

METADATA_PREFIX = "verification-code:"
_GROUP = f"[{CODE_ALPHABET}]{{4}}"
CODE_IN_FILE = re.compile(rf"{METADATA_PREFIX}({_GROUP}-{_GROUP}-{_GROUP})".encode("ascii"))


class VerificationStatus(StrEnum):
    VALID = "valid"  # an issued document, unaltered
    ALTERED = "altered"  # carries the code of an issued document but differs from it
    UNKNOWN = "unknown"  # no issued document matches


@dataclass(frozen=True)
class IssuedDocumentInfo:
    id: int
    kind: str
    kind_label: str
    number: str
    title: str
    record: str  # e.g. "Decision 제2026-0003호 · 한국기술가치연구원"
    record_status: str  # e.g. "superseded by 제2026-0013호"; empty when in force
    language: str
    issued_at: datetime
    issued_by: str
    verification_code: str
    sha256: str
    size: int


@dataclass(frozen=True)
class VerificationReport:
    status: VerificationStatus
    sha256: str
    size: int
    code_found: str
    document: IssuedDocumentInfo | None

    @property
    def valid(self) -> bool:
        return self.status == VerificationStatus.VALID

    def message(self) -> str:
        """One paragraph a person can act on (translated)."""
        d = self.document
        if self.status == VerificationStatus.VALID and d is not None:
            text = translate("Verification", "Unaltered issued document: {kind} {number}, {record}, issued "
                             "{issued} by {by} (verification code {code}).")
        elif self.status == VerificationStatus.ALTERED and d is not None:
            text = translate("Verification", "ALTERED: this file carries the verification code {code} of {kind} "
                             "{number} ({record}), but its content differs from the issued document. Do not rely "
                             "on it.")
        elif self.code_found:
            return translate("Verification", "NOT VERIFIED: the file carries the code {code}, which belongs to no "
                             "issued document.").format(code=self.code_found)
        else:
            return translate("Verification", "NOT VERIFIED: this file is not a document issued by this system "
                             "(no matching fingerprint and no verification code).")
        text = text.format(kind=d.kind_label, number=d.number, record=d.record, by=d.issued_by or "-",
                           issued=official_datetime(d.issued_at), code=d.verification_code)
        if d.record_status:
            text += " " + translate("Verification", "Note: {status}.").format(status=d.record_status)
        return text


def code_in_file(data: bytes) -> str:
    """The verification code written in the file's metadata, or ``""``."""
    match = CODE_IN_FILE.search(data)
    return match.group(1).decode("ascii") if match else ""


def _record_words(session: Session, document: IssuedDocument) -> str:
    """The record a document belongs to, in words: "decision 제2026-0003호 on application 2026-1-003 of …"."""
    if document.entity_type == "decisions":
        decision = session.get(Decision, document.entity_id)
        if decision is not None:
            application = session.get_one(Application, decision.application_id)
            return translate("Verification", "decision {number} on application {application} of {institution}"
                             ).format(number=decision.number, application=application.number,
                                      institution=application.institution.name)
    if document.entity_type == "public_notices":
        notice = session.get(PublicNotice, document.entity_id)
        if notice is not None:
            rnd = session.get_one(Round, notice.round_id)
            return translate("Verification", "public notice {number} of round {round}").format(
                number=notice.number, round=rnd.code)
    spec = KINDS.get(document.kind)
    application_id = spec.application_of(session, document.entity_id) if spec is not None else None
    application = session.get(Application, application_id) if application_id is not None else None
    if application is not None:
        return translate("Verification", "{kind} {number} for application {application} of {institution}").format(
            kind=kind_label(document.kind), number=document.number, application=application.number,
            institution=application.institution.name)
    return f"{kind_label(document.kind)} {document.number}".strip()


def describe(session: Session, document: IssuedDocument) -> IssuedDocumentInfo:
    content = session.get(FrozenContent, document.content_id) if document.content_id is not None else None
    status = record_status(session, document.kind, document.entity_id, content.version if content else None)
    user = session.get(User, document.issued_by_id) if document.issued_by_id else None
    issued_by = user.display_name if user else translate("Verification", "the command line")
    return IssuedDocumentInfo(
        document.id, document.kind, kind_label(document.kind), document.number, document.title,
        _record_words(session, document) or document.title, status.words(), document.language, document.issued_at,
        issued_by, document.verification_code, document.sha256, document.size,
    )


def verify_pdf(session: Session, actor: Actor, data: bytes) -> VerificationReport:
    """Compare a file with the issued documents (read-only)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    digest = sha256_hex(data)
    found = session.scalars(select(IssuedDocument).where(IssuedDocument.sha256 == digest)
                            .order_by(IssuedDocument.id)).first()
    code = code_in_file(data)
    if found is not None:
        return VerificationReport(VerificationStatus.VALID, digest, len(data), code, describe(session, found))
    claimed = session.scalars(select(IssuedDocument).where(
        IssuedDocument.verification_code == normalise_code(code))).first() if code else None
    if claimed is not None:
        return VerificationReport(VerificationStatus.ALTERED, digest, len(data), code, describe(session, claimed))
    return VerificationReport(VerificationStatus.UNKNOWN, digest, len(data), code, None)


def find_by_code(session: Session, actor: Actor, code: str) -> IssuedDocumentInfo | None:
    """The issued document a verification code (as printed or typed) names, if any."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    document = session.scalars(select(IssuedDocument).where(
        IssuedDocument.verification_code == normalise_code(code))).first()
    return describe(session, document) if document is not None else None
