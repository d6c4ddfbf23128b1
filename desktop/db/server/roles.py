"""PostgreSQL roles of the application: one group role per app role, one login role per person (SCRAM).

Roles are shared by every database of a PostgreSQL cluster, so each name starts with the database's name:
the login role of user ``kim`` on database ``review`` is ``review_kim``; group roles carry a space, which no
user name has (``review committee_member``), so the two kinds never collide.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlalchemy import Connection, text

from desktop.core.errors import DatabaseError, ValidationError
from desktop.core.i18n import translate

APP_ROLES = ("secretariat", "inspector", "committee_member", "chair", "approver", "administrator")
MAX_IDENTIFIER_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1
SCRAM_ITERATIONS = 4096


def group_role(database: str, role: str) -> str:
    return f"{database} {role}"


def login_role(database: str, username: str) -> str:
    return f"{database}_{username.strip().lower()}"


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here so the password never travels in SQL."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def is_server(connection: Connection) -> bool:
    """True on a PostgreSQL database prepared by ``server init``: its users table is under row-level security."""
    if connection.dialect.name != "postgresql":
        return False
    return connection.execute(text(
        "SELECT coalesce((SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('users')), false)"
    )).scalar() is True


def database_name(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_database()")).scalar())


def check_role_name(database: str, username: str) -> None:
    if len(login_role(database, username).encode("utf-8")) > MAX_IDENTIFIER_BYTES:
        raise ValidationError(translate(
            "Accounts", "On this server the user name may have at most {n} characters."
        ).format(n=MAX_IDENTIFIER_BYTES - len(database.encode("utf-8")) - 1), field="username")


def _exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def ensure_group_roles(connection: Connection) -> None:
    """One NOLOGIN role per app role (created once; kept on later runs)."""
    database = database_name(connection)
    for role in APP_ROLES:
        name = group_role(database, role)
        if not _exists(connection, name):
            connection.exec_driver_sql(f"CREATE ROLE {quoted(name)} NOLOGIN")


def create_login(connection: Connection, username: str, password: str, role: str, *, active: bool = True) -> None:
    """The person's login role, member of their group role only; an existing one is brought into line."""
    database = database_name(connection)
    check_role_name(database, username)
    name = login_role(database, username)
    verifier = literal(scram_verifier(password))
    options = ("LOGIN" if active else "NOLOGIN") + (" CREATEROLE" if role == "administrator" else " NOCREATEROLE")
    if _exists(connection, name):
        connection.exec_driver_sql(f"ALTER ROLE {quoted(name)} {options} PASSWORD {verifier}")
    else:
        connection.exec_driver_sql(f"CREATE ROLE {quoted(name)} {options} PASSWORD {verifier}")
    set_group(connection, username, role)


def set_group(connection: Connection, username: str, role: str) -> None:
    """Make the login role a member of exactly the group role of ``role``."""
    database = database_name(connection)
    name = login_role(database, username)
    for other in APP_ROLES:
        if other != role:
            connection.exec_driver_sql(f"REVOKE {quoted(group_role(database, other))} FROM {quoted(name)}")
    connection.exec_driver_sql(f"GRANT {quoted(group_role(database, role))} TO {quoted(name)}")
    createrole = "CREATEROLE" if role == "administrator" else "NOCREATEROLE"
    connection.exec_driver_sql(f"ALTER ROLE {quoted(name)} {createrole}")


def set_login_allowed(connection: Connection, username: str, active: bool) -> None:
    name = login_role(database_name(connection), username)
    connection.exec_driver_sql(f"ALTER ROLE {quoted(name)} {'LOGIN' if active else 'NOLOGIN'}")


def set_password(connection: Connection, username: str, password: str) -> None:
    name = login_role(database_name(connection), username)
    connection.exec_driver_sql(f"ALTER ROLE {quoted(name)} PASSWORD {literal(scram_verifier(password))}")


def drop_roles(connection: Connection) -> list[str]:
    """Every group and login role of this database, their grants revoked first (for tests and a decommissioned
    server); the connecting owner is kept. Returns the names dropped."""
    database = database_name(connection)
    names = list(connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE (starts_with(rolname, :login) OR starts_with(rolname, :group)) "
        "AND rolname <> current_user ORDER BY rolname"), {"login": f"{database}_", "group": f"{database} "}).scalars())
    schema = quoted(str(connection.execute(text("SELECT current_schema()")).scalar()))
    for name in names:
        if name.startswith(f"{database} "):
            for what in ("ALL TABLES", "ALL SEQUENCES", "ALL FUNCTIONS"):
                connection.exec_driver_sql(f"REVOKE ALL ON {what} IN SCHEMA {schema} FROM {quoted(name)}")
            connection.exec_driver_sql(f"REVOKE ALL ON SCHEMA {schema} FROM {quoted(name)}")
    for name in sorted(names, key=lambda n: " " in n):  # login roles before the groups they belong to
        connection.exec_driver_sql(f"DROP ROLE {quoted(name)}")
    return names


def sees_everything(connection: Connection) -> bool:
    """False for a person's own connection to the server, which row security shows only part of the records."""
    if not is_server(connection):
        return True
    return connection.execute(text(
        "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'USAGE') "
        "FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = to_regclass('users')")).scalar() is True


def refuse_partial_copy(connection: Connection) -> None:
    """A backup or export over a person's own connection would be silently incomplete: refused, saying how."""
    if not sees_everything(connection):
        raise DatabaseError(translate(
            "Backup", "On the server your connection shows only what your role may see, so a copy would be "
            "incomplete: back up or export with the owner's address (designation-review --database "
            "postgresql+psycopg://OWNER@HOST/DB backup -o FILE), or with pg_dump."))
