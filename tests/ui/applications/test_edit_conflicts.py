"""Two desktops on one application: the editor's save over someone else's is refused, the typed input stays, the
conflict dialog shows theirs beside it, and Reload / Apply mine again do what they say; a connection lost mid-save
leaves nothing half-saved and the input in the form."""

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy.exc import OperationalError

from desktop.domain.applications.service import EDITABLE, StaffData, get_application, update_application
from desktop.ui.dialogs.edit_conflict import EditConflictDialog
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import open_existing

MINE = "평가 DB, 전용 서버실 (내가 입력)"


@pytest.fixture
def editing(qtbot, context_for, dialogs):
    """The secretariat's editor on an editable application, then another desktop adds a staff member."""
    context = context_for("secretariat")
    row = next(r for r in controller.list_rows(context) if r.status in EDITABLE)
    editor = open_existing(context, dialogs, row.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    with context.database.transaction() as s:  # the other desktop
        theirs = get_application(s, context.actor, row.id)
        added = (*theirs.data.staff, StaffData("정신규", experience_years=Decimal(2)))
        update_application(s, context.actor, row.id, replace(theirs.data, staff=added), theirs.version)
    editor.application_form.facilities.setPlainText(MINE)
    return editor, row.id, theirs.version + 1


def _stored(editor, application_id):
    with editor.context.database.read() as s:
        return get_application(s, editor.context.actor, application_id)


def _answer_with_the_mouse(qtbot, button_name: str, seen: list):
    """Show the real conflict dialog and press one of its buttons with the mouse, as a person would."""

    def answer(parent, error, values):
        dialog = EditConflictDialog(error, values, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown = {label.text() for label in dialog.findChildren(QLabel)}
        seen.append([(v.label, v.mine, v.stored) for v in values if v.mine in shown and v.stored in shown])
        dialog.grab().save("/tmp/versions-conflict.png")
        qtbot.mouseClick(dialog.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)
        return dialog.choice

    return answer


def test_the_conflict_dialog_shows_theirs_beside_mine_and_reload_takes_theirs(qtbot, editing, dialogs):
    editor, application_id, their_version = editing
    seen: list = []
    dialogs.conflict_dialog = _answer_with_the_mouse(qtbot, "reloadButton", seen)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "was changed by" in dialogs.errors[-1]
    differences = dict((label, (mine, stored)) for label, mine, stored in seen[-1])
    assert differences["Facilities and equipment"][0] == MINE
    assert "정신규" in differences["Staff roster"][1] and "정신규" not in differences["Staff roster"][0]
    # Reloaded: the stored application is in the form, nothing of it lost, nothing written.
    assert editor.isVisible() and "Reloaded" in editor.banner.text()
    assert "정신규" in [p.name for p in editor.staff_panel.model.staff()]
    assert editor.application_form.facilities.toPlainText() != MINE
    assert _stored(editor, application_id).version == their_version
    # Saving again now works on the fresh version.
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _stored(editor, application_id).version == their_version + 1


def test_apply_mine_again_saves_the_input_over_theirs(qtbot, editing, dialogs):
    editor, application_id, their_version = editing
    dialogs.conflict_dialog = _answer_with_the_mouse(qtbot, "applyMineButton", [])
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(editor, application_id)
    assert stored.data.facilities == MINE and stored.version == their_version + 1


def test_cancelling_keeps_the_input_and_says_who_changed_it(qtbot, editing, dialogs):
    editor, application_id, their_version = editing
    dialogs.conflict_dialog = _answer_with_the_mouse(qtbot, "cancelButton", [])
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.application_form.facilities.toPlainText() == MINE
    assert "was changed by" in editor.banner.text()
    stored = _stored(editor, application_id)
    assert stored.version == their_version and stored.data.facilities != MINE
    assert "정신규" in [p.name for p in stored.data.staff]


def test_a_connection_lost_mid_save_leaves_nothing_half_saved_and_the_input_in_the_form(
        qtbot, context_for, dialogs, monkeypatch):
    context = context_for("secretariat")
    row = next(r for r in controller.list_rows(context) if r.status in EDITABLE)
    editor = open_existing(context, dialogs, row.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    before = _stored(editor, row.id)
    editor.application_form.facilities.setPlainText(MINE)
    editor.institution_form.phone.setText("02-999-0000")

    def lost(*args, **kwargs):  # the application's fields and version are written by now, in the same transaction
        raise OperationalError("UPDATE applications", {}, Exception("server closed the connection unexpectedly"))

    with monkeypatch.context() as server_gone:  # only this: the fixtures' own patches (folders) stay
        server_gone.setattr("desktop.domain.applications.service.record", lost)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "connection" in (editor.banner.text() + " ".join(dialogs.errors)).lower(), editor.banner.text()
    assert editor.isVisible() and editor.application_form.facilities.toPlainText() == MINE
    assert editor.institution_form.phone.text() == "02-999-0000"
    after = _stored(editor, row.id)
    assert (after.version, after.data.facilities) == (before.version, before.data.facilities)
    with context.database.read() as s:
        from desktop.domain.institutions.service import institution_data, institution_version

        assert institution_data(s, context.actor, row.institution_id).phone != "02-999-0000"
        assert institution_version(s, context.actor, row.institution_id) == before.institution_version
    with qtbot.waitSignal(editor.saved):  # the connection back, the same input saves
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _stored(editor, row.id).data.facilities == MINE
