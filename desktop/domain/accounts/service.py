"""Accounts: the first administrator, logging in, creating and listing users. Passwords hashed with argon2."""

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ConflictError, DomainError, ValidationError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record

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


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def _validate_new_user(username: str, display_name: str, password: str) -> None:
    if not username.strip() or not username.strip().isascii() or " " in username.strip():
        raise ValidationError(
            translate("Accounts", "The user name must be letters, digits or punctuation without spaces."),
            field="username",
        )
    if not display_name.strip():
        raise ValidationError(translate("Accounts", "Enter the person's name."), field="display_name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("Accounts", "The password must have at least {n} characters.").format(n=MIN_PASSWORD_LENGTH),
            field="password",
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


def create_first_administrator(session: Session, username: str, display_name: str, password: str) -> Actor:
    """Create the administrator account on an empty database."""
    if not needs_first_administrator(session):
        raise DomainError(translate("Accounts", "An administrator already exists; log in instead."))
    user = _add_user(session, username, display_name, password, Role.ADMINISTRATOR)
    actor = actor_for(user)
    record(session, actor, "user.create", user, summary=f"first administrator {user.username}",
           after={"username": user.username, "role": user.role.value})
    return actor


def create_user(
    session: Session, actor: Actor, username: str, display_name: str, password: str, role: Role,
    *, title: str | None = None, email: str | None = None, phone: str | None = None,
) -> UserRow:
    require(actor, Permission.MANAGE_USERS)
    if role == Role.SYSTEM:
        raise ValidationError(translate("Accounts", "Choose a role for the person."), field="role")
    user = _add_user(session, username, display_name, password, role, title=title, email=email, phone=phone)
    record(session, actor, "user.create", user, summary=f"user {user.username} ({role.value})",
           after={"username": user.username, "display_name": user.display_name, "role": role.value})
    return _row(user)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Check the password; a wrong name or password gets one message that does not say which."""
    user = session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))
    wrong = DomainError(translate("Accounts", "Wrong user name or password. Check both and try again."))
    if user is None:
        raise wrong
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise wrong from None
    if not user.active:
        raise DomainError(translate("Accounts", "This account is disabled. Ask the administrator."))
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now()
    actor = actor_for(user)
    record(session, actor, "user.login", user, summary=f"login {user.username}")
    return actor


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    user = session.get_one(User, actor.user_id)
    try:
        _hasher.verify(user.password_hash, old_password)
    except (VerificationError, InvalidHashError):
        raise ValidationError(translate("Accounts", "The current password is wrong."), field="old_password") from None
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("Accounts", "The password must have at least {n} characters.").format(n=MIN_PASSWORD_LENGTH),
            field="password",
        )
    user.password_hash = _hasher.hash(new_password)
    record(session, actor, "user.password", user, summary=f"password changed for {user.username}")


def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> None:
    require(actor, Permission.MANAGE_USERS)
    if user_id == actor.user_id and not active:
        raise DomainError(translate("Accounts", "You cannot disable your own account."))
    user = session.get_one(User, user_id)
    before = user.active
    user.active = active
    record(session, actor, "user.activate" if active else "user.deactivate", user,
           before={"active": before}, after={"active": active})


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require(actor, Permission.MANAGE_USERS)
    return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, user.title, user.email)
