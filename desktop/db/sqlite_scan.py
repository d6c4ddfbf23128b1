"""One aggregate query over many ranges of a SQLite file, in worker processes, with a ``sha256`` SQL function.

SQLite has no SHA-256 of its own; ``sha256(blob)`` here is hashlib's, so a query can hash what it builds without
its rows ever reaching Python. A large scan (the audit chain's million events) is cut into ranges that several
processes answer at once, each with its own read-only connection; a small one, or a database in memory, runs on
the caller's connection. This module imports nothing heavy: a worker process starts with only it loaded.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

Range = tuple[int, int]
MAX_WORKERS = 4
BUSY_TIMEOUT = 30.0  # seconds a worker waits for a writer's lock


def sha256_hex(data: bytes | str | None) -> str | None:
    if data is None:
        return None
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def add_functions(connection: sqlite3.Connection) -> None:
    """Give ``connection`` the SQL function ``sha256(x)``: the hex SHA-256 of a blob (or of a text's UTF-8)."""
    connection.create_function("sha256", 1, sha256_hex, deterministic=True)


def file_of(url_database: str | None) -> str | None:
    """The file a SQLite URL's database names, or None for a database in memory."""
    if not url_database or url_database == ":memory:" or "mode=memory" in url_database:
        return None
    return url_database


def worker_count(ranges: int) -> int:
    """How many processes a scan of ``ranges`` ranges is worth on this machine (1: none, the caller's own)."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, ranges))


_connection: sqlite3.Connection | None = None


def _open(path: str) -> sqlite3.Connection:
    global _connection  # one connection per worker process, kept for the ranges that follow
    if _connection is None:
        _connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
        add_functions(_connection)
    return _connection


def _answer(path: str, sql: str, first: int, last: int) -> tuple[Any, ...]:
    return tuple(_open(path).execute(sql, {"first": first, "last": last}).fetchone())


def scan(connection: sqlite3.Connection, path: str | None, sql: str, ranges: Sequence[Range], *,
         workers: int = 1) -> Iterator[tuple[Range, tuple[Any, ...]]]:
    """Run ``sql`` (one row, parameters ``:first`` and ``:last``) for every range, yielding (range, row) as the
    answers come, in any order. ``workers``: processes to use (1, or a database in memory: none, the caller's
    ``connection``; see ``worker_count``). Closing the iterator cancels the ranges not yet begun."""
    count = max(1, workers)
    if count == 1 or path is None:
        add_functions(connection)
        for first, last in ranges:
            yield (first, last), tuple(connection.execute(sql, {"first": first, "last": last}).fetchone())
        return
    # spawn, not fork: the caller may be a GUI with threads; a spawned worker imports only this module
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
    try:
        waiting: dict[Future, Range] = {pool.submit(_answer, path, sql, *r): r for r in ranges}
        while waiting:
            done, _ = wait(waiting, return_when=FIRST_COMPLETED)
            for future in done:
                yield waiting.pop(future), future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
