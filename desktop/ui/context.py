"""What every page and dialog is given: the database, the acting user and the business settings.

No global application singleton: the main window builds one ``AppContext`` after login and passes it down.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.drafts import DraftStore
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor, Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from desktop.issuing.issue import IdentitySource
    from desktop.issuing.signing import SigningIdentity
    from desktop.issuing.signing_password import IdentityCache
    from desktop.ui.changes import ChangeBus


def _identity_cache() -> IdentityCache:
    from desktop.issuing.signing_password import IdentityCache  # cryptography is loaded when first needed

    return IdentityCache()


def _change_bus() -> ChangeBus:
    from desktop.ui.changes import ChangeBus

    return ChangeBus()


T = TypeVar("T")


@dataclass
class AppContext:
    database: Database
    actor: Actor
    settings: dict[str, Any] = field(default_factory=dict)
    language: str = "ko"
    signing: IdentityCache = field(default_factory=_identity_cache)  # unlocked once per session, kept in memory
    changes: ChangeBus = field(default_factory=_change_bus)  # what this and the other desktops commit

    @property
    def drafts(self) -> DraftStore:
        """This person's unsaved input on this computer, for this database (``desktop.core.drafts``)."""
        store = self.__dict__.get("_drafts")
        if store is None:
            store = self.__dict__["_drafts"] = DraftStore(f"{self.database.description}|{self.actor.username}")
        return store

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)

    # -- calling services: desktop/ui/operations.py ---------------------------------------------------------
    def query(self, function: Callable[..., T], *args: Any, **options: Any) -> Any:
        """Read with ``function(session, actor, *args)``; see ``operations.query`` for the options."""
        from desktop.ui import operations

        return operations.query(self, function, *args, **options)

    def change(self, function: Callable[..., T], *args: Any, **options: Any) -> Any:
        """Change with ``function(session, actor, *args)``, announced; see ``operations.change``."""
        from desktop.ui import operations

        return operations.change(self, function, *args, **options)

    def reading(self) -> AbstractContextManager[Session]:
        from desktop.ui import operations

        return operations.reading(self)

    def writing(self, source: object | None = None) -> AbstractContextManager[Session]:
        """One unit of work whose committed changes are announced (errors raised to the caller)."""
        from desktop.ui import operations

        return operations.writing(self, source=source)

    def listen_for_changes(self) -> None:
        """Hear what other desktops commit (PostgreSQL NOTIFY, SQLite data_version); stopped by ``close``."""
        self.changes.listen(self.database.url, self.database.origin)

    def close(self) -> None:
        self.changes.stop_listening()

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
        with self.reading() as session:
            identity = self.identity_source(parent)(session)
        return lambda session: identity
