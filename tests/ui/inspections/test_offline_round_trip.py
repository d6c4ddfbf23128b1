"""Offline round trip from the GUI: export from the inspection, open the file in the offline window (its button)
and fill it in without the database, edit the same item in the database meanwhile, import (its button): the
conflict is shown side by side and the user's choice is applied; the same file again is recognised as imported;
a tampered file is refused with a message."""

import sqlite3

from PySide6.QtCore import Qt

from desktop.ui.pages.inspections.merge_dialog import MergeDialog
from desktop.ui.pages.inspections.offline_window import OfflineInspectionWindow, open_offline_window
from desktop.ui.pages.inspections.page import InspectionsPage
from desktop.ui.pages.inspections.workspace import InspectionWorkspace
from tests.ui.inspections.test_done_when import keys


def workspace_for(qtbot, context, dialogs, inspection_id) -> InspectionWorkspace:
    workspace = InspectionWorkspace(context, dialogs, inspection_id)
    qtbot.addWidget(workspace)
    workspace.resize(1300, 800)
    workspace.show()
    assert workspace.load()
    return workspace


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_offline_round_trip_with_a_conflicting_edit(qtbot, context_for, dialogs, next_inspection_id, tmp_path):
    office = workspace_for(qtbot, context_for("inspector"), dialogs, next_inspection_id)
    keys(qtbot, office.form.view, Qt.Key.Key_C)  # S1 conform before leaving
    dialogs.save_path = tmp_path / "실사.inspection"
    path = office.export_offline()
    assert path is not None and path.exists()

    list_page = InspectionsPage(context_for("inspector"), dialogs)  # the laptop: "Open an offline file…"
    qtbot.addWidget(list_page)
    list_page.show()
    dialogs.open_paths = [path]
    click(qtbot, list_page.offline_button)
    assert dialogs.errors == []
    [window] = list_page.offline_windows
    assert isinstance(window, OfflineInspectionWindow) and window.isVisible()
    laptop = window.form
    assert laptop.progress_label.text() == "Answered 1 / 11"
    keys(qtbot, laptop.view, Qt.Key.Key_Return)  # S1: write the note
    keys(qtbot, laptop.panel.note_edit, "원본 자격증 대조 완료", Qt.Key.Key_Escape)
    keys(qtbot, laptop.view, Qt.Key.Key_Down, Qt.Key.Key_C, Qt.Key.Key_3)  # S2 conform, U1 3
    assert laptop.progress_label.text() == "Answered 3 / 11"
    window.close()

    colleague = workspace_for(qtbot, context_for("inspector2"), dialogs, next_inspection_id)  # meanwhile, online
    keys(qtbot, colleague.form.view, Qt.Key.Key_Return)
    keys(qtbot, colleague.form.panel.note_edit, "사본으로 확인", Qt.Key.Key_Escape)

    shown = {}

    def resolve(plan):
        dialog = MergeDialog(plan, office)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        shown["rows"] = [(r.item_id, r.kind) for r in dialog.model.rows]
        shown["sides"] = (dialog.database_text.toPlainText(), dialog.file_text.toPlainText())
        shown["ok_before"] = ok.isEnabled()
        qtbot.keyClick(dialog.view, Qt.Key.Key_F)  # take the laptop's note for S1
        shown["ok_after"] = ok.isEnabled()
        return dialog.choices()

    office.resolve = resolve
    dialogs.open_paths = [path]
    click(qtbot, office.import_button)  # "Import offline file…"
    assert dialogs.errors == []
    assert shown["rows"] == [("S1", "conflict"), ("S2", "file"), ("U1", "file")]
    assert "Note: 사본으로 확인" in shown["sides"][0] and "Note: 원본 자격증 대조 완료" in shown["sides"][1]
    assert (shown["ok_before"], shown["ok_after"]) == (False, True)
    detail = office.detail
    assert detail.item("S1").answer.note == "원본 자격증 대조 완료"
    assert detail.item("U1").answer.score == 3
    assert office.form.progress_label.text() == "Answered 3 / 11"
    assert "Imported: 3 items taken from the file." in office.banner.text()

    shown.clear()  # the same file once more: recognised, no merge reopened, nothing changed
    click(qtbot, office.import_button)
    assert shown == {} and dialogs.errors == []
    assert dialogs.infos[-1].startswith("This offline file was already imported on 2026. 11. 25. 10:")
    assert dialogs.infos[-1].endswith("by 이현우; nothing was changed.")
    assert office.detail.item("S1").answer.note == "원본 자격증 대조 완료"


def test_keeping_the_database_version_and_cancelling_change_nothing_silently(qtbot, context_for, dialogs,
                                                                          next_inspection_id, tmp_path):
    office = workspace_for(qtbot, context_for("inspector"), dialogs, next_inspection_id)
    dialogs.save_path = tmp_path / "copy.inspection"
    path = office.export_offline()
    from desktop.domain.inspections.offline_file import OfflineFile

    with OfflineFile.open(path) as copy:
        copy.answer("P1", "not_applicable")
    keys(qtbot, office.form.view, *[Qt.Key.Key_Down] * 8, Qt.Key.Key_C)  # P1 conform in the database
    office.resolve = lambda plan: None  # the user cancels the merge dialog
    assert office.import_offline(path) is None
    assert office.detail.item("P1").answer.response == "conform"
    office.resolve = lambda plan: {"P1": "database"}
    assert office.import_offline(path) == 0
    assert office.detail.item("P1").answer.response == "conform"


def test_a_tampered_file_is_refused_plainly(qtbot, context_for, dialogs, next_inspection_id, tmp_path):
    office = workspace_for(qtbot, context_for("inspector"), dialogs, next_inspection_id)
    dialogs.save_path = tmp_path / "copy.inspection"
    path = office.export_offline()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE offline_items SET state = replace(state, '\"response\": null', "
                       "'\"response\": \"conform\"') WHERE item_id = 'S1'")
    connection.commit()
    connection.close()
    office.resolve = lambda plan: pytest_fail("no merge dialog for a tampered file")
    assert office.import_offline(path) is None
    assert "changed outside the application" in office.banner.text()
    dialogs.open_paths = [path]
    assert open_offline_window(dialogs, "en", None) is None
    assert "changed outside the application" in dialogs.errors[-1]


def pytest_fail(message: str):
    raise AssertionError(message)
