"""What a PDF proves by itself: its signature (intact, covering the file, trusted), the facts sealed with it, and
whether its pages are those that were signed, even in a copy another program saved again.

``page_fingerprint`` is SHA-256 over what every page draws: its boxes, the decoded content streams, and the
resources and annotations they use (fonts, images and forms decoded; signature fields left out), walked in a
canonical order, so that a copy re-saved with other object numbers, compression or metadata keeps it and a changed
word does not. ``sign_pdf`` seals the fingerprint of the unsigned document with the facts: no circle.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from cryptography import x509

from desktop.core.i18n import translate
from desktop.issuing.claims import ClaimsError, SealedClaims, open_seal
from desktop.issuing.signing import CLAIMS_KEY, SEAL_KEY, SIGNATURE_FIELD, common_name, info_of
from desktop.issuing.trust import TrustStore

_IGNORED_KEYS = {"/Parent", "/P", "/Length", "/Filter", "/DecodeParms", "/DL", "/StructParent", "/StructParents",
                 "/Metadata", "/PieceInfo", "/LastModified", "/Group"}
_PAGE_KEYS = ("/MediaBox", "/CropBox", "/Rotate", "/UserUnit")
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


# -- the pages' fingerprint ---------------------------------------------------------------------------------------

class _Canonical:
    """Feeds a hash with a PDF object graph in an order that does not depend on object numbers or encodings."""

    def __init__(self) -> None:
        self.done: dict[tuple[int, int], bytes] = {}
        self.open: set[tuple[int, int]] = set()

    def digest(self, obj: Any) -> bytes:
        from pyhanko.pdf_utils import generic

        if isinstance(obj, generic.IndirectObject | generic.Reference):
            key = (obj.idnum, obj.generation)
            if key in self.done:
                return self.done[key]
            if key in self.open:
                return b"cycle"
            self.open.add(key)
            result = self.digest(obj.get_object())
            self.open.discard(key)
            self.done[key] = result
            return result
        return hashlib.sha256(self.encode(obj)).digest()

    def encode(self, obj: Any) -> bytes:
        from pyhanko.pdf_utils import generic

        if isinstance(obj, generic.StreamObject):
            return b"S" + self.encode_dict(obj) + hashlib.sha256(_stream_data(obj)).digest()
        if isinstance(obj, generic.DictionaryObject):
            return b"D" + self.encode_dict(obj)
        if isinstance(obj, generic.ArrayObject):
            return b"A" + b"".join(self.digest(item) for item in obj)
        if isinstance(obj, generic.NameObject):
            return b"N" + str(obj).encode("utf-8")
        if isinstance(obj, generic.BooleanObject):
            return b"B1" if obj else b"B0"
        if isinstance(obj, generic.NumberObject | generic.FloatObject | int | float):
            return b"#" + format(Decimal(str(obj)).normalize(), "f").encode("ascii")
        if isinstance(obj, generic.TextStringObject | generic.ByteStringObject):
            return b"T" + obj.original_bytes
        if obj is None or isinstance(obj, generic.NullObject):
            return b"0"
        return b"?" + str(obj).encode("utf-8")

    def encode_dict(self, obj: Any) -> bytes:
        parts = [str(k).encode("utf-8") + b"=" + self.digest(obj.raw_get(k))
                 for k in sorted(obj.keys(), key=str) if str(k) not in _IGNORED_KEYS]
        return b";".join(parts)


def _stream_data(stream: Any) -> bytes:
    try:
        return stream.data
    except Exception:  # a filter pyHanko cannot decode (e.g. DCT images): their encoded bytes, as stored
        return stream.encoded_data


def _pages(reader: Any) -> list[Any]:
    """Every page dictionary in order, with inherited attributes resolved."""
    pages: list[Any] = []

    def walk(node: Any, inherited: dict[str, Any]) -> None:
        node = node.get_object()
        values = dict(inherited)
        for key in _INHERITED:
            if key in node:
                values[key] = node.raw_get(key)
        if str(node.get("/Type", "")) == "/Pages" or "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid, values)
        else:
            pages.append((node, values))

    walk(reader.root.raw_get("/Pages"), {})
    return pages


def _is_signature_widget(annotation: Any) -> bool:
    node = annotation
    for _ in range(8):  # a widget's field type may sit on its parent field
        if str(node.get("/FT", "")) == "/Sig":
            return True
        if "/Parent" not in node:
            return False
        node = node["/Parent"]
    return False


def reader_fingerprint(reader: Any) -> str:
    """The fingerprint of the pages of an open pyHanko PdfFileReader (hex SHA-256)."""
    from pyhanko.pdf_utils import generic

    canonical = _Canonical()
    total = hashlib.sha256(b"designation-review pages 1\n")
    for page, inherited in _pages(reader):
        part = hashlib.sha256()
        for key in _PAGE_KEYS:
            value = inherited.get(key, page.raw_get(key) if key in page else None)
            part.update(key.encode() + b"=" + canonical.digest(value) + b";")
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        # One stream or an array of them (other programs often split or wrap a page's content).
        streams = [] if contents is None else list(contents) if isinstance(contents, generic.ArrayObject) \
            else [contents]
        part.update(b"/Contents=" + hashlib.sha256(b"\n".join(_stream_data(s.get_object()) for s in streams)).digest())
        part.update(b"/Resources=" + canonical.digest(inherited.get("/Resources")))
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            if not _is_signature_widget(annotation):
                part.update(b"/Annot=" + canonical.digest(annotation))
        total.update(part.digest())
    return total.hexdigest()


def _reader(data: bytes):  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(data), strict=False)


def page_fingerprint(data: bytes) -> str:
    """The fingerprint of what the pages of PDF ``data`` show; ValueError when it is not a readable PDF."""
    try:
        return reader_fingerprint(_reader(data))
    except Exception as error:
        raise ValueError(f"not a readable PDF: {error}") from error


# -- the sealed facts ---------------------------------------------------------------------------------------------

def _sealed_from_info(info: Any) -> SealedClaims | None:
    if info is None or CLAIMS_KEY not in info or SEAL_KEY not in info:
        return None
    return open_seal(str(info[CLAIMS_KEY]), str(info[SEAL_KEY]))


def _our_signature(reader: Any) -> Any:
    signatures = list(reader.embedded_signatures)
    return next((s for s in signatures if s.field_name == SIGNATURE_FIELD), signatures[0] if signatures else None)


def read_signed_claims(data: bytes) -> SealedClaims | None:
    """The facts sealed into a PDF: from the revision its signature covers when it has one (never from later
    additions), else from the file as it is (a re-saved copy). None when there are none; ClaimsError when they
    were changed or damaged. Whether their certificate is trusted is ``check_signed_pdf``'s question."""
    reader = _reader(data)
    signature = _our_signature(reader)
    if signature is not None:
        trailer = reader.get_historical_resolver(signature.signed_revision).trailer_view
    else:
        trailer = reader.trailer_view
    return _sealed_from_info(info_of(trailer))


# -- the check ----------------------------------------------------------------------------------------------------

class Integrity(StrEnum):
    SIGNED = "signed"  # our signature is valid and covers the whole file
    UPDATED = "updated"  # valid, and what was added after it changes nothing that is shown
    RESAVED = "resaved"  # no signature over these bytes, but the seal is valid and the pages are those signed
    ALTERED = "altered"  # the signature or the seal is broken, or what is shown changed
    UNSIGNED = "unsigned"  # neither a signature nor sealed facts


@dataclass(frozen=True)
class SignatureCheck:
    integrity: Integrity
    signed: bool = False  # the file carries a PDF signature
    intact: bool = False  # the signed bytes are unchanged
    valid: bool = False  # and the signature over them is cryptographically valid
    coverage: str = ""  # "entire file", "entire revision" or "partial"
    modification: str = ""  # after the signature: "none", "harmless" or "changes what is shown"
    trusted: bool = False  # the signer's certificate leads to a trusted certificate
    signer: str = ""
    signer_certificate: x509.Certificate | None = None
    signing_time: datetime | None = None  # as the signer claims it (B-B has no time-stamp)
    expired_at_signing: bool = False
    claims: SealedClaims | None = None
    fingerprint_matches: bool | None = None
    problems: tuple[str, ...] = field(default=())  # sentences, in the order found
    notes: tuple[str, ...] = field(default=())  # what a person should know though nothing is wrong

    @property
    def ok(self) -> bool:
        """An unaltered document signed by a trusted authority (possibly re-saved with its content intact)."""
        return self.integrity in (Integrity.SIGNED, Integrity.UPDATED, Integrity.RESAVED) and self.trusted


def _trust_problems(certificate: x509.Certificate, moment: datetime | None, trust: TrustStore) -> list[str]:
    problems = []
    name = common_name(certificate.subject)
    if moment is not None and not (certificate.not_valid_before_utc <= moment <= certificate.not_valid_after_utc):
        problems.append(translate("SignatureCheck", "The certificate {name} was not valid when the document says it "
                                                    "was signed.")
                        .format(name=name))
    if not trust:
        problems.append(translate("SignatureCheck", "No certificate is trusted here: give the authority's certificate "
                                                    "with --trust or add it to the trust folder."))
    elif trust.issuer_of(certificate) is None:
        problems.append(translate("SignatureCheck", "The certificate {name} is not issued by a trusted certificate.")
                        .format(name=name))
    return problems


def _check_seal(claims: SealedClaims | None, reader: Any, trust: TrustStore) -> SignatureCheck:
    """A file without a signature over its bytes: the seal and the fingerprint decide."""
    if claims is None:
        nothing = translate("SignatureCheck", "The file carries no signature and no sealed facts.")
        return SignatureCheck(Integrity.UNSIGNED, problems=(nothing,))
    matches = reader_fingerprint(reader) == claims.page_fingerprint
    problems = [] if matches else [translate("SignatureCheck", "The pages differ from those that were signed.")]
    trust_issues = _trust_problems(claims.certificate, None, trust)
    return SignatureCheck(Integrity.RESAVED if matches else Integrity.ALTERED, trusted=not trust_issues,
                          signer=claims.signer, signer_certificate=claims.certificate, claims=claims,
                          fingerprint_matches=matches, problems=tuple(problems + trust_issues))


def check_signed_pdf(data: bytes, trust: TrustStore) -> SignatureCheck:
    """Everything the file itself proves, without the database (see ``Integrity``)."""
    try:
        reader = _reader(data)
        signature = _our_signature(reader)
    except Exception:
        unreadable = translate("SignatureCheck", "The file is not a readable PDF document.")
        return SignatureCheck(Integrity.UNSIGNED, problems=(unreadable,))
    try:
        if signature is None:
            return _check_seal(read_signed_claims(data), reader, trust)
        claims = read_signed_claims(data)
    except ClaimsError as error:
        return SignatureCheck(Integrity.ALTERED, signed=signature is not None, problems=(error.message,))
    except Exception:  # a structure broken further in than the first read: what it shows cannot be trusted
        return _damaged(signature is not None)
    try:
        result = _check_signature(signature, reader, claims, trust)
        if result.integrity == Integrity.ALTERED and not (result.intact and result.valid
                                                          and result.coverage != "partial"):
            resaved = _resaved(reader, trust)  # another program wrote the file again: the seal may still hold
            if resaved is not None:
                return resaved
    except Exception:
        return _damaged(True)
    return result


def _damaged(signed: bool) -> SignatureCheck:
    damaged = translate("SignatureCheck", "The file is damaged: parts of it cannot be read, so what it shows cannot "
                                          "be trusted.")
    return SignatureCheck(Integrity.ALTERED if signed else Integrity.UNSIGNED, signed=signed, problems=(damaged,))


def _resaved(reader: Any, trust: TrustStore) -> SignatureCheck | None:
    """The check of a file whose PDF signature no longer matches its bytes, when its seal and pages still do."""
    trailer = reader.trailer_view
    try:
        claims = _sealed_from_info(info_of(trailer))
    except ClaimsError:
        return None
    result = _check_seal(claims, reader, trust)
    if result.integrity != Integrity.RESAVED:
        return None
    note = translate("SignatureCheck", "The file was saved again by another program, so its PDF signature no longer "
                                       "matches its bytes; the signed content and the sealed facts are intact.")
    return dataclasses.replace(result, signed=True, notes=(note,))


def _check_signature(signature: Any, reader: Any, claims: SealedClaims | None, trust: TrustStore) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    claimed = signature.self_reported_timestamp
    try:
        status = validate_pdf_signature(
            signature, trust.validation_context(claimed),
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                                   match_all_key_usages=False))
    except Exception as error:
        return SignatureCheck(Integrity.ALTERED, signed=True, claims=claims,
                              problems=(translate("SignatureCheck", "The signature cannot be read: {reason}.")
                                        .format(reason=error),))
    certificate = x509.load_der_x509_certificate(signature.signer_cert.dump())
    coverage = {SignatureCoverageLevel.ENTIRE_FILE: "entire file",
                SignatureCoverageLevel.ENTIRE_REVISION: "entire revision"}.get(status.coverage, "partial")
    level = status.modification_level
    fingerprint = reader_fingerprint(reader) if coverage != "entire file" else None
    sealed_matches = claims is None or fingerprint is None or fingerprint == claims.page_fingerprint
    harmless = level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
    modification = ("none" if coverage == "entire file" else "harmless" if harmless and sealed_matches
                    and status.docmdp_ok is not False else "changes what is shown")
    problems: list[str] = []
    if not status.intact:
        problems.append(translate("SignatureCheck", "The signed bytes were changed: the signature no longer matches "
                                                    "the document."))
    elif not status.valid:
        problems.append(translate("SignatureCheck", "The signature is not valid cryptographically."))
    if coverage == "partial":
        problems.append(translate("SignatureCheck", "The signature covers only part of the file."))
    if modification == "changes what is shown":
        problems.append(translate("SignatureCheck", "Changes were added after signing that alter what the document "
                                                    "shows."))
    if claims is not None and claims.certificate != certificate:
        problems.append(translate("SignatureCheck", "The sealed facts were not sealed by the document's signer."))
    altered = bool(problems)
    trust_issues = _trust_problems(certificate, claimed, trust)
    if not trust_issues and not status.trusted:
        trust_issues.append(translate("SignatureCheck", "The certificate {name} could not be validated up to a "
                                                        "trusted certificate.")
                            .format(name=common_name(certificate.subject)))
    integrity = (Integrity.ALTERED if altered else Integrity.SIGNED if coverage == "entire file" else Integrity.UPDATED)
    return SignatureCheck(
        integrity, signed=True, intact=bool(status.intact), valid=bool(status.valid), coverage=coverage,
        modification=modification, trusted=not trust_issues, signer=common_name(certificate.subject),
        signer_certificate=certificate, signing_time=claimed,
        expired_at_signing=claimed is not None and not (certificate.not_valid_before_utc <= claimed
                                                        <= certificate.not_valid_after_utc),
        claims=claims, fingerprint_matches=None if fingerprint is None or claims is None
        else fingerprint == claims.page_fingerprint, problems=tuple(problems + trust_issues))
