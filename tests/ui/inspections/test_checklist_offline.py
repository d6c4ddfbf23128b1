"""The checklist while the server is gone: a note whose save fails stays in the item and is kept on this computer;
after a crash the checklist opened again puts it back, and leaving the field saves it and deletes the draft."""

import psycopg
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from desktop.ui.pages.inspections.checklist_form import CHECKLIST_DRAFT
from desktop.ui.pages.inspections.stores import DatabaseStore
from tests.ui.inspections.test_checklist_conflict import click_row
from tests.ui.inspections.test_done_when import keys, open_next

TYPED = "보관함 잠금장치 미설치 (정전 중 입력)"


def stored_note(context, inspection_id: int, item_id: str) -> str | None:
    state = DatabaseStore(context, inspection_id).state()
    answer = state.items[state.index_of(item_id)].answer
    return answer.note if answer else None


def test_a_note_typed_during_the_outage_survives_a_crash_and_is_saved_afterwards(qtbot, context_for, dialogs,
                                                                                  next_inspection_id, monkeypatch):
    inspector = context_for("inspector")
    page = open_next(qtbot, inspector, dialogs, next_inspection_id)
    form = page.workspace.form
    keys(qtbot, form.view, Qt.Key.Key_C)  # S1 conform
    click_row(qtbot, form, "S1")
    keys(qtbot, form.view, Qt.Key.Key_Return)

    def lost(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO audit_events", {}, psycopg.OperationalError(
            "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"))

    with monkeypatch.context() as server_gone:
        server_gone.setattr("desktop.domain.inspections.filling.record", lost)
        keys(qtbot, form.panel.note_edit, TYPED, Qt.Key.Key_Escape)  # Escape saves: the server is gone
        assert "nothing was saved" in form.panel.message.text() and form.panel.note() == TYPED
        kept = inspector.drafts.find(CHECKLIST_DRAFT, f"{next_inspection_id}-S1")
        assert kept is not None and kept.content["note"] == TYPED
        page.hide()  # the application crashes while the server is still gone
        qtbot.wait(50)
    assert stored_note(inspector, next_inspection_id, "S1") is None

    # Opened again once the server is back, the checklist puts the note back at its item.
    again = open_next(qtbot, context_for("inspector"), dialogs, next_inspection_id).workspace.form
    click_row(qtbot, again, "S1")
    assert again.panel.note() == TYPED and "Restored what you typed" in again.panel.message.text()
    click_row(qtbot, again, "S2")  # leaving the item saves what was typed
    assert stored_note(inspector, next_inspection_id, "S1") == TYPED
    assert inspector.drafts.find(CHECKLIST_DRAFT, f"{next_inspection_id}-S1") is None
    assert dialogs.errors == []
