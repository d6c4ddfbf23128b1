"""File → Export JSON: the whole database written to a file in a background task."""

from __future__ import annotations

import json
from collections.abc import Generator
from pathlib import Path

from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.ui.widgets.file_save import write_atomically

Progress = tuple[int, int, str]


def export_to_file(database: Database, actor: Actor, path: Path,
                   messages: tuple[str, str] = ("Reading the database…", "Writing the file…"),
                   ) -> Generator[Progress, None, int]:
    """Runs in a worker thread: its own transaction (the export is audited), then an atomic write.

    Yields progress; returns the number of records exported.
    """
    from desktop.db.migrate import current_revision
    from desktop.domain.export.json_dump import export_json

    yield 0, 3, messages[0]
    with database.transaction() as session:
        document = export_json(session, actor, current_revision(database))
    yield 1, 3, messages[1]
    text = json.dumps(document, ensure_ascii=False, indent=1)
    yield 2, 3, messages[1]
    path = path.expanduser()
    write_atomically(path, text.encode("utf-8"))
    yield 3, 3, messages[1]
    return sum(len(rows) for rows in document["tables"].values())
