"""Security events: a failed login and a refused action each leave one event in the audit trail (never a password).

The refused unit of work rolls back with everything in it, so its event is written afterwards, in a unit of work of
its own: ``Database.after_refusal`` calls ``record_refusal`` once the thread's outermost unit of work has ended.
The database layer knows nothing of the audit trail; this module registers the hook when the audit package is
imported, which every service that can refuse does (they all record through ``audit.service``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop.core.errors import AccountChanged, DomainError, PermissionDenied
from desktop.core.i18n import translate
from desktop.db.engine import Database
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import ACTING_ACTOR, Actor, is_command_line

LOGIN_FAILED = "security.login_failed"
REFUSED = "security.refused"
ACCOUNT_CHANGED = "security.account_changed"


class LoginFailure(StrEnum):
    UNKNOWN_USER = "unknown_user"
    WRONG_PASSWORD = "wrong_password"
    DISABLED = "disabled"


def failure_label(failure: LoginFailure) -> str:
    return {
        LoginFailure.UNKNOWN_USER: translate("Security", "No user of that name"),
        LoginFailure.WRONG_PASSWORD: translate("Security", "Wrong password"),
        LoginFailure.DISABLED: translate("Security", "Account disabled"),
    }[failure]


class LoginFailed(DomainError):
    """A login refused; carries the user name typed (for the security event), never the password."""

    def __init__(self, message: str, *, username: str, failure: LoginFailure, user_id: int | None) -> None:
        super().__init__(message)
        self.username, self.failure, self.user_id = username, failure, user_id


def _record_login_failure(database: Database, error: LoginFailed) -> None:
    from desktop.domain.audit.service import record

    typed = error.username.strip()[:100]
    with database.transaction() as session:
        record(session, None, LOGIN_FAILED, entity_type="users", entity_id=error.user_id,
               summary=f"failed login as {typed!r}: {error.failure.value}", claimed_name=typed or "?",
               after={"username": typed, "failure": error.failure.value})


def _record_refused_action(database: Database, error: PermissionDenied, info: dict[str, Any]) -> None:
    from desktop.domain.audit.service import record

    actor: Actor | None = info.get(ACTING_ACTOR)
    with database.transaction() as session:
        user_id = None
        if actor is not None and not is_command_line(actor):
            user_id = actor.user_id if session.get(User, actor.user_id) is not None else None
            if user_id is None:  # an actor whose account no longer exists: named, not linked
                actor = Actor(0, actor.username, actor.display_name, actor.role)
        record(session, actor, ACCOUNT_CHANGED if isinstance(error, AccountChanged) else REFUSED,
               entity_type="users" if user_id else "", entity_id=user_id,
               summary=f"refused: {error.message}", reason=error.message, unchecked=True)


def record_refusal(database: Database, error: DomainError, info: dict[str, Any]) -> None:
    """The ``Database.after_refusal`` hook: a failed login or a refused action becomes a security event."""
    if isinstance(error, LoginFailed):
        _record_login_failure(database, error)
    elif isinstance(error, PermissionDenied):
        _record_refused_action(database, error, info)


def install() -> None:
    """Register ``record_refusal`` with every database (once)."""
    if record_refusal not in Database.after_refusal:
        Database.after_refusal.append(record_refusal)
