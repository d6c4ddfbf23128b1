"""File → Export JSON: the whole database written to a file in a background task, streamed batch by batch."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from desktop.core.files import PendingFile
from desktop.ui.context import AppContext

Progress = tuple[int, int, str]


def export_to_file(context: AppContext, path: Path,
                   messages: tuple[str, str] = ("Reading the database…", "Writing the file…"),
                   ) -> Generator[Progress, None, int]:
    """Runs in a worker thread: its own transaction (the export is audited), committed once the file is written.

    Yields progress (cancelled between batches, nothing left behind); returns the number of records exported. A
    file that cannot be written records nothing.
    """
    from desktop.db.migrate import current_revision
    from desktop.domain.export.json_dump import write_export

    output = PendingFile(path)  # refused before the export is recorded
    yield 0, 1, messages[0]
    with output, context.writing() as session:  # committed, then the file renamed into place
        steps = write_export(session, context.actor, current_revision(context.database), output.append)
        try:
            while True:
                done, total, _table = next(steps)
                yield done, max(total, 1), messages[1]
        except StopIteration as finished:
            written: dict[str, int] = finished.value
        finally:
            steps.close()
        output.close()  # on the disk before the transaction commits
    return sum(written.values())
