"""What every command of the command line shares: exit codes and the databases a command opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_opened: list = []  # every database a command opened, closed when it ends (``demo --force`` needs sole use)


def open_database(url_option: str | None):  # type: ignore[no-untyped-def]
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade

    database = Database(resolve_database_url(url_option))
    _opened.append(database)
    upgrade(database)
    return database


def identity_source(args):  # type: ignore[no-untyped-def]
    """The signing key for what a command issues: its password from --signing-password-file, the environment or
    the keyring."""

    def unlock(session):  # type: ignore[no-untyped-def]
        from desktop.domain.settings.service import get_settings
        from desktop.issuing.signing_password import environment_password_source, signing_identity

        return signing_identity(get_settings(session), environment_password_source(args.signing_password_file))

    return unlock


@contextmanager
def recorded_only_if_written(output) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Around a transaction that writes ``output`` (a PendingFile): a file that could not be written rolled it
    back; say so."""
    from desktop.core.errors import FileError
    from desktop.core.files import write_error

    try:
        yield
    except FileError as error:
        raise write_error(output.path, error.reason, "nothing was recorded") from error
