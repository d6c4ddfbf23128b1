"""Signing fixtures: the demo's certificates for the tests' day, its identity, trust as a bank would have it."""

from pathlib import Path

import pytest

from desktop.demo.certificates import DemoCertificates, create_demo_certificates
from desktop.issuing.signing import SigningIdentity
from desktop.issuing.trust import TrustStore, load_certificate_file, parse_certificates
from tests.conftest import DEMO_DAY
from tests.issuing.helpers import sign_sample


@pytest.fixture
def demo_certificates(tmp_path: Path) -> DemoCertificates:
    return create_demo_certificates(tmp_path / "demo.sqlite3", DEMO_DAY)


@pytest.fixture
def identity(demo_certificates: DemoCertificates) -> SigningIdentity:
    return SigningIdentity.from_pkcs12(demo_certificates.p12_path, demo_certificates.password)


@pytest.fixture
def root_trust(demo_certificates: DemoCertificates) -> TrustStore:
    """What a bank has after installing demo-root.pem."""
    return TrustStore().with_certificates(load_certificate_file(demo_certificates.root_path), "demo-root.pem")


@pytest.fixture
def authority_trust(identity: SigningIdentity) -> TrustStore:
    """What a bank has after installing authority.pem (``trust export``): the signer and its root."""
    return TrustStore().with_certificates(parse_certificates(identity.certificates_pem().encode()), "authority.pem")


@pytest.fixture
def signed(identity: SigningIdentity) -> bytes:
    return sign_sample(identity)
