"""A lost connection to the database server: recognising it, and when to try again (1, 2, 4, 8, 16, 30, 30 … s).

Qt-free: the GUI (``desktop.ui.connection``) runs the schedule on a timer and tries the server off its thread; the
schedule itself only does arithmetic on a clock it is given, so tests drive it with a fake one.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from sqlalchemy import exc as sa_exc

FIRST_DELAY_S = 1.0
LONGEST_DELAY_S = 30.0

# What libpq and psycopg say when the server went away or cannot be reached (first line of the message, lower case).
_LOST = ("connection refused", "could not connect", "server closed the connection", "terminating connection",
         "closed the connection unexpectedly", "connection not open", "could not receive data from server",
         "could not send data to server", "connection already closed", "the connection is closed",
         "the connection is lost", "consuming input failed", "timeout expired", "connection timed out",
         "no route to host", "network is unreachable", "the database system is shutting down",
         "the database system is starting up", "the database system is in recovery mode", "server closed",
         "connection has been closed unexpectedly", "ssl syscall error: eof detected", "is the server running")
# A server that answers but refuses: not a lost connection, retrying cannot help.
_REFUSED = ("password authentication failed", "no pg_hba.conf entry", "not permitted to log in", "does not exist",
            "certificate", "permission denied", "too many connections")
_LOST_SQLSTATES = ("57P01", "57P02", "57P03")  # admin shutdown, crash shutdown, cannot connect now


def is_connection_lost(error: BaseException) -> bool:
    """Does ``error`` (a SQLAlchemy or psycopg error, or one raised from it) mean the server cannot be reached?"""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa_exc.DBAPIError):
            if current.connection_invalidated and _from_server_driver(current.orig):
                return True
            if _driver_error_is_loss(current.orig):
                return True
        elif _driver_error_is_loss(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def _from_server_driver(error: BaseException | None) -> bool:
    """An error of a server's driver (psycopg), not of SQLite, whose file never "goes away" this way."""
    return error is not None and type(error).__module__.split(".")[0] in ("psycopg", "psycopg2")


def _driver_error_is_loss(error: BaseException | None) -> bool:
    kinds = {kind.__name__ for kind in type(error).__mro__}
    if not _from_server_driver(error) or not kinds & {"OperationalError", "InterfaceError"}:
        return False
    sqlstate = getattr(error, "sqlstate", None) or ""
    if sqlstate in _LOST_SQLSTATES or sqlstate.startswith("08"):
        return True
    text = str(error).lower()
    if any(reason in text for reason in _REFUSED):
        return False
    return any(reason in text for reason in _LOST)


def backoff_delay(failures: int, *, first_s: float = FIRST_DELAY_S, longest_s: float = LONGEST_DELAY_S) -> float:
    """The wait after ``failures`` failed tries: doubling from ``first_s``, at most ``longest_s``."""
    return min(first_s * 2 ** max(failures, 0), longest_s)


class ReconnectSchedule:
    """Connected, or lost with the moment of the next try; ``clock`` is a monotonic seconds counter."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, first_s: float = FIRST_DELAY_S,
                 longest_s: float = LONGEST_DELAY_S) -> None:
        self.clock, self.first_s, self.longest_s = clock, first_s, longest_s
        self.lost = False
        self.failures = 0  # tries that failed since the connection was lost
        self.next_try_at = 0.0
        self.trying = False  # a try is under way (its answer not in yet)

    def connection_lost(self) -> bool:
        """Note the loss; True when it is news (the connection was up), False when already counting down."""
        if self.lost:
            return False
        self.lost, self.failures, self.trying = True, 0, False
        self.next_try_at = self.clock() + self.delay()
        return True

    def delay(self) -> float:
        return backoff_delay(self.failures, first_s=self.first_s, longest_s=self.longest_s)

    def seconds_left(self) -> int:
        """Whole seconds until the next try (as the banner counts them down); 0 when it is due or under way."""
        if not self.lost or self.trying:
            return 0
        return max(0, math.ceil(self.next_try_at - self.clock() - 1e-9))

    def due(self) -> bool:
        """Time to try the server again (and no try under way)."""
        return self.lost and not self.trying and self.clock() >= self.next_try_at

    def try_now(self) -> None:
        """"Reconnect now": the next try is due at once (the waits after it go on doubling)."""
        if self.lost:
            self.next_try_at = self.clock()

    def started(self) -> None:
        self.trying = True

    def failed(self) -> None:
        """The try failed: wait twice as long as last time (at most ``longest_s``)."""
        self.trying = False
        self.failures += 1
        self.next_try_at = self.clock() + self.delay()

    def restored(self) -> None:
        self.lost, self.failures, self.trying = False, 0, False
