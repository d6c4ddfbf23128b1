"""Trusted certificates come from the settings, --trust files and the user's trust folder; the authority's
certificate is exported for those who verify, by the library and by ``designation-review trust``."""

import pytest
from cryptography.hazmat.primitives import serialization

from desktop.cli import main
from desktop.demo.certificates import ROOT_NAME, SIGNER_NAME
from desktop.domain.settings.service import get_settings, save_settings
from desktop.domain.users.service import create_first_administrator
from desktop.issuing.trust import (
    ENV_TRUST_DIR,
    TrustError,
    add_trusted,
    export_certificate,
    parse_certificates,
    trust_store,
)


@pytest.fixture(autouse=True)
def trust_folder(tmp_path, monkeypatch):
    folder = tmp_path / "trust"
    monkeypatch.setenv(ENV_TRUST_DIR, str(folder))
    return folder


def test_pem_with_several_certificates_and_der_are_read(identity, tmp_path):
    assert parse_certificates(identity.certificates_pem().encode()) == [identity.certificate, *identity.chain]
    assert parse_certificates(identity.certificate.public_bytes(serialization.Encoding.DER)) == [identity.certificate]
    (tmp_path / "note.pem").write_text("hello")
    with pytest.raises(TrustError, match=r"note\.pem holds no certificate that can be read \(PEM or DER\)\.$"):
        trust_store(extra=[tmp_path / "note.pem"])
    with pytest.raises(TrustError, match=r"^The certificate file .*absent\.pem cannot be read"):
        trust_store(extra=[tmp_path / "absent.pem"])


def test_the_store_gathers_settings_trust_files_and_the_trust_folder_once_each(demo_certificates, trust_folder):
    add_trusted(demo_certificates.root_path)
    store = trust_store(demo_certificates.settings, [demo_certificates.root_path])
    assert store.names() == [SIGNER_NAME, ROOT_NAME]  # the root came three times, it is kept once
    assert store.origins[0] == "the authority certificate in the settings"
    assert [p.suffix for p in trust_folder.iterdir()] == [".pem"]
    assert trust_store(user_folder=True).names() == [ROOT_NAME]


def test_export_writes_the_signing_certificate_and_its_chain(demo_certificates, tmp_path):
    target = tmp_path / "authority.pem"
    export_certificate(target, demo_certificates.settings)
    signer, root = parse_certificates(target.read_bytes())
    assert signer.subject.rfc4514_string().startswith(f"CN={SIGNER_NAME}")
    assert root.subject == signer.issuer
    with pytest.raises(TrustError, match=r"^No signing certificate is configured"):
        export_certificate(tmp_path / "none.pem", {"signing_certificate_pem": ""})
    assert not (tmp_path / "none.pem").exists()


def test_the_trust_command_exports_from_the_database_and_adds_to_the_folder(database, demo_certificates, tmp_path,
                                                                          trust_folder, capsys):
    url = database.url
    assert main(["--database", url, "trust", "export", "-o", str(tmp_path / "a.pem")]) == 1
    assert "No signing certificate is configured" in capsys.readouterr().err
    with database.transaction() as session:
        admin = create_first_administrator(session, "admin", "관리자", "admin-password-1")
        save_settings(session, admin, demo_certificates.settings)
        assert get_settings(session)["signing_certificate_pem"].count("BEGIN CERTIFICATE") == 2
    assert main(["--database", url, "trust", "export", "-o", str(tmp_path / "authority.pem")]) == 0
    assert f"written to {tmp_path / 'authority.pem'}" in capsys.readouterr().out
    assert len(parse_certificates((tmp_path / "authority.pem").read_bytes())) == 2
    assert main(["trust", "add", str(demo_certificates.root_path)]) == 0
    assert f"trusted: {ROOT_NAME}" in capsys.readouterr().out
    assert main(["--database", url, "trust", "list"]) == 0
    listed = capsys.readouterr().out
    assert SIGNER_NAME in listed and ROOT_NAME in listed and str(trust_folder) in listed
    assert main(["trust", "add", str(tmp_path / "missing.pem")]) == 1
    assert "cannot be read" in capsys.readouterr().err
