"""Verifying a paper copy: the signed payload of its QR code (a scan or a photo), or what is typed from it (the
payload, or the verification code 문서확인번호 printed on every page).

The payload's signature is checked against the trusted certificates, offline; with the database, the record it
names is looked up too: its frozen content must have the SHA-256 the payload states, and its current status is said.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import DomainError
from desktop.core.i18n import translate
from desktop.domain.issued.codes import normalise_code
from desktop.domain.issued.labels import kind_label
from desktop.domain.issued.models import FrozenContent, IssuedDocument
from desktop.issuing.status import record_status
from desktop.issuing.verify import describe, outcome_words

if TYPE_CHECKING:
    from desktop.issuing.claims import Claims
    from desktop.issuing.trust import TrustStore


@dataclass(frozen=True)
class PaperReport:
    """What a QR payload or a typed code proves; ``valid`` only when a trusted signature confirms the facts."""

    valid: bool
    text: str  # one paragraph a person can act on

    def message(self) -> str:
        return self.text


def _facts(claims: Claims) -> str:
    f = claims.fields
    parts = [f"{kind_label(f.kind)} {f.number}"]
    if f.institution:
        parts.append(f.institution + (f" ({f.registration_number})" if f.registration_number else ""))
    if f.outcome:
        parts.append(outcome_words(f.outcome))
    parts.append(translate("Verification", "issued {day}").format(day=f.issue_date.isoformat()))
    return ", ".join(parts)


def verify_payload(text: str, trust: TrustStore, session: Session | None = None) -> PaperReport:
    """A payload as read from a QR code or typed; a ClaimsError sentence when its signature does not hold."""
    from desktop.issuing.claims import decode_payload

    claims = decode_payload(text, trust)
    words = translate("Verification", "VALID: the QR code's facts are signed by {signer}: {facts}.").format(
        signer=claims.signer, facts=_facts(claims))
    if session is None:
        return PaperReport(True, words + " " + translate(
            "Verification", "Checked without the authority's database: compare them with the paper; whether the "
                            "record was later superseded is not known here."))
    content = session.scalars(select(FrozenContent).where(
        FrozenContent.kind == claims.fields.kind, FrozenContent.number == claims.fields.number,
        FrozenContent.content_sha256 == claims.fields.content_sha256)).first()
    if content is None:
        return PaperReport(False, translate(
            "Verification", "ALTERED OR FOREIGN: the QR code is signed by {signer} and names {facts}, but no record "
                            "of this database has that content.").format(signer=claims.signer, facts=_facts(claims)))
    status = record_status(session, content.kind, content.entity_id, content.version).words()
    if status:
        words += " " + translate("Verification", "Note: {status}.").format(status=status)
    return PaperReport(True, words)


def verify_typed(text: str, trust: TrustStore, session: Session | None = None) -> PaperReport:
    """A typed payload (``DR:…``) or a verification code (``7K3M-Q9PX-2HND``); the code needs the database."""
    from desktop.issuing.claims import is_payload

    if is_payload(text.strip().upper()):
        return verify_payload(text, trust, session)
    code = normalise_code(text)
    if session is None:
        raise DomainError(translate("Verification", "A verification code can only be checked with the issuing "
                                    "authority's database; scan the QR code (verify --qr) or check the PDF file "
                                    "instead."))
    document = session.scalars(select(IssuedDocument).where(IssuedDocument.verification_code == code)).first()
    if document is None:
        return PaperReport(False, translate("Verification", "NOT VERIFIED: {code} is not the verification code of "
                                            "any issued document.").format(code=code))
    info = describe(session, document)
    words = translate("Verification", "ISSUED: {code} is the verification code of {kind} {number}, {record}, issued "
                      "{day}; compare the paper with it.").format(code=code, kind=info.kind_label,
                                                                 number=info.number, record=info.record,
                                                                 day=info.issued_at.date().isoformat())
    if info.record_status:
        words += " " + translate("Verification", "Note: {status}.").format(status=info.record_status)
    return PaperReport(True, words)


def verify_image(path: Path, trust: TrustStore, session: Session | None = None) -> list[PaperReport]:
    """Every QR code of a scan or photo, each checked; a sentence when the image holds none of ours."""
    from desktop.issuing.claims import ClaimsError, is_payload
    from desktop.issuing.qr_image import decode_qr

    texts = decode_qr(path)
    ours = [t for t in texts if is_payload(t.strip().upper())]
    if not ours:
        raise DomainError(translate("Verification", "{file} holds no QR code of a document issued by this system.")
                          .format(file=path))
    reports = []
    for text in ours:
        try:
            reports.append(verify_payload(text, trust, session))
        except ClaimsError as error:
            reports.append(PaperReport(False, translate("Verification", "NOT VERIFIED: {reason}").format(
                reason=error.message)))
    return reports
