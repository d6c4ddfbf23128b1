"""File → Export JSON: the whole database written to a file in a background task."""

from __future__ import annotations

import json
from collections.abc import Generator
from pathlib import Path

from desktop.core.files import PendingFile
from desktop.ui.context import AppContext

Progress = tuple[int, int, str]


def export_to_file(context: AppContext, path: Path,
                   messages: tuple[str, str] = ("Reading the database…", "Writing the file…"),
                   ) -> Generator[Progress, None, int]:
    """Runs in a worker thread: its own transaction (the export is audited), committed once the file is written.

    Yields progress; returns the number of records exported. A file that cannot be written records nothing.
    """
    from desktop.db.migrate import current_revision
    from desktop.domain.export.json_dump import export_json

    output = PendingFile(path)  # refused before the export is recorded
    yield 0, 3, messages[0]
    with output, context.writing() as session:  # committed, then the file renamed into place
        document = export_json(session, context.actor, current_revision(context.database))
        yield 1, 3, messages[1]
        text = json.dumps(document, ensure_ascii=False, indent=1)
        yield 2, 3, messages[1]
        output.write(text.encode("utf-8"))
    yield 3, 3, messages[1]
    return sum(len(rows) for rows in document["tables"].values())
