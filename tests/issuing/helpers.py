"""Helpers of the signing tests: certificates made to fail in each way, sample PDFs, the facts a document seals."""

import io
from datetime import UTC, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.demo.certificates import demo_root, pkcs12_bytes
from desktop.issuing.signing import SigningIdentity
from tests.conftest import DEMO_DAY, REFERENCE_MOMENT


def make_certificate(*, days_from: int = -30, days_to: int = 365, key_usage: bool | None = True,
                     key=None, name: str = "TEST 전자관인", issuer=None):  # type: ignore[no-untyped-def]
    """A certificate (self-signed unless ``issuer`` = (key, cert)) valid from/to days around the tests' moment;
    ``key_usage``: True digital signature, False key encipherment only, None no extension."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    moment = REFERENCE_MOMENT.astimezone(UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_key, issuer_certificate = issuer if issuer else (key, None)
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer_certificate.subject if issuer_certificate else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(moment + timedelta(days=days_from)).not_valid_after(moment + timedelta(days=days_to)))
    if key_usage is not None:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=key_usage, content_commitment=key_usage, key_encipherment=not key_usage,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False,
            decipher_only=False), critical=True)
    return key, builder.sign(issuer_key, hashes.SHA256())


def write_p12(folder: Path, key, certificate, chain=(), password: str = "secret") -> Path:  # type: ignore[no-untyped-def]
    path = folder / f"{certificate.serial_number}.p12"
    path.write_bytes(pkcs12_bytes(key, certificate, list(chain), password))
    return path


def demo_issued(key_usage: bool | None = True, **kwargs):  # type: ignore[no-untyped-def]
    """A certificate issued by the demo root for the tests' day."""
    root_key, root = demo_root(DEMO_DAY)
    key, certificate = make_certificate(key_usage=key_usage, issuer=(root_key, root), **kwargs)
    return key, certificate, root


def sample_pdf(word: str = "지정", pages: int = 2, qr: str = "") -> bytes:
    """A small document in the embedded Korean font, compressed like ours; ``qr`` draws a QR code on each page."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.flowables import draw_qr
    from desktop.documents.fonts import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=1)
    for page in range(pages):
        canvas.setFont(FONT, 12)
        canvas.drawString(72, 720, f"평가기관 {word} 결과 통지 {page + 1}쪽")
        if qr:
            draw_qr(canvas, qr, 180 * mm, 6 * mm, 16 * mm)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


FACTS = {"kind": "decision", "number": "제2026-0001호", "institution": "한국기술가치연구원",
         "registration_number": "1234567890", "outcome": "designated", "issue_date": "2026-11-25"}


def sign_sample(identity: SigningIdentity, data: bytes | None = None) -> bytes:
    from desktop.issuing.signing import sign_pdf

    return sign_pdf(data or sample_pdf(), identity, metadata=FACTS, reason="지정결과 통지", location="대전")
