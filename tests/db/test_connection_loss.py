"""A lost server: which errors mean it, the back-off between tries (a fake clock), and a unit of work that fails
because the server cannot be reached (one sentence, the hooks told, nothing else raised)."""

import socket

import psycopg
import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from desktop.core.errors import ServerUnreachable
from desktop.db.connection_loss import ReconnectSchedule, backoff_delay, is_connection_lost
from desktop.db.engine import Database


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def wrapped(driver_error: Exception, *, invalidated: bool = False) -> sa_exc.OperationalError:
    return sa_exc.OperationalError("SELECT 1", {}, driver_error, connection_invalidated=invalidated)


def test_the_waits_double_from_one_second_up_to_thirty() -> None:
    assert [backoff_delay(n) for n in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_the_schedule_counts_down_and_waits_longer_after_each_failed_try() -> None:
    clock = FakeClock()
    schedule = ReconnectSchedule(clock)
    assert not schedule.lost and not schedule.due()
    assert schedule.connection_lost() is True
    assert schedule.connection_lost() is False  # reported again meanwhile: still the same countdown
    assert schedule.seconds_left() == 1 and not schedule.due()
    tries = []
    for _ in range(7):
        while not schedule.due():
            clock.advance(0.25)
        tries.append(round(clock.now - 100.0, 2))
        schedule.started()
        assert schedule.seconds_left() == 0 and not schedule.due()  # one try at a time
        schedule.failed()
    # tried at 1, then 2, 4, 8, 16, 30, 30 s after each failed try
    assert tries == [1, 3, 7, 15, 31, 61, 91]
    assert schedule.seconds_left() == 30


def test_reconnect_now_tries_at_once_and_a_success_starts_over() -> None:
    clock = FakeClock()
    schedule = ReconnectSchedule(clock)
    schedule.connection_lost()
    for _ in range(3):
        schedule.started()
        schedule.failed()
    assert schedule.seconds_left() == 8
    schedule.try_now()
    assert schedule.due() and schedule.seconds_left() == 0
    schedule.started()
    schedule.restored()
    assert not schedule.lost and not schedule.due()
    schedule.connection_lost()  # lost again later: the waits start at 1 s again
    assert schedule.seconds_left() == 1


@pytest.mark.parametrize("message", [
    'connection failed: connection to server at "127.0.0.1", port 5999 failed: Connection refused',
    "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally",
    "terminating connection due to administrator command",
    "consuming input failed: server closed the connection unexpectedly",
    "the database system is shutting down",
    "connection timeout expired",
])
def test_errors_that_mean_the_server_went_away(message: str) -> None:
    assert is_connection_lost(psycopg.OperationalError(message))
    assert is_connection_lost(wrapped(psycopg.OperationalError(message)))


@pytest.mark.parametrize("message", [
    'connection failed: connection to server at "h", port 5432 failed: FATAL:  password authentication failed',
    'relation "users" does not exist',
    "certificate verify failed",
    "division by zero",
])
def test_a_server_that_answers_and_refuses_is_not_a_lost_connection(message: str) -> None:
    assert not is_connection_lost(wrapped(psycopg.OperationalError(message)))


def test_the_driver_decides_not_the_engine() -> None:
    import sqlite3

    assert is_connection_lost(wrapped(psycopg.errors.AdminShutdown("bye"), invalidated=False))
    assert is_connection_lost(wrapped(psycopg.OperationalError("x"), invalidated=True))
    assert not is_connection_lost(wrapped(sqlite3.ProgrammingError("Cannot operate on a closed database."),
                                          invalidated=True))
    assert not is_connection_lost(wrapped(sqlite3.OperationalError("database is locked")))
    assert not is_connection_lost(ValueError("server closed the connection"))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_unit_of_work_on_an_unreachable_server_fails_with_one_sentence_and_tells_the_hooks() -> None:
    database = Database(f"postgresql+psycopg://nobody:x@127.0.0.1:{_closed_port()}/none")
    heard: list[BaseException] = []
    database.connection_lost.append(heard.append)
    try:
        with pytest.raises(ServerUnreachable) as raised, database.transaction() as session:
            session.execute(text("SELECT 1"))
        assert str(raised.value) == ("The server 127.0.0.1 cannot be reached, so nothing was saved; what you typed "
                                     "is kept, and you can save it again once the connection is back.")
        assert len(heard) == 1 and is_connection_lost(heard[0])
        with pytest.raises(ServerUnreachable):
            database.probe()
        assert len(heard) == 2
    finally:
        database.dispose()


def test_a_server_connection_is_pinged_before_use_and_gives_up_connecting_in_seconds() -> None:
    from desktop.db.engine import CONNECT_TIMEOUT_S, _engine_options

    database = Database("postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    try:
        assert database.engine.pool._pre_ping is True  # a restarted server's dead connections are replaced
    finally:
        database.dispose()
    assert _engine_options("postgresql+psycopg://h/db")["connect_args"] == {"connect_timeout": CONNECT_TIMEOUT_S}
    assert "connect_args" not in _engine_options("postgresql+psycopg://h/db?connect_timeout=3")
    assert _engine_options("sqlite:///x.sqlite3") == {}
