"""``server init`` and ``server upgrade``: a PostgreSQL database made ready for one login role per person."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.db.migrate import current_revision
from desktop.db.server.roles import login_role
from desktop.db.server.setup import open_server, prepare
from desktop.domain.users.service import create_first_administrator, needs_first_administrator


@dataclass(frozen=True)
class ServerReady:
    where: str
    schema: str | None
    administrator_role: str | None  # the login role created now; None when an administrator existed already


def initialise_server(url: str, username: str | None, display_name: str | None, password: str | None
                      ) -> ServerReady:
    """Migrate, create the group roles, grants and policies, and the first administrator (once)."""
    database = open_server(url)
    try:
        prepare(database)
        created = None
        with database.transaction() as session:
            if needs_first_administrator(session):
                if not username or password is None:
                    raise ValidationError(translate(
                        "Server", "The database has no administrator yet: give --admin NAME and the password."))
                create_first_administrator(session, username, display_name or username, password)
                created = login_role(database.engine.url.database or "", username)
        return ServerReady(database.description, current_revision(database), created)
    finally:
        database.dispose()


def upgrade_server(url: str) -> ServerReady:
    """Migrate, then re-apply grants and policies (idempotent)."""
    database = open_server(url)
    try:
        prepare(database)
        return ServerReady(database.description, current_revision(database), None)
    finally:
        database.dispose()
