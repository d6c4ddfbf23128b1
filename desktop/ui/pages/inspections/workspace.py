"""One inspection open: the checklist form, findings and sign-off tabs, and the actions around them (complete,
reschedule, notice and report PDFs, offline export and import)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.core.formatting import official_datetime
from desktop.core.i18n import Plural
from desktop.domain.accounts.permissions import Permission
from desktop.domain.inspections import offline
from desktop.domain.inspections.filling import complete_inspection
from desktop.domain.inspections.queries import InspectionDetail
from desktop.domain.inspections.scheduling import ApplicationChoice, available_inspectors, reschedule_inspection
from desktop.domain.inspections.service import status_label
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.settings.calendar import calendar_of
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.checklist_form import ChecklistForm
from desktop.ui.pages.inspections.documents_menu import DocumentActions, safe_file_name
from desktop.ui.pages.inspections.findings_panel import FindingsPanel
from desktop.ui.pages.inspections.merge_dialog import MergeDialog
from desktop.ui.pages.inspections.schedule_dialog import ScheduleDialog, ScheduleInput
from desktop.ui.pages.inspections.signoff_panel import SignOffPanel
from desktop.ui.pages.inspections.stores import DatabaseStore
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.tabs import set_tab_text


class InspectionWorkspace(QWidget):
    closed = Signal()
    changed = Signal()
    statusMessage = Signal(str)
    CHECKLIST_TAB, FINDINGS_TAB, SIGNOFF_TAB = range(3)

    def __init__(self, context: AppContext, dialogs: DialogService, inspection_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionWorkspace")
        self.context = context
        self.dialogs = dialogs
        self.inspection_id = inspection_id
        self.store = DatabaseStore(context, inspection_id)
        self.detail: InspectionDetail | None = None
        self.completion_refused = False  # the banner shows why completing was refused: it follows the fixes
        self.header = QLabel(self)
        self.header.setObjectName("inspectionHeader")
        self.header.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.form = ChecklistForm(self.store, dialogs, context.language, self, drafts=context.drafts,
                                  record=inspection_id)
        self.findings = FindingsPanel(context, dialogs, self)
        self.signoff = SignOffPanel(context, dialogs, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.findings, "")
        self.tabs.addTab(self.signoff, "")

        self.back_button = QPushButton(self.tr("← List (Alt+←)"), self)
        self.complete_button = QPushButton(self.tr("Complete (Ctrl+Enter)"), self)
        self.complete_button.setObjectName("complete")
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.export_button = QPushButton(self.tr("Export for offline…"), self)
        self.import_button = QPushButton(self.tr("Import offline file…"), self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.notice = DocumentActions(self, dialogs, self.tr("Notice (PDF)"), self.notice_pdf,
                                      lambda lang: self._file_name("notice", lang), self.document_language)
        self.report = DocumentActions(self, dialogs, self.tr("Report (PDF)"), self.report_pdf,
                                      lambda lang: self._file_name("report", lang), self.document_language)
        for button in (self.complete_button, self.export_button, self.import_button):
            gate(button, context.actor, Permission.FILL_INSPECTIONS)
        gate(self.reschedule_button, context.actor, Permission.SCHEDULE_INSPECTIONS)
        for actions in (self.notice, self.report):
            gate(actions.button, context.actor, Permission.PRINT_DOCUMENTS)
            actions.saved.connect(lambda path: self.statusMessage.emit(self.tr("Saved {path}.").format(path=path)))
        self.back_button.clicked.connect(self.close_workspace)
        self.complete_button.clicked.connect(self.complete)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.export_button.clicked.connect(self.export_offline)
        self.import_button.clicked.connect(lambda: self.import_offline())
        QShortcut(QKeySequence("Ctrl+Return"), self, self.complete)
        QShortcut(QKeySequence("Alt+Left"), self, self.close_workspace)
        self.form.saved.connect(self._form_saved)
        self.form.completeRequested.connect(self.complete)
        self.findings.changed.connect(self.reload)
        self.signoff.changed.connect(self.reload)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.complete_button)
        bar.addWidget(self.reschedule_button)
        bar.addSpacing(12)
        bar.addWidget(self.export_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(label_for(self.tr("Documents in:"), self.language, self))
        bar.addWidget(self.language)
        bar.addWidget(self.notice.button)
        bar.addWidget(self.report.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # -- loading ---------------------------------------------------------------------------------------------
    def load(self) -> bool:
        if not self.form.load():
            return False
        self._show_detail()
        self.form.view.setFocus()
        return True

    def reload(self) -> None:
        item_id = self.form.current_item_id()
        if self.form.load():
            if item_id:
                self.form.select_item(item_id)
            self._show_detail()
        self.changed.emit()

    def _form_saved(self) -> None:
        self._show_detail()
        self._follow_refusal()
        self.changed.emit()

    def _follow_refusal(self) -> None:
        """After a refused completion, the banner names what is still missing, and goes once nothing is."""
        state = self.form.state
        if not self.completion_refused or state is None:
            return
        remaining = [problem for item in state.items for problem in item.problems]
        if not remaining:
            self.completion_refused = False
            self.banner.show_message(self.tr("Nothing is missing any more: Ctrl+Enter completes."), "info")
            return
        message = remaining[0]
        if len(remaining) > 1:
            message += " " + Plural.tr("(%n more problem(s) marked in the checklist.)", "", len(remaining) - 1)
        self.banner.show_message(message)

    def _show_detail(self) -> None:
        detail = self.store.detail
        if detail is None:
            return
        self.detail = detail
        inspectors = ", ".join(i.name for i in detail.inspectors)
        self.header.setText(self.tr("{number} · {application} {institution} · {date}, {place} · inspectors {names} · "
                                    "{status}").format(
            number=detail.number, application=detail.application_number, institution=detail.institution_name,
            date=official_datetime(detail.scheduled_at), place=detail.place, names=inspectors,
            status=status_label(detail.status)))
        self.findings.show_detail(detail)
        self.signoff.show_detail(detail)
        open_findings = sum(1 for f in detail.findings if f.is_open)
        signed = sum(1 for i in detail.inspectors if i.signed_at)
        set_tab_text(self.tabs, self.CHECKLIST_TAB, self.tr("Checklist ({answered}/{total})").format(
            answered=detail.progress.answered, total=detail.progress.total))
        set_tab_text(self.tabs, self.FINDINGS_TAB, self.tr("Findings ({n}, {open} open)").format(
            n=len(detail.findings), open=open_findings))
        set_tab_text(self.tabs, self.SIGNOFF_TAB, self.tr("Sign-off ({signed}/{total})").format(
            signed=signed, total=len(detail.inspectors)))
        self.complete_button.setEnabled(detail.may_fill)
        self.reschedule_button.setEnabled(detail.may_schedule)
        self.export_button.setEnabled(detail.may_fill)
        self.import_button.setEnabled(detail.may_fill)

    def close_workspace(self) -> None:
        self.form.save_typing()
        self.closed.emit()

    def document_language(self) -> str:
        return self.language.currentData() or "ko"

    def _file_name(self, kind: str, language: str) -> str:
        detail = self.detail
        label = {"notice": self.tr("inspection-notice"), "report": self.tr("inspection-report")}[kind]
        return safe_file_name(detail.number if detail else "", detail.institution_name if detail else "", label,
                              language)

    # -- actions -----------------------------------------------------------------------------------------------
    def complete(self) -> bool:
        self.form.save_typing()
        try:
            with self.context.writing() as session:
                complete_inspection(session, self.context.actor, self.inspection_id)
        except DomainError as error:
            self.banner.show_message(error.message)
            self.completion_refused = bool(error.field)  # a problem at an item (not a refusal of the action)
            if error.field:
                self.tabs.setCurrentIndex(self.CHECKLIST_TAB)
                self.form.select_item(error.field)
                self.form.view.setFocus()
            return False
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self.completion_refused = False
        self.banner.show_message(self.tr("Completed: each inspector now attests and signs off."), "info")
        self.reload()
        self.tabs.setCurrentIndex(self.SIGNOFF_TAB)
        return True

    def notice_pdf(self, language: str) -> bytes | None:
        return official_pdf(self, self.context, self.dialogs, DocumentKind.INSPECTION_NOTICE, self.inspection_id,
                            language, self.detail.number if self.detail is not None else "")

    def report_pdf(self, language: str) -> bytes | None:
        """The report as signed by every inspector; before that, a preview of the completed checklist."""
        return official_pdf(self, self.context, self.dialogs, DocumentKind.INSPECTION_REPORT, self.inspection_id,
                            language, self.detail.number if self.detail is not None else "")

    def reschedule(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        def inspectors_for(application_id: int):  # type: ignore[no-untyped-def]
            with self.context.reading() as session:
                return available_inspectors(session, self.context.actor, application_id)

        def submit(data: ScheduleInput) -> None:
            with self.context.writing() as session:
                reschedule_inspection(session, self.context.actor, self.inspection_id, data.on, data.place,
                                      data.inspector_ids, allow_non_working_day=data.allow_non_working_day)

        current = ScheduleInput(detail.application_id, detail.scheduled_at, detail.place,
                                tuple(i.user_id for i in detail.inspectors))
        dialog = ScheduleDialog([ApplicationChoice(detail.application_id, detail.application_number,
                                                   detail.institution_name)], inspectors_for, submit, self,
                                current=current, calendar=calendar_of(self.context.settings))
        if self.run_dialog(dialog):
            self.reload()
            return True
        return False

    def run_dialog(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        """Show a modal dialog; tests replace this to drive it."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def export_offline(self) -> Path | None:
        self.form.save_typing()
        try:
            with self.context.writing() as session:
                name, data = offline.export_offline(session, self.context.actor, self.inspection_id)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None
        path = save_bytes(self, self.dialogs, data, self.tr("Export for offline work"), name,
                          self.tr("Offline inspection files (*.inspection)"), suffix=".inspection")
        if path is None:
            return None
        self.statusMessage.emit(self.tr("Exported {number} to {path}. Open it on the laptop with "
                                        "'designation-review inspection-offline FILE' or File → Open offline "
                                        "inspection file.").format(number=self.detail.number if self.detail else "",
                                                                   path=path))
        return path

    def import_offline(self, path: Path | None = None) -> int | None:
        """Check the file, show what changed on each side, apply what the user confirmed; None when nothing."""
        self.form.save_typing()
        self.completion_refused = False  # the banner now speaks of the import
        if path is None:
            paths = self.dialogs.open_files(self, self.tr("Import an offline inspection file"),
                                            self.tr("Offline inspection files (*.inspection)"))
            if not paths:
                return None
            path = Path(paths[0])
        try:
            with self.context.writing() as session:
                plan = offline.plan_import(session, self.context.actor, self.inspection_id, path)
        except offline.AlreadyImported as error:
            self.banner.clear_message()
            self.dialogs.info(self, error.message)
            return None
        except DomainError as error:
            self.banner.show_message(error.message)
            return None
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None
        if not plan.changed:
            self.dialogs.info(self, self.tr("Nothing changed in the file or in the database since the export."))
            return 0
        choices = self.resolve(plan)
        if choices is None:
            return None
        try:
            with self.context.writing() as session:
                applied = offline.apply_import(session, self.context.actor, self.inspection_id, path, plan, choices)
        except DomainError as error:
            self.banner.show_message(error.message)
            return None
        self.banner.show_message(self.tr("Imported: %n item(s) taken from the file.", "", applied), "info")
        self.reload()
        return applied

    def resolve(self, plan: offline.MergePlan) -> dict[str, str] | None:
        """The user's choice for each conflict (side by side); None when cancelled. Tests replace this."""
        dialog = MergeDialog(plan, self)
        if not self.run_dialog(dialog):
            return None
        return dialog.choices()
