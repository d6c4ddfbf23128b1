"""Verifying a document: is it one the authority issued, unaltered, and which record is it?

What the file proves by itself comes first, so that a bank or a court can check it without our database: the PDF
signature of the authority's certificate over the whole file, and the facts sealed with it (kind, number,
institution and its registration number, outcome, issue date). A copy saved again by another program keeps its
seal and its pages, and is reported as such. With the database the current status of the record is added
(in force, or superseded by a correction); a file whose fingerprint is in the database but that carries no valid
signature is never called valid (a row can be inserted; a signature cannot be forged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

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

if TYPE_CHECKING:
    from desktop.issuing.pdf_check import SignatureCheck
    from desktop.issuing.trust import TrustStore

METADATA_PREFIX = "verification-code:"
_GROUP = f"[{CODE_ALPHABET}]{{4}}"
CODE_IN_FILE = re.compile(rf"{METADATA_PREFIX}({_GROUP}-{_GROUP}-{_GROUP})".encode("ascii"))
CODE_ON_PAGE = re.compile(rf"(?:문서확인번호|verification code)\s*({_GROUP}-{_GROUP}-{_GROUP})")


class VerificationStatus(StrEnum):
    VALID = "valid"  # signed by the authority, unaltered
    RESAVED = "resaved"  # saved again by another program: the signed content and facts are intact
    ALTERED = "altered"  # claims to be an issued document, but what it shows was changed
    UNTRUSTED = "untrusted"  # signed, intact, but by a certificate not trusted here
    UNSIGNED = "unsigned"  # carries no signature: names a record at best, proves nothing
    UNKNOWN = "unknown"  # nothing ties it to an issued document


@dataclass(frozen=True)
class IssuedDocumentInfo:
    id: int
    kind: str
    kind_label: str
    number: str
    title: str
    record: str  # e.g. "decision 제2026-0003호 on application 2026-1-003 of 한국기술가치연구원"
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
    code_found: str  # the verification code the file names (its metadata or its pages)
    document: IssuedDocumentInfo | None  # the issued document in the database, when there is one
    facts: dict[str, str] = field(default_factory=dict)  # what the signed file states about itself
    signer: str = ""
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    database: bool = True  # False: checked without the issuing authority's database

    @property
    def valid(self) -> bool:
        """An authentic, unaltered document (saved again by another program counts: its content is intact)."""
        return self.status in (VerificationStatus.VALID, VerificationStatus.RESAVED)

    def record_words(self) -> str:
        """Which record, in words: from the database, else from the signed facts."""
        if self.document is not None:
            return f"{self.document.kind_label} {self.document.number}, {self.document.record}"
        facts = self.facts
        if not facts:
            return ""
        parts = [f"{kind_label(facts.get('kind', ''))} {facts.get('number', '')}".strip()]
        if facts.get("institution"):
            registration = facts.get("registration_number", "")
            parts.append(facts["institution"] + (f" ({registration})" if registration else ""))
        if facts.get("outcome"):
            parts.append(outcome_words(facts["outcome"]))
        if facts.get("issue_date"):
            parts.append(translate("Verification", "issued {day}").format(day=facts["issue_date"]))
        return ", ".join(parts)

    def message(self) -> str:
        """One paragraph a person can act on (translated)."""
        record, code = self.record_words(), self.code_found or (self.document.verification_code
                                                                 if self.document else "")
        text = {
            VerificationStatus.VALID: translate("Verification", "VALID: an unaltered document signed by {signer}: "
                                                "{record} (verification code {code})."),
            VerificationStatus.RESAVED: translate("Verification", "VALID, SAVED AGAIN: another program saved this "
                                                  "file again, but what it shows and the facts signed by {signer} "
                                                  "are intact: {record} (verification code {code})."),
            VerificationStatus.ALTERED: translate("Verification", "ALTERED: this file claims to be {record} "
                                                  "(verification code {code}), but what it shows was changed after "
                                                  "it was issued. Do not rely on it."),
            VerificationStatus.UNTRUSTED: translate("Verification", "NOT TRUSTED: the file is intact and signed by "
                                                    "{signer}, but that certificate is not trusted on this computer: "
                                                    "{record}. Install the authority's certificate (designation-"
                                                    "review trust add authority.pem) or give it with --trust."),
            VerificationStatus.UNSIGNED: translate("Verification", "NOT VERIFIED: the file carries no signature; it "
                                                   "names {record} (verification code {code}), but proves nothing by "
                                                   "itself."),
        }.get(self.status)
        if text is None or (not record and self.status != VerificationStatus.VALID):
            if self.code_found:
                return translate("Verification", "NOT VERIFIED: the file carries the code {code}, which belongs to "
                                 "no issued document.").format(code=self.code_found)
            return translate("Verification", "NOT VERIFIED: this file is not a document issued by this system "
                             "(no signature, no sealed facts and no verification code).")
        text = text.format(signer=self.signer or "-", record=record or "-", code=code or "-")
        if self.document is not None and self.document.record_status:
            text += " " + translate("Verification", "Note: {status}.").format(status=self.document.record_status)
        elif not self.database and self.valid:
            text += " " + translate("Verification", "Checked without the authority's database: whether the record "
                                    "was later superseded is not known here.")
        if self.status == VerificationStatus.ALTERED and self.problems:
            text += " " + self.problems[0]
        return text


def outcome_words(outcome: str) -> str:
    return {"designated": translate("Verification", "designated"),
            "not_designated": translate("Verification", "not designated")}.get(outcome, outcome)


def code_in_file(data: bytes) -> str:
    """The verification code written in the file's metadata, or ``""``."""
    match = CODE_IN_FILE.search(data)
    return match.group(1).decode("ascii") if match else ""


def code_on_pages(data: bytes) -> str:
    """The verification code printed on the pages (for a copy whose metadata was stripped), or ``""``."""
    import io

    try:
        from pypdf import PdfReader

        text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    except Exception:  # not a readable PDF: no code
        return ""
    match = CODE_ON_PAGE.search(text)
    return match.group(1) if match else ""


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


def _stored(session: Session, document: IssuedDocument) -> bytes | None:
    from desktop.domain.blobs.models import Blob

    blob = session.get(Blob, document.sha256)
    return blob.data if blob is not None else None


def _same_pages(data: bytes, original: bytes | None) -> bool:
    from desktop.issuing.pdf_check import page_fingerprint

    if original is None:
        return False
    try:
        return page_fingerprint(data) == page_fingerprint(original)
    except Exception:  # an unreadable file shows nothing that could be the same
        return False


def verify_document(data: bytes, trust: TrustStore, session: Session | None = None) -> VerificationReport:
    """Check a file: by itself (signature, sealed facts, trust), then against the database when given."""
    from desktop.issuing.pdf_check import Integrity, check_signed_pdf

    digest = sha256_hex(data)
    check: SignatureCheck = check_signed_pdf(data, trust)
    facts = dict(check.claims.facts) if check.claims is not None else {}
    code = facts.get("verification_code") or code_in_file(data) or code_on_pages(data)
    document: IssuedDocumentInfo | None = None
    stored: IssuedDocument | None = None
    if session is not None:
        stored = session.scalars(select(IssuedDocument).where(IssuedDocument.sha256 == digest)
                                 .order_by(IssuedDocument.id)).first()
        if stored is None and code:
            stored = session.scalars(select(IssuedDocument).where(
                IssuedDocument.verification_code == normalise_code(code))).first()
        document = describe(session, stored) if stored is not None else None
    signer = check.claims.signer if check.claims is not None else check.signer
    common = dict(sha256=digest, size=len(data), code_found=code, document=document, facts=facts, signer=signer,
                  problems=check.problems, notes=check.notes, database=session is not None)
    if check.integrity in (Integrity.SIGNED, Integrity.UPDATED, Integrity.RESAVED):
        if not check.trusted:
            return VerificationReport(VerificationStatus.UNTRUSTED, **common)
        status = VerificationStatus.VALID if check.integrity != Integrity.RESAVED else VerificationStatus.RESAVED
        return VerificationReport(status, **common)
    if check.integrity == Integrity.ALTERED:
        return VerificationReport(VerificationStatus.ALTERED, **common)
    # No signature and no sealed facts (stripped by another program, or never signed).
    if stored is not None:
        original = _stored(session, stored) if session is not None else None
        if original is not None and original != data and _same_pages(data, original):
            note = translate("Verification", "The file lost its signature and metadata (saved again by another "
                             "program); its pages are those of the issued document in the database.")
            original_check = check_signed_pdf(original, trust)
            if original_check.trusted and original_check.integrity == Integrity.SIGNED:
                return VerificationReport(VerificationStatus.RESAVED, **{**common, "notes": (note,),
                                                                         "signer": original_check.signer})
        if original is not None and original != data:
            return VerificationReport(VerificationStatus.ALTERED, **common)
        return VerificationReport(VerificationStatus.UNSIGNED, **common)
    if code:
        return VerificationReport(VerificationStatus.UNKNOWN, **common)
    return VerificationReport(VerificationStatus.UNKNOWN, **common)


def database_trust(session: Session, extra: tuple = ()) -> TrustStore:  # type: ignore[type-arg]
    """The configured authority certificate, the user trust folder and any ``--trust`` files."""
    from desktop.domain.settings.service import get_settings
    from desktop.issuing.trust import trust_store

    return trust_store(get_settings(session), extra)


def verify_pdf(session: Session, actor: Actor, data: bytes, extra_trust: tuple = ()) -> VerificationReport:  # type: ignore[type-arg]
    """Verify with the database at hand (read-only): the file's own proof and the record's current status."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return verify_document(data, database_trust(session, extra_trust), session)


def find_by_code(session: Session, actor: Actor, code: str) -> IssuedDocumentInfo | None:
    """The issued document a verification code (as printed or typed) names, if any."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    document = session.scalars(select(IssuedDocument).where(
        IssuedDocument.verification_code == normalise_code(code))).first()
    return describe(session, document) if document is not None else None
