"""A member scores while the server is gone: the save fails with one sentence, nothing is written, the typed sheet
stays in the form and on this computer; a new window (after quitting) restores it; the save once the server is
back stores it and deletes the local draft."""

import psycopg
from PySide6.QtCore import Qt
from sqlalchemy import exc as sa_exc

from desktop.domain.scoring import sheets
from desktop.domain.scoring.sheets import my_sheet
from desktop.ui.pages.committee import scoring_tab
from desktop.ui.pages.committee.scoring_tab import SHEET_DRAFT
from tests.ui.committee.test_score_sheet import type_sheet


def _server_gone(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise sa_exc.OperationalError("UPDATE score_sheets", {}, psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused'))


def _open(committee_page, qtbot):  # type: ignore[no-untyped-def]
    page = committee_page("member")
    page.show()
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    qtbot.waitExposed(page)
    return page, page.scoring_tab


def test_a_save_during_the_outage_keeps_the_sheet_and_a_new_window_restores_it(committee_page, qtbot, dialogs,
                                                                              monkeypatch) -> None:
    page, tab = _open(committee_page, qtbot)
    application_id = tab.table.current_record().application_id
    with page.context.database.read() as s:
        before = my_sheet(s, page.context.actor, application_id)
    type_sheet(qtbot, tab.form, {"1": "21", "2": "12"}, {"2": "현장 인력이 부족함"})

    monkeypatch.setattr(scoring_tab, "save_sheet", _server_gone)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.banner.isVisible() and tab.form.banner.text().startswith("The server ")
    assert tab.form.banner.text().endswith(" cannot be reached, so nothing was saved; what you typed is kept, and "
                                           "you can save it again once the connection is back.")
    assert tab.form.scores["1"].text() == "21" and tab.form.comments["2"].text() == "현장 인력이 부족함"
    assert dialogs.errors == []
    with page.context.database.read() as s:
        assert my_sheet(s, page.context.actor, application_id).entries == before.entries  # nothing written
    kept = page.context.drafts.find(SHEET_DRAFT, application_id)
    assert kept is not None and kept.content["1"] == ["21", ""] and kept.content["2"] == ["12", "현장 인력이 부족함"]

    page.close()  # the member quits; a new window on the same database and account
    monkeypatch.setattr(scoring_tab, "save_sheet", sheets.save_sheet)
    page, tab = _open(committee_page, qtbot)
    assert tab.table.current_record().application_id == application_id
    assert tab.form.scores["1"].text() == "21" and tab.form.comments["2"].text() == "현장 인력이 부족함"
    assert tab.form.banner.text().startswith("Restored what you typed on this computer at ")
    assert tab.form.has_unsaved_input()

    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    with page.context.database.read() as s:
        stored = my_sheet(s, page.context.actor, application_id)
    assert str(stored.entries[0].score) == "21" and stored.entries[1].comment == "현장 인력이 부족함"
    assert page.context.drafts.find(SHEET_DRAFT, application_id) is None
    assert page.context.drafts.kept() == []


def test_typing_is_kept_a_moment_after_each_edit_without_any_save(committee_page, qtbot) -> None:
    page, tab = _open(committee_page, qtbot)
    application_id = tab.table.current_record().application_id
    type_sheet(qtbot, tab.form, {"1": "19"})
    qtbot.waitUntil(lambda: page.context.drafts.find(SHEET_DRAFT, application_id) is not None, timeout=3000)
    assert page.context.drafts.find(SHEET_DRAFT, application_id).content["1"] == ["19", ""]
