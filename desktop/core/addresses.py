"""Where the database is, worked out without loading the database layer (the login window shows before it loads).

A plain path means an SQLite file; anything with ``://`` is a SQLAlchemy URL. ``desktop.db.engine`` re-exports
these names; its ``describe_database`` and ``desktop.db.server.setup.is_server_address`` parse with SQLAlchemy and
agree with the light versions here (a test compares them).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

APP_NAME = "designation-review"
ENV_DATABASE = "DESIGNATION_REVIEW_DATABASE"


def default_database_path() -> Path:
    """The SQLite file in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "designation-review.sqlite3"


def resolve_database_url(option: str | None = None) -> str:
    """``--database`` beats ``DESIGNATION_REVIEW_DATABASE`` beats the default; a plain path means SQLite."""
    value = option or os.environ.get(ENV_DATABASE) or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _backend(url: str) -> str:
    return url.split("://", 1)[0].split("+", 1)[0].lower()


def is_server_address(url: str) -> bool:
    """A PostgreSQL address without a user name: each person logs in to it as their own role."""
    if _backend(url) != "postgresql":
        return False
    return not unquote(urlsplit(url).username or "")


def describe_address(url: str) -> str:
    """The URL without its password (``***`` in its place), for the login window and messages."""
    if _backend(url) == "sqlite":
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, host = parts.netloc.rsplit("@", 1)
    return url.replace(parts.netloc, f"{user.split(':', 1)[0]}:***@{host}", 1)
