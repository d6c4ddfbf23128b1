"""The main window shell: pages registered and built lazily, only those the role may use, keyboard navigation,
window state, the person's own last page, export."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from desktop.ui.main_window import MainWindow
from desktop.ui.pages.registry_of_pages import PAGES, page_classes
from desktop.ui.preferences import LOGIN_LANGUAGE, person_key

PROCEDURE = ["applications", "rounds", "screening", "inspections", "committee", "decisions", "registry", "sanctions",
             "reports", "validity", "surveys"]
SIDEBARS = {
    "admin": [*PROCEDURE, "audit", "users"],
    "secretariat": [*PROCEDURE, "audit"],
    "approver": [*PROCEDURE, "audit"],
    "member": PROCEDURE,
    "inspector": PROCEDURE,
}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, context, dialogs, settings) -> MainWindow:
    window = MainWindow(context, dialogs, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_page_is_registered() -> None:
    keys = [c.key for c in page_classes()]
    assert keys == ["applications", "rounds", "screening", "inspections", "committee", "decisions", "registry",
                    "sanctions", "reports", "validity", "surveys", "audit", "users"]
    assert len(keys) == len(PAGES)


def test_opens_on_applications_and_switches_pages(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    assert window.current_page().key == "applications"
    assert list(window.pages) == ["applications"]  # the others are built on first show
    assert "김하늘" in window.user_label.text() and "Secretariat" in window.user_label.text()
    shortcuts = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText): a for a in window.page_actions}
    assert sorted(s for s in shortcuts if s) == [f"Ctrl+{n}" for n in range(1, 10)]  # the tenth page has none
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    if window.current_page().key != "screening":  # some offscreen platforms deliver no shortcut events
        shortcuts["Ctrl+3"].trigger()
    assert window.current_page().key == "screening"
    assert window.navigation.currentRow() == 2
    shortcuts["Ctrl+9"].trigger()
    assert window.current_page().key == "reports"
    assert set(window.pages) == {"applications", "screening", "reports"}
    window.show_page_key("users")  # not offered: nothing happens
    assert window.current_page().key == "reports" and "users" not in window.pages
    assert dialogs.errors == []


def sidebar(window: MainWindow) -> list[str]:
    return [window.navigation.item(n).data(Qt.ItemDataRole.UserRole) for n in range(window.navigation.count())]


@pytest.mark.parametrize("username", list(SIDEBARS))
def test_the_sidebar_offers_only_the_pages_the_role_may_use(qtbot, context_for, dialogs, settings, username) -> None:
    window = open_window(qtbot, context_for(username), dialogs, settings)
    assert sidebar(window) == SIDEBARS[username] == window.page_keys()
    view_menu = window.menuBar().actions()[1].menu()
    assert [a.objectName() for a in view_menu.actions() if a.objectName().startswith("show_")] == [
        f"show_{key}" for key in SIDEBARS[username]]
    shortcuts = [a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in window.page_actions]
    count = len(SIDEBARS[username])  # in the order shown; Ctrl+1 to Ctrl+9, a tenth page has none
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, min(count, 9) + 1)] + [""] * max(0, count - 9)
    window.page_actions[-1].trigger()
    page = window.current_page()
    assert page.key == SIDEBARS[username][-1] and window.navigation.currentRow() == len(SIDEBARS[username]) - 1
    if hasattr(page, "stack"):  # Audit log and Users show a refusal to a role that may not see them
        assert page.stack.currentIndex() == page.DATA
    assert dialogs.errors == []


def test_each_person_lands_on_their_own_last_page_never_a_refusal(qtbot, context_for, dialogs, settings) -> None:
    admin = open_window(qtbot, context_for("admin"), dialogs, settings)
    qtbot.mouseClick(admin.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=admin.navigation.visualItemRect(admin.navigation.item(12)).center())
    assert admin.current_page().key == "users"
    admin.close()
    secretariat = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    assert secretariat.current_page().key == "applications"  # their role's first page, not the admin's Users
    secretariat.show_page_key("registry")
    secretariat.close()
    admin = open_window(qtbot, context_for("admin"), dialogs, settings)
    assert admin.current_page().key == "users" and admin.current_page().stack.currentIndex() == 0
    assert open_window(qtbot, context_for("secretariat"), dialogs, settings).current_page().key == "registry"
    settings.setValue(person_key("member", "page"), "audit")  # e.g. remembered before their role changed
    assert open_window(qtbot, context_for("member"), dialogs, settings).current_page().key == "applications"
    assert settings.value("mainWindow/page") is None  # no longer one page for the whole machine
    assert dialogs.errors == []


def test_menu_actions_the_role_may_not_use_say_why(qtbot, context_for, dialogs, settings) -> None:
    member = open_window(qtbot, context_for("member"), dialogs, settings)
    assert member.menuBar().actions()[0].menu().toolTipsVisible()
    for action, why in ((member.export_action, "Your role (Committee member) may not export data."),
                        (member.settings_action, "Your role (Committee member) may not manage settings.")):
        assert not action.isEnabled() and action.toolTip() == why and action.statusTip() == why
        action.setEnabled(True)  # nothing else turns it back on
        assert not action.isEnabled()
    admin = open_window(qtbot, context_for("admin"), dialogs, settings)
    assert admin.export_action.isEnabled() and admin.settings_action.isEnabled()


def test_restores_geometry_and_last_page(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    window.resize(720, 500)  # the offscreen screen is 800 × 600
    window.show_page_key("registry")
    window.close()
    again = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    assert (again.width(), again.height()) == (720, 500)
    assert again.current_page().key == "registry"


def test_export_json_runs_in_the_background(qtbot, context_for, dialogs, settings, tmp_path: Path) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    dialogs.save_path = tmp_path / "export.json"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.export_task.done, timeout=15000)
    assert window.export_task.error is None
    document = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert document["format"] == "designation-review-export" and len(document["tables"]["applications"]) == 21
    assert "Exported" in window.statusBar().currentMessage()


def test_export_not_offered_to_a_committee_member(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("member"), dialogs, settings)
    assert not window.export_action.isEnabled()


def test_language_choice_is_remembered_and_announced(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    with qtbot.waitSignal(window.languageChosen) as chosen:
        window.language_actions["ko"].trigger()
    assert chosen.args == ["ko"] and settings.value(person_key("secretariat", "language")) == "ko"
    assert settings.value(LOGIN_LANGUAGE) == "ko"  # the next login screen speaks the last language used here


def test_log_out_closes_and_announces(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    with qtbot.waitSignal(window.loggedOut):
        window.logout_action.trigger()
    assert not window.isVisible()


def test_a_disabled_account_is_told_once_and_sent_back_to_the_login(qtbot, context_for, settings, demo_database,
                                                                    demo_actors, monkeypatch) -> None:
    """Whatever page refreshes first after the administrator disabled the account: one message, then the window
    logs out instead of keeping rows on screen that the person may no longer see."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.domain.users.service import set_active
    from desktop.ui.dialogs.service import DialogService

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = open_window(qtbot, context_for("secretariat"), DialogService(), settings)
    window.show_page_key("decisions")
    assert window.current_page().table.records()
    with demo_database.transaction() as s:
        set_active(s, demo_actors["admin"], demo_actors["secretariat"].user_id, False)
    with qtbot.waitSignal(window.loggedOut):
        window.current_page().refresh()
    assert len(shown) == 1 and "disabled or given another role" in shown[0]
    assert not window.isVisible()


def test_settings_not_offered_to_the_secretariat(qtbot, context_for, dialogs, settings) -> None:
    window = open_window(qtbot, context_for("secretariat"), dialogs, settings)
    assert not window.settings_action.isEnabled() and window.password_action.isEnabled()


def test_the_administrator_saves_settings_into_the_context(qtbot, context_for, dialogs, settings) -> None:
    admin = open_window(qtbot, context_for("admin"), dialogs, settings)
    assert admin.settings_action.isEnabled()
    dialog = admin.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.editors["supplement_days"].widget.setValue(12)
    assert dialog.try_accept()
    assert admin.context.settings["supplement_days"] == 12
    assert admin.statusBar().currentMessage() == "Settings saved: 1 changed."


def test_change_password_from_the_file_menu(qtbot, context_for, dialogs, settings, demo_database) -> None:
    from desktop.domain.users.service import authenticate

    window = open_window(qtbot, context_for("chair"), dialogs, settings)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.password_action in file_menu.actions() and window.settings_action in file_menu.actions()
    dialog = window.password_dialog()
    qtbot.addWidget(dialog)
    dialog.current.setText("chair-2026")
    dialog.new.setText("chair-new-2026")
    dialog.repeat.setText("chair-new-2026")
    assert dialog.try_accept()
    assert window.statusBar().currentMessage() == "Your password has been changed."
    with demo_database.transaction() as s:
        assert authenticate(s, "chair", "chair-new-2026").username == "chair"
