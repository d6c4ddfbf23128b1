"""Bring the database schema to the version this application needs, refusing newer databases untouched."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import MetaData
from sqlalchemy import exc as sa_exc

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate
from desktop.db.engine import Database, explain_operational_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps it equal to Alembic's head). Start-up compares the
# stored revision with it and imports Alembic only when there is something to migrate.
SCHEMA_HEAD = "0015_reportspage"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with database.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except sa_exc.OperationalError as error:
        raise explain_operational_error(error, database.url) from error
    except sa_exc.DatabaseError as error:  # e.g. "file is not a database"
        raise explain_operational_error(error, database.url) from error


def _stored_revision(database: Database) -> str | None:
    """The revision recorded in the database, read with plain SQL (None when there is none yet)."""
    try:
        with database.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except sa_exc.OperationalError as error:
        if "no such table" in str(error.orig).lower():
            return None
        raise explain_operational_error(error, database.url) from error
    except sa_exc.ProgrammingError:  # PostgreSQL: relation does not exist
        return None
    except sa_exc.DatabaseError as error:
        raise explain_operational_error(error, database.url) from error


def upgrade(database: Database, target_metadata: MetaData | None = None) -> None:
    """Apply pending migrations; a revision this version does not know means a newer app wrote the file."""
    if _stored_revision(database) == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    current = current_revision(database)
    scripts = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            known = scripts.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown revision
            known = None
        if known is None:
            raise DatabaseError(translate(
                "Database", "The database {where} was written by a newer version of this application "
                "(schema {schema}). It was left untouched: install the newer version to open it."
            ).format(where=database.description, schema=current))
    if current == scripts.get_current_head():
        return
    try:
        migrate_to(database, "upgrade", "head", target_metadata)
    except sa_exc.OperationalError as error:
        raise explain_operational_error(error, database.url) from error


def migrate_to(database: Database, direction: str, revision: str, target_metadata: MetaData | None = None) -> None:
    """Run Alembic ``upgrade``/``downgrade`` to ``revision`` in one transaction.

    On SQLite the foreign keys are switched off for the run (outside the transaction, where SQLite allows it) and
    checked at the end: batch mode rebuilds a table by copying it, and the drop of the old copy would otherwise
    count as deleting every row other tables point to.
    """
    from alembic import command

    config = alembic_config()
    with database.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # before any BEGIN
        try:
            config.attributes["connection"] = connection
            config.attributes["target_metadata"] = target_metadata
            getattr(command, direction)(config, revision)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
