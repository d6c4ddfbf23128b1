"""Where the daily automatic backups go, what they are called, and which old ones are deleted.

Folder: ``$DESIGNATION_REVIEW_BACKUP_DIR``, else ``backups`` in the user's data folder (beside the default
database). Name: ``<database name>-<YYYY-MM-DD>-<6 hex>.backup``, the date being Korea's, the hex a fingerprint of
the database's URL so that two databases with the same file name never take each other's backups for their own.
Only files of exactly that pattern are ever deleted, and only the oldest beyond the number to keep.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.db.backup import BACKUP_SUFFIX
from desktop.db.engine import APP_NAME, describe_database

ENV_BACKUP_DIR = "DESIGNATION_REVIEW_BACKUP_DIR"


def automatic_backup_folder() -> Path:
    """The folder of the automatic backups (not created here)."""
    chosen = os.environ.get(ENV_BACKUP_DIR)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "backups"


def database_label(url: str) -> str:
    """A file-name-safe name of the database: the SQLite file's stem, or the PostgreSQL database's name."""
    parsed = make_url(url)
    name = Path(parsed.database).stem if parsed.get_backend_name() == "sqlite" and parsed.database \
        else (parsed.database or parsed.get_backend_name())
    return re.sub(r"[^\w.-]+", "-", name).strip("-.") or "database"


def _fingerprint(url: str) -> str:
    return hashlib.sha256(describe_database(url).encode("utf-8")).hexdigest()[:6]


def automatic_backup_name(url: str, day: date) -> str:
    return f"{database_label(url)}-{day.isoformat()}-{_fingerprint(url)}{BACKUP_SUFFIX}"


def _pattern(url: str) -> re.Pattern[str]:
    return re.compile(re.escape(database_label(url)) + r"-(\d{4}-\d{2}-\d{2})-" + _fingerprint(url)
                      + re.escape(BACKUP_SUFFIX))


def automatic_backups(folder: Path, url: str) -> list[Path]:
    """The automatic backups of ``url`` in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(url)
    found = [(match.group(1), path) for path in folder.iterdir()
             if (match := pattern.fullmatch(path.name)) and path.is_file()]
    return [path for _, path in sorted(found)]


def prune_automatic_backups(folder: Path, url: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``url``; returns the files deleted."""
    backups = automatic_backups(folder, url)
    old = backups[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old
