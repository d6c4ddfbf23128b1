"""The application editor while the server is gone: the save says so in one sentence, writes nothing and keeps the
form open with everything typed, and the input is kept on this computer; after a crash the editor opened again
restores it, and saving (or closing without saving, on purpose) deletes the local draft."""

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.exc import OperationalError

from desktop.domain.applications.service import EDITABLE, get_application
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import APPLICATION_DRAFT, open_existing

TYPED = "평가 DB 서버 2대, 전용 분석실 (정전 중 입력)"


def _open(qtbot, context, dialogs, application_id):  # type: ignore[no-untyped-def]
    editor = open_existing(context, dialogs, application_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def outage(qtbot, context_for, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    """The secretariat's editor with typed input, and a save that loses the server half-way through."""
    context = context_for("secretariat")
    row = next(r for r in controller.list_rows(context) if r.status in EDITABLE)
    editor = _open(qtbot, context, dialogs, row.id)
    editor.application_form.facilities.setPlainText(TYPED)
    qtbot.keyClicks(editor.institution_form.phone, "-1")

    def lost(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO audit_events", {}, psycopg.OperationalError(
            "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"))

    with monkeypatch.context() as server_gone:  # only this: the fixtures' own patches (the drafts folder) stay
        server_gone.setattr("desktop.domain.applications.service.record", lost)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return context, editor, row


def test_a_save_during_the_outage_writes_nothing_and_keeps_the_form(outage, dialogs) -> None:
    context, editor, row = outage
    assert editor.banner.text().endswith(" cannot be reached, so nothing was saved; what you typed is kept, and you "
                                         "can save it again once the connection is back.")
    assert dialogs.errors == []
    assert editor.isVisible()
    assert editor.application_form.facilities.toPlainText() == TYPED
    assert editor.institution_form.phone.text().endswith("-1")
    with context.database.read() as s:
        assert get_application(s, context.actor, row.id).data.facilities != TYPED
    kept = context.drafts.find(APPLICATION_DRAFT, row.id)
    assert kept is not None and kept.content["application"]["facilities"] == TYPED


def test_after_a_crash_the_editor_restores_the_input_and_a_save_deletes_the_draft(outage, qtbot, dialogs) -> None:
    context, editor, row = outage
    phone = editor.institution_form.phone.text()
    editor.hide()  # the application crashed: nothing was closed properly
    editor.deleteLater()
    again = _open(qtbot, context, dialogs, row.id)
    assert again.application_form.facilities.toPlainText() == TYPED
    assert again.institution_form.phone.text() == phone
    assert again.banner.text().startswith("Restored what you typed on this computer at ")
    with qtbot.waitSignal(again.saved):  # the server is back
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    with context.database.read() as s:
        assert get_application(s, context.actor, row.id).data.facilities == TYPED
    assert context.drafts.find(APPLICATION_DRAFT, row.id) is None


def test_closing_without_saving_on_purpose_deletes_the_draft(outage, qtbot, dialogs) -> None:
    context, editor, row = outage
    dialogs.confirm_answer = True  # "Close without saving? Your changes will be lost." — yes
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Close without saving? Your changes will be lost." in dialogs.prompts
    assert context.drafts.find(APPLICATION_DRAFT, row.id) is None
    again = _open(qtbot, context, dialogs, row.id)
    assert again.application_form.facilities.toPlainText() != TYPED and not again.banner.isVisible()
