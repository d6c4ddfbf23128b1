"""Every page of the main window opened and refreshed on the ten-year database, each beside a floor measured in the
same run: the page's rows read by one plain SQL query with sqlite3 and shown in a bare QTableView over a
QStandardItemModel; and one keystroke of a page's search-as-you-type beside a SQL LIKE returning the same rows.

The database: ``tests/benchmarks/decade.py``'s ``decade_database`` when that module exists, else the URL in
``DESIGNATION_REVIEW_DECADE_URL``, else the demo (the figures then say so). The file is copied before it is opened.
Targets (issue 14): open ≤ 150 ms, refresh ≤ 50 ms, a keystroke ≤ 30 ms."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_DECADE_URL = "DESIGNATION_REVIEW_DECADE_URL"
OPEN_TARGET, REFRESH_TARGET, KEYSTROKE_TARGET = 0.150, 0.050, 0.030

_NAMED = "JOIN applications a ON a.id = t.application_id JOIN institutions i ON i.id = a.institution_id"
FLOORS: dict[str, str] = {
    # The rows each page lists, as one plain query (the columns a person sees, joined where the page names them).
    "applications": "SELECT a.number, i.name, i.brn, a.status, a.received_at FROM applications a "
                    "JOIN institutions i ON i.id = a.institution_id ORDER BY a.number",
    "rounds": "SELECT code, title, status, period_start, period_end, deadline FROM rounds ORDER BY id DESC",
    "screening": "SELECT a.number, i.name, a.status, s.outcome, s.screened_at FROM applications a "
                 "JOIN institutions i ON i.id = a.institution_id LEFT JOIN screening_results s ON s.id = "
                 "(SELECT max(id) FROM screening_results WHERE application_id = a.id) ORDER BY a.number",
    "inspections": f"SELECT t.number, a.number, i.name, t.scheduled_at, t.place, t.status, t.score FROM inspections t "
                   f"{_NAMED} ORDER BY t.scheduled_at DESC",
    "committee": "SELECT a.number, i.name, a.status FROM applications a JOIN institutions i ON i.id = "
                 "a.institution_id WHERE a.round_id = (SELECT max(id) FROM rounds) ORDER BY a.number",
    "decisions": f"SELECT t.year, t.sequence, a.number, i.name, t.outcome, t.status, t.issued_at FROM decisions t "
                 f"{_NAMED} ORDER BY t.year DESC, t.sequence DESC",
    "registry": "SELECT i.name, i.sector, i.kind, e.designated_on, e.status, e.review_on FROM registry_entries e "
                "JOIN institutions i ON i.id = e.institution_id ORDER BY e.designated_on DESC",
    "sanctions": "SELECT c.number, i.name, c.ground, c.intended, c.status, c.opened_at FROM sanction_cases c "
                 "JOIN registry_entries e ON e.id = c.entry_id JOIN institutions i ON i.id = e.institution_id",
    "reports": "SELECT r.report_number, i.name, r.valuation_date, r.issue_date FROM evaluation_reports r "
               "JOIN institutions i ON i.id = r.institution_id ORDER BY r.id",
    "validity": "SELECT v.number, r.report_number, v.requester, v.status, v.opened_at, v.notice_deadline "
                "FROM validity_checks v JOIN evaluation_reports r ON r.id = v.report_id",
    "surveys": "SELECT number, title, filed_from, filed_to, sample_size, status FROM sample_surveys",
    "audit": "SELECT at, actor_name, action, entity_type, entity_id, summary FROM audit_events ORDER BY id DESC "
             "LIMIT 200",
    "users": "SELECT username, display_name, role, email, active, last_login_at FROM users ORDER BY username",
}


def decade_url(folder: Path) -> tuple[str, str]:
    """The ten-year database's URL (a private copy of its file) and what it is."""
    try:
        from tests.benchmarks.decade import decade_database  # type: ignore[import-not-found]
    except ImportError:
        decade_database = None
    if decade_database is not None:
        url, label = decade_database(folder), "ten-year database"
    elif os.environ.get(ENV_DECADE_URL):
        url, label = os.environ[ENV_DECADE_URL], "ten-year database"
    else:
        from tests.benchmarks.run import demo_database

        url, label = f"sqlite:///{demo_database(folder)}", "the demo (no ten-year database given)"
    source = Path(url.removeprefix("sqlite:///"))
    copy = folder / "pages-bench.sqlite3"
    if not copy.exists():
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader, sqlite3.connect(copy) as writer:
            reader.backup(writer)  # a consistent copy even if the file is being rebuilt meanwhile
    return f"sqlite:///{copy}", label


class _Harness:
    """One QApplication, the database with a statement counter, and a user of each kind."""

    def __init__(self, url: str) -> None:
        from datetime import date, datetime
        from datetime import time as clock_time

        from PySide6.QtWidgets import QApplication
        from sqlalchemy import event, select

        from desktop.core.clock import KST, set_clock
        from desktop.db.engine import Database
        from desktop.domain.accounts.models import Role, User
        from desktop.domain.users.service import actor_for
        from tests.benchmarks.quiet import quiet_offscreen_warnings

        self.app = QApplication.instance() or QApplication([])
        quiet_offscreen_warnings()
        set_clock(lambda: datetime.combine(date(2026, 11, 25), clock_time(10), KST))
        self.url = url
        self.path = url.removeprefix("sqlite:///")
        self.database = Database(url)
        self.statements = 0

        def counted(*_: Any) -> None:
            self.statements += 1

        event.listen(self.database.engine, "before_cursor_execute", counted)
        with self.database.read() as session:
            users = list(session.scalars(select(User).where(User.active)))
        by_role = {u.role: u for u in sorted(users, key=lambda u: u.id)}
        self.secretariat = actor_for(by_role[Role.SECRETARIAT])
        self.admin = actor_for(by_role.get(Role.ADMINISTRATOR, by_role[Role.SECRETARIAT]))

    def settle(self, page: Any) -> None:
        self.app.processEvents()
        while hasattr(page, "loaded") and not page.loaded:  # the Reports page loads off the GUI thread
            self.app.processEvents()
            time.sleep(0.001)

    def page(self, key: str) -> Any:
        from desktop.ui.context import AppContext
        from desktop.ui.pages.registry_of_pages import PAGES
        from tests.ui.conftest import RecordingDialogs

        entry = next(e for e in PAGES if e.key == key)
        actor = self.admin if key == "users" else self.secretariat
        page = entry.load()(AppContext(self.database, actor, {}, "en"), RecordingDialogs())
        page.resize(1200, 800)
        page.show()
        page.refresh()
        self.settle(page)
        return page

    def measure(self, function: Callable[[], Any], repeat: int) -> tuple[float, int]:
        """Median seconds of ``function`` and the statements of one call."""
        times, statements = [], 0
        for _ in range(repeat):
            before = self.statements
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
            statements = self.statements - before
        return statistics.median(times), statements


def _floor(path: str, sql: str) -> Callable[[], object]:
    """One plain query with sqlite3 into a bare QStandardItemModel shown in a QTableView."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    def show() -> object:
        connection = sqlite3.connect(path)
        rows = connection.execute(sql).fetchall()
        connection.close()
        model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                model.setItem(r, c, QStandardItem("" if value is None else str(value)))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 800)
        view.show()
        QApplication.processEvents()
        view.close()
        return model

    return show


def page_figures(folder: Path, repeat: int) -> list[Any]:
    """Open and refresh of every page, each beside its floor."""
    from desktop.ui.pages.registry_of_pages import PAGES
    from tests.benchmarks.run import Figure

    url, label = decade_url(folder)
    harness = _Harness(url)
    repeat = max(repeat, 1)
    figures = []
    for entry in PAGES:
        entry.load()  # the module imported (the opening thread does that while the person logs in)
        harness.page(entry.key).close()  # warm: the file in the OS cache, Qt's lazy set-up done
        pages: list[Any] = []
        opened, open_statements = harness.measure(lambda key=entry.key, pages=pages: pages.append(harness.page(key)),
                                                  repeat)
        page = pages[-1]
        refreshed, refresh_statements = harness.measure(lambda page=page: (page.refresh(), harness.settle(page)),
                                                        repeat)
        for shown in pages:
            shown.close()
            shown.deleteLater()
        harness.app.processEvents()
        floor_show = _floor(harness.path, FLOORS[entry.key])
        floor_show()
        floor = statistics.median(_time(floor_show) for _ in range(repeat))
        rows = len(sqlite3.connect(harness.path).execute(FLOORS[entry.key]).fetchall())
        note = f"{label}; {rows:,} rows; median of {repeat}; floor: one sqlite3 query in a bare QTableView"
        figures.append(Figure(f"page_open_{entry.key}", opened, floor,
                              f"{open_statements} statements; {note}; target ≤ {OPEN_TARGET * 1000:.0f} ms"))
        figures.append(Figure(f"page_refresh_{entry.key}", refreshed, floor,
                              f"{refresh_statements} statements; {note}; target ≤ {REFRESH_TARGET * 1000:.0f} ms"))
    figures.append(_keystroke(harness, label, repeat))
    harness.database.dispose()
    return figures


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _keystroke(harness: _Harness, label: str, repeat: int) -> Any:
    """Typing an institute's name into the Decisions page's search box, one keystroke at a time (the filter runs on
    the loaded rows) vs a SQL LIKE over the same rows (checked to find the same decisions)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.benchmarks.run import Figure

    page = harness.page("decisions")
    table = page.table
    name = max((r.institution_name for r in table.records()), key=len)
    typed = name[:6]
    sql = ("SELECT count(*) FROM decisions t JOIN applications a ON a.id = t.application_id JOIN institutions i ON "
           "i.id = a.institution_id WHERE i.name LIKE ? OR a.number LIKE ?")
    connection = sqlite3.connect(harness.path)
    ours, floor = [], []
    for _ in range(max(repeat, 3)):
        table.search.clear()
        for n in range(1, len(typed) + 1):
            start = time.perf_counter()
            QTest.keyClick(table.search, typed[n - 1]) if typed[n - 1].isascii() else table.search.insert(typed[n - 1])
            table.proxy.rowCount()
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            connection.execute(sql, (f"%{typed[:n]}%", f"%{typed[:n]}%")).fetchone()
            floor.append(time.perf_counter() - start)
    QTest.keyClick(table.search, Qt.Key.Key_End)
    shown = table.proxy.rowCount()
    connection.close()
    page.close()
    return Figure("page_search_keystroke", statistics.median(ours), statistics.median(floor),
                  f"{label}; Decisions page, {len(table.records()):,} rows, '{typed}' typed ({shown} shown), "
                  f"slowest {max(ours) * 1000:.0f} ms; floor: SQL LIKE; target ≤ {KEYSTROKE_TARGET * 1000:.0f} ms")


def bench_pages(folder: Path, repeat: int) -> list[Any]:
    return page_figures(folder, repeat)


if __name__ == "__main__":  # python tests/benchmarks/pages.py [REPEAT]: this module's figures alone
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as temporary:
        for figure in page_figures(Path(temporary), int(sys.argv[1]) if len(sys.argv) > 1 else 5):
            print(f"{figure.name:32s} {figure.seconds * 1000:8.1f} ms  floor {figure.floor_seconds * 1000:7.1f} ms "
                  f" {figure.note}", flush=True)
    shutil.rmtree(temporary, ignore_errors=True)
