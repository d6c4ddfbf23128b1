"""Exporting the applications list to Excel: the workbook is built off the GUI thread with a progress dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.clock import today
from desktop.domain.applications.service import ApplicationRow
from desktop.ui.i18n import Plural
from desktop.ui.tasks import Task, run_with_progress
from desktop.ui.widgets.file_save import write_atomically

if TYPE_CHECKING:
    from desktop.ui.pages.applications.page import ApplicationsPage

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def export_rows(page: ApplicationsPage, rows: list[ApplicationRow]) -> Task | None:
    """Ask where to save, then build and write the workbook in the background; the result is announced."""
    from desktop.domain.applications.list_export import applications_xlsx

    if not rows:
        page.dialogs.error(page, translate("ApplicationsExport", "No application is shown: nothing to export."))
        return None
    path = page.dialogs.save_file(page, translate("ApplicationsExport", "Export applications to Excel"),
                                  f"applications-{today().isoformat()}.xlsx",
                                  translate("ApplicationsExport", "Excel workbooks (*.xlsx)"))
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    def work():  # type: ignore[no-untyped-def]
        data = yield from applications_xlsx(rows)
        write_atomically(path, data)
        return len(rows)

    def done(count: int) -> None:
        page.statusMessage.emit(Plural.tr("Exported %n application(s) to {path}.", "", count)
                                .format(path=path))

    task, _ = run_with_progress(page, translate("ApplicationsExport", "Exporting applications"), work,
                                on_success=done, on_error=lambda error: page.dialogs.show_error(page, error))
    page.export_task = task
    return task
