"""The password of the signing key comes from the keyring, else from the caller's source (a question in the GUI, the
environment or a file headless), is asked again after a wrong one, and is never stored in the settings."""

import pytest

from desktop.core import keyring_store
from desktop.demo.certificates import DEMO_SIGNING_PASSWORD
from desktop.issuing import signing_password
from desktop.issuing.signing import SigningError
from desktop.issuing.signing_password import (
    ENV_PASSWORD,
    environment_password_source,
    remember_password,
    signing_identity,
)


class MemoryKeyring:
    """Stands in for the ``keyring`` package (no system keyring is touched)."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_keyring(self) -> "MemoryKeyring":  # the backend in use: an encrypted store, not a plain-text file
        return self

    def get_password(self, service: str, user: str) -> str | None:
        return self.secrets.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.secrets[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.secrets[(service, user)]


@pytest.fixture
def keyring(monkeypatch):
    fake = MemoryKeyring()
    monkeypatch.setattr(keyring_store, "_keyring", lambda: fake)
    return fake


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setattr(keyring_store, "_keyring", lambda: None)


def test_nothing_configured_is_one_sentence(no_keyring):
    with pytest.raises(SigningError, match=r"^No signing certificate is configured.*nothing was issued"):
        signing_identity({"signing_pkcs12_path": ""}, lambda path, problem: "x")


def test_the_environment_variable_or_a_file_gives_the_password_headless(demo_certificates, no_keyring, monkeypatch,
                                                                          tmp_path):
    settings = demo_certificates.settings
    monkeypatch.setenv(ENV_PASSWORD, DEMO_SIGNING_PASSWORD)
    assert signing_identity(settings, environment_password_source()).name == demo_certificates.signer_name
    monkeypatch.delenv(ENV_PASSWORD)
    with pytest.raises(SigningError, match=f"was not given \\(set {ENV_PASSWORD} or use --signing-password-file\\)"):
        signing_identity(settings, environment_password_source())
    (tmp_path / "password.txt").write_text(DEMO_SIGNING_PASSWORD + "\n")
    assert signing_identity(settings, environment_password_source(tmp_path / "password.txt"))
    (tmp_path / "wrong.txt").write_text("wrong\n")
    with pytest.raises(SigningError, match=r"^The password of .*demo-signing\.p12 is wrong\. Nothing was issued\.$"):
        signing_identity(settings, environment_password_source(tmp_path / "wrong.txt"))


def test_a_question_is_asked_again_with_the_reason_after_a_wrong_password(demo_certificates, no_keyring):
    asked = []
    answers = iter(["wrong", DEMO_SIGNING_PASSWORD])

    def ask(path: str, problem: str | None) -> str | None:
        asked.append(problem)
        return next(answers)

    assert signing_identity(demo_certificates.settings, ask)
    assert asked == [None, f"The password of {demo_certificates.p12_path} is wrong."]
    with pytest.raises(SigningError, match=r"is wrong. Nothing was issued."):
        signing_identity(demo_certificates.settings, lambda path, problem: None if problem else "wrong")


def test_a_remembered_password_comes_from_the_keyring_without_asking(demo_certificates, keyring):
    settings = demo_certificates.settings
    assert remember_password(settings["signing_pkcs12_path"], DEMO_SIGNING_PASSWORD)
    assert signing_identity(settings, lambda path, problem: pytest.fail("asked although remembered"))
    keyring.set_password(signing_password.KEYRING_SERVICE, settings["signing_pkcs12_path"], "outdated")
    assert signing_identity(settings, lambda path, problem: DEMO_SIGNING_PASSWORD)  # asked once the keyring fails


def test_a_key_file_replaced_by_another_certificate_is_refused(demo_certificates, tmp_path, no_keyring):
    from tests.issuing.helpers import demo_issued, write_p12

    key, certificate, root = demo_issued()
    path = write_p12(tmp_path, key, certificate, [root], password=DEMO_SIGNING_PASSWORD)
    settings = {**demo_certificates.settings, "signing_pkcs12_path": str(path)}
    with pytest.raises(SigningError, match="now holds another certificate than the one configured"):
        signing_identity(settings, lambda path, problem: DEMO_SIGNING_PASSWORD)


def test_a_plain_text_keyring_backend_counts_as_no_keyring(monkeypatch):
    from desktop.core import keyring_store

    class PlaintextKeyring(MemoryKeyring):  # keyrings.alt's file backend writes passwords in the clear
        pass

    monkeypatch.setattr(keyring_store, "_keyring", lambda: PlaintextKeyring())
    assert not keyring_store.available()
    assert keyring_store.remember("service", "key", "secret") is False
    monkeypatch.setattr(keyring_store, "_keyring", lambda: MemoryKeyring())
    assert keyring_store.available()
