"""The signing identity refuses, in one sentence each, what cannot sign; its signatures are PAdES that pdfsig and
pyHanko accept, dated by the project clock and the same for the same input."""

import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.core.clock import clock_set_to, now
from desktop.demo.certificates import DEMO_SIGNING_PASSWORD, SIGNER_NAME
from desktop.issuing.pdf_check import Integrity, check_signed_pdf
from desktop.issuing.signing import SigningError, SigningIdentity, WrongPasswordError, sign_pdf
from desktop.issuing.trust import TrustStore
from tests.conftest import REFERENCE_MOMENT
from tests.issuing.helpers import demo_issued, make_certificate, sample_pdf, sign_sample, write_p12

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig (poppler-utils) is not installed")


def test_the_demo_identity_opens_with_its_password_and_says_who_signs(identity):
    assert identity.name == SIGNER_NAME
    assert "DEMO Root CA" in identity.summary().issuer
    assert set(identity.summary().key_usage) >= {"digital signature", "non-repudiation"}
    assert isinstance(identity.private_key, ec.EllipticCurvePrivateKey)
    assert len(identity.chain) == 1


@pytest.mark.parametrize("password", ["wrong", "", DEMO_SIGNING_PASSWORD.upper()])
def test_a_wrong_password_is_one_sentence_naming_the_file(demo_certificates, password):
    with pytest.raises(WrongPasswordError) as refused:
        SigningIdentity.from_pkcs12(demo_certificates.p12_path, password)
    assert refused.value.message == f"The password of {demo_certificates.p12_path} is wrong."


def test_a_missing_file_and_a_file_that_is_no_pkcs12_are_told_apart(tmp_path):
    with pytest.raises(SigningError, match=r"^The signing certificate file .*missing\.p12 does not exist\.$"):
        SigningIdentity.from_pkcs12(tmp_path / "missing.p12", "x")
    (tmp_path / "letter.p12").write_bytes(b"%PDF-1.4 not a key file")
    with pytest.raises(SigningError, match=r"letter\.p12 is not a PKCS#12 file \(\.p12 or \.pfx\)\.$"):
        SigningIdentity.from_pkcs12(tmp_path / "letter.p12", "x")
    (tmp_path / "folder.p12").mkdir()
    with pytest.raises(SigningError, match=r"folder\.p12 cannot be read"):
        SigningIdentity.from_pkcs12(tmp_path / "folder.p12", "x")


def test_an_expired_certificate_is_refused_with_its_end_date(tmp_path):
    key, certificate, root = demo_issued(days_from=-400, days_to=-1)
    with pytest.raises(SigningError,
                       match=r"^The certificate TEST 전자관인 expired on 2026\. 11\. 24\..*cannot be signed"):
        SigningIdentity.from_pkcs12(write_p12(tmp_path, key, certificate, [root]), "secret")


def test_a_certificate_not_valid_yet_is_refused(tmp_path):
    key, certificate, root = demo_issued(days_from=3, days_to=400)
    with pytest.raises(SigningError,
                       match=r"^The certificate TEST 전자관인 is not valid yet: it is valid from 2026\. 11\. 28\."):
        SigningIdentity.from_pkcs12(write_p12(tmp_path, key, certificate, [root]), "secret")


@pytest.mark.parametrize("key_usage", [False, None])
def test_a_certificate_without_the_signing_key_usage_is_refused(tmp_path, key_usage):
    key, certificate, root = demo_issued(key_usage=key_usage)
    with pytest.raises(SigningError, match="may not sign documents: its key usage does not include digital signature"):
        SigningIdentity.from_pkcs12(write_p12(tmp_path, key, certificate, [root]), "secret")


def test_a_key_that_is_not_the_certificates_and_a_file_without_key_are_refused(tmp_path):
    _, certificate = make_certificate()
    with pytest.raises(SigningError, match="the private key does not belong to the certificate TEST 전자관인"):
        SigningIdentity.from_parts(ec.generate_private_key(ec.SECP256R1()), certificate, source="a.p12")
    only_certificates = tmp_path / "certificates.p12"
    only_certificates.write_bytes(pkcs12.serialize_key_and_certificates(
        None, None, None, [certificate], serialization.BestAvailableEncryption(b"secret")))
    with pytest.raises(SigningError, match=r"certificates\.p12 holds no private key"):
        SigningIdentity.from_pkcs12(only_certificates, "secret")


@needs_pdfsig
def test_pdfsig_reports_the_signature_valid_and_the_whole_document_signed(tmp_path, signed):
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    assert f"Signer Certificate Common Name: {SIGNER_NAME}" in report
    assert "ETSI.CAdES.detached" in report  # PAdES


@needs_pdfsig
@pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil (libnss3-tools) is not installed")
def test_with_the_demo_root_trusted_pdfsig_trusts_the_certificate(tmp_path, signed, demo_certificates, identity):
    real_now = datetime.now(UTC)  # pdfsig judges the certificate by the computer's date, not the project's clock
    if not identity.certificate.not_valid_before_utc <= real_now <= identity.certificate.not_valid_after_utc:
        pytest.skip("the demo certificate of the tests' day is not valid on this computer's date")
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    untrusted = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(path)], capture_output=True, text=True).stdout
    assert "Certificate issuer isn't Trusted" in untrusted
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "demo root", "-t", "C,C,C", "-i",
                    str(demo_certificates.root_path)], check=True, capture_output=True)
    trusted = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(path)], capture_output=True, text=True).stdout
    assert "Certificate is Trusted" in trusted


def test_the_signature_is_dated_by_the_project_clock_and_repeats_for_the_same_input(identity, root_trust):
    first, second = sign_sample(identity), sign_sample(identity)
    assert first == second  # deterministic ECDSA, file ID from the bytes, the clock's dates
    check = check_signed_pdf(first, root_trust)
    assert check.integrity == Integrity.SIGNED and check.trusted
    assert abs(check.signing_time - REFERENCE_MOMENT) < timedelta(minutes=1)
    assert sign_pdf(sample_pdf(), identity, metadata={"number": "제2026-0002호"}) != first


def test_an_rsa_identity_signs_too(tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key, certificate, root = demo_issued(key=key)
    rsa_identity = SigningIdentity.from_pkcs12(write_p12(tmp_path, key, certificate, [root]), "secret")
    check = check_signed_pdf(sign_sample(rsa_identity), TrustStore().with_certificates([root], "root"))
    assert check.integrity == Integrity.SIGNED and check.trusted, check.problems


def test_a_document_that_is_no_pdf_is_refused_and_nothing_is_written(identity):
    with pytest.raises(SigningError, match="The document cannot be signed: it is not a readable PDF"):
        sign_pdf(b"not a pdf", identity)


def test_an_identity_loaded_yesterday_still_checks_the_clock_when_the_cache_gives_it(demo_certificates):
    from desktop.issuing.signing_password import IdentityCache

    settings = {"signing_pkcs12_path": str(demo_certificates.p12_path), "signing_certificate_pem": ""}
    cache = IdentityCache()
    first = cache.identity(settings, lambda path, problem: DEMO_SIGNING_PASSWORD)
    assert cache.identity(settings, lambda path, problem: pytest.fail("asked again")) is first
    later = now() + timedelta(days=365 * 11)
    with clock_set_to(lambda: later), pytest.raises(SigningError, match="expired on"):
        cache.identity(settings)


def test_the_identity_exports_its_certificate_and_chain_as_pem(identity):
    from desktop.issuing.trust import parse_certificates

    signer, root = parse_certificates(identity.certificates_pem().encode("ascii"))
    assert signer == identity.certificate
    assert root.subject == signer.issuer
