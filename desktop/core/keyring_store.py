"""The operating system's password store (the optional ``keyring`` package), for secrets a person chose to
remember on their computer: the signing key's password, a server login. Never a plain-text file: a backend that
writes one (keyrings.alt's ``PlaintextKeyring``) counts as no keyring. Every failure (no backend, a locked store)
reads as "nothing remembered"; a secret is never required to come from here."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

_log = logging.getLogger(__name__)


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def available() -> bool:
    """Whether a usable, encrypted system keyring is installed (the ``keyring`` package with a real backend)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        backend = type(keyring.get_keyring())
    except Exception:
        return False
    # keyring's own "no backend" (keyring.backends.fail.Keyring), or a store that writes passwords in the clear
    return not backend.__module__.startswith("keyring.backends.fail") and "plaintext" not in backend.__name__.lower()


def recall(service: str, key: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(service, key)
    except Exception as error:  # no backend, a locked keyring: as if nothing were remembered
        _log.info("keyring unavailable: %s", error)
        return None


def remember(service: str, key: str, secret: str) -> bool:
    """Keep ``secret`` under (service, key); False when there is no keyring or it refused."""
    keyring = _keyring()
    if keyring is None or not available():
        return False
    try:
        keyring.set_password(service, key, secret)
    except Exception as error:
        _log.info("could not store in the keyring: %s", error)
        return False
    return True


def forget(service: str, key: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # nothing was remembered
        keyring.delete_password(service, key)
