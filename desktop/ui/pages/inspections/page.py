"""The Inspections page: every on-site inspection (newest first) and the inspectors' declared conflicts; Enter
opens an inspection's checklist, findings and sign-off; the secretariat schedules from here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.inspections.models import InspectionStatus
from desktop.domain.inspections.scheduling import (
    applications_awaiting_inspection,
    applications_open_to_conflicts,
    available_inspectors,
    declare_inspector_conflict,
    ground_label,
    list_inspector_conflicts,
    schedule_inspection,
)
from desktop.domain.inspections.service import InspectionRow, list_inspections, status_label
from desktop.domain.settings.calendar import calendar_of
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.inspections.conflict_dialog import ConflictDialog, ConflictInput
from desktop.ui.pages.inspections.schedule_dialog import ScheduleDialog, ScheduleInput
from desktop.ui.pages.inspections.workspace import InspectionWorkspace
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable
from desktop.ui.widgets.tabs import set_tab_text


def score_text(row: InspectionRow) -> str:
    """``43 / 51``; empty until the checklist is answered."""
    if row.score is None or row.max_score is None:
        return ""
    return f"{row.score.normalize():f} / {row.max_score.normalize():f}"


def _score_ratio(row: InspectionRow) -> float | None:
    return float(row.score / row.max_score) if row.score is not None and row.max_score else None


class InspectionsPage(Page):
    """The list of inspections and, once one is opened, its workspace in place of the list."""

    key = "inspections"
    areas = frozenset({"inspections", "inspection_findings", "inspection_evidence", "inspector_conflicts",
                       "applications", "users", "settings"})
    NUMBER, APPLICATION, INSTITUTION, DATE, PLACE, INSPECTORS, STATUS, SCORE, OPEN_FINDINGS = range(9)
    LIST_TAB, CONFLICTS_TAB = range(2)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.workspace: InspectionWorkspace | None = None
        self.offline_windows: list[QWidget] = []
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Inspections"))
        self.table.view.sortByColumn(self.DATE, Qt.SortOrder.DescendingOrder)
        self.conflicts = RecordTable([
            Column(self.tr("Inspector"), lambda r: r.inspector_name),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Applicant"), lambda r: r.institution_name),
            Column(self.tr("Ground"), lambda r: ground_label(r.ground)),
            Column(self.tr("Statement"), lambda r: r.statement),
            Column(self.tr("Declared"), lambda r: official_datetime(r.declared_at), sort_key=lambda r: r.declared_at),
        ], parent=self)
        self.conflicts.set_title(self.tr("Inspectors' conflicts"))
        self.conflicts.setObjectName("inspectorConflicts")
        self.open_button = QPushButton(self.tr("Open (Enter)"), self)
        self.schedule_button = QPushButton(self.tr("Schedule an inspection…"), self)
        self.conflict_button = QPushButton(self.tr("Declare a conflict…"), self)
        self.offline_button = QPushButton(self.tr("Open an offline file…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.schedule_button.clicked.connect(self.schedule)
        self.conflict_button.clicked.connect(self.declare_conflict)
        self.offline_button.clicked.connect(lambda: self.open_offline_file())
        self.table.recordActivated.connect(lambda row: self.open_inspection(row.id))
        self.table.currentRecordChanged.connect(lambda row: self.open_button.setEnabled(row is not None))
        gate(self.schedule_button, context.actor, Permission.SCHEDULE_INSPECTIONS)
        gate(self.conflict_button, context.actor, Permission.FILL_INSPECTIONS, Permission.SCHEDULE_INSPECTIONS)
        self.open_button.setEnabled(False)

        bar = QHBoxLayout()
        for button in (self.open_button, self.schedule_button, self.conflict_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.offline_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.conflicts, "")
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("InspectionsPage", "Inspections")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Date"), lambda r: official_datetime(r.scheduled_at) if r.scheduled_at
                   else official_date(r.scheduled_on), sort_key=lambda r: r.scheduled_at or r.scheduled_on),
            Column(self.tr("Place"), lambda r: r.place),
            Column(self.tr("Inspectors"), lambda r: ", ".join(r.inspectors)),
            Column(self.tr("Status"), lambda r: status_label(r.status),
                   sort_key=lambda r: list(InspectionStatus).index(r.status),
                   tone=lambda r: "good" if r.status == InspectionStatus.SIGNED else None),
            Column(self.tr("Score"), score_text, sort_key=_score_ratio, numeric=True),
            Column(self.tr("Open findings"), lambda r: r.open_findings, sort_key=lambda r: r.open_findings,
                   numeric=True, tone=lambda r: "bad" if r.open_findings else None),
        ]

    def refresh(self) -> None:
        if self.workspace is not None:
            self.workspace.reload()
            return
        rows = self.query(list_inspections)
        if rows is None:
            return
        self.table.set_records(rows)
        conflicts = self.query(list_inspector_conflicts) or []
        self.conflicts.set_records(conflicts)
        set_tab_text(self.tabs, self.LIST_TAB, self.tr("Inspections ({n})").format(n=len(rows)))
        set_tab_text(self.tabs, self.CONFLICTS_TAB, self.tr("Inspectors' conflicts ({n})").format(n=len(conflicts)))
        if rows and self.table.current_record() is None:
            self.table.select_row(0)
        self.table.view.setFocus()

    # -- one inspection -------------------------------------------------------------------------------------------
    def open_selected(self) -> InspectionWorkspace | None:
        row = self.table.current_record()
        return None if row is None else self.open_inspection(row.id)

    def open_inspection(self, inspection_id: int) -> InspectionWorkspace | None:
        self.close_workspace()
        workspace = InspectionWorkspace(self.context, self.dialogs, inspection_id, self)
        if not workspace.load():
            workspace.deleteLater()
            return None
        workspace.closed.connect(self.close_workspace)
        workspace.changed.connect(lambda: self.recordsChanged.emit("inspections"))
        workspace.statusMessage.connect(self.statusMessage)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        workspace.form.view.setFocus()
        return workspace

    def close_workspace(self) -> None:
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.refresh()

    # -- scheduling and conflicts -----------------------------------------------------------------------------------
    def run_dialog(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        """Show a modal dialog; tests replace this to drive it."""
        return dialog.exec() == dialog.DialogCode.Accepted

    def _inspectors_for(self, application_id: int):  # type: ignore[no-untyped-def]
        return self.query(available_inspectors, application_id) or []

    def submit_schedule(self, data: ScheduleInput) -> int:
        with self.context.writing() as session:
            return schedule_inspection(session, self.context.actor, data.application_id, data.on, data.place,
                                       data.inspector_ids, allow_non_working_day=data.allow_non_working_day)

    def schedule(self) -> int | None:
        applications = self.query(applications_awaiting_inspection)
        if applications is None:
            return None
        if not applications:
            self.dialogs.info(self, self.tr("No application is waiting for an inspection: pass one to inspection on "
                                            "the Screening page first."))
            return None
        dialog = ScheduleDialog(applications, self._inspectors_for, self.submit_schedule, self,
                                calendar=calendar_of(self.context.settings))
        if not self.run_dialog(dialog):
            return None
        self.refresh()
        inspection_id = dialog.result_value
        if isinstance(inspection_id, int):
            self.table.select_id(inspection_id)
            self.statusMessage.emit(self.tr("Inspection scheduled; print the notice to the applicant from it."))
        self.recordsChanged.emit("inspections")
        return inspection_id if isinstance(inspection_id, int) else None

    def submit_conflict(self, data: ConflictInput) -> int:
        with self.context.writing() as session:
            return declare_inspector_conflict(session, self.context.actor, data.application_id, data.ground,
                                              data.statement, data.user_id)

    def declare_conflict(self) -> bool:
        applications = self.query(applications_open_to_conflicts) or []
        inspectors = None
        if self.context.may(Permission.SCHEDULE_INSPECTIONS) and applications:
            inspectors = self.query(available_inspectors, applications[0].id)
        dialog = ConflictDialog(applications, inspectors, self.submit_conflict, self)
        if not self.run_dialog(dialog):
            return False
        self.refresh()
        self.tabs.setCurrentIndex(self.CONFLICTS_TAB)
        return True

    def open_offline_file(self, path: Path | None = None) -> QWidget | None:
        from desktop.ui.pages.inspections.offline_window import open_offline_window

        window = open_offline_window(self.dialogs, self.context.language, path, self)
        if window is not None:
            self.offline_windows.append(window)
        return window
