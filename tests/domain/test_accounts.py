import pytest
from sqlalchemy import select

from desktop.core.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from desktop.domain.accounts.models import Role, User
from desktop.domain.audit.models import AuditEvent
from desktop.domain.users.service import (
    authenticate,
    create_first_administrator,
    create_user,
    needs_first_administrator,
)


def test_first_run_creates_the_administrator_once(database):
    with database.transaction() as s:
        assert needs_first_administrator(s)
        admin = create_first_administrator(s, "admin", "관리자", "long-password")
    assert admin.role == Role.ADMINISTRATOR
    with database.read() as s:
        assert not needs_first_administrator(s)
        user = s.scalars(select(User)).one()
        assert user.password_hash.startswith("$argon2")
        assert "long-password" not in user.password_hash
    with pytest.raises(DomainError), database.transaction() as s:
        create_first_administrator(s, "admin2", "또", "long-password")


def test_login_checks_the_password_and_is_audited(database):
    with database.transaction() as s:
        create_first_administrator(s, "admin", "관리자", "long-password")
    with pytest.raises(DomainError, match="Wrong user name or password"), database.transaction() as s:
        authenticate(s, "admin", "wrong-password")
    with pytest.raises(DomainError, match="Wrong user name or password"), database.transaction() as s:
        authenticate(s, "nobody", "long-password")
    with database.transaction() as s:
        actor = authenticate(s, "ADMIN", "long-password")
    assert actor.username == "admin"
    with database.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "user.login")).one().actor_id == actor.user_id


def test_only_the_administrator_creates_users_and_names_are_unique(database):
    with database.transaction() as s:
        admin = create_first_administrator(s, "admin", "관리자", "long-password")
        create_user(s, admin, "kim", "김하늘", "long-password", Role.SECRETARIAT)
    with pytest.raises(ConflictError), database.transaction() as s:
        create_user(s, admin, "KIM", "또 김", "long-password", Role.INSPECTOR)
    with pytest.raises(ValidationError, match="at least 8"), database.transaction() as s:
        create_user(s, admin, "lee", "이", "short", Role.INSPECTOR)
    with database.read() as s:
        kim = s.scalars(select(User).where(User.username == "kim")).one()
    from desktop.domain.users.service import actor_for

    with pytest.raises(PermissionDenied), database.transaction() as s:
        create_user(s, actor_for(kim), "park", "박", "long-password", Role.APPROVER)
