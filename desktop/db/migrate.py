"""Bring the database schema to the version this application needs, refusing newer databases untouched."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData
from sqlalchemy import exc as sa_exc

from desktop.core.errors import DatabaseError
from desktop.db.engine import Database, explain_operational_error

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    try:
        with database.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except sa_exc.OperationalError as error:
        raise explain_operational_error(error, database.url) from error
    except sa_exc.DatabaseError as error:  # e.g. "file is not a database"
        raise explain_operational_error(error, database.url) from error


def upgrade(database: Database, target_metadata: MetaData | None = None) -> None:
    """Apply pending migrations; a revision this version does not know means a newer app wrote the file."""
    current = current_revision(database)
    scripts = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            known = scripts.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown revision
            known = None
        if known is None:
            raise DatabaseError(
                f"The database {database.description} was written by a newer version of this application "
                f"(schema {current}). It was left untouched: install the newer version to open it."
            )
    if current == scripts.get_current_head():
        return
    config = alembic_config()
    try:
        with database.engine.connect() as connection:
            config.attributes["connection"] = connection
            config.attributes["target_metadata"] = target_metadata
            command.upgrade(config, "head")
            connection.commit()
    except sa_exc.OperationalError as error:
        raise explain_operational_error(error, database.url) from error
