"""Logging in on the server: connect as the person's own PostgreSQL role with the password they typed."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.core import keyring_store
from desktop.core.i18n import translate
from desktop.db.engine import Database
from desktop.db.server.setup import check_schema_current, explain_connection_error, personal_url
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.security import LoginFailed, LoginFailure
from desktop.domain.users.service import authenticate_connected


def log_in_to_server(server_url: str, username: str, password: str) -> tuple[Database, Actor]:
    """The person's own connection and their actor; a refused password is the usual login message.

    Nothing is stored: the password lives only in the engine's URL in memory for this run.
    """
    database = Database(personal_url(server_url, username, password))
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
        database.dispose()
        reason = str(getattr(error, "orig", error)).lower()
        if "not permitted to log in" in reason:
            raise LoginFailed(translate("Accounts", "This account is disabled. Ask the administrator."),
                              username=username, failure=LoginFailure.DISABLED, user_id=None) from error
        if "password authentication failed" in reason:
            raise LoginFailed(translate("Accounts", "Wrong user name or password. Check both and try again."),
                              username=username, failure=LoginFailure.WRONG_PASSWORD, user_id=None) from error
        raise explain_connection_error(error, server_url) from error
    try:
        check_schema_current(database)
        with database.transaction() as session:
            return database, authenticate_connected(session)
    except Exception:
        database.dispose()
        raise


# -- a password the person chose to remember on this computer (the system keyring, never a file) -------------------

KEYRING_SERVICE = "designation-review server login"


def _keyring_key(server_url: str, username: str) -> str:
    parsed = make_url(server_url)
    return f"{username.strip().lower()}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def remembered_password(server_url: str, username: str) -> str | None:
    return keyring_store.recall(KEYRING_SERVICE, _keyring_key(server_url, username)) if username.strip() else None


def remember_password(server_url: str, username: str, password: str) -> bool:
    return keyring_store.remember(KEYRING_SERVICE, _keyring_key(server_url, username), password)


def forget_password(server_url: str, username: str) -> None:
    keyring_store.forget(KEYRING_SERVICE, _keyring_key(server_url, username))
