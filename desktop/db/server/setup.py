"""``server init`` / ``server upgrade``: connect as the database owner, migrate, then (re)apply roles and policies."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from desktop.core.errors import DatabaseError, ValidationError
from desktop.core.i18n import translate
from desktop.db.engine import Database, describe_database
from desktop.db.migrate import upgrade
from desktop.db.server.policies import apply_all
from desktop.db.server.roles import ensure_group_roles, login_role


def explain_connection_error(error: Exception, url: str) -> DatabaseError:
    """A refused or unreachable server in one sentence that says what to check."""
    text_ = str(getattr(error, "orig", error))
    lower = text_.lower()
    parsed = make_url(url)
    where = describe_database(url)
    if "password authentication failed" in lower or "no password supplied" in lower:
        return DatabaseError(translate(
            "Server", "The server refused the user name or password for {where}; check both and try again."
        ).format(where=where))
    if "does not exist" in lower and "database" in lower:
        return DatabaseError(translate(
            "Server", "The server has no database {database}; create it first (see the README, Server)."
        ).format(database=parsed.database))
    if "connection refused" in lower or "could not translate host" in lower or "timeout" in lower \
            or "no route" in lower or "could not connect" in lower:
        return DatabaseError(translate(
            "Server", "No PostgreSQL server answers at {host}:{port}; check the address and that the server runs."
        ).format(host=parsed.host or "localhost", port=parsed.port or 5432))
    if "certificate" in lower or "ssl" in lower:
        return DatabaseError(translate(
            "Server", "The secure connection to {where} failed: {reason}. Check sslrootcert (the CA file) and the "
            "server's name."
        ).format(where=where, reason=text_.strip().splitlines()[0]))
    return DatabaseError(translate("Server", "The server {where} cannot be used: {reason}").format(
        where=where, reason=text_.strip().splitlines()[0] if text_.strip() else type(error).__name__))


def open_server(url: str) -> Database:
    """The database at ``url``, which must be PostgreSQL and answer; refused otherwise with one sentence."""
    if make_url(url).get_backend_name() != "postgresql":
        raise DatabaseError(translate(
            "Server", "A server needs a PostgreSQL address such as postgresql://admin@host/review; {where} is not "
            "one."
        ).format(where=describe_database(url)))
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as error:
        database.dispose()
        raise explain_connection_error(error, url) from error
    return database


def _check_owner_rights(connection: Connection, url: str) -> None:
    may = connection.execute(text(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not may:
        who = connection.execute(text("SELECT current_user")).scalar()
        raise DatabaseError(translate(
            "Server", "The role {role} may not create roles, so it cannot set up {where}: as the PostgreSQL "
            "superuser run ALTER ROLE {role} CREATEROLE, or connect as a role that may."
        ).format(role=who, where=describe_database(url)))


def prepare(database: Database) -> None:
    """Migrate to this version's schema, then create the group roles and (re)apply grants and policies."""
    with database.engine.connect() as connection:
        _check_owner_rights(connection, database.url)
    upgrade(database)
    try:
        with database.engine.begin() as connection:
            ensure_group_roles(connection)
            apply_all(connection)
    except sa_exc.ProgrammingError as error:  # e.g. not the owner of the tables
        raise DatabaseError(translate(
            "Server", "{where} could not be prepared: {reason}. Connect as the owner of the database."
        ).format(where=database.description, reason=str(error.orig).strip().splitlines()[0])) from error


def is_server_address(url: str) -> bool:
    """A PostgreSQL address without a user name: each person logs in to it as their own role."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def check_schema_current(database: Database) -> None:
    """A person's connection cannot migrate: an older schema asks for ``server upgrade``, a newer one for the app."""
    from desktop.db.migrate import SCHEMA_HEAD, current_revision, head_revision

    stored = current_revision(database)
    if stored == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    from desktop.db.migrate import alembic_config

    try:
        known = stored is not None and ScriptDirectory.from_config(alembic_config()).get_revision(stored) is not None
    except Exception:  # alembic raises several kinds for an unknown revision
        known = False
    if known or stored is None:
        raise DatabaseError(translate(
            "Server", "The server's database has schema {stored}, this application needs {head}: ask the "
            "administrator to run `designation-review server upgrade`."
        ).format(stored=stored or "-", head=head_revision()))
    raise DatabaseError(translate(
        "Database", "The database {where} was written by a newer version of this application "
        "(schema {schema}). It was left untouched: install the newer version to open it."
    ).format(where=database.description, schema=stored))


def personal_url(server_url: str, username: str, password: str) -> str:
    """The address a person logs in with: the server's, as their own login role and with the password typed."""
    parsed = make_url(server_url)
    personal: URL = parsed.set(username=login_role(parsed.database or "", username), password=password)
    return personal.render_as_string(hide_password=False)


def server_url(host: str, port: int | str, database: str, *, ca_file: str = "", sslmode: str = "verify-full") -> str:
    """The address a desktop keeps for a server: no user name and no password (each person logs in as their own
    role), TLS as chosen (``verify-full`` needs the CA file that signed the server's certificate)."""
    host, database, ca_file = host.strip(), database.strip(), ca_file.strip()
    if not host:
        raise ValidationError(translate("ServerAddress", "Enter the server's host name or address."), field="host")
    try:
        number = int(str(port).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise ValidationError(translate("ServerAddress", "The port is a number from 1 to 65535 (PostgreSQL's is "
                                        "5432)."), field="port")
    if not database:
        raise ValidationError(translate("ServerAddress", "Enter the name of the database."), field="database")
    if sslmode not in SSL_MODES:
        raise ValidationError(translate("ServerAddress", "Choose how the connection is secured."), field="sslmode")
    if sslmode == "verify-full" and not ca_file:
        raise ValidationError(translate("ServerAddress", "verify-full checks the server's certificate against the "
                                        "CA file that signed it: choose that file."), field="ca_file")
    if ca_file and not Path(ca_file).is_file():
        raise ValidationError(translate("ServerAddress", "There is no CA file at {path}.").format(path=ca_file),
                              field="ca_file")
    query = {"sslmode": sslmode, **({"sslrootcert": str(Path(ca_file).resolve())} if ca_file else {})}
    return URL.create("postgresql+psycopg", host=host, port=number, database=database,
                      query=query).render_as_string(hide_password=False)


SSL_MODES = ("verify-full", "require", "disable")
"""verify-full: encrypted, and the server proven by its certificate (the default); require: encrypted only;
disable: no TLS (a server on this computer)."""
