"""What the checklist says follows what the inspector does: N keeps the keyboard in the list (Enter writes the
note), the item's prompt moves on as the note and evidence arrive, and after a refused Ctrl+Enter the red banner
names what is still missing and goes once nothing is."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.inspections.test_done_when import keys, open_next


def test_n_keeps_the_keyboard_in_the_list_so_the_next_keys_answer_items(qtbot, context_for, dialogs,
                                                                         next_inspection_id):
    form = open_next(qtbot, context_for("inspector"), dialogs, next_inspection_id).workspace.form
    view = form.view
    keys(qtbot, view, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_4, Qt.Key.Key_5)  # S1 S2 U1 F1
    keys(qtbot, view, Qt.Key.Key_N)  # C1 nonconform
    assert form.current_item_id() == "C1" and QApplication.focusWidget() is view
    assert "note is required" in form.panel.message.text()
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_4, Qt.Key.Key_3)  # M1 4, R1 3: list keys, not note text
    assert form.current_item_id() == "I1"
    state = form.state
    assert state.items[state.index_of("M1")].answer.score == 4
    assert state.items[state.index_of("R1")].answer.score == 3
    c1 = state.items[state.index_of("C1")]
    assert c1.nonconform and (c1.answer.note or "") == ""
    assert form.panel.message.isHidden()  # the prompt belonged to C1


def test_the_red_banner_follows_the_fixes_after_a_refused_completion(qtbot, context_for, dialogs, next_inspection_id,
                                                                     evidence_file):
    workspace = open_next(qtbot, context_for("inspector"), dialogs, next_inspection_id).workspace
    form, view = workspace.form, workspace.form.view
    keys(qtbot, view, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_N, Qt.Key.Key_Down)
    keys(qtbot, view, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_T)
    keys(qtbot, form.panel.text_edit, "특이사항 없음", Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # refused at C1
    banner = workspace.banner
    assert banner.level == "error" and form.current_item_id() == "C1"
    assert banner.text() == ("Item C1 is nonconform: write a note saying what was found. "
                             "(2 more problems marked in the checklist.)")

    keys(qtbot, view, Qt.Key.Key_Return)
    keys(qtbot, form.panel.note_edit, "보관함 잠금장치 미설치", Qt.Key.Key_Escape)  # the note is saved
    assert banner.text() == ("Item C1 is nonconform: attach evidence (a photo or a document). "
                             "(1 more problem marked in the checklist.)")
    dialogs.open_paths = [evidence_file]
    keys(qtbot, view, Qt.Key.Key_E)
    assert banner.text() == "The finding on item C1 needs the corrective action requested and a deadline."
    keys(qtbot, view, Qt.Key.Key_F)
    keys(qtbot, form.panel.corrective_action, "잠금장치 설치", Qt.Key.Key_Escape)
    assert banner.level == "info" and "Nothing is missing" in banner.text()
    assert form.problem_label.text() == "Ready to complete"
    assert dialogs.errors == []
