"""A member's sheet open in two windows: the draft saved in one is not overwritten by the other; the second is told
who saved it and when, its typing stays, and Reload / Apply mine again (pressed with the mouse) do what they say."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.domain.scoring.sheets import EntryInput, my_sheet, save_sheet
from desktop.ui.dialogs.edit_conflict import EditConflictDialog
from tests.ui.committee.test_score_sheet import type_sheet


def _other_window_saves(page) -> tuple[int, int]:
    """The same member's other desktop saves a draft of criterion 1 only; the application id and the new version."""
    row = page.scoring_tab.table.current_record()
    context = page.context
    with context.database.transaction() as s:
        shown = my_sheet(s, context.actor, row.application_id)
        saved = save_sheet(s, context.actor, row.application_id, {"1": EntryInput("21", "")},
                           expected_version=shown.version)
    assert saved.version == shown.version + 1
    return row.application_id, saved.version


def _press(qtbot, name: str, seen: list):
    def answer(parent, error, values):
        dialog = EditConflictDialog(error, values, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append([(v.label, v.mine, v.stored) for v in values])
        qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
        return dialog.choice

    return answer


def _stored(page, application_id):
    with page.context.database.read() as s:
        return my_sheet(s, page.context.actor, application_id)


def test_reload_shows_the_other_windows_draft(committee_page, dialogs, qtbot):
    page = committee_page("member")
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    page.show()
    tab = page.scoring_tab
    application_id, theirs = _other_window_saves(page)
    type_sheet(qtbot, tab.form, {"2": "12"})
    seen: list = []
    dialogs.conflict_dialog = _press(qtbot, "reloadButton", seen)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "was changed by" in dialogs.errors[-1]
    assert any(label == "1" and stored == "21" for label, _, stored in seen[-1])
    assert tab.form.scores["1"].text() == "21" and tab.form.scores["2"].text() == ""
    stored = _stored(page, application_id)
    assert stored.version == theirs and stored.entries[1].score is None


def test_apply_mine_again_saves_the_typed_sheet(committee_page, dialogs, qtbot):
    page = committee_page("member")
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    page.show()
    tab = page.scoring_tab
    application_id, theirs = _other_window_saves(page)
    type_sheet(qtbot, tab.form, {"2": "12"})
    dialogs.conflict_dialog = _press(qtbot, "applyMineButton", [])
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(page, application_id)
    assert stored.version == theirs + 1 and str(stored.entries[1].score) == "12"


def test_cancel_keeps_the_typing_and_writes_nothing(committee_page, dialogs, qtbot):
    page = committee_page("member")
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    page.show()
    tab = page.scoring_tab
    application_id, theirs = _other_window_saves(page)
    type_sheet(qtbot, tab.form, {"2": "12"})
    dialogs.conflict_dialog = _press(qtbot, "cancelButton", [])
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.scores["2"].text() == "12" and "was changed by" in tab.form.banner.text()
    assert _stored(page, application_id).version == theirs
