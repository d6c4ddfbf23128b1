"""The Users page chosen with the mouse: a click on an account offers what may be done with it."""

from PySide6.QtCore import Qt

from desktop.ui.pages.users.page import UsersPage
from desktop.ui.pages.users.user_dialogs import UserDialog
from tests.ui.mouse import click_header, click_record, click_row


def offered(page: UsersPage) -> dict[str, bool]:
    return {b.objectName(): b.isEnabled() for b in (page.edit_button, page.role_button, page.password_button,
                                                     page.active_button)}


def test_a_click_on_an_account_enables_its_actions_and_ones_own_account_keeps_them_safe(make_page, qtbot):
    page = make_page(UsersPage, "admin")
    assert not any(offered(page).values())
    click_record(qtbot, page.table, lambda r: r.username == "secretariat", column=page.NAME)
    assert page.table.current_record().username == "secretariat"
    assert offered(page) == {"editUser": True, "changeRole": True, "resetPassword": True, "toggleActive": True}
    assert page.active_button.text() == "Disable"
    click_record(qtbot, page.table, lambda r: r.username == "admin")
    assert offered(page) == {"editUser": True, "changeRole": False, "resetPassword": False, "toggleActive": False}


def test_edit_opens_for_the_clicked_account(make_page, qtbot, monkeypatch):
    page = make_page(UsersPage, "admin")
    opened: list[UserDialog] = []
    monkeypatch.setattr(UserDialog, "exec", lambda dialog: opened.append(dialog) or 0)  # shown, then cancelled
    click_record(qtbot, page.table, lambda r: r.username == "approver")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    (dialog,) = opened
    assert dialog.windowTitle() == "User approver" and dialog.username.text() == "approver"


def test_disable_with_the_mouse_then_the_button_offers_enable(make_page, qtbot, dialogs):
    page = make_page(UsersPage, "admin")
    click_record(qtbot, page.table, lambda r: r.username == "member-g")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == [] and page.table.current_record().username == "member-g"
    assert not page.table.current_record().active and page.active_button.text() == "Enable"


def test_the_only_account_left_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page(UsersPage, "admin")
    qtbot.keyClicks(page.table.search, "member-g")
    assert [r.username for r in page.table.visible_records()] == ["member-g"]
    click_row(qtbot, page.table.view, 0)
    assert page.table.current_record().username == "member-g" and page.password_button.isEnabled()


def test_after_sorting_by_user_name_a_click_opens_the_account_on_that_row(make_page, qtbot):
    page = make_page(UsersPage, "admin")
    click_header(qtbot, page.table.view, page.USERNAME)
    names = [r.username for r in page.table.visible_records()]
    assert names == sorted(names, key=str.casefold)
    click_row(qtbot, page.table.view, 0)
    assert page.table.current_record().username == names[0] == "admin"
    assert not page.role_button.isEnabled()  # one's own account
    click_header(qtbot, page.table.view, page.USERNAME)  # reversed
    assert [r.username for r in page.table.visible_records()] == names[::-1]
    click_row(qtbot, page.table.view, 0)
    assert page.table.current_record().username == names[-1] and page.role_button.isEnabled()
