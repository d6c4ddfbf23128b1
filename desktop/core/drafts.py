"""What a person typed and has not saved, kept on this computer until it is saved: a small JSON file per form.

A form writes its draft as it is edited and when a save fails (the server cannot be reached, say), so quitting or a
crash loses nothing; reopening the form restores it; a successful save (or a deliberate discard) deletes it.
Drafts of one person on one database are kept apart from everyone else's (``scope``), and the folder is readable
by the computer's user only: a score sheet's draft is as confidential as the sheet.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import clock
from desktop.core.files import write_atomically

APP_NAME = "designation-review"
ENV_DRAFTS_DIR = "DESIGNATION_REVIEW_DRAFTS_DIR"
FORMAT = 1
_log = logging.getLogger(__name__)


def drafts_folder() -> Path:
    """``$DESIGNATION_REVIEW_DRAFTS_DIR`` if set, else ``drafts`` in the user's data folder."""
    chosen = os.environ.get(ENV_DRAFTS_DIR, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "drafts"


@dataclass(frozen=True)
class Draft:
    """A form's unsaved content (plain JSON data), when it was kept, and the version of the record it started from."""

    form: str
    record: str
    content: Any
    kept_at: datetime
    base_version: int | None = None


class DraftStore:
    """The drafts of one person (``scope``: e.g. the database and the user name) in ``folder``."""

    def __init__(self, scope: str, folder: Path | None = None) -> None:
        self.scope = scope
        self.folder = folder if folder is not None else drafts_folder()
        self._prefix = hashlib.sha256(scope.encode()).hexdigest()[:16]

    def path(self, form: str, record: object) -> Path:
        """The file of ``form``'s draft for ``record`` (names made safe for any file system)."""
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{form}-{record}")
        return self.folder / f"{self._prefix}-{safe}.json"

    def keep(self, form: str, record: object, content: Any, *, base_version: int | None = None) -> Path:
        """Write (or replace) the draft whole; a FileError when the folder cannot be written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)
        text = json.dumps({"format": FORMAT, "scope": self.scope, "form": form, "record": str(record),
                           "kept_at": clock.now().isoformat(), "base_version": base_version, "content": content},
                          ensure_ascii=False, sort_keys=True, indent=1)
        path = write_atomically(self.path(form, record), text.encode("utf-8"))
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        return path

    def find(self, form: str, record: object) -> Draft | None:
        """The kept draft, or None (none kept, or a file that cannot be read: logged and left for inspection)."""
        path = self.path(form, record)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("scope") != self.scope or data.get("form") != form or data.get("record") != str(record):
                return None
            return Draft(form, str(record), data["content"], datetime.fromisoformat(data["kept_at"]),
                         data.get("base_version"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            _log.warning("the draft %s cannot be read: %s", path, error)
            return None

    def discard(self, form: str, record: object) -> None:
        """Delete the draft (saved, or given up on purpose); nothing happens when there is none."""
        with contextlib.suppress(FileNotFoundError):
            self.path(form, record).unlink()

    def kept(self) -> list[Path]:
        """Every draft file of this scope (for tests and a future "drafts" list)."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"{self._prefix}-*.json"))
