"""Live updates on SQLite: what another desktop commits (a second Database on the same file) appears on a page
without pressing anything, the page keeps its selection and what was typed; this desktop's own changes are not
heard back as another's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import transition
from desktop.domain.scoring.sheets import EntryInput, save_sheet
from desktop.ui.changes import Change
from desktop.ui.pages.applications.page import ApplicationsPage
from tests.ui.committee.test_committee_page_open_round import GOOD
from tests.ui.committee.test_score_sheet import type_sheet
from tests.ui.mouse import click_row, show_window

LIVE_WAIT_MS = 3000  # the watcher polls every 0.5 s


@pytest.fixture
def other_desktop(demo_database) -> Iterator[Database]:
    """A second desktop on the same database file: its own engine and connections."""
    db = Database(demo_database.url)
    yield db
    db.dispose()


def _listening(page) -> None:  # type: ignore[no-untyped-def]
    page.context.listen_for_changes()
    assert page.context.changes._watch.ready.wait(2)


@pytest.fixture
def stop_listening() -> Iterator[list]:
    pages: list = []
    yield pages
    for page in pages:
        page.context.close()


def test_a_sheet_submitted_on_another_desktop_reaches_the_chairs_scoring_tab(committee_page, qtbot, other_desktop,
                                                                              demo_actors, stop_listening):
    page = committee_page("chair")
    stop_listening.append(page)
    tab = page.scoring_tab
    show_window(qtbot, page)
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    click_row(qtbot, tab.table.view, 0)
    application_id = tab.table.current_id()
    assert "4 of 6" in tab.others_note.text() and tab.table.current_record().submitted == 4
    assert "quorum present" in tab.meeting_note.text()
    _listening(page)

    with other_desktop.transaction() as s:  # member B submits on their laptop
        save_sheet(s, demo_actors["member"], application_id, {k: EntryInput(v) for k, v in GOOD.items()},
                   submit=True)
    with qtbot.waitSignal(page.refreshedLive, timeout=LIVE_WAIT_MS) as heard:
        pass
    assert heard.args[0].elsewhere and heard.args[0].touches({"score_sheets"})
    qtbot.waitUntil(lambda: "5 of 6" in tab.others_note.text(), timeout=LIVE_WAIT_MS)
    assert tab.table.current_id() == application_id and tab.table.current_record().submitted == 5
    assert not tab.others.others_visible  # the chair sees the sheets once every present member has submitted

    with other_desktop.transaction() as s:
        save_sheet(s, demo_actors["member-e"], application_id, {k: EntryInput(v) for k, v in GOOD.items()},
                   submit=True)
    qtbot.waitUntil(lambda: tab.others is not None and tab.others.others_visible, timeout=LIVE_WAIT_MS)
    assert tab.others_model.rowCount() == 6 and tab.return_button.isEnabled()


def test_a_members_unsaved_sheet_survives_a_refresh_from_another_desktop(committee_page, qtbot, other_desktop,
                                                                          demo_actors, stop_listening):
    page = committee_page("member")
    stop_listening.append(page)
    tab = page.scoring_tab
    show_window(qtbot, page)
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    click_row(qtbot, tab.table.view, 0)
    application_id = tab.table.current_id()
    type_sheet(qtbot, tab.form, {"1": "23", "2": "11"}, {"1": "보완 필요"})
    assert tab.form.has_unsaved_input()
    _listening(page)

    with other_desktop.transaction() as s:  # member E submits meanwhile
        save_sheet(s, demo_actors["member-e"], application_id, {k: EntryInput(v) for k, v in GOOD.items()},
                   submit=True)
    qtbot.waitUntil(lambda: tab.table.current_record().submitted == 5, timeout=LIVE_WAIT_MS)  # the progress
    assert tab.form.scores["1"].text() == "23" and tab.form.scores["2"].text() == "11"
    assert tab.form.comments["1"].text() == "보완 필요" and tab.table.current_id() == application_id
    assert tab.form.has_unsaved_input()


def test_an_application_moved_on_another_desktop_changes_in_the_list_and_the_selection_stays(
        make_page, qtbot, other_desktop, demo_database, demo_actors, stop_listening):
    page = make_page(ApplicationsPage)
    stop_listening.append(page)
    with demo_database.read() as s:
        target = s.scalars(select(Application.id).where(Application.number == "2026-2-003")).one()
    row = next(n for n in range(page.proxy.rowCount()) if page.proxy.application_id(n) == target)
    click_row(qtbot, page.view, row)
    assert page.selected_id() == target
    _listening(page)

    with other_desktop.transaction() as s:
        transition(s, demo_actors["secretariat"], target, ApplicationStatus.SCREENING)
    qtbot.waitUntil(lambda: page.selected_row() is not None
                    and page.selected_row().status == ApplicationStatus.SCREENING, timeout=LIVE_WAIT_MS)
    assert page.selected_id() == target


def test_this_desktops_own_change_is_not_heard_back_as_another_desktops(committee_page, qtbot, demo_actors,
                                                                        stop_listening):
    page = committee_page("member")
    stop_listening.append(page)
    tab = page.scoring_tab
    show_window(qtbot, page)
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    _listening(page)
    heard: list[Change] = []
    page.context.changes.changed.connect(heard.append)
    type_sheet(qtbot, tab.form, {"1": "22"})
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)  # a draft, saved here
    assert [c.elsewhere for c in heard] == [False] and heard[0].touches({"score_sheets"})
    assert heard[0].ids("score_sheets")  # the sheet's id is named
    qtbot.wait(1200)  # two polls of the watcher
    assert [c.elsewhere for c in heard] == [False]
