"""The signature of a case dossier's manifest: a detached CMS (PKCS #7) signature, ``MANIFEST.p7s``.

A standard format on purpose, so that the dossier can be checked without this program too::

    openssl cms -verify -binary -inform DER -in MANIFEST.p7s -content MANIFEST.json -CAfile root.pem -purpose any

Signed attributes are the content type and the message digest only (no signing time: the same manifest signed
with the same key gives the same bytes; ECDSA is deterministic, RFC 6979), the signer's certificate and its chain
are carried in the signature.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from asn1crypto import algos, cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

from desktop.core.i18n import translate
from desktop.issuing.signing import SigningIdentity, asn1_certificate, common_name
from desktop.issuing.trust import TrustStore


def _signature_algorithm(identity: SigningIdentity) -> str:
    key = identity.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "sha256_ecdsa"
    if isinstance(key, rsa.RSAPrivateKey):
        return "sha256_rsa"
    return "ed25519"


def _sign_der(identity: SigningIdentity, data: bytes) -> bytes:
    """The signature as CMS carries it: DER (r, s) for ECDSA, PKCS #1 v1.5 for RSA, raw for Ed25519."""
    key = identity.private_key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    return key.sign(data)


def _set_of(attributes: cms.CMSAttributes) -> bytes:
    """The DER the signature covers: the signed attributes as a SET OF (tag 0x31), not as their [0] field."""
    der = attributes.dump()
    return b"\x31" + der[1:]


def sign_detached(data: bytes, identity: SigningIdentity) -> bytes:
    """A detached CMS SignedData (DER) over ``data`` with the identity's key, carrying its certificate chain."""
    attributes = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(data).digest()]}),
    ])
    certificate = asn1_certificate(identity.certificate)
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": certificate.issuer, "serial_number": certificate.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": attributes,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": _signature_algorithm(identity)}),
        "signature": _sign_der(identity, _set_of(attributes)),
    })
    signed = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": "data"},
        "certificates": [certificate, *(asn1_certificate(c) for c in identity.chain)],
        "signer_infos": [signer],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


@dataclass(frozen=True)
class DetachedCheck:
    """What a detached signature says about the bytes it was given."""

    intact: bool  # the signature signs exactly these bytes
    trusted: bool  # by a certificate that leads to a trusted one and was valid on the day given
    signer: str
    certificate: x509.Certificate | None
    problems: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return self.intact and self.trusted


def _verify(certificate: x509.Certificate, algorithm: str, data: bytes, signature: bytes) -> bool:
    public = certificate.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey) and algorithm in ("sha256_ecdsa", "ecdsa"):
            public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey) and algorithm in ("sha256_rsa", "rsassa_pkcs1v15"):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public, ed25519.Ed25519PublicKey) and algorithm == "ed25519":
            public.verify(signature, data)
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _damaged(reason: str) -> DetachedCheck:
    return DetachedCheck(False, False, "", None, (reason,))


def check_detached(data: bytes, signature: bytes, trust: TrustStore, on_day: date | None = None) -> DetachedCheck:
    """Whether ``signature`` (as ``sign_detached`` makes it) signs ``data``, and by a trusted certificate valid on
    ``on_day`` (the day the signed content says it was made)."""
    try:
        info = cms.ContentInfo.load(signature)
        signed = info["content"]
        signer = signed["signer_infos"][0]
        sid = signer["sid"].chosen
        certificates = [c.chosen for c in signed["certificates"]] if signed["certificates"].native else []
        mine = next(c for c in certificates if c.issuer == sid["issuer"]
                    and c.serial_number == sid["serial_number"].native)
        certificate = x509.load_der_x509_certificate(mine.dump())
        attributes = signer["signed_attrs"]
        digests = [a["values"][0].native for a in attributes if a["type"].native == "message_digest"]
        algorithm = signer["signature_algorithm"]["algorithm"].native
        raw = signer["signature"].native
        covered = _set_of(attributes)
    except Exception:  # not a CMS signature of ours, or damaged: it proves nothing
        return _damaged(translate("Dossier", "The manifest's signature is damaged or is not a signature."))
    name = common_name(certificate.subject)
    if digests != [hashlib.sha256(data).digest()] or not _verify(certificate, algorithm, covered, raw):
        return DetachedCheck(False, False, name, certificate, (translate(
            "Dossier", "The manifest does not match its signature: it was changed after {name} signed it.")
            .format(name=name),))
    problems = []
    if on_day is not None and not (certificate.not_valid_before_utc.date() <= on_day
                                   <= certificate.not_valid_after_utc.date()):
        problems.append(translate("Dossier", "The certificate {name} was not valid on {day}, when the dossier says "
                                             "it was made.").format(name=name, day=on_day.isoformat()))
    if not trust:
        problems.append(translate("Dossier", "No certificate is trusted here: give the authority's certificate with "
                                             "--trust or add it to the trust folder."))
    elif trust.issuer_of(certificate) is None:
        problems.append(translate("Dossier", "The certificate {name} is not issued by a trusted certificate.")
                        .format(name=name))
    return DetachedCheck(True, not problems, name, certificate, tuple(problems))


def certificates_pem(identity: SigningIdentity) -> bytes:
    """The signer's certificate and its chain, PEM (what ``-CAfile`` and trust stores take)."""
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (identity.certificate, *identity.chain))
