"""The Applications page's *Case dossier…*: the signed ZIP of one application, made off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import DomainError
from desktop.core.files import PendingFile
from desktop.domain.applications.service import ApplicationRow
from desktop.issuing.dossier import DossierResult, build_dossier, documents_to_issue
from desktop.ui.i18n import Plural
from desktop.ui.tasks import Task, run_with_progress

if TYPE_CHECKING:
    from desktop.ui.pages.applications.page import ApplicationsPage

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def _issue_first(page: ApplicationsPage, row: ApplicationRow) -> bool | None:
    """Whether to issue the records' documents never printed (asked only when there are some); None on an error."""
    try:
        with page.context.reading() as session:
            missing = documents_to_issue(session, page.context.actor, row.id)
    except DomainError as error:
        page.dialogs.show_error(page, error)
        return None
    if not missing:
        return True
    names = ", ".join(document.words() for document in missing)
    return page.dialogs.confirm(page, Plural.tr(
        "%n document(s) of {number} were never printed: {names}. Issue them now (recorded with a verification code) "
        "and put them in the dossier? If not, the dossier lists them as not issued.", "", len(missing)).format(
        number=row.number, names=names), translate("ApplicationsDossier", "Case dossier"))


def make_dossier(page: ApplicationsPage, row: ApplicationRow | None) -> Task | None:
    """Ask where to save, unlock the signing key, then build the dossier in the background with progress and
    cancel; the outcome is a status message (or the error, once)."""
    if row is None:
        return None
    issue = _issue_first(page, row)
    if issue is None:
        return None
    path = page.dialogs.save_file(page, translate("ApplicationsDossier", "Save the case dossier of {number}")
                                  .format(number=row.number), f"dossier-{row.number}.zip",
                                  translate("ApplicationsDossier", "Case dossiers (*.zip)"))
    if path is None:
        return None
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    try:
        output = PendingFile(path)  # a file that cannot be written is refused before anything is done
        identity = page.context.unlock_signing(page)  # on the GUI thread: it may ask for the password
    except Exception as error:
        page.dialogs.show_error(page, error)
        return None

    def done(result: DossierResult) -> None:
        page.statusMessage.emit(translate(
            "ApplicationsDossier", "Case dossier of {number} written to {path}: {files}, {documents}, {events}."
        ).format(
            number=result.application, path=result.path,
            files=Plural.tr("%n file(s)", "", result.files),
            documents=Plural.tr("%n signed document(s)", "", result.documents),
            events=Plural.tr("%n audit event(s)", "", result.events)))
        if result.issued_now:
            page.recordsChanged.emit("applications")

    task, dialog = run_with_progress(
        page, translate("ApplicationsDossier", "Making the case dossier of {number}").format(number=row.number),
        build_dossier, page.context.database, page.context.actor, row.id, identity, output, issue_missing=issue,
        on_success=done, on_error=lambda error: page.dialogs.show_error(page, error))
    task.cancelled.connect(lambda: page.statusMessage.emit(translate(
        "ApplicationsDossier", "Stopped: no case dossier was written.")))
    page.dossier_task, page.dossier_progress = task, dialog
    return task
