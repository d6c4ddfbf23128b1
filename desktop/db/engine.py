"""Opening the database: URL resolution, SQLite pragmas, units of work, and readable errors."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

# Re-exported: where the database is, worked out without SQLAlchemy (desktop/core/addresses.py).
from desktop.core.addresses import APP_NAME, ENV_DATABASE, default_database_path, resolve_database_url  # noqa: F401
from desktop.core.errors import DatabaseError, DomainError, PermissionDenied, ServerUnreachable
from desktop.core.i18n import translate
from desktop.core.logs import log_unexpected
from desktop.db.connection_loss import is_connection_lost

ORIGIN_KEY = "database_origin"  # session.info of a writing unit of work: the Database's ``origin``
_log = logging.getLogger(__name__)


def describe_database(url: str) -> str:
    """The URL without its password, for messages and the status bar."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_database_file(path: Path, *, create: bool = False) -> None:
    """Refuse, before SQLite touches it, a folder or an empty file given as the database.

    SQLite would take a 0-byte file for a new, empty database and quietly start over on it; that is right only
    when the user asked for a new database (``create``), e.g. ``demo``. A 0-byte file whose WAL holds data is a
    database another connection has just begun, and is left to SQLite.
    """
    if path.is_dir():
        raise DatabaseError(translate(
            "Database", "{path} is a directory, not a database file; choose a database file with --database."
        ).format(path=path))
    if create or not path.is_file() or path.stat().st_size > 0:
        return
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return
    raise DatabaseError(translate(
        "Database", "The file {path} is empty (0 bytes), so it is not a database and was left untouched; delete it "
        "to have a new database created there, build the demo on it with `demo`, or choose another file with "
        "--database."
    ).format(path=path))


def _prepare_sqlite_file(path: Path, *, create: bool) -> None:
    check_database_file(path, create=create)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(translate(
            "Database", "The folder {folder} for the database cannot be created: {reason}; choose another file "
            "with --database."
        ).format(folder=path.parent, reason=error.strerror or error)) from error


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
    if "disk is full" in text or "disk full" in text:
        return DatabaseError(translate(
            "Database", "The disk holding the database {where} is full; nothing was changed: free some space "
            "and try again."
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


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a grant or a row-level-security policy refused the statement


def server_refusal(error: Exception) -> PermissionDenied:
    """The server's own refusal of a statement the person's role may not run, in one sentence; nothing was saved."""
    reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
    return PermissionDenied(translate(
        "Database", "The server refused this for your role ({reason}); nothing was changed. If your role should "
        "be allowed this, ask the administrator to run designation-review server upgrade."
    ).format(reason=reason))


def ensure_sole_use(url: str, *, timeout_s: float = 0.5) -> None:
    """Refuse (DatabaseError) a SQLite file another connection has open — writing, reading or even idle.

    An exclusive lock in exclusive locking mode is granted only when no other connection holds the file (in WAL
    mode every open connection keeps a shared lock on it), so this sees the application left open on the
    database as well as a command in the middle of a write. Close every own connection (``dispose()``) first.
    """
    import sqlite3

    path = _sqlite_file(url)
    if path is None or not path.is_file():
        return
    connection = sqlite3.connect(path, timeout=timeout_s, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseError(translate(
                "Database", "The database {where} is in use by another program (the application or a command); "
                "close it and try again; nothing was deleted."
            ).format(where=describe_database(url))) from error
        raise explain_operational_error(error, url) from error
    finally:
        connection.close()


CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported after this long, not after the system's minutes


def server_unreachable(url: str) -> ServerUnreachable:
    """The one sentence for a unit of work that failed because the server cannot be reached."""
    return ServerUnreachable(translate(
        "Database", "The server {where} cannot be reached, so nothing was saved; what you typed is kept, and you "
        "can save it again once the connection is back."
    ).format(where=make_url(url).host or describe_database(url)))


def _engine_options(url: str) -> dict[str, Any]:
    """A server connection is checked before use (a restarted server's dead connections are replaced) and gives up
    connecting after ``CONNECT_TIMEOUT_S`` unless the URL says otherwise."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return {}
    options: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
    return options


LostHook = Callable[[BaseException], None]
RefusalHook = Callable[["Database", DomainError, dict[str, Any]], None]
"""``(database, error, info of the rolled-back session)``: see ``Database.after_refusal``."""


class Database:
    """An engine plus session factories: ``transaction()`` for writes, ``read()`` for reads."""

    after_refusal: ClassVar[list[RefusalHook]] = []
    """Called after a DomainError rolled a unit of work back, once the thread's outermost unit of work has ended (so
    a hook may open one of its own; on SQLite a second writer inside an open write would wait for itself), once per
    error however often it is re-raised. Upper layers register here — the audit trail writes the security event
    of a refused action — so this layer knows nothing of them; a failing hook is logged, never raised."""

    def __init__(self, url: str, *, echo: bool = False, busy_timeout_ms: int = 5000, create: bool = False) -> None:
        """``create``: the caller makes a new database on purpose, so an empty (0-byte) file may become one."""
        self.url = url
        sqlite_file = _sqlite_file(url)
        if sqlite_file is not None:
            _prepare_sqlite_file(sqlite_file, create=create)
        self.engine = create_engine(url, echo=echo, future=True, **_engine_options(url))
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            _install_sqlite_behaviour(self.engine, busy_timeout_ms)
        self.origin = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # names this desktop's commits in change notices
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False,
                                    info={ORIGIN_KEY: self.origin})
        self._thread = threading.local()  # per thread: depth of open units of work, refusals waiting for the hooks
        self.connection_lost: list[LostHook] = []
        """Called (from the thread of the unit of work) when one failed because the server cannot be reached."""

    @property
    def description(self) -> str:
        return describe_database(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        with self._session_of(self._writer.begin) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._session_of(self._reader) as session:
            yield session

    @contextmanager
    def _session_of(self, open_session: Callable[[], Any]) -> Iterator[Session]:
        """A unit of work from ``open_session``: readable errors, and refusals noted for the ``after_refusal`` hooks."""
        session = None
        with self._unit_of_work():
            try:
                with open_session() as session:
                    yield session
            except sa_exc.DBAPIError as error:
                if is_connection_lost(error):
                    self._lost(error)
                    raise server_unreachable(self.url) from error
                if isinstance(error, sa_exc.OperationalError):
                    raise explain_operational_error(error, self.url) from error
                if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                    raise server_refusal(error) from error
                raise
            except DomainError as error:
                self._refused(error, session)
                raise

    @contextmanager
    def _unit_of_work(self) -> Iterator[None]:
        state = self._thread
        depth = getattr(state, "depth", 0)
        state.depth = depth + 1
        try:
            yield
        finally:
            state.depth = depth
            if depth == 0 and getattr(state, "refusals", None):
                self._run_refusal_hooks()

    def _lost(self, error: BaseException) -> None:
        _log.warning("the server %s cannot be reached: %s", self.description, getattr(error, "orig", error))
        for hook in list(self.connection_lost):
            try:
                hook(error)
            except Exception as failure:  # the caller still gets its ServerUnreachable
                log_unexpected(failure, "reporting a lost connection failed", _log)

    def probe(self) -> None:
        """Reach the server once (``SELECT 1``); raises ServerUnreachable (or another DatabaseError) if it cannot."""
        from sqlalchemy import text

        with self.read() as session:
            session.execute(text("SELECT 1"))

    def _refused(self, error: DomainError, session: Session | None) -> None:
        if session is None or getattr(error, "_after_refusal_noted", False) or getattr(self._thread, "hooks", False):
            return
        error._after_refusal_noted = True  # type: ignore[attr-defined]
        self._thread.__dict__.setdefault("refusals", []).append((error, session.info))

    def _run_refusal_hooks(self) -> None:
        state = self._thread
        refusals, state.refusals = state.refusals, []
        state.hooks = True  # what the hooks' own units of work refuse is not reported again
        try:
            for error, info in refusals:
                for hook in list(self.after_refusal):
                    try:
                        hook(self, error, info)
                    except Exception as failure:  # the refusal itself still reaches the caller
                        log_unexpected(failure, "recording a refused action failed", _log)
        finally:
            state.hooks = False

    def dispose(self) -> None:
        self.engine.dispose()
