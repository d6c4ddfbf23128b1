"""What every command of the command line shares: exit codes and the databases a command opened."""

from __future__ import annotations

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_opened: list = []  # every database a command opened, closed when it ends (``demo --force`` needs sole use)


def open_database(url_option: str | None):  # type: ignore[no-untyped-def]
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade

    database = Database(resolve_database_url(url_option))
    _opened.append(database)
    upgrade(database)
    return database
