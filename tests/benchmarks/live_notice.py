"""Change-notification latency: a change committed through another desktop's connection until a page that shows it
has refreshed (``Page.refreshedLive``), on SQLite (``data_version`` polling) and PostgreSQL (LISTEN/NOTIFY, when
DESIGNATION_REVIEW_TEST_POSTGRES names a database the benchmark may wipe). Floors: the bare round trip the same
mechanism needs — SQLite: the commit seen by another connection's ``PRAGMA data_version`` with no polling wait;
PostgreSQL: a psycopg ``NOTIFY`` committed on one connection and received on another."""

from __future__ import annotations

import os
import random
import statistics
import threading
import time
from pathlib import Path

POSTGRES_URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
WAIT_S = 5.0


def _probe_page(database):  # type: ignore[no-untyped-def]
    """A page of the score sheets whose refresh reads them (as the chair's scoring tab does), listening."""
    from desktop.domain.accounts.permissions import Actor
    from desktop.ui.context import AppContext
    from desktop.ui.pages.base import Page

    class SheetsProbe(Page):
        key = "sheetsProbe"
        areas = frozenset({"score_sheets"})

        def refresh(self) -> None:
            with self.context.reading() as session:
                session.execute(__import__("sqlalchemy").text("SELECT count(*) FROM score_sheets")).scalar()

    page = SheetsProbe(AppContext(database, Actor.command_line()))
    page.show()
    page.context.listen_for_changes()
    assert page.context.changes._watch.ready.wait(WAIT_S), "the watcher did not start"
    return page


def _latencies(url: str, repeat: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.db.engine import Database
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.audit.service import record

    QApplication.instance() or QApplication([])
    here, elsewhere = Database(url), Database(url)
    page = _probe_page(here)
    times: list[float] = []
    try:
        for n in range(repeat):
            loop = QEventLoop()
            page.refreshedLive.connect(loop.quit)
            QTimer.singleShot(int(WAIT_S * 1000), loop.quit)
            time.sleep(random.Random(n).uniform(0, 0.5))  # commits fall anywhere in the polling interval
            with elsewhere.transaction() as s:
                record(s, Actor.command_line(), "benchmark.change", entity_type="score_sheets", entity_id=n + 1)
            committed = time.perf_counter()
            loop.exec()
            times.append(time.perf_counter() - committed)
            page.refreshedLive.disconnect(loop.quit)
    finally:
        page.context.close()
        page.close()
        here.dispose()
        elsewhere.dispose()
    return times


def _sqlite_floor(path: str, repeat: int) -> float:
    import sqlite3

    writer = sqlite3.connect(path, isolation_level=None)
    reader = sqlite3.connect(path, isolation_level=None)
    writer.execute("CREATE TABLE benchmark_floor (n INTEGER)")
    times = []
    for _ in range(max(repeat, 5)):
        before = reader.execute("PRAGMA data_version").fetchone()[0]
        start = time.perf_counter()
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO benchmark_floor VALUES (1)")
        writer.execute("COMMIT")
        assert reader.execute("PRAGMA data_version").fetchone()[0] != before
        times.append(time.perf_counter() - start)
    writer.close()
    reader.close()
    return statistics.median(times)


def _postgres_floor(url: str, repeat: int) -> float:
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    times = []
    with psycopg.connect(plain, autocommit=True) as listener, psycopg.connect(plain, autocommit=True) as sender:
        listener.execute("LISTEN benchmark_floor")
        for _ in range(max(repeat, 5)):
            arrived = threading.Event()
            start = time.perf_counter()
            sender.execute("NOTIFY benchmark_floor, 'x'")
            for _note in listener.notifies(timeout=WAIT_S, stop_after=1):
                arrived.set()
            assert arrived.is_set()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_change_notice_sqlite(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from tests.benchmarks.run import Figure

    path = folder / "live-notice.sqlite3"
    upgrade(Database(f"sqlite:///{path}", create=True))
    times = _latencies(f"sqlite:///{path}", max(repeat, 5))
    return Figure("change_notice_sqlite", statistics.median(times), _sqlite_floor(str(path), repeat),
                  f"median of {len(times)}, slowest {max(times) * 1000:.0f} ms, polling every 0.5 s; floor: a commit "
                  "seen by another connection's data_version")


def bench_change_notice_postgres(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    if not POSTGRES_URL:
        return None
    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.demo.reset import reset_database
    from tests.benchmarks.run import Figure

    database = Database(POSTGRES_URL)
    upgrade(database)
    reset_database(database).dispose()
    times = _latencies(POSTGRES_URL, max(repeat, 5))
    return Figure("change_notice_postgres", statistics.median(times), _postgres_floor(POSTGRES_URL, repeat),
                  f"median of {len(times)}, slowest {max(times) * 1000:.0f} ms, LISTEN/NOTIFY; floor: bare psycopg "
                  "NOTIFY round trip")



def bench_scoring_refresh(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    """Refresh latency: the chair's Scoring tab on the demo reloading in place after a sheet arrived from another
    desktop (progress, attendance and quorum, the selected applicant's own and others' sheets), against the floor
    of the same service reads made directly in one unit of work."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop.db.engine import Database
    from desktop.domain.accounts.models import User
    from desktop.domain.committee.meetings import list_meetings
    from desktop.domain.scoring.sheets import my_sheet, scoring_overview, sheets_for
    from desktop.domain.users.service import actor_for
    from desktop.ui.changes import Change
    from desktop.ui.context import AppContext
    from desktop.ui.pages.committee.page import CommitteePage
    from tests.benchmarks.run import Figure, demo_database, median_time

    QApplication.instance() or QApplication([])
    database = Database(f"sqlite:///{demo_database(folder)}")
    with database.read() as session:
        chair = actor_for(session.scalars(select(User).where(User.username == "chair")).one())
    page = CommitteePage(AppContext(database, chair, {}, "en"))
    page.resize(1300, 820)
    page.refresh()
    page.choose_round(page.round_box.itemText(0).split()[0])
    page.show()
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    tab = page.scoring_tab
    tab.table.select_row(0)
    round_id, application_id = tab.round_id, tab.table.current_id()
    arrived = Change.of([("score_sheets", None)], elsewhere=True)

    def reads() -> None:
        with database.read() as session:
            scoring_overview(session, chair, round_id)
            list_meetings(session, chair, round_id)
            my_sheet(session, chair, application_id)
            sheets_for(session, chair, application_id)

    try:
        refresh = median_time(lambda: tab.refresh_changed(arrived), max(repeat, 5))
        floor = median_time(reads, max(repeat, 5))
    finally:
        page.close()
        database.dispose()
    return Figure("scoring_refresh", refresh, floor, "the chair's Scoring tab reloading after a sheet arrived "
                  f"(median of {max(repeat, 5)}); floor: the same service reads without the page")
