"""No page reads its rows one statement at a time: the SQL statements a page issues on opening and on refreshing are
counted on the demo, then again after every institution and all that hangs off it was copied (twice the
applications, inspections, decisions, registry entries, reports, checks and cases); the counts must not grow."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from desktop.db.engine import Database
from desktop.domain.applications.models import Application
from desktop.ui.context import AppContext
from desktop.ui.pages.registry_of_pages import PAGES
from tests.ui.grown_demo import add_audit_events, copy_institutions


@contextmanager
def counted(database: Database) -> Iterator[list[str]]:
    """The statements sent to the database while the block runs."""
    statements: list[str] = []

    def seen(_connection, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)


def open_and_refresh(qtbot, database: Database, actor, dialogs, key: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Statements to build, show and load the page ``key``, then to refresh it."""
    entry = next(e for e in PAGES if e.key == key)
    page_class = entry.load()

    def loaded(page) -> None:  # type: ignore[no-untyped-def]
        if hasattr(page, "loaded"):  # the Reports page loads off the GUI thread
            qtbot.waitUntil(lambda: page.loaded, timeout=20_000)

    with counted(database) as on_open:
        page = page_class(AppContext(database, actor, {}, "en"), dialogs)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        page.refresh()
        loaded(page)
    with counted(database) as on_refresh:
        page.refresh()
        loaded(page)
    page.close()
    return len(on_open), len(on_refresh)


@pytest.mark.parametrize("key", [entry.key for entry in PAGES])
def test_a_page_reads_as_many_statements_with_twice_the_rows(key, qtbot, demo_database, demo_actors, dialogs):
    actor = demo_actors["admin" if key == "users" else "secretariat"]
    before = open_and_refresh(qtbot, demo_database, actor, dialogs, key)
    with demo_database.read() as session:
        applications = session.scalar(select(func.count()).select_from(Application))
    added = copy_institutions(demo_database)
    add_audit_events(demo_database, actor, 200)
    with demo_database.read() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 2 * applications
    assert added["inspections"] and added["decisions"] and added["registry_entries"] and added["sanction_cases"]
    after = open_and_refresh(qtbot, demo_database, actor, dialogs, key)
    assert after[0] <= before[0] and after[1] <= before[1], \
        f"{key}: (open, refresh) statements {before} on the demo, {after} with twice the rows"
