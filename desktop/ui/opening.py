"""The database opened on a worker thread while the login window is already shown.

Loading SQLAlchemy, the domain and the migrations takes most of a start-up; the person types their name and
password meanwhile. ``result()`` waits for the opening to end and raises what it raised (a refusal as the
``DomainError`` it is, anything else as itself, for the crash dialog).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.addresses import describe_address, is_server_address
from desktop.core.logs import log_unexpected, rotate_log

if TYPE_CHECKING:
    from desktop.db.engine import Database

_log = logging.getLogger(__name__)


def warm_up() -> None:
    """Import the main window and every page's module (no widget is made), so the window after the login is
    built from loaded code; run on the opening thread while the person types."""
    import importlib

    import desktop.ui.context
    import desktop.ui.main_window  # noqa: F401
    from desktop.ui.pages.registry_of_pages import PAGES

    for page in PAGES:
        importlib.import_module(page.module)


class OpeningDatabase:
    """``url`` and ``description`` at once; ``ready()``, ``first_run`` and ``result()`` once opened."""

    def __init__(self, url: str, open_database: Callable[[str], Database], *, start: bool = True) -> None:
        self.url = url
        self.description = describe_address(url)
        self.server = is_server_address(url)
        self.first_run = False  # an SQLite file without any account: the first-run dialog comes instead of the login
        self._open = open_database
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if start:
            self.start()

    def start(self) -> None:
        """Begin opening (once); the login window calls it as soon as it is on screen, so loading the database
        layer does not compete with drawing it."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            database = self._open(self.url)
            if not self.server:
                from desktop.domain.users.service import needs_first_administrator

                with database.read() as session:
                    self.first_run = needs_first_administrator(session)
            self._database = database
        except BaseException as error:  # handed to the GUI thread by result()
            self._error = error
        finally:
            self._done.set()
        rotate_log()  # the log file's rotating handler, now that the login window is drawn (desktop/core/logs.py)
        if self._error is None:
            try:
                warm_up()
            except Exception as error:  # a defect, but the window can still import what it needs itself
                log_unexpected(error, "preparing the main window failed", _log)

    def wait(self) -> None:
        self.start()
        self._done.wait()

    def ready(self) -> bool:
        return self._done.is_set()

    def failed(self) -> bool:
        return self._done.is_set() and self._error is not None

    def result(self) -> Database:
        self.wait()
        if self._error is not None:
            raise self._error
        assert self._database is not None
        return self._database

    def dispose(self) -> None:
        """Close what was opened (after a failure or a cancelled login, when nobody takes it)."""
        if self._done.is_set() and self._database is not None:
            self._database.dispose()
