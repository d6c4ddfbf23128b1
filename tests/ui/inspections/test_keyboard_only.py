"""A main flow with the keyboard alone, as a person who cannot use a mouse (or a screen reader's user) does it: log in,
go to the Inspections page, reach the list with Tab, open the next inspection with Enter and answer the first item."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.context import AppContext
from tests.ui.accessibility import spoken_name, unnamed_widgets
from tests.ui.inspections.test_done_when import type_text


def _tab_until(qtbot, window, wanted, limit: int = 30) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until the keyboard is in ``wanted`` (the focus chain must lead there within ``limit`` presses)."""
    for _ in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.objectName() or type(wanted).__name__}")


def test_an_inspector_logs_in_and_answers_an_item_with_the_keyboard_only(qtbot, demo_database, dialogs,
                                                                        next_inspection_id):
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.main_window import MainWindow

    login = LoginDialog(demo_database)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow)
    assert QApplication.focusWidget() is login.username
    type_text(login.username, "inspector")
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is login.password
    type_text(login.password, "inspector-2026")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)  # Enter presses "Log in"
    assert login.result() == LoginDialog.DialogCode.Accepted and login.actor.username == "inspector"

    window = MainWindow(AppContext(demo_database, login.actor, {}, "en"), dialogs, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcut = next(action.shortcut() for action in window.page_actions if action.objectName() == "show_inspections")
    qtbot.keyClick(window, shortcut[0].key(), shortcut[0].keyboardModifiers())  # Ctrl+n: the Inspections page
    page = window.current_page()
    assert page.key == "inspections" and unnamed_widgets(page) == []

    _tab_until(qtbot, window, page.table.view)
    assert spoken_name(page.table.view) == "Inspections"
    qtbot.keyClick(page.table.view, Qt.Key.Key_Home)
    for _ in range(len(page.table.records())):  # Down to the scheduled inspection
        if page.table.current_id() == next_inspection_id:
            break
        qtbot.keyClick(page.table.view, Qt.Key.Key_Down)
    assert page.table.current_id() == next_inspection_id
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter opens it

    form = page.workspace.form
    assert unnamed_widgets(page.workspace) == []
    assert QApplication.focusWidget() is form.view and form.current_item_id() == "S1"
    qtbot.keyClick(form.view, Qt.Key.Key_C)  # conform
    assert form.progress_label.text() == "Answered 1 / 11"
    assert form.current_item_id() == "S2"  # the keyboard moves on to the next item
