"""The Users page on the demo data: the administrator manages accounts; other roles read why they cannot."""

import pytest
from sqlalchemy import select

from desktop.core.errors import DomainError
from desktop.domain.accounts.models import Role
from desktop.domain.audit.models import AuditEvent
from desktop.domain.users.service import authenticate, create_user, set_active
from desktop.ui.context import AppContext
from desktop.ui.pages.users.page import UsersPage
from desktop.ui.widgets.feedback import field_level


def select_user(page: UsersPage, username: str):
    row = next(r for r in page.table.records() if r.username == username)
    assert page.table.select_id(row.id)
    return row


def cell(page: UsersPage, username: str, column: int) -> str:
    row = next(n for n, r in enumerate(page.table.records()) if r.username == username)
    return page.table.model.index(row, column).data()


def test_the_administrator_sees_every_account(make_page, dialogs):
    page = make_page(UsersPage, "admin")
    assert page.stack.currentIndex() == page.DATA
    names = {r.username for r in page.table.records()}
    assert {"admin", "secretariat", "inspector", "member", "chair", "approver", "member-g"} <= names
    assert cell(page, "secretariat", page.ROLE) == "Secretariat"
    assert cell(page, "secretariat", page.NAME) == "김하늘"
    assert cell(page, "approver", page.TITLE) == "과장"
    assert cell(page, "secretariat", page.ACTIVE) == "Yes"
    assert cell(page, "member-g", page.LAST_LOGIN) == "Never"
    assert dialogs.calls == []


def test_a_secretariat_user_sees_the_permission_message(make_page, dialogs):
    page = make_page(UsersPage, "secretariat")
    assert page.stack.currentIndex() == page.REFUSED
    assert page.refused.text() == "Your role (Secretariat) may not do this: manage users."
    assert page.table.records() == [] and not page.add_button.isVisibleTo(page)
    assert dialogs.errors == []


def test_the_administrator_adds_a_user_who_can_then_log_in(make_page, demo_database, dialogs):
    page = make_page(UsersPage, "admin")
    dialog = page.add_user_dialog()
    dialog.username.setText("secretariat")  # taken
    dialog.display_name.setText("오민지")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.APPROVER.value))
    dialog.user_title.setText("사무관")
    dialog.email.setText("minji@example.kr")
    dialog.password.setText("minji-secret-1")
    dialog.repeat.setText("minji-secret-2")
    assert not dialog.try_accept()
    assert "differ" in dialog.banner.text() and field_level(dialog.repeat) == "error"
    dialog.repeat.setText("minji-secret-1")
    assert not dialog.try_accept()
    assert "already taken" in dialog.banner.text() and field_level(dialog.username) == "error"
    assert dialog.display_name.text() == "오민지" and dialog.email.text() == "minji@example.kr"  # kept
    dialog.username.setText("minji")
    assert dialog.try_accept()
    row = page.table.current_record()
    assert (row.username, row.role, row.title) == ("minji", Role.APPROVER, "사무관")
    assert cell(page, "minji", page.ROLE) == "Approver"
    with demo_database.transaction() as s:
        actor = authenticate(s, "minji", "minji-secret-1")
    assert actor.role == Role.APPROVER and actor.display_name == "오민지"
    page.refresh()
    assert cell(page, "minji", page.LAST_LOGIN) != "Never"


def test_the_last_administrator_cannot_be_disabled(qtbot, make_page, demo_database, demo_actors, dialogs):
    page = make_page(UsersPage, "admin")
    select_user(page, "admin")
    assert not page.active_button.isEnabled() and not page.role_button.isEnabled()
    assert "last active administrator" in page.hint.text() and "your own account" in page.hint.text()
    with demo_database.transaction() as s:
        create_user(s, demo_actors["admin"], "lee", "이서연", "lee-secret-1", Role.ADMINISTRATOR)
    page.refresh()
    assert "last active administrator" not in page.hint.text()
    # The new administrator disables ``admin`` elsewhere; this page has not seen it and tries to disable lee.
    with demo_database.transaction() as s:
        lee_session = authenticate(s, "lee", "lee-secret-1")
        set_active(s, lee_session, demo_actors["admin"].user_id, False)
    select_user(page, "lee")
    assert page.active_button.isEnabled() and page.active_button.text() == "Disable"
    assert not page.toggle_active()
    assert dialogs.errors == ["Your account was disabled or given another role since you logged in; nothing was "
                              "shown or changed. Log out and log in again."]
    # refreshed: the disabled administrator's page shows the refusal instead of the accounts
    assert page.stack.currentIndex() == page.REFUSED and page.table.records() == []
    lee_page = UsersPage(AppContext(demo_database, lee_session, {}, "en"), dialogs)
    qtbot.addWidget(lee_page)
    lee_page.refresh()
    assert cell(lee_page, "lee", page.ACTIVE) == "Yes" and cell(lee_page, "admin", page.ACTIVE) == "No (disabled)"
    select_user(lee_page, "lee")
    assert not lee_page.active_button.isEnabled() and "last active administrator" in lee_page.hint.text()


def test_disable_and_enable_an_account(make_page, demo_database, dialogs):
    page = make_page(UsersPage, "admin")
    select_user(page, "inspector2")
    assert page.toggle_active()
    assert "Disable the account of 정수빈 (inspector2)?" in dialogs.prompts[-1]
    assert cell(page, "inspector2", page.ACTIVE) == "No (disabled)" and page.active_button.text() == "Enable"
    with pytest.raises(DomainError, match="disabled"), demo_database.transaction() as s:
        authenticate(s, "inspector2", "inspector2-2026")
    assert page.toggle_active()
    assert cell(page, "inspector2", page.ACTIVE) == "Yes"
    with demo_database.transaction() as s:
        authenticate(s, "inspector2", "inspector2-2026")


def test_a_refused_confirmation_changes_nothing(make_page, dialogs):
    page = make_page(UsersPage, "admin")
    select_user(page, "member-c")
    dialogs.confirm_answer = False
    assert not page.toggle_active()
    assert cell(page, "member-c", page.ACTIVE) == "Yes"


def test_change_a_users_role_is_audited(make_page, demo_database):
    page = make_page(UsersPage, "admin")
    row = select_user(page, "member-c")
    dialog = page.role_dialog(row)
    dialog.show()
    assert dialog.role.currentData() == Role.COMMITTEE_MEMBER.value
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CHAIR.value))
    assert dialog.try_accept()
    assert cell(page, "member-c", page.ROLE) == "Chair"
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())].count("system") == 0
    with demo_database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "user.role")).one()
    assert (event.before, event.after) == ({"role": "committee_member"}, {"role": "chair"})


def test_reset_a_users_password(make_page, demo_database):
    page = make_page(UsersPage, "admin")
    row = select_user(page, "member-d")
    dialog = page.password_dialog(row)
    dialog.show()
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.try_accept()
    assert "at least 8" in dialog.banner.text() and field_level(dialog.password) == "error"
    dialog.password.setText("member-d-new-1")
    dialog.repeat.setText("member-d-new-1")
    assert dialog.try_accept()
    with demo_database.transaction() as s:
        assert authenticate(s, "member-d", "member-d-new-1").username == "member-d"
    with demo_database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "user.password_reset")).one()
    assert event.actor_name == "관리자" and "member-d-new-1" not in repr((event.summary, event.after))


def test_edit_details_keeps_a_bad_e_mail_at_its_field(make_page):
    page = make_page(UsersPage, "admin")
    row = select_user(page, "reviewer")
    dialog = page.edit_dialog(row)
    assert dialog.username.isReadOnly() and not dialog.password.isVisibleTo(dialog)
    dialog.email.setText("reviewer at example")
    dialog.user_title.setText("사무관")
    assert not dialog.try_accept()
    assert field_level(dialog.email) == "error" and dialog.email.text() == "reviewer at example"
    dialog.email.setText("reviewer@example.kr")
    assert dialog.try_accept()
    assert cell(page, "reviewer", page.EMAIL) == "reviewer@example.kr"
    assert cell(page, "reviewer", page.TITLE) == "사무관"
