"""Where the password of the signing key comes from; it is never stored in the database nor in plain text.

In order: the operating system's keyring (the optional ``keyring`` package, ``pip install
designation-review[keyring]``) when the administrator chose to remember it there; else the caller's
``PasswordSource``: in the GUI a question asked when a document is first signed in the session (the identity is
then kept in memory only), in headless commands the environment variable ``DESIGNATION_REVIEW_SIGNING_PASSWORD``
or the first line of ``--signing-password-file FILE``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from desktop.core import keyring_store
from desktop.core.i18n import translate
from desktop.issuing.signing import SigningError, SigningIdentity, WrongPasswordError, check_certificate

ENV_PASSWORD = "DESIGNATION_REVIEW_SIGNING_PASSWORD"
KEYRING_SERVICE = "designation-review signing key"
ATTEMPTS = 3

PasswordSource = Callable[[str, str | None], str | None]
"""``(key file, why asked again or None) → password``, or None when there is none (cancelled, nothing to offer)."""


# -- the keyring (optional) ---------------------------------------------------------------------------------------

def keyring_available() -> bool:
    """Whether a usable system keyring is installed (the ``keyring`` package with a real backend)."""
    return keyring_store.available()


def keyring_password(path: str) -> str | None:
    return keyring_store.recall(KEYRING_SERVICE, str(path))


def remember_password(path: str, password: str) -> bool:
    """Keep the password in the system keyring for ``path``; False when there is no keyring."""
    return keyring_store.remember(KEYRING_SERVICE, str(path), password)


def forget_password(path: str) -> None:
    keyring_store.forget(KEYRING_SERVICE, str(path))


# -- headless sources ---------------------------------------------------------------------------------------------

def environment_password_source(password_file: Path | str | None = None) -> PasswordSource:
    """The password from ``password_file`` (its first line) or else ``$DESIGNATION_REVIEW_SIGNING_PASSWORD``;
    asked again it has nothing else to offer."""

    def source(path: str, problem: str | None) -> str | None:
        if problem is not None:
            return None
        if password_file is not None:
            file = Path(password_file).expanduser()
            try:
                return file.read_text(encoding="utf-8").splitlines()[0] if file.stat().st_size else ""
            except (OSError, UnicodeError, IndexError) as error:
                raise SigningError(translate("Signing", "The password file {file} cannot be read: {reason}.")
                                   .format(file=file, reason=getattr(error, "strerror", None) or error)) from None
        return os.environ.get(ENV_PASSWORD)

    return source


# -- the identity the settings name -------------------------------------------------------------------------------

def _configured(settings: Mapping[str, Any]) -> tuple[str, str]:
    """The key file's path and the certificates configured (the settings are loaded only when signing)."""
    from desktop.domain.settings.catalogue import SIGNING_CERTIFICATE_PEM, SIGNING_PKCS12_PATH

    return SIGNING_PKCS12_PATH.of(settings), SIGNING_CERTIFICATE_PEM.of(settings)


def _configured_path(settings: Mapping[str, Any]) -> str:
    path = _configured(settings)[0].strip()
    if not path:
        raise SigningError(translate("Signing", "No signing certificate is configured: the administrator chooses "
                                                "it under File → Signing certificate…; nothing was issued."))
    return path


def _matches_configuration(identity: SigningIdentity, settings: Mapping[str, Any]) -> None:
    configured = _configured(settings)[1]
    pem = identity.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii").strip()
    if configured and pem not in configured:
        raise SigningError(translate("Signing", "The key file {file} now holds another certificate than the one "
                                                "configured: choose it again under File → Signing certificate….")
                           .format(file=identity.source))


def signing_identity(settings: Mapping[str, Any], password_source: PasswordSource | None = None, *,
                     use_keyring: bool = True) -> SigningIdentity:
    """The configured signing identity, loaded and checked now; a SigningError sentence when it cannot sign.

    The password is tried from the keyring first, then asked of ``password_source`` (again with the reason after
    a wrong one, at most three times; a source that returns None gives up)."""
    path = _configured_path(settings)
    problem: str | None = None
    remembered = keyring_password(path) if use_keyring else None
    for attempt in range(ATTEMPTS + (remembered is not None)):
        if attempt == 0 and remembered is not None:
            password: str | None = remembered
        else:
            password = password_source(path, problem) if password_source is not None else None
        if password is None:
            if problem is not None:
                raise SigningError(problem + " " + translate("Signing", "Nothing was issued."))
            raise SigningError(translate("Signing", "The password of the signing key {file} was not given "
                                                    "(set {variable} or use --signing-password-file); nothing was "
                                                    "issued.").format(file=path, variable=ENV_PASSWORD))
        try:
            identity = SigningIdentity.from_pkcs12(path, password)
        except WrongPasswordError as error:
            problem = error.message
            continue
        _matches_configuration(identity, settings)
        return identity
    raise SigningError((problem or "") + " " + translate("Signing", "Nothing was issued."))


@dataclass
class IdentityCache:
    """The identity of a GUI session, kept in memory after it was first unlocked (the password is not kept)."""

    _identity: SigningIdentity | None = None
    _for: tuple[str, str] = ("", "")

    def identity(self, settings: Mapping[str, Any], password_source: PasswordSource | None = None) -> SigningIdentity:
        key = _configured(settings)
        if self._identity is None or self._for != key:
            self._identity = signing_identity(settings, password_source)
            self._for = key
        check_certificate(self._identity.certificate)  # a long session may outlive the certificate
        return self._identity

    def forget(self) -> None:
        self._identity, self._for = None, ("", "")
