"""TLS to the server with ``sslmode=verify-full``: the CA file that signed the server's certificate connects; another
CA, or an address the certificate does not name, is one sentence saying what to check, and nothing is opened.

A private PostgreSQL server (tests/private_postgres.py) with ssl on and a certificate for "localhost" signed by a CA
made here; the shared server is never touched."""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.errors import DatabaseError
from desktop.db.server.setup import open_server
from tests.private_postgres import PrivateServer, private_server

pytestmark = pytest.mark.pg_server


def _certificate(subject: str, issuer_key, public_key, issuer: str, *, ca: bool,  # type: ignore[no-untyped-def]
                 names: tuple[x509.GeneralName, ...] = ()) -> x509.Certificate:
    # valid for decades on either side: the server checks against the real clock, which the test must not read
    since = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    until = datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
               .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(since).not_valid_after(until)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(list(names)), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _authority(folder: Path, name: str) -> tuple[object, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _certificate(name, key, key.public_key(), name, ca=True)
    path = folder / f"{name}.pem"
    path.write_bytes(_pem(certificate))
    return key, certificate, path


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory) -> Iterator[tuple[PrivateServer, Path, Path]]:
    """The private server with TLS on; the CA file that signed it, and another CA's file."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, _, ca_file = _authority(folder, "Review test CA")
    _, _, other_file = _authority(folder, "Another CA")

    def certificates(server: PrivateServer) -> None:
        key = ec.generate_private_key(ec.SECP256R1())
        certificate = _certificate("localhost", ca_key, key.public_key(), "Review test CA", ca=False,
                                   names=(x509.DNSName("localhost"),))
        data = server.folder / "data"  # relative names in ssl_cert_file / ssl_key_file are read from here
        (data / "server.crt").write_bytes(_pem(certificate))
        (data / "server.key").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        server.own(data / "server.crt", 0o644)
        server.own(data / "server.key", 0o600)

    with private_server(certificates, options=("ssl=on", "ssl_cert_file=server.crt", "ssl_key_file=server.key")) \
            as server:
        yield server, ca_file, other_file


def _address(server: PrivateServer, host: str, ca_file: Path) -> str:
    return (f"postgresql+psycopg://postgres@{host}:{server.port}/postgres"
            f"?sslmode=verify-full&sslrootcert={ca_file}")


def test_the_ca_that_signed_the_server_connects_with_verify_full(tls_server):
    server, ca_file, _ = tls_server
    database = open_server(_address(server, "localhost", ca_file))
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
    finally:
        database.dispose()


def test_another_ca_is_one_sentence_naming_the_ca_file(tls_server):
    server, _, other_file = tls_server
    with pytest.raises(DatabaseError) as refused:
        open_server(_address(server, "localhost", other_file))
    message = str(refused.value)
    assert message.startswith("The secure connection to ") and "Check sslrootcert (the CA file)" in message
    assert "certificate verify failed" in message and "\n" not in message


def test_an_address_the_certificate_does_not_name_is_refused_the_same_way(tls_server):
    server, ca_file, _ = tls_server
    with pytest.raises(DatabaseError, match=r"Check sslrootcert .* and the server's name"):
        open_server(_address(server, str(ipaddress.ip_address("127.0.0.1")), ca_file))
