"""Hearing of changes other desktops commit: PostgreSQL ``LISTEN/NOTIFY`` and SQLite ``PRAGMA data_version``.

Each watcher runs on a daemon thread with a connection of its own and calls ``on_change(records)`` from that thread
with what it heard: a list of ``(entity_type, entity_id | None)`` pairs, or ``None`` when it cannot say what
changed. The caller hands that to its own thread (the GUI posts it to the event loop); this layer knows no Qt.

The payload a committing unit of work sends on PostgreSQL (``desktop.domain.audit.announce``) is compact JSON:
``{"o": origin, "r": [[entity_type, entity_id], ...]}`` or, when that would be too long for NOTIFY,
``{"o": origin, "t": [entity_type, ...]}`` (every record of those types).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from desktop.db.connection_loss import is_connection_lost

CHANNEL = "designation_review_changes"
MAX_PAYLOAD = 7000  # NOTIFY refuses payloads of 8000 bytes or more
POLL_INTERVAL_S = 0.5

Records = list[tuple[str, int | None]]
ChangeHandler = Callable[[Records | None], None]
LostHandler = Callable[[BaseException], None]
_log = logging.getLogger(__name__)


def notify_payload(origin: str, records: list[tuple[str, int | None]]) -> str:
    """The NOTIFY text for ``records``: the ids when they fit, else only their types."""
    unique = sorted(set(records), key=lambda r: (r[0], -1 if r[1] is None else r[1]))
    text = json.dumps({"o": origin, "r": [list(r) for r in unique]}, separators=(",", ":"))
    if len(text.encode()) <= MAX_PAYLOAD:
        return text
    return json.dumps({"o": origin, "t": sorted({t for t, _ in unique})}, separators=(",", ":"))[:MAX_PAYLOAD]


def parse_payload(text: str) -> tuple[str, Records | None]:
    """``(origin, records)`` from a NOTIFY text; records ``(type, None)`` stand for every record of a type."""
    try:
        data: dict[str, Any] = json.loads(text)
    except ValueError:
        return "", None
    if "r" in data:
        return str(data.get("o", "")), [(str(t), None if i is None else int(i)) for t, i in data["r"]]
    if "t" in data:
        return str(data.get("o", "")), [(str(t), None) for t in data["t"]]
    return str(data.get("o", "")), None


class ChangeWatch:
    """A daemon thread that waits for other connections' commits until ``stop()``.

    ``on_lost(error)`` is called from that thread when the server went away under it (the thread then ends: the
    caller starts a new watch once the server is back, and refreshes everything, since notices were missed).
    """

    def __init__(self, on_change: ChangeHandler, on_lost: LostHandler | None = None) -> None:
        self.on_change = on_change
        self.on_lost = on_lost
        self.lost: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run_safely, name=type(self).__name__, daemon=True)
        self.ready = threading.Event()  # set once the watcher listens (what commits after it is heard)

    def start(self) -> ChangeWatch:
        self._thread.start()
        return self

    def stop(self, timeout_s: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _run_safely(self) -> None:
        try:
            self._run()
        except Exception as error:  # a watcher that fails leaves the app working, only without live updates
            if self._stop.is_set():
                return
            _log.warning("live updates stopped: %s", error)
            if is_connection_lost(error):
                self.lost = error
                if self.on_lost is not None:
                    self.on_lost(error)
        finally:
            self.ready.set()

    def _run(self) -> None:
        raise NotImplementedError


class SqliteVersionWatch(ChangeWatch):
    """Polls ``PRAGMA data_version`` (a counter that moves when another connection commits) and reads the audit
    events added since, which name the records changed; cheap: one pragma per poll on an idle database.

    ``data_version`` moves for this desktop's own commits too (they use other connections): ``is_own(event_id)``
    drops the events it committed itself, and while ``busy()`` (a commit of its own under way, its ids not yet
    noted) the new events are read at the next poll.
    """

    def __init__(self, path: str, on_change: ChangeHandler, interval_s: float = POLL_INTERVAL_S, *,
                 is_own: Callable[[int], bool] = lambda _id: False, busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(on_change)
        self.path, self.interval_s, self.is_own, self.busy = path, interval_s, is_own, busy

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
        try:
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            last = connection.execute("SELECT coalesce(max(id), 0) FROM audit_events").fetchone()[0]
            self.ready.set()
            unread = False
            while not self._stop.wait(self.interval_s):
                now = connection.execute("PRAGMA data_version").fetchone()[0]
                if now == version and not unread:
                    continue
                version = now
                if self.busy():
                    unread = True
                    continue
                unread = False
                rows = connection.execute("SELECT id, entity_type, entity_id FROM audit_events WHERE id > ? "
                                          "ORDER BY id", (last,)).fetchall()
                if not rows:  # a change without an audit event (a maintenance command): nobody can say what
                    self.on_change(None)
                    continue
                last = rows[-1][0]
                foreign = [(str(t), i) for n, t, i in rows if not self.is_own(n)]
                if foreign:
                    self.on_change(foreign)
        finally:
            connection.close()


class PostgresListen(ChangeWatch):
    """``LISTEN`` on a connection of its own (psycopg, autocommit) and hands every notification on, except the ones
    this desktop sent itself (``origin``)."""

    def __init__(self, url: str, origin: str, on_change: ChangeHandler, interval_s: float = POLL_INTERVAL_S, *,
                 on_lost: LostHandler | None = None) -> None:
        super().__init__(on_change, on_lost)
        self.url, self.origin, self.interval_s = url, origin, interval_s

    def _run(self) -> None:
        import psycopg

        parsed = make_url(self.url).set(drivername="postgresql")
        # A server that does not answer, or a network that silently drops, is noticed in seconds, not hours.
        options = {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                   "keepalives_count": 3}
        for name in parsed.query:
            options.pop(name, None)
        with psycopg.connect(parsed.render_as_string(hide_password=False), autocommit=True, **options) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                for note in connection.notifies(timeout=self.interval_s, stop_after=None):
                    origin, records = parse_payload(note.payload)
                    if origin != self.origin:
                        self.on_change(records)
                    if self._stop.is_set():
                        break


def watch_changes(url: str, origin: str, on_change: ChangeHandler, *, is_own: Callable[[int], bool] = lambda _id: False,
                  busy: Callable[[], bool] = lambda: False, on_lost: LostHandler | None = None) -> ChangeWatch | None:
    """The watcher for the database at ``url``, started; None for an in-memory SQLite database (one connection).

    ``origin`` (PostgreSQL) and ``is_own``/``busy`` (SQLite) keep this desktop's own commits out of what it hears.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return None
        return SqliteVersionWatch(parsed.database, on_change, is_own=is_own, busy=busy).start()
    if backend == "postgresql":
        return PostgresListen(url, origin, on_change, on_lost=on_lost).start()
    return None
