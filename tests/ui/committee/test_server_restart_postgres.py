"""A real PostgreSQL server stopped and started again under a running client (a private throwaway server, never the
shared one): while it is down a member's save fails cleanly (nothing written, the sheet in the form and on this
computer); once it is back the client reconnects by itself, the save succeeds and the change feed hears another
desktop's commit again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.domain.scoring.sheets import EntryInput, my_sheet, save_sheet
from desktop.ui.changes import Change
from desktop.ui.connection import ConnectionMonitor
from desktop.ui.context import AppContext
from desktop.ui.pages.committee.page import CommitteePage
from desktop.ui.pages.committee.scoring_tab import SHEET_DRAFT
from tests.conftest import DEMO_DAY, actor_named
from tests.private_postgres import PrivateServer
from tests.private_postgres import private_server as running_private_server
from tests.ui.committee.test_score_sheet import type_sheet

pytestmark = pytest.mark.pg_server


@pytest.fixture(scope="module")
def private_server() -> Iterator[PrivateServer]:
    with running_private_server() as server:
        database = Database(server.url)
        upgrade(database)
        from desktop.demo.builder import build_demo

        build_demo(database, DEMO_DAY)
        database.dispose()
        yield server


def test_the_client_rides_out_a_server_restart(private_server: PrivateServer, qtbot, dialogs) -> None:
    database = Database(private_server.url)
    other_desktop = Database(private_server.url)
    context = AppContext(database, actor_named(database, "member"), {}, "en")
    monitor = ConnectionMonitor(context)
    heard: list[Change] = []
    context.changes.changed.connect(lambda change: heard.append(change) if change.elsewhere else None)
    context.listen_for_changes()
    assert context.changes._watch is not None and context.changes._watch.ready.wait(10)
    page = CommitteePage(context, dialogs)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.refresh()
    page.show()
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    qtbot.waitExposed(page)
    tab = page.scoring_tab
    application_id = tab.table.current_record().application_id
    with database.read() as s:
        before = my_sheet(s, context.actor, application_id)
    try:
        type_sheet(qtbot, tab.form, {"1": "22"}, {"1": "정전 중에 입력함"})

        private_server.stop()  # the server goes away under the running client
        qtbot.waitUntil(lambda: monitor.is_lost, timeout=10000)  # the change feed's connection dropped
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
        assert tab.form.banner.text() == ("The server 127.0.0.1 cannot be reached, so nothing was saved; what you "
                                          "typed is kept, and you can save it again once the connection is back.")
        assert tab.form.scores["1"].text() == "22" and tab.form.comments["1"].text() == "정전 중에 입력함"
        kept = context.drafts.find(SHEET_DRAFT, application_id)
        assert kept is not None and kept.content["1"] == ["22", "정전 중에 입력함"]
        assert dialogs.errors == []

        private_server.start()  # back: the client reconnects by itself (tries after 1, 2, 4 … s)
        qtbot.waitUntil(lambda: not monitor.is_lost, timeout=40000)
        with database.read() as s:
            assert my_sheet(s, context.actor, application_id).entries == before.entries  # nothing was written
        qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
        with database.read() as s:
            stored = my_sheet(s, context.actor, application_id)
        assert str(stored.entries[0].score) == "22" and stored.entries[0].comment == "정전 중에 입력함"
        assert context.drafts.find(SHEET_DRAFT, application_id) is None

        heard.clear()  # another desktop commits: the change feed listens again and delivers its notice
        elsewhere = actor_named(other_desktop, "member")  # the same member at another desktop
        with other_desktop.transaction() as s:
            shown = my_sheet(s, elsewhere, application_id)
            save_sheet(s, elsewhere, application_id, {"1": EntryInput("23", "다른 컴퓨터")},
                       expected_version=shown.version)
        qtbot.waitUntil(lambda: any("score_sheets" in c.areas for c in heard), timeout=5000)
    finally:
        monitor.close()
        context.close()
        page.close()
        database.dispose()
        other_desktop.dispose()
