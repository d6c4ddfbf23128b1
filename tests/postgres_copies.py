"""PostgreSQL databases for the tests: per xdist worker a migrated and a demo template, and a fresh copy of one
per test (``CREATE DATABASE … TEMPLATE …`` takes a tenth of a second; building the demo takes half a minute).

Every database is named after the test role (``<role>_<worker>_…``), so ``.ci/run`` can drop all a run made."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from desktop.db.engine import Database


class PostgresCopies:
    """Template databases of one test process and throw-away copies of them on the server at ``url``."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = make_url(url)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.prefix = f"{self.url.username}_{worker}".lower()
        self.folder = folder
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._templates: dict[str, str] = {}
        self._numbers = itertools.count(1)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, *statements: str) -> None:
        with self._admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))

    def _drop(self, name: str) -> None:
        """Drop ``name`` and end its sessions. FORCE may not end an autovacuum worker on a role without
        pg_signal_backend; a plain DROP makes the worker quit (and waits for it), so the two take turns."""
        for attempt in range(10):
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except DBAPIError:
                try:
                    self._execute(f'DROP DATABASE IF EXISTS "{name}"')
                    return
                except DBAPIError:
                    if attempt == 9:
                        raise
                    time.sleep(0.2)

    def template(self, kind: str, fill: Callable[[Database, Path], None]) -> str:
        """The template database ``kind``, made once per test process by ``fill`` (given a folder of its own)."""
        if kind not in self._templates:
            name = f"{self.prefix}_{kind}"
            self._drop(name)
            self._execute(f'CREATE DATABASE "{name}"')
            database = Database(self.url_of(name))
            try:
                folder = self.folder / kind
                folder.mkdir(parents=True, exist_ok=True)
                fill(database, folder)
            finally:
                database.dispose()
            self._templates[kind] = name
        return self._templates[kind]

    def copy(self, template: str) -> str:
        """A new database copied from ``template``; its name (drop it with ``drop``)."""
        name = f"{self.prefix}_{next(self._numbers)}"
        self._drop(name)
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self._drop(name)

    def close(self) -> None:
        """Drop the templates (every copy was dropped after its test)."""
        for name in self._templates.values():
            self._drop(name)
        self._templates.clear()
        self._admin.dispose()
