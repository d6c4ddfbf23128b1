"""The administrator manages users: details, role, password, active; never the last active administrator."""

import pytest
from sqlalchemy import select

from desktop.core.errors import DomainError, NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.domain.accounts.models import Role
from desktop.domain.audit.models import AuditEvent
from desktop.domain.users.service import (
    authenticate,
    change_password,
    create_first_administrator,
    create_user,
    list_users,
    reset_password,
    set_active,
    set_role,
    update_user,
)

PASSWORD = "password-123"


@pytest.fixture
def admin(database):
    with database.transaction() as s:
        return create_first_administrator(s, "admin", "관리자", PASSWORD)


def add(database, admin, username="kim", role=Role.SECRETARIAT, **extra):
    with database.transaction() as s:
        return create_user(s, admin, username, "김하늘", PASSWORD, role, **extra)


def events(database, action):
    with database.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def users(database, admin):
    with database.read() as s:
        return {u.username: u for u in list_users(s, admin)}


def test_a_user_the_administrator_adds_can_log_in_and_the_list_shows_the_last_login(database, admin):
    add(database, admin, title="주무관", email="kim@example.kr", phone="042-481-5001")
    assert users(database, admin)["kim"].last_login_at is None
    with database.transaction() as s:
        kim = authenticate(s, "kim", PASSWORD)
    assert kim.role == Role.SECRETARIAT
    row = users(database, admin)["kim"]
    assert (row.title, row.email, row.phone) == ("주무관", "kim@example.kr", "042-481-5001")
    assert row.last_login_at is not None and row.active
    assert events(database, "user.create")[-1].after["email"] == "kim@example.kr"


@pytest.mark.parametrize("extra,field", [({"email": "kim-at-example"}, "email"), ({"phone": "call me"}, "phone"),
                                         ({"title": "가" * 101}, "title")])
def test_bad_contact_details_are_refused_at_their_field(database, admin, extra, field):
    with pytest.raises(ValidationError) as error:
        add(database, admin, **extra)
    assert error.value.field == field
    assert "kim" not in users(database, admin)


def test_details_change_and_only_what_changed_is_audited(database, admin):
    row = add(database, admin, title="주무관")
    with database.transaction() as s:
        update_user(s, admin, row.id, "김하늘", title="사무관", email="sky@example.kr")
    assert users(database, admin)["kim"].title == "사무관"
    event = events(database, "user.update")[-1]
    assert event.before == {"title": "주무관", "email": None}
    assert event.after == {"title": "사무관", "email": "sky@example.kr"}
    with pytest.raises(ValidationError) as error, database.transaction() as s:
        update_user(s, admin, row.id, "  ")
    assert error.value.field == "display_name"


def test_a_reset_password_replaces_the_old_one_and_is_audited_without_it(database, admin):
    row = add(database, admin)
    with pytest.raises(ValidationError, match="at least 8"), database.transaction() as s:
        reset_password(s, admin, row.id, "short")
    with database.transaction() as s:
        reset_password(s, admin, row.id, "brand-new-secret")
    with pytest.raises(DomainError, match="Wrong user name or password"), database.transaction() as s:
        authenticate(s, "kim", PASSWORD)
    with database.transaction() as s:
        authenticate(s, "kim", "brand-new-secret")
    event = events(database, "user.password_reset")[-1]
    assert event.entity_id == row.id and event.actor_name == "관리자"
    assert "brand-new-secret" not in repr((event.summary, event.before, event.after))


def test_the_administrator_resets_no_own_password_here(database, admin):
    with pytest.raises(DomainError, match="Change password"), database.transaction() as s:
        reset_password(s, admin, admin.user_id, "brand-new-secret")


def test_a_role_change_is_audited_but_never_your_own_nor_system(database, admin):
    row = add(database, admin)
    with database.transaction() as s:
        set_role(s, admin, row.id, Role.APPROVER)
    assert users(database, admin)["kim"].role == Role.APPROVER
    event = events(database, "user.role")[-1]
    assert (event.before, event.after) == ({"role": "secretariat"}, {"role": "approver"})
    with database.transaction() as s:
        assert authenticate(s, "kim", PASSWORD).role == Role.APPROVER  # takes effect at the next login
    with pytest.raises(ValidationError), database.transaction() as s:
        set_role(s, admin, row.id, Role.SYSTEM)
    second = add(database, admin, "lee", Role.ADMINISTRATOR)
    with pytest.raises(DomainError, match="your own role"), database.transaction() as s:
        set_role(s, admin, admin.user_id, Role.SECRETARIAT)
    assert users(database, admin)["admin"].role == Role.ADMINISTRATOR
    with database.transaction() as s:  # another administrator remains: allowed
        set_role(s, admin, second.id, Role.SECRETARIAT)


def test_a_disabled_user_cannot_log_in_until_activated_again(database, admin):
    row = add(database, admin)
    with database.transaction() as s:
        set_active(s, admin, row.id, False)
    with pytest.raises(DomainError, match="disabled"), database.transaction() as s:
        authenticate(s, "kim", PASSWORD)
    with database.transaction() as s:
        set_active(s, admin, row.id, False)  # already disabled: nothing to record
        set_active(s, admin, row.id, True)
    with database.transaction() as s:
        authenticate(s, "kim", PASSWORD)
    assert [e.action for e in events(database, "user.deactivate") + events(database, "user.activate")] == [
        "user.deactivate", "user.activate"]


def test_the_last_active_administrator_can_never_be_disabled_or_demoted(database, admin):
    with pytest.raises(WorkflowError, match="last active administrator"), database.transaction() as s:
        set_active(s, admin, admin.user_id, False)
    second = add(database, admin, "lee", Role.ADMINISTRATOR)
    with database.transaction() as s:
        lee = authenticate(s, "lee", PASSWORD)
        set_active(s, lee, admin.user_id, False)  # lee remains: allowed
    # ``admin`` is still logged in elsewhere (its actor predates the change) and tries to remove lee: its
    # disabled account may do nothing at all, so lee stays the last active administrator.
    with pytest.raises(PermissionDenied, match="disabled or given another role"), database.transaction() as s:
        set_active(s, admin, second.id, False)
    with pytest.raises(PermissionDenied, match="disabled or given another role"), database.transaction() as s:
        set_role(s, admin, second.id, Role.SECRETARIAT)
    with pytest.raises(WorkflowError, match="lee is the last active administrator"), database.transaction() as s:
        set_active(s, lee, second.id, False)
    row = users(database, lee)["lee"]
    assert row.active and row.role == Role.ADMINISTRATOR
    with database.transaction() as s:  # with admin active again, lee may go
        set_active(s, lee, admin.user_id, True)
        set_active(s, admin, second.id, False)
    assert not users(database, admin)["lee"].active


def test_you_cannot_disable_yourself_even_with_another_administrator(database, admin):
    add(database, admin, "lee", Role.ADMINISTRATOR)
    with pytest.raises(DomainError, match="your own account"), database.transaction() as s:
        set_active(s, admin, admin.user_id, False)


@pytest.mark.parametrize("call", [
    lambda s, a: list_users(s, a),
    lambda s, a: set_active(s, a, 1, False),
    lambda s, a: set_role(s, a, 1, Role.CHAIR),
    lambda s, a: reset_password(s, a, 1, "brand-new-secret"),
    lambda s, a: update_user(s, a, 1, "누구"),
])
def test_other_roles_may_not_manage_users(database, admin, call):
    add(database, admin)
    with database.transaction() as s:
        kim = authenticate(s, "kim", PASSWORD)
    with pytest.raises(PermissionDenied, match="manage users"), database.transaction() as s:
        call(s, kim)


def test_a_missing_user_is_named_plainly(database, admin):
    with pytest.raises(NotFound, match="no longer exists"), database.transaction() as s:
        set_role(s, admin, 999, Role.CHAIR)


def test_everyone_changes_their_own_password_with_the_current_one(database, admin):
    add(database, admin)
    with database.transaction() as s:
        kim = authenticate(s, "kim", PASSWORD)
    for old, new, field in ((("wrong-password", "brand-new-secret", "old_password")),
                            (PASSWORD, "short", "new_password"), (PASSWORD, PASSWORD, "new_password")):
        with pytest.raises(ValidationError) as error, database.transaction() as s:
            change_password(s, kim, old, new)
        assert error.value.field == field
    with database.transaction() as s:
        change_password(s, kim, PASSWORD, "brand-new-secret")
    with database.transaction() as s:
        authenticate(s, "kim", "brand-new-secret")
    assert events(database, "user.password")[-1].actor_name == "김하늘"
