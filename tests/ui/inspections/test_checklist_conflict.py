"""Two windows on one checklist: a note saved over an answer another window changed meanwhile is refused, the
typed note stays, and the dialog shows both: reload theirs, apply one's own over it, or keep typing."""

import pytest
from PySide6.QtCore import Qt

from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD
from desktop.ui.pages.inspections.checklist_model import ChecklistModel
from desktop.ui.pages.inspections.stores import DatabaseStore
from tests.ui.inspections.test_done_when import keys, open_next

THEIRS, MINE = "다른 창에서 적은 메모", "내가 적은 메모"


def click_row(qtbot, form, item_id: str) -> None:
    view = form.view
    rect = view.visualRect(form.model.index(form.state.index_of(item_id), ChecklistModel.ITEM))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def stored_note(context, inspection_id: int, item_id: str) -> str | None:
    state = DatabaseStore(context, inspection_id).state()
    answer = state.items[state.index_of(item_id)].answer
    return answer.note if answer else None


@pytest.mark.parametrize("choice", [RELOAD, APPLY_MINE, None])
def test_a_note_saved_over_another_windows_change_asks_which_to_keep(qtbot, context_for, dialogs,
                                                                     next_inspection_id, choice):
    inspector = context_for("inspector")
    form = open_next(qtbot, inspector, dialogs, next_inspection_id).workspace.form
    keys(qtbot, form.view, Qt.Key.Key_C)  # S1 conform: the form shows that answer's version
    other = DatabaseStore(context_for("inspector"), next_inspection_id)  # a second window, e.g. the laptop
    other.state()
    other.set_note("S1", THEIRS)

    dialogs.conflict_answer = choice
    click_row(qtbot, form, "S1")
    assert form.current_item_id() == "S1"
    keys(qtbot, form.view, Qt.Key.Key_Return)
    keys(qtbot, form.panel.note_edit, MINE, Qt.Key.Key_Escape)  # Escape saves the note

    [(error, values)] = [args for name, args in dialogs.calls if name == "resolve_edit_conflict"]
    assert "was changed by" in error.message and "your input is still in the form" in error.message
    assert [(v.label, v.mine, v.stored) for v in values] == [("Note", MINE, THEIRS)]
    if choice == RELOAD:
        assert form.panel.note() == THEIRS and not form.panel.dirty
        assert stored_note(inspector, next_inspection_id, "S1") == THEIRS
    elif choice == APPLY_MINE:
        assert stored_note(inspector, next_inspection_id, "S1") == MINE
        assert form.panel.message.text() == ""
    else:  # cancelled: nothing saved, the typed note still there with the refusal beside it
        assert stored_note(inspector, next_inspection_id, "S1") == THEIRS
        assert form.panel.note() == MINE and "was changed by" in form.panel.message.text()
