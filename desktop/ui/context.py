"""What every page and dialog is given: the database, the acting user and the business settings.

No global application singleton: the main window builds one ``AppContext`` after login and passes it down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor, Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from desktop.issuing.issue import IdentitySource
    from desktop.issuing.signing import SigningIdentity
    from desktop.issuing.signing_password import IdentityCache


def _identity_cache() -> IdentityCache:
    from desktop.issuing.signing_password import IdentityCache  # cryptography is loaded when first needed

    return IdentityCache()


@dataclass
class AppContext:
    database: Database
    actor: Actor
    settings: dict[str, Any] = field(default_factory=dict)
    language: str = "ko"
    signing: IdentityCache = field(default_factory=_identity_cache)  # unlocked once per session, kept in memory

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)

    def identity_source(self, parent: QWidget | None = None) -> IdentitySource:
        """Unlocks the authority's signing key when a document is issued: from the keyring, the environment, or
        by asking the person at the screen (once per session; the password itself is not kept)."""

        def unlock(session: Session) -> SigningIdentity:
            from desktop.domain.settings.service import get_settings
            from desktop.issuing.signing_password import environment_password_source
            from desktop.ui.dialogs.signing_certificate import gui_password_source

            environment, ask = environment_password_source(), gui_password_source(parent)
            return self.signing.identity(get_settings(session), lambda path, problem: (
                environment(path, problem) if problem is None else None) or ask(path, problem))

        return unlock

    def unlock_signing(self, parent: QWidget | None = None) -> IdentitySource:
        """Unlock the signing key now, before a unit of work opens (a password typed while the database is held
        would block everyone else); returns a source that gives the unlocked key. A SigningError when it cannot."""
        with self.database.read() as session:
            identity = self.identity_source(parent)(session)
        return lambda session: identity
