"""Opening the database: URL resolution, SQLite pragmas, units of work, and readable errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

APP_NAME = "designation-review"
ENV_DATABASE = "DESIGNATION_REVIEW_DATABASE"


def default_database_path() -> Path:
    """The SQLite file in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "designation-review.sqlite3"


def resolve_database_url(option: str | None = None) -> str:
    """``--database`` beats ``DESIGNATION_REVIEW_DATABASE`` beats the default; a plain path means SQLite."""
    value = option or os.environ.get(ENV_DATABASE) or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def describe_database(url: str) -> str:
    """The URL without its password, for messages and the status bar."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _install_sqlite_behaviour(engine: Engine, busy_timeout_ms: int) -> None:
    """WAL, foreign keys, a busy timeout, and explicit BEGIN (IMMEDIATE for writes) so SQLite serialises writers."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def explain_operational_error(error: Exception, url: str) -> DatabaseError:
    """Turn a driver error into a message that says what is wrong and what to do."""
    text = str(getattr(error, "orig", error)).lower()
    where = describe_database(url)
    if "locked" in text or "busy" in text:
        return DatabaseError(translate(
            "Database", "The database {where} is locked by another program. Close the other copy of the "
            "application (or wait for it to finish) and try again; nothing was changed."
        ).format(where=where))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(translate(
            "Database", "The file {where} is not a readable database (it is damaged or is another kind of file). "
            "It was left untouched: restore it from a backup or choose another file with --database."
        ).format(where=where))
    if "unable to open" in text or "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseError(translate(
            "Database", "The database {where} cannot be opened for writing (missing folder or no permission). "
            "Check the path and its permissions, or choose another file with --database."
        ).format(where=where))
    return DatabaseError(translate("Database", "The database {where} cannot be used: {error}")
                         .format(where=where, error=getattr(error, "orig", error)))


class Database:
    """An engine plus session factories: ``transaction()`` for writes, ``read()`` for reads."""

    def __init__(self, url: str, *, echo: bool = False, busy_timeout_ms: int = 5000) -> None:
        self.url = url
        sqlite_file = _sqlite_file(url)
        if sqlite_file is not None:
            sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, echo=echo, future=True)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            _install_sqlite_behaviour(self.engine, busy_timeout_ms)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)

    @property
    def description(self) -> str:
        return describe_database(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        try:
            with self._writer.begin() as session:
                yield session
        except sa_exc.OperationalError as error:
            raise explain_operational_error(error, self.url) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        try:
            with self._reader() as session:
                yield session
        except sa_exc.OperationalError as error:
            raise explain_operational_error(error, self.url) from error

    def dispose(self) -> None:
        self.engine.dispose()
