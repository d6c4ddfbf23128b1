"""The issuing authority's signing identity and PAdES signatures of issued documents (pyHanko).

``SigningIdentity.from_pkcs12(path, password)`` loads the key, its certificate and chain and refuses, in one
sentence each, what cannot sign today by the project's clock. ``sign_pdf(data, identity, metadata=...)`` adds one
signed revision (PAdES B-B: no time-stamp authority is reachable) holding the document's facts, sealed on their own
(``desktop.issuing.seal``), so a copy re-saved by another tool still names its record. One identity signs a whole
batch: the signer, its key and the PDF signer objects are built once.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.core.clock import KST, now
from desktop.core.errors import DomainError
from desktop.core.formatting import official_datetime
from desktop.core.i18n import translate

SIGNATURE_FIELD = "Signature1"
CLAIMS_KEY, SEAL_KEY = "/DesignationReviewClaims", "/DesignationReviewSeal"  # in the signed /Info
PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


class SigningError(DomainError):
    """The signing identity cannot sign: its file, password or certificate; nothing was issued."""


class WrongPasswordError(SigningError):
    """The password does not open the PKCS#12 file (asking again may help)."""


def common_name(name: x509.Name) -> str:
    """The CN of a name, else the whole name as RFC 4514 text."""
    names = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else name.rfc4514_string()


def key_id(certificate: x509.Certificate) -> bytes:
    """8 bytes naming a certificate's public key: the first bytes of SHA-256 over its SubjectPublicKeyInfo."""
    spki = certificate.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).digest()[:8]


def readable_name(name: x509.Name) -> str:
    """A distinguished name as a person reads it, most specific first: ``DEMO 전자관인 · DEMO 지식재산처 · KR``."""
    return " · ".join(str(attribute.value) for attribute in reversed(list(name))) or name.rfc4514_string()


KEY_USAGE_NAMES = (("digital_signature", "digital signature"), ("content_commitment", "non-repudiation"),
                   ("key_encipherment", "key encipherment"), ("data_encipherment", "data encipherment"),
                   ("key_agreement", "key agreement"), ("key_cert_sign", "certificate signing"),
                   ("crl_sign", "CRL signing"))


def key_usages(certificate: x509.Certificate) -> list[str]:
    """The key usages a certificate names (English technical names); empty when it has no such extension."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return []
    return [label for attribute, label in KEY_USAGE_NAMES if getattr(usage, attribute)]


@dataclass(frozen=True)
class CertificateSummary:
    """What the administrator sees of a certificate before trusting it with the authority's documents."""

    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    key_usage: tuple[str, ...]
    sha256: str  # of the certificate (DER), as readers show it

    def validity(self) -> str:
        return f"{official_datetime(self.not_before)} – {official_datetime(self.not_after)}"


def summarise(certificate: x509.Certificate) -> CertificateSummary:
    return CertificateSummary(readable_name(certificate.subject), readable_name(certificate.issuer),
                              certificate.not_valid_before_utc, certificate.not_valid_after_utc,
                              tuple(key_usages(certificate)),
                              certificate.fingerprint(hashes.SHA256()).hex(":").upper())


def check_certificate(certificate: x509.Certificate, moment: datetime | None = None) -> None:
    """Refuse a certificate that may not sign at ``moment`` (default: now by the project clock)."""
    moment = moment or now()
    name = common_name(certificate.subject)
    if moment < certificate.not_valid_before_utc:
        raise SigningError(translate("Signing", "The certificate {name} is not valid yet: it is valid from {start}.")
                           .format(name=name, start=official_datetime(certificate.not_valid_before_utc)))
    if moment > certificate.not_valid_after_utc:
        raise SigningError(translate("Signing", "The certificate {name} expired on {end}; documents cannot be signed "
                                                "with it.")
                           .format(name=name, end=official_datetime(certificate.not_valid_after_utc)))
    usages = key_usages(certificate)
    if "digital signature" not in usages and "non-repudiation" not in usages:
        raise SigningError(translate("Signing", "The certificate {name} may not sign documents: its key usage does "
                                                "not include digital signature or non-repudiation.").format(name=name))


def _same_key(key: PrivateKey, certificate: x509.Certificate) -> bool:
    der = serialization.PublicFormat.SubjectPublicKeyInfo
    return (key.public_key().public_bytes(serialization.Encoding.DER, der)
            == certificate.public_key().public_bytes(serialization.Encoding.DER, der))


@dataclass(frozen=True, eq=False)
class SigningIdentity:
    """A private key with its certificate and chain, checked to sign now; signs PDFs and compact payloads."""

    private_key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()
    source: str = ""  # the file it came from, for messages
    _signers: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_parts(cls, private_key: object, certificate: x509.Certificate | None,
                   chain: tuple[x509.Certificate, ...] = (), *, source: str = "",
                   moment: datetime | None = None) -> SigningIdentity:
        """The identity, or a SigningError: no key, an unsupported key, key and certificate apart, unusable now."""
        label = source or translate("Signing", "the signing certificate file")
        if private_key is None:
            raise SigningError(translate("Signing", "{file} holds no private key: export the certificate together "
                                                    "with its key.")
                               .format(file=label))
        if certificate is None:
            raise SigningError(translate("Signing", "{file} holds no certificate for its key.").format(file=label))
        if not isinstance(private_key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
            raise SigningError(translate("Signing", "{file} holds a key of a kind that cannot sign documents (use "
                                                    "ECDSA or RSA).")
                               .format(file=label))
        if not _same_key(private_key, certificate):
            raise SigningError(translate("Signing", "In {file} the private key does not belong to the certificate "
                                                    "{name}.")
                               .format(file=label, name=common_name(certificate.subject)))
        check_certificate(certificate, moment)
        return cls(private_key, certificate, tuple(chain), source)

    @classmethod
    def from_pkcs12_data(cls, data: bytes, password: str, *, source: str = "",
                         moment: datetime | None = None) -> SigningIdentity:
        label = source or translate("Signing", "the signing certificate file")
        try:
            pfx = asn1_pkcs12.Pfx.load(data, strict=True)
            pfx["auth_safe"]["content_type"].native  # noqa: B018 -- parses far enough to tell a PKCS#12 file
        except Exception:
            raise SigningError(translate("Signing", "{file} is not a PKCS#12 file (.p12 or .pfx).")
                               .format(file=label)) from None
        try:
            key, certificate, others = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
        except ValueError:
            message = translate("Signing", "The password of {file} is wrong.").format(file=label)
            raise WrongPasswordError(message) from None
        return cls.from_parts(key, certificate, tuple(others), source=source, moment=moment)

    @classmethod
    def from_pkcs12(cls, path: Path | str, password: str, *, moment: datetime | None = None) -> SigningIdentity:
        """Load ``path`` (a .p12/.pfx file) with ``password``; a SigningError names what is wrong."""
        path = Path(path).expanduser()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise SigningError(translate("Signing", "The signing certificate file {file} does not exist.")
                               .format(file=path)) from None
        except OSError as error:
            raise SigningError(translate("Signing", "The signing certificate file {file} cannot be read: {reason}.")
                               .format(file=path, reason=(error.strerror or str(error)).rstrip("."))) from None
        return cls.from_pkcs12_data(data, password, source=str(path), moment=moment)

    # -- what it is --------------------------------------------------------------------------------------------
    @property
    def key_id(self) -> bytes:
        return key_id(self.certificate)

    @property
    def name(self) -> str:
        return common_name(self.certificate.subject)

    def summary(self) -> CertificateSummary:
        return summarise(self.certificate)

    def certificates_pem(self) -> str:
        """The signing certificate followed by its chain, PEM (what banks and courts install)."""
        return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii")
                       for c in (self.certificate, *self.chain))

    # -- signing -----------------------------------------------------------------------------------------------
    def sign_bytes(self, data: bytes) -> bytes:
        """A raw signature of ``data`` with SHA-256: r‖s for ECDSA (64 bytes on P-256), PKCS#1 v1.5 for RSA.

        ECDSA is deterministic (RFC 6979): the same data gives the same signature."""
        key = self.private_key
        if isinstance(key, ec.EllipticCurvePrivateKey):
            r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True)))
            size = (key.curve.key_size + 7) // 8
            return r.to_bytes(size, "big") + s.to_bytes(size, "big")
        if isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return key.sign(data)

    @cached_property
    def _cms_signer(self):  # type: ignore[no-untyped-def]
        return _cms_signer(self)

    @cached_property
    def signature_room(self) -> int:
        """Bytes kept for the CMS signature: its certificates, attributes and signature with room to spare (so pyHanko
        need not sign a dummy first to measure it)."""
        certificates = sum(len(c.public_bytes(serialization.Encoding.DER)) for c in (self.certificate, *self.chain))
        key = self.private_key
        signature = key.key_size // 8 if isinstance(key, rsa.RSAPrivateKey) else 160
        return 2 * (certificates + signature + 1024)  # hex digits

    def pdf_signer(self, reason: str, location: str, name: str):  # type: ignore[no-untyped-def]
        """The pyHanko PdfSigner for these texts, built once per identity (a batch reuses it)."""
        key = (reason, location, name)
        if key not in self._signers:
            self._signers[key] = _pdf_signer(self._cms_signer, reason=reason, location=location, name=name)
        return self._signers[key]


def peek_certificate(path: Path | str, password: str) -> x509.Certificate | None:
    """The certificate of a PKCS#12 file without any check (to show what a refused file holds); None if unreadable."""
    try:
        _, certificate, _ = pkcs12.load_key_and_certificates(Path(path).expanduser().read_bytes(),
                                                             password.encode("utf-8"))
    except (OSError, ValueError):
        return None
    return certificate


def asn1_certificate(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def asn1_private_key(key: PrivateKey) -> asn1_keys.PrivateKeyInfo:
    return asn1_keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                           serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))


def _cms_signer(identity: SigningIdentity):  # type: ignore[no-untyped-def]
    """pyHanko's SimpleSigner on the identity's key, signing with the key object it holds (deterministic ECDSA)."""
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class IdentitySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            key = identity.private_key
            if isinstance(key, ec.EllipticCurvePrivateKey) and digest_algorithm == "sha256":
                return key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
            if isinstance(key, rsa.RSAPrivateKey) and digest_algorithm == "sha256" and not self.prefer_pss:
                return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
            return super().sign_raw(data, digest_algorithm)

    registry = SimpleCertificateStore()
    registry.register_multiple([asn1_certificate(c) for c in identity.chain])
    return IdentitySigner(signing_cert=asn1_certificate(identity.certificate),
                          signing_key=asn1_private_key(identity.private_key), cert_registry=registry)


def _pdf_signer(cms_signer, *, reason: str, location: str, name: str):  # type: ignore[no-untyped-def]
    """A PdfSigner making PAdES B-B signatures (SHA-256, invisible field) dated by the project clock."""
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    class ClockedPdfSigner(PdfSigner):
        def init_signing_session(self, pdf_out, existing_fields_only=False):  # type: ignore[no-untyped-def]
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = now()
            return session

    meta = PdfSignatureMetadata(field_name=SIGNATURE_FIELD, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
                                reason=reason or None, location=location or None, name=name or None)
    return ClockedPdfSigner(meta, cms_signer)


def info_of(trailer):  # type: ignore[no-untyped-def]
    """The document information dictionary of a pyHanko trailer, or None (a trailer has no ``get``)."""
    return trailer["/Info"] if "/Info" in trailer else None  # noqa: SIM401


def _writer(data: bytes):  # type: ignore[no-untyped-def]
    """An incremental writer whose /ModDate is the project clock's and whose new file ID derives from the bytes."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata.model import DocumentMetadata

    class ClockedMetadata(DocumentMetadata):
        """pyHanko writes "now" as the real time into the info dictionary and the XMP packet: the project's clock."""

        @property  # type: ignore[override]
        def last_modified(self):  # type: ignore[no-untyped-def]
            return self._last_modified

        @last_modified.setter
        def last_modified(self, value) -> None:  # type: ignore[no-untyped-def]
            self._last_modified = now().astimezone(KST) if value == "now" else value

    class ClockedWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            super()._update_meta()
            if self._info is not None:
                self._info.get_object()["/ModDate"] = generic.pdf_date(now().astimezone(KST))

    writer = ClockedWriter(io.BytesIO(data), strict=False)
    writer._meta = ClockedMetadata(**{f: getattr(writer._meta, f) for f in writer._meta.__dataclass_fields__})
    first = writer.document_id[0]
    writer._document_id = generic.ArrayObject([  # pyHanko draws the second half at random
        generic.ByteStringObject(first), generic.ByteStringObject(hashlib.sha256(data).digest()[:16])])
    return writer


def sign_pdf(data: bytes, identity: SigningIdentity, *, metadata: Mapping[str, str] | None = None,
             reason: str = "", location: str = "", name: str = "") -> bytes:
    """``data`` with one more revision: the sealed facts (``metadata``) and a PAdES signature covering the file.

    ``name`` is the signer shown by readers (default: the certificate's name). The facts, the pages' fingerprint
    (``pdf_check.page_fingerprint``) and their seal go into the document information dictionary of the signed
    revision (``claims.SEAL_KEYS``). Deterministic for the same input, identity and clock."""
    from pyhanko.pdf_utils import generic

    from desktop.issuing.claims import seal_claims
    from desktop.issuing.pdf_check import reader_fingerprint

    try:
        writer = _writer(data)
    except Exception as error:
        raise SigningError(translate("Signing", "The document cannot be signed: it is not a readable PDF ({reason}).")
                           .format(reason=error)) from None
    text, seal = seal_claims(dict(metadata or {}), reader_fingerprint(writer.prev), identity)
    info = info_of(writer.trailer)
    info = generic.DictionaryObject(dict(info.items())) if info is not None else generic.DictionaryObject()
    for key, value in ((CLAIMS_KEY, text), (SEAL_KEY, seal)):
        info[generic.NameObject(key)] = generic.TextStringObject(value)
    writer.set_info(writer.add_object(info))
    output = io.BytesIO()
    identity.pdf_signer(reason, location, name or identity.name).sign_pdf(
        writer, output=output, bytes_reserved=identity.signature_room)
    return output.getvalue()
