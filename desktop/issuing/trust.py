"""The certificates a verification trusts: the authority's configured certificate, ``--trust`` files, the user's
trust folder; and the authority's certificate exported for the banks and courts that check our documents.

The trust folder is ``trust/`` in the user configuration folder (``user_trust_folder()``: on Linux
``~/.config/designation-review/trust``): every ``.pem``, ``.crt``, ``.cer`` or ``.der`` file in it is trusted, one
or several certificates a file. ``designation-review trust add CERT.pem`` copies a certificate there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.core.errors import DomainError
from desktop.core.files import write_atomically
from desktop.core.i18n import translate
from desktop.issuing.signing import common_name, key_id

_log = logging.getLogger(__name__)

APP_NAME = "designation-review"
ENV_TRUST_DIR = "DESIGNATION_REVIEW_TRUST_DIR"  # another trust folder (tests, a shared installation)
CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der")
_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)


class TrustError(DomainError):
    """A certificate file that cannot be read or holds no certificate."""


def user_trust_folder() -> Path:
    """Where this user's trusted certificates live (created when one is added)."""
    if os.environ.get(ENV_TRUST_DIR):
        return Path(os.environ[ENV_TRUST_DIR]).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "trust"


def parse_certificates(data: bytes, source: str = "") -> list[x509.Certificate]:
    """Every certificate of PEM text (one or several blocks) or of one DER certificate; TrustError otherwise."""
    blocks = _PEM_BLOCK.findall(data)
    try:
        if blocks:
            return [x509.load_pem_x509_certificate(block) for block in blocks]
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise TrustError(translate("Trust", "{file} holds no certificate that can be read (PEM or DER).")
                         .format(file=source or translate("Trust", "The text"))) from None


def load_certificate_file(path: Path | str) -> list[x509.Certificate]:
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TrustError(translate("Trust", "The certificate file {file} cannot be read: {reason}.").format(
            file=path, reason=(error.strerror or str(error)).rstrip("."))) from None
    return parse_certificates(data, str(path))


def pem_text(certificates: Iterable[x509.Certificate]) -> str:
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certificates)


def verify_raw(certificate: x509.Certificate, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` (as ``SigningIdentity.sign_bytes`` makes it) signs ``data`` with ``certificate``'s key."""
    public = certificate.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            size = (public.curve.key_size + 7) // 8
            if len(signature) != 2 * size:
                return False
            der = encode_dss_signature(int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big"))
            public.verify(der, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, data)
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class TrustStore:
    """Trusted certificates (roots, or the authority's own certificate installed directly), with their origin."""

    certificates: tuple[x509.Certificate, ...] = ()
    origins: tuple[str, ...] = ()
    _contexts: dict = field(default_factory=dict, repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.certificates)

    def with_certificates(self, certificates: Sequence[x509.Certificate], origin: str) -> TrustStore:
        known = {c.fingerprint(hashes.SHA256()) for c in self.certificates}
        new = [c for c in certificates if c.fingerprint(hashes.SHA256()) not in known]
        return TrustStore((*self.certificates, *new), (*self.origins, *([origin] * len(new))))

    def by_key_id(self, prefix: bytes) -> list[x509.Certificate]:
        """The trusted certificates whose key id starts with ``prefix`` (a payload carries a short one)."""
        return [c for c in self.certificates if prefix and key_id(c).startswith(prefix)]

    def issuer_of(self, certificate: x509.Certificate) -> x509.Certificate | None:
        """A trusted certificate that signed ``certificate``, or it itself when trusted directly."""
        for candidate in self.certificates:
            if candidate == certificate:
                return candidate
        for candidate in self.certificates:
            if candidate.subject == certificate.issuer:
                try:
                    certificate.verify_directly_issued_by(candidate)
                except (ValueError, TypeError, InvalidSignature):
                    continue
                return candidate
        return None

    def names(self) -> list[str]:
        return [common_name(c.subject) for c in self.certificates]

    def validation_context(self, moment: datetime | None = None) -> Any:
        """A pyHanko ValidationContext on these roots, never fetching anything (kept per moment)."""
        key = moment.isoformat() if moment else ""
        if key not in self._contexts:
            from pyhanko_certvalidator import ValidationContext

            from desktop.issuing.signing import asn1_certificate

            self._contexts[key] = ValidationContext(
                trust_roots=[asn1_certificate(c) for c in self.certificates], allow_fetching=False,
                revocation_mode="soft-fail", moment=moment, best_signature_time=moment)
        return self._contexts[key]


def folder_certificates(folder: Path) -> list[tuple[x509.Certificate, str]]:
    """The certificates of every certificate file in ``folder``; unreadable files are skipped (and named)."""
    found: list[tuple[x509.Certificate, str]] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in CERTIFICATE_SUFFIXES and path.is_file():
            try:
                found += [(c, str(path)) for c in load_certificate_file(path)]
            except TrustError as error:  # a damaged file in the trust folder: skipped, left there and logged
                _log.warning("%s", error.message)
                continue
    return found


def _authority_pem(settings: Mapping[str, Any]) -> str:
    """The authority's signing certificate and chain as the settings hold them ("" when none is configured)."""
    from desktop.domain.settings.catalogue import SIGNING_CERTIFICATE_PEM

    return SIGNING_CERTIFICATE_PEM.of(settings) if settings else ""


def trust_store(settings: Mapping[str, Any] | None = None, extra: Sequence[Path | str] = (), *,
                user_folder: bool = True) -> TrustStore:
    """What a verification trusts: the configured authority certificate (``settings``), every ``extra`` file
    (``--trust``), and the user's trust folder. A missing or unreadable ``extra`` file is a TrustError."""
    store = TrustStore()
    configured = _authority_pem(settings or {})
    if configured:
        with contextlib.suppress(TrustError):  # the settings refuse such a value; a damaged one loses this source
            store = store.with_certificates(parse_certificates(configured.encode("ascii", "replace")),
                                            translate("Trust", "the authority certificate in the settings"))
    for path in extra:
        store = store.with_certificates(load_certificate_file(path), str(path))
    if user_folder:
        for certificate, origin in folder_certificates(user_trust_folder()):
            store = store.with_certificates([certificate], origin)
    return store


def authority_certificates(settings: Mapping[str, Any]) -> list[x509.Certificate]:
    """The configured signing certificate and its chain, or a TrustError when none is configured."""
    configured = _authority_pem(settings)
    if not configured:
        raise TrustError(translate("Trust", "No signing certificate is configured: the administrator chooses it "
                                            "under File → Signing certificate…."))
    return parse_certificates(configured.encode("ascii", "replace"), translate("Trust", "The configured certificate"))


def export_certificate(path: Path | str, settings: Mapping[str, Any]) -> list[x509.Certificate]:
    """Write the authority's signing certificate and its chain as PEM to ``path`` (whole or not at all)."""
    certificates = authority_certificates(settings)
    write_atomically(path, pem_text(certificates).encode("ascii"))
    return certificates


def add_trusted(path: Path | str, folder: Path | None = None) -> tuple[Path, list[x509.Certificate]]:
    """Copy the certificates of ``path`` into the user's trust folder as one PEM file named by its first
    certificate's fingerprint; returns the file written."""
    certificates = load_certificate_file(path)
    folder = folder or user_trust_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TrustError(translate("Trust", "The trust folder {folder} cannot be created: {reason}.").format(
            folder=folder, reason=(error.strerror or str(error)).rstrip("."))) from None
    target = folder / f"{certificates[0].fingerprint(hashes.SHA256()).hex()[:16]}.pem"
    write_atomically(target, pem_text(certificates).encode("ascii"))
    return target, certificates
