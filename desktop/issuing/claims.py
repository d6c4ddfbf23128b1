"""Signed facts of an issued document: the compact payload of its QR code (or typed) and the seal in its PDF.

The payload ``DR:`` + base45 (the QR alphanumeric alphabet, so the code stays small) carries kind, number,
institution, registration number, outcome, issue date, the SHA-256 of the frozen content, a short key id and a raw
signature (64 bytes with the P-256 key). ``decode_payload`` checks it against the trusted certificates: no database.

The seal of a PDF (``seal_claims``) is canonical JSON of the facts the issuer passed, the pages' fingerprint and the
signing certificate, signed on its own: a copy re-saved by another tool loses the PDF signature but keeps the seal.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from desktop.core.errors import DomainError
from desktop.core.i18n import translate
from desktop.issuing.signing import SigningIdentity, common_name, key_id
from desktop.issuing.trust import TrustStore, verify_raw

PREFIX = "DR:"
VERSION = 1
PAYLOAD_CONTEXT, SEAL_CONTEXT = b"designation-review payload 1\n", b"designation-review seal 1\n"
KEY_ID_BYTES = 4  # in a payload: enough to find the certificate among the trusted ones
EPOCH = date(2000, 1, 1)
# Values that take one byte in a payload. Append only: a payload printed today must read the same in ten years.
TOKENS = ("", "decision", "certificate", "public_notice", "designated", "not_designated", "supplement_request",
          "minutes", "inspection_notice", "inspection_report")
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


class ClaimsError(DomainError):
    """A payload or seal that cannot be trusted: not one, damaged, unknown key, bad signature."""


# -- base45 (RFC 9285) --------------------------------------------------------------------------------------------

def base45_encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        out += [BASE45[n % 45], BASE45[n // 45 % 45], BASE45[n // 2025]]
    if len(data) % 2:
        out += [BASE45[data[-1] % 45], BASE45[data[-1] // 45]]
    return "".join(out)


def base45_decode(text: str) -> bytes:
    values = [BASE45.index(c) for c in text]  # ValueError on a character outside the alphabet
    if len(values) % 3 == 1:
        raise ValueError("a base45 text cannot end in one character")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 2025
            if n > 0xFFFF:
                raise ValueError("base45 triple out of range")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise ValueError("base45 pair out of range")
            out.append(n)
    return bytes(out)


# -- the compact payload ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PayloadFields:
    """What a QR code of an issued document says."""

    kind: str  # a document kind (DocumentKind value)
    number: str
    institution: str
    registration_number: str  # BRN (10 digits) or CRN (13 digits); hyphens are dropped
    outcome: str  # e.g. "designated", "not_designated"; "" when the kind has none
    issue_date: date
    content_sha256: str  # hex SHA-256 of the document's frozen content


@dataclass(frozen=True)
class Claims:
    """A payload whose signature a trusted certificate confirmed."""

    fields: PayloadFields
    key_id: str  # hex, as carried
    signer: str  # the certificate's name
    certificate: x509.Certificate


def _text(value: str) -> bytes:
    if value in TOKENS:
        return bytes([0x80 + TOKENS.index(value)])
    if value.isascii() and value.isdigit() and len(value) <= 19:
        return bytes([0x60 + len(value)]) + int(value or "0").to_bytes(_digit_bytes(len(value)), "big")
    utf8, utf16 = value.encode("utf-8"), value.encode("utf-16-be")
    if len(utf16) < len(utf8) and len(utf16) // 2 < 32:
        return bytes([0x40 + len(utf16) // 2]) + utf16
    if len(utf8) >= 64:
        raise ValueError(f"too long for a payload: {value!r}")
    return bytes([len(utf8)]) + utf8


def _digit_bytes(digits: int) -> int:
    return (int("9" * digits or "0").bit_length() + 7) // 8


def _read_text(data: bytes, at: int) -> tuple[str, int]:
    head = data[at]
    at += 1
    if head >= 0x80:
        return TOKENS[head - 0x80], at
    if head >= 0x60:
        digits = head - 0x60
        size = _digit_bytes(digits)
        number = int.from_bytes(data[at:at + size], "big")
        if size and at + size > len(data):
            raise IndexError
        return (str(number).zfill(digits) if digits else ""), at + size
    if head >= 0x40:
        size = 2 * (head - 0x40)
        if at + size > len(data):
            raise IndexError
        return data[at:at + size].decode("utf-16-be"), at + size
    if at + head > len(data):
        raise IndexError
    return data[at:at + head].decode("utf-8"), at + head


def _body(fields: PayloadFields, key: bytes) -> bytes:
    days = (fields.issue_date - EPOCH).days
    digest = bytes.fromhex(fields.content_sha256)
    if len(digest) != 32:
        raise ValueError("content_sha256 is not a SHA-256 in hex")
    registration = fields.registration_number.replace("-", "").replace(" ", "")
    return (bytes([VERSION]) + _text(fields.kind) + _text(fields.outcome) + days.to_bytes(2, "big")
            + _text(registration) + _text(fields.number) + _text(fields.institution) + digest + key[:KEY_ID_BYTES])


def encode_payload(fields: PayloadFields, identity: SigningIdentity) -> str:
    """``DR:…``: the fields and their signature, for the QR code (alphanumeric mode) or to be typed."""
    body = _body(fields, identity.key_id)
    return PREFIX + base45_encode(body + identity.sign_bytes(PAYLOAD_CONTEXT + body))


def is_payload(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX)


def _parse(body: bytes) -> tuple[PayloadFields, bytes, int]:
    """The fields, the key id and where the signature starts; IndexError/ValueError/UnicodeError when damaged."""
    if body[0] != VERSION:
        raise ValueError("unknown payload version")
    kind, at = _read_text(body, 1)
    outcome, at = _read_text(body, at)
    issue_date = EPOCH + timedelta(days=int.from_bytes(body[at:at + 2], "big"))
    registration, at = _read_text(body, at + 2)
    number, at = _read_text(body, at)
    institution, at = _read_text(body, at)
    digest, key = body[at:at + 32], body[at + 32:at + 32 + KEY_ID_BYTES]
    at += 32 + KEY_ID_BYTES
    if len(key) != KEY_ID_BYTES or len(body) <= at:
        raise IndexError
    return PayloadFields(kind, number, institution, registration, outcome, issue_date, digest.hex()), key, at


def decode_payload(text: str, trust: TrustStore) -> Claims:
    """The fields of a payload whose signature a trusted certificate confirms; a ClaimsError sentence otherwise."""
    cleaned = text.translate({ord(c): None for c in "\r\n\t"}).lstrip().upper()  # a space is a base45 digit
    if not is_payload(cleaned):
        raise ClaimsError(translate("Claims", "This is not a verification payload of this program (it does not begin "
                                              "with {prefix}).")
                          .format(prefix=PREFIX))
    try:
        data = base45_decode(cleaned[len(PREFIX):])
        fields, key, at = _parse(data)
    except (ValueError, IndexError, UnicodeError):
        raise ClaimsError(translate("Claims", "The payload is damaged and cannot be read: a character may have been "
                                              "mistyped or misread.")) from None
    body, signature = data[:at], data[at:]
    candidates = trust.by_key_id(key)
    if not candidates:
        raise ClaimsError(translate("Claims", "The payload was signed with a key that is not trusted here (key "
                                              "{key}): install the authority's certificate (trust export) or give "
                                              "it with --trust.").format(key=key.hex()))
    for certificate in candidates:
        if verify_raw(certificate, PAYLOAD_CONTEXT + body, signature):
            if not (certificate.not_valid_before_utc.date() <= fields.issue_date
                    <= certificate.not_valid_after_utc.date()):
                raise ClaimsError(translate("Claims", "The payload is signed by {name}, but that certificate was not "
                                                      "valid on the issue date {day}.")
                                  .format(name=common_name(certificate.subject), day=fields.issue_date.isoformat()))
            return Claims(fields, key.hex(), common_name(certificate.subject), certificate)
    raise ClaimsError(translate("Claims", "The payload's signature is not valid: its content was changed, or it was "
                                          "not signed by {name}.")
                      .format(name=common_name(candidates[0].subject)))


# -- the seal of a PDF --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SealedClaims:
    """The facts sealed into a PDF, the pages' fingerprint at signing, and the certificate that sealed them."""

    facts: Mapping[str, str]
    page_fingerprint: str
    certificate: x509.Certificate
    sealed_at: datetime | None = None

    @property
    def signer(self) -> str:
        return common_name(self.certificate.subject)


def canonical_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def seal_claims(facts: Mapping[str, str], page_fingerprint: str, identity: SigningIdentity) -> tuple[str, str]:
    """(the claims' JSON text, its seal in base64) for the PDF's information dictionary (ASCII only)."""
    certificate = base64.b64encode(identity.certificate.public_bytes(serialization.Encoding.DER)).decode("ascii")
    text = canonical_json({"v": VERSION, "facts": {str(k): str(v) for k, v in facts.items()},
                           "page_fingerprint": page_fingerprint, "key_id": identity.key_id.hex(),
                           "certificate": certificate})
    return text, base64.b64encode(identity.sign_bytes(SEAL_CONTEXT + text.encode("ascii"))).decode("ascii")


def open_seal(text: str, seal: str) -> SealedClaims:
    """The sealed claims if ``seal`` signs ``text`` with the certificate it names (trust is checked apart: a
    ``TrustStore.issuer_of`` the certificate); a ClaimsError otherwise."""
    try:
        value = json.loads(text)
        certificate = x509.load_der_x509_certificate(base64.b64decode(value["certificate"], validate=True))
        signature = base64.b64decode(seal, validate=True)
        facts, fingerprint = dict(value["facts"]), str(value["page_fingerprint"])
    except (ValueError, KeyError, TypeError):
        raise ClaimsError(translate("Claims", "The document's sealed facts are damaged and cannot be read.")) from None
    if key_id(certificate).hex() != value.get("key_id") or not verify_raw(certificate, SEAL_CONTEXT
                                                                           + text.encode("ascii"), signature):
        raise ClaimsError(translate("Claims", "The document's sealed facts do not match their seal: they were changed "
                                              "after signing."))
    return SealedClaims(facts, fingerprint, certificate)
