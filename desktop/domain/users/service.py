"""Accounts: the first administrator, logging in, the administrator's management of users, changing one's own
password. Passwords hashed with argon2; the last active administrator can never be disabled or demoted."""

import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ConflictError, DomainError, NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.db.server import roles as server_roles
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor, Permission, check_account_current, require
from desktop.domain.audit.security import LoginFailed, LoginFailure
from desktop.domain.audit.service import changed, record, snapshot

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    title: str | None
    email: str | None
    phone: str | None = None
    last_login_at: datetime | None = None


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+()][0-9 ()\-]{5,38}$")


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def _validate_new_user(username: str, display_name: str, password: str) -> None:
    if not username.strip() or not username.strip().isascii() or " " in username.strip():
        raise ValidationError(
            translate("Accounts", "The user name must be letters, digits or punctuation without spaces."),
            field="username",
        )
    if len(username.strip()) > 64:
        raise ValidationError(translate("Accounts", "The user name may have at most 64 characters."),
                              field="username")
    _check_name_and_title(display_name, None)
    check_password(password)


def _check_name_and_title(display_name: str, title: str | None) -> None:
    if not display_name.strip():
        raise ValidationError(translate("Accounts", "Enter the person's name."), field="display_name")
    if len(display_name.strip()) > 100:
        raise ValidationError(translate("Accounts", "The name may have at most 100 characters."), field="display_name")
    if len((title or "").strip()) > 100:
        raise ValidationError(translate("Accounts", "The title may have at most 100 characters."), field="title")


def validate_contact(email: str | None, phone: str | None) -> tuple[str | None, str | None]:
    """An optional e-mail address and telephone number, stripped; None when empty."""
    email = (email or "").strip() or None
    phone = (phone or "").strip() or None
    if email is not None and (len(email) > 200 or not EMAIL.match(email)):
        raise ValidationError(translate("Accounts", "Enter an e-mail address like name@example.kr, or leave it "
                                        "empty."), field="email")
    if phone is not None and not PHONE.match(phone):
        raise ValidationError(translate("Accounts", "Enter a telephone number of digits and hyphens, e.g. "
                                        "042-481-5000, or leave it empty."), field="phone")
    return email, phone


def check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("Accounts", "The password must have at least {n} characters.").format(n=MIN_PASSWORD_LENGTH),
            field=field,
        )


def needs_first_administrator(session: Session) -> bool:
    """True on an empty database: the first run must create the administrator."""
    return (session.scalar(select(func.count(User.id))) or 0) == 0


def _add_user(
    session: Session, username: str, display_name: str, password: str, role: Role, **extra: str | None
) -> User:
    _validate_new_user(username, display_name, password)
    username = username.strip()
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
        raise ConflictError(
            translate("Accounts", "The user name '{name}' is already taken.").format(name=username), field="username"
        )
    user = User(
        username=username, display_name=display_name.strip(), role=role,
        password_hash=_hasher.hash(password), **extra,
    )
    session.add(user)
    session.flush()
    return user


def _on_server(session: Session) -> bool:
    """A PostgreSQL database prepared by ``server init``: every account is also a login role there."""
    return server_roles.is_server(session.connection())


def _create_login_role(session: Session, user: User, password: str) -> None:
    """On the server, the person's own PostgreSQL login role (in the same transaction as the account)."""
    if _on_server(session):
        server_roles.create_login(session.connection(), user.username, password, user.role.value,
                                  active=user.active is not False)


def create_first_administrator(session: Session, username: str, display_name: str, password: str) -> Actor:
    """Create the administrator account on an empty database."""
    if not needs_first_administrator(session):
        raise DomainError(translate("Accounts", "An administrator already exists; log in instead."))
    user = _add_user(session, username, display_name, password, Role.ADMINISTRATOR)
    _create_login_role(session, user, password)
    actor = actor_for(user)
    record(session, actor, "user.create", user, summary=f"first administrator {user.username}",
           after={"username": user.username, "role": user.role.value})
    return actor


def create_user(
    session: Session, actor: Actor, username: str, display_name: str, password: str, role: Role,
    *, title: str | None = None, email: str | None = None, phone: str | None = None,
) -> UserRow:
    require(session, actor, Permission.MANAGE_USERS)
    if role == Role.SYSTEM:
        raise ValidationError(translate("Accounts", "Choose a role for the person."), field="role")
    _check_name_and_title(display_name, title)
    email, phone = validate_contact(email, phone)
    title = (title or "").strip() or None
    user = _add_user(session, username, display_name, password, role, title=title, email=email, phone=phone)
    _create_login_role(session, user, password)
    record(session, actor, "user.create", user, summary=f"user {user.username} ({role.value})",
           after={"username": user.username, "display_name": user.display_name, "role": role.value,
                  "title": title, "email": email, "phone": phone})
    return _row(user)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Check the password; a wrong name or password gets one message that does not say which.

    A refusal is ``LoginFailed``: the audit trail records it (the user name typed, never the password).
    """
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))

    def wrong(failure: LoginFailure) -> LoginFailed:
        return LoginFailed(translate("Accounts", "Wrong user name or password. Check both and try again."),
                           username=username, failure=failure, user_id=user.id if user else None)

    if user is None:
        raise wrong(LoginFailure.UNKNOWN_USER)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise wrong(LoginFailure.WRONG_PASSWORD) from None
    if not user.active:
        raise LoginFailed(translate("Accounts", "This account is disabled. Ask the administrator."),
                          username=username, failure=LoginFailure.DISABLED, user_id=user.id)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now()
    actor = actor_for(user)
    record(session, actor, "user.login", user, summary=f"login {user.username}")
    return actor


def authenticate_connected(session: Session) -> Actor:
    """On the server PostgreSQL checked the password when the person's own role connected: their account."""
    user_id = session.scalar(text("SELECT dr_user_id()"))
    user = session.get(User, user_id) if user_id is not None else None
    if user is None or not user.active:
        raise LoginFailed(translate("Accounts", "This account is disabled. Ask the administrator."),
                          username=str(session.scalar(text("SELECT current_user"))), failure=LoginFailure.DISABLED,
                          user_id=user.id if user else None)
    user.last_login_at = now()
    actor = actor_for(user)
    record(session, actor, "user.login", user, summary=f"login {user.username}")
    return actor


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    check_account_current(session, actor)
    if _on_server(session):  # the hash is hidden from the person's role; PostgreSQL checks the role's password
        raise DomainError(translate(
            "Accounts", "On the server your password is that of your PostgreSQL role: change it with \\password "
            "in psql, or ask the administrator to reset it; then log in again."))
    user = _user(session, actor.user_id)
    try:
        _hasher.verify(user.password_hash, old_password)
    except (VerificationError, InvalidHashError):
        raise ValidationError(translate("Accounts", "The current password is wrong."), field="old_password") from None
    check_password(new_password, "new_password")
    if new_password == old_password:
        raise ValidationError(translate("Accounts", "The new password must differ from the current one."),
                              field="new_password")
    user.password_hash = _hasher.hash(new_password)
    record(session, actor, "user.password", user, summary=f"password changed for {user.username}")


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(translate("Accounts", "The user no longer exists."))
    return user


def _keep_an_administrator(session: Session, user: User) -> None:
    """Refuse to disable or demote the last active administrator: nobody could manage users any more."""
    if user.role != Role.ADMINISTRATOR or not user.active:
        return
    # Locked (PostgreSQL): two administrators disabling each other at the same time cannot both succeed.
    active_administrators = session.scalars(select(User.id).where(
        User.role == Role.ADMINISTRATOR, User.active.is_(True)).with_for_update()).all()
    if not [i for i in active_administrators if i != user.id]:
        raise WorkflowError(translate(
            "Accounts", "{name} is the last active administrator: create or activate another administrator first."
        ).format(name=user.username))


def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> None:
    """Enable or disable an account (a disabled user cannot log in); never your own, never the last administrator."""
    require(session, actor, Permission.MANAGE_USERS)
    user = _user(session, user_id)
    if user.active == active:
        return
    if not active:
        _keep_an_administrator(session, user)
        if user_id == actor.user_id:
            raise DomainError(translate("Accounts", "You cannot disable your own account."))
    user.active = active
    if _on_server(session):
        server_roles.set_login_allowed(session.connection(), user.username, active)
    record(session, actor, "user.activate" if active else "user.deactivate", user, summary=user.username,
           before={"active": not active}, after={"active": active})


def set_role(session: Session, actor: Actor, user_id: int, role: Role) -> None:
    """Give another user another role; a session they already have open can change nothing until they log in again."""
    require(session, actor, Permission.MANAGE_USERS)
    if role == Role.SYSTEM:
        raise ValidationError(translate("Accounts", "Choose a role for the person."), field="role")
    user = _user(session, user_id)
    if user.role == role:
        return
    if user_id == actor.user_id:
        raise DomainError(translate("Accounts", "You cannot change your own role."))
    _keep_an_administrator(session, user)
    before = user.role
    user.role = role
    if _on_server(session):
        server_roles.set_group(session.connection(), user.username, role.value)
    record(session, actor, "user.role", user, summary=f"{user.username}: {before.value} → {role.value}",
           before={"role": before.value}, after={"role": role.value})


def reset_password(session: Session, actor: Actor, user_id: int, new_password: str) -> None:
    """The administrator sets a new password for another user (yours: change it with your current password)."""
    require(session, actor, Permission.MANAGE_USERS)
    user = _user(session, user_id)
    if user_id == actor.user_id:
        raise DomainError(translate("Accounts", "Change your own password with File → Change password…"))
    check_password(new_password)
    user.password_hash = _hasher.hash(new_password)
    if _on_server(session):
        server_roles.set_password(session.connection(), user.username, new_password)
    record(session, actor, "user.password_reset", user, summary=f"password reset for {user.username}")


def update_user(
    session: Session, actor: Actor, user_id: int, display_name: str, *, title: str | None = None,
    email: str | None = None, phone: str | None = None,
) -> UserRow:
    """Change a user's name, title and contact details (the user name stays: the audit log refers to it)."""
    require(session, actor, Permission.MANAGE_USERS)
    user = _user(session, user_id)
    _check_name_and_title(display_name, title)
    email, phone = validate_contact(email, phone)
    fields = ("display_name", "title", "email", "phone")
    before = snapshot(user, fields)
    user.display_name = display_name.strip()
    user.title = (title or "").strip() or None
    user.email, user.phone = email, phone
    old, new = changed(before, snapshot(user, fields))
    if new:
        record(session, actor, "user.update", user, summary=user.username, before=old, after=new)
    return _row(user)


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require(session, actor, Permission.MANAGE_USERS)
    return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, user.title, user.email,
                   user.phone, user.last_login_at)

