"""Emptying a database before the demo is rebuilt (only when the user asked with --force)."""

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.db.engine import Database, ensure_sole_use
from desktop.db.migrate import upgrade
from desktop.domain.models import metadata


def reset_database(database: Database) -> Database:
    """Drop every table (or delete the SQLite file) and migrate afresh; returns the reopened database.

    A SQLite file another program has open is refused before anything is deleted (DatabaseError).
    """
    url = database.url
    parsed = make_url(url)
    database.dispose()
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        ensure_sole_use(url)
        path = Path(parsed.database)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        with database.engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    fresh = Database(url, create=True)
    upgrade(fresh)
    return fresh
