"""Importing the staff roster from XLSX/CSV (checked off the GUI thread, with progress) and exporting it to XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import DomainError, ValidationError
from desktop.domain.applications.roster import RosterImport
from desktop.ui.i18n import Plural
from desktop.ui.tasks import Task, run_with_progress
from desktop.ui.widgets.file_save import save_bytes

if TYPE_CHECKING:
    from desktop.ui.pages.applications.staff_table import StaffPanel

MAX_ROSTER_FILE_BYTES = 20 * 1024 * 1024
translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def read_file(path: Path):  # type: ignore[no-untyped-def]
    """The worker: read and check the file; a generator yielding progress, returning a ``RosterImport``."""
    from desktop.domain.applications.roster import read_roster

    try:
        size = path.stat().st_size
        if size > MAX_ROSTER_FILE_BYTES:
            raise ValidationError(translate("RosterTransfer", "{name} is {size} MB; a roster file may have at most "
                                            "{limit} MB.").format(name=path.name, size=round(size / 1024 / 1024, 1),
                                                                  limit=MAX_ROSTER_FILE_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(translate("RosterTransfer", "{name} cannot be read: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    yield 0, 1, translate("RosterTransfer", "Reading {name}").format(name=path.name)
    return (yield from read_roster(path.name, data))


def choose_and_import(panel: StaffPanel) -> Task | None:
    paths = panel.dialogs.open_files(panel, translate("RosterTransfer", "Import staff roster"), translate(
        "RosterTransfer", "Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
    return import_file(panel, paths[0]) if paths else None


def import_file(panel: StaffPanel, path: Path) -> Task:
    """Check every row in the background; only a file without problems replaces the roster in the form."""
    panel.show_problems([])

    def done(result: RosterImport) -> None:
        apply(panel, path, result)

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):
            panel.banner.show_message(error.message, "error")
        else:  # logged with its traceback, shown in the crash dialog
            panel.dialogs.show_error(panel, error)

    task, _ = run_with_progress(panel, translate("RosterTransfer", "Importing the staff roster"), read_file, path,
                                on_success=done, on_error=failed)
    panel.import_task = task
    return task


def apply(panel: StaffPanel, path: Path, result: RosterImport) -> bool:
    if not result.ok:
        panel.banner.show_message(Plural.tr(
            "{name}: %n problem(s) in the rows below; nothing was imported. Fix the file and import it again.", "",
            len(result.problems)).format(name=path.name), "error")
        panel.show_problems([p.text() for p in result.problems])
        return False
    current = panel.model.rowCount()
    if current and not panel.dialogs.confirm(panel, translate(
            "RosterTransfer", "Replace the {current} people of the roster with the {new} people of {name}?").format(
            current=current, new=len(result.staff), name=path.name)):
        return False
    panel.model.set_staff(result.staff)
    panel.model.edited.emit()
    imported = Plural.tr("Imported %n person(s) from {name} ({read_as}). Save the application to keep them.", "",
                         len(result.staff))
    panel.banner.show_message(imported.format(name=path.name, read_as=result.read_as), "info")
    return True


def export(panel: StaffPanel) -> Path | None:
    from desktop.domain.applications.roster import roster_xlsx

    path = save_bytes(panel, panel.dialogs, roster_xlsx(panel.model.staff(), panel.language),
                      translate("RosterTransfer", "Export staff roster"),
                      translate("RosterTransfer", "staff-roster.xlsx"),
                      translate("RosterTransfer", "Excel workbooks (*.xlsx)"), suffix=".xlsx")
    if path is None:
        return None
    panel.banner.show_message(Plural.tr("Exported %n person(s) to {path}.", "",
                                                  panel.model.rowCount()).format(path=path), "info")
    return path
