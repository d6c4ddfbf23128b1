"""The demo's signing authority: a DEMO root CA and a DEMO signing certificate, written beside the demo database.

Both are made with ``cryptography`` for the demo day by the project clock, from keys derived from that day (the
same day gives the same certificates, as it gives the same records). They say DEMO in every name: nothing signed
with them proves anything outside the demo. The PKCS#12 file holds the signing key, its certificate and the root;
``demo-root.pem`` is what a reader trusts to see the demo's signatures as trusted.

The demo builder calls ``create_demo_certificates(folder_of_the_database, day)`` and stores
``DemoCertificates.settings`` with ``save_settings``; the ``demo`` command prints ``DEMO_SIGNING_PASSWORD``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.core.clock import KST, today
from desktop.core.files import write_atomically

DEMO_SIGNING_PASSWORD = "demo-signing-2026"
ROOT_NAME = "DEMO Root CA – not for real use"
SIGNER_NAME = "DEMO 지식재산처 전자관인"
ORGANISATION = "DEMO 지식재산처 (Ministry of Intellectual Property, demonstration only)"
P12_SUFFIX, ROOT_SUFFIX = "-signing.p12", "-root.pem"
# The demo's history starts 240 days before its day (desktop/demo/builder.py): the certificate covers it.
VALID_BEFORE_DAY = timedelta(days=400)
SIGNER_YEARS, ROOT_YEARS = 10, 20


@dataclass(frozen=True)
class DemoCertificates:
    p12_path: Path
    root_path: Path
    password: str
    signer_pem: str  # the signing certificate, PEM
    root_pem: str
    signer_name: str

    @property
    def settings(self) -> dict[str, str]:
        """The business settings that configure this identity (``desktop.domain.settings.catalogue``)."""
        return {"signing_pkcs12_path": str(self.p12_path), "signing_certificate_pem": self.signer_pem + self.root_pem,
                "signing_signer_name": self.signer_name}


def _key(day: date, role: str) -> ec.EllipticCurvePrivateKey:
    """A P-256 key derived from the day: reproducible demo files (a DEMO key is public by nature)."""
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    seed = int.from_bytes(hashlib.sha256(f"designation-review demo {role} {day.isoformat()}".encode()).digest())
    return ec.derive_private_key(seed % (order - 1) + 1, ec.SECP256R1())


def _serial(day: date, role: str) -> int:
    return int.from_bytes(hashlib.sha256(f"serial {role} {day.isoformat()}".encode()).digest()[:15]) | 1


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _years_after(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def demo_root(day: date) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key(day, "root")
    start = datetime.combine(day - 2 * VALID_BEFORE_DAY, time(0), KST).astimezone(UTC)
    name = _name(ROOT_NAME)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(public)
        .serial_number(_serial(day, "root")).not_valid_before(start).not_valid_after(_years_after(start, ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def demo_signer(day: date, root_key: ec.EllipticCurvePrivateKey,
                root: x509.Certificate) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = _key(day, "signer")
    start = datetime.combine(day - VALID_BEFORE_DAY, time(0), KST).astimezone(UTC)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder().subject_name(_name(SIGNER_NAME)).issuer_name(root.subject).public_key(public)
        .serial_number(_serial(day, "signer")).not_valid_before(start)
        .not_valid_after(_years_after(datetime.combine(day, time(0), KST).astimezone(UTC), SIGNER_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION,
                                              x509.ObjectIdentifier("1.2.840.113583.1.1.5")]),  # Adobe PDF signing
                       critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    return key, certificate


def pkcs12_bytes(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate, chain: list[x509.Certificate],
                 password: str, friendly_name: str = SIGNER_NAME) -> bytes:
    """A PKCS#12 file with AES-256 encryption (what current readers and OpenSSL 3 accept)."""
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(50_000).key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256()).build(password.encode("utf-8")))
    return pkcs12.serialize_key_and_certificates(friendly_name.encode("utf-8"), key, certificate, chain, encryption)


def pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def demo_paths(database_file: Path) -> tuple[Path, Path]:
    """``demo.sqlite3`` → ``demo-signing.p12`` and ``demo-root.pem`` in the same folder."""
    stem = database_file.with_suffix("")
    return stem.with_name(stem.name + P12_SUFFIX), stem.with_name(stem.name + ROOT_SUFFIX)


def create_demo_certificates(database_file: Path | str, day: date | None = None) -> DemoCertificates:
    """Write the demo's PKCS#12 and root certificate beside ``database_file`` (each whole or not at all)."""
    day = day or today()
    root_key, root = demo_root(day)
    signer_key, signer = demo_signer(day, root_key, root)
    p12_path, root_path = demo_paths(Path(database_file).expanduser())
    write_atomically(p12_path, pkcs12_bytes(signer_key, signer, [root], DEMO_SIGNING_PASSWORD))
    write_atomically(root_path, pem(root).encode("ascii"))
    return DemoCertificates(p12_path, root_path, DEMO_SIGNING_PASSWORD, pem(signer), pem(root), SIGNER_NAME)
