"""The Registry page: the designated institutes (particulars and status today, review dates marked), public and
private counts, the selected entry's history (designation events and recorded changes with their evidence), a
chart of designations per year, and the public lists (designated institutes, sanctions) as of a chosen day: drafts,
published lists and their prints (desktop/ui/pages/registry/public_lists.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.institutions.models import Sector
from desktop.domain.institutions.service import kind_label, sector_label
from desktop.domain.registry.changes import ChangeInput, change_evidence, record_change, set_review_date
from desktop.domain.registry.models import RegistryEventKind, RegistryStatus
from desktop.domain.registry.particulars import EntryParticulars
from desktop.domain.registry.public_list import yearly_counts
from desktop.domain.registry.service import (
    RegistryEventRow,
    RegistryRow,
    event_label,
    list_registry,
    output_label,
    registry_history,
    scope_label,
    sector_counts,
    status_label,
)
from desktop.domain.registry.status import EntryStatus, status_text, statuses_on
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.registry.change_dialog import RegistryChangeDialog, ReviewDateDialog
from desktop.ui.pages.registry.public_lists import PublicLists
from desktop.ui.pages.registry.year_chart import YearCountsChart
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _status_tone(row: RegistryRow) -> str | None:
    return {RegistryStatus.SUSPENDED: "bad", RegistryStatus.REVOKED: "muted"}.get(row.status)


def _event_tone(row: RegistryEventRow) -> str | None:
    return {RegistryEventKind.DESIGNATED: "good", RegistryEventKind.SUSPENDED: "bad",
            RegistryEventKind.REVOKED: "bad"}.get(row.kind) if row.source == "event" else None


class RegistryPage(Page):
    """The registry of designated institutes (revoked entries stay listed but are not counted)."""

    key = "registry"
    areas = frozenset({"registry_entries", "registry_changes", "decisions", "public_notices", "institutions",
                       "settings", "registry_restrictions", "sanction_dispositions", "publications"})
    INSTITUTION, SECTOR, KIND, DESIGNATED_ON, DECISION, SCOPE, OUTPUTS, STATUS, REVIEW, REPRESENTATIVE, ADDRESS = \
        range(11)
    EVENT_DATE, EVENT_KIND, EVENT_REFERENCE, EVENT_DETAIL, EVENT_EVIDENCE, EVENT_NOTE, EVENT_BY = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.dialog: RegistryChangeDialog | ReviewDateDialog | None = None
        self.statuses: dict[int, EntryStatus] = {}  # derived from the dispositions (registry/status.py), today
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)  # beside three buttons: a narrow window wraps it rather than growing
        self.change_button = self._button(self.tr("Record a change…"), self.open_change, "changeButton")
        self.review_button = self._button(self.tr("Review date…"), self.open_review_date, "reviewButton")
        for widget in (self.change_button, self.review_button):
            gate(widget, context.actor, Permission.MAINTAIN_REGISTRY)
        self.lists = PublicLists(self)
        self.as_of, self.export_button, self.print_actions = \
            self.lists.as_of, self.lists.export_button, self.lists.print_actions
        top = QHBoxLayout()  # two short rows, so the page fits a narrow window
        top.addWidget(self.summary, 1)
        for widget in (self.change_button, self.review_button, self.lists.publish_button):
            top.addWidget(widget)
        bar = self.lists.bar()
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Registry entries"))
        self.table.view.sortByColumn(self.DESIGNATED_ON, Qt.SortOrder.DescendingOrder)
        self.history_title = QLabel(self)
        self.history_title.setObjectName("historyTitle")
        self.history = RecordTable(self._history_columns(), id_of=lambda e: (e.source, e.id), parent=self)
        self.history.set_title(self.tr("History of the entry"))
        self.history.setObjectName("history")
        self.history.view.sortByColumn(self.EVENT_DATE, Qt.SortOrder.AscendingOrder)
        self.evidence_button = self._button(self.tr("Save evidence…"), self.save_evidence, "evidenceButton")
        self.table.currentRecordChanged.connect(self._show_history)
        self.history.currentRecordChanged.connect(lambda _row: self._update_buttons())
        history_page = QWidget(self)
        history_layout = QVBoxLayout(history_page)
        title_row = QHBoxLayout()
        title_row.addWidget(self.history_title, 1)
        title_row.addWidget(self.evidence_button)
        history_layout.addLayout(title_row)
        history_layout.addWidget(self.history, 1)
        self.chart = YearCountsChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("lowerTabs")
        self.tabs.addTab(history_page, self.tr("History"))
        self.tabs.addTab(self.chart, self.tr("Designated per year"))
        self.tabs.addTab(self.lists.tab, self.tr("Published lists"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _button(self, text: str, slot, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
        widget = QPushButton(text, self)
        widget.setObjectName(name)
        widget.clicked.connect(lambda _=False: slot())
        return widget

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("RegistryPage", "Registry")

    def _review_text(self, row: RegistryRow) -> str:
        if row.review_on is None:
            return ""
        mark = {"overdue": self.tr(" · overdue"), "due": self.tr(" · within 30 days")}.get(row.review_mark or "", "")
        return official_date(row.review_on) + mark

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Public/private"), lambda r: sector_label(r.sector)),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Designated on"), lambda r: official_date(r.designated_on),
                   sort_key=lambda r: r.designated_on),
            Column(self.tr("Decision"), lambda r: r.decision_number + (self.tr(" (corrected)") if r.corrected else "")),
            Column(self.tr("Scope"), lambda r: ", ".join(scope_label(s) for s in r.scope),
                   sort_key=lambda r: len(r.scope)),
            Column(self.tr("Output"), lambda r: ", ".join(output_label(o) for o in r.outputs)),
            Column(self.tr("Status"), self._status_text, tone=self._status_tone),
            Column(self.tr("Review date"), self._review_text, sort_key=lambda r: r.review_on,
                   tone=lambda r: "bad" if r.review_mark else None),
            Column(self.tr("Representative"), lambda r: r.representative),
            Column(self.tr("Address"), lambda r: r.address),
        ]

    def _history_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda e: official_date(e.occurred_on),
                   sort_key=lambda e: (e.occurred_on, e.recorded_at, e.source, e.id)),
            Column(self.tr("Event"), lambda e: event_label(e.kind), tone=_event_tone),
            Column(self.tr("Decision"), lambda e: e.reference),
            Column(self.tr("Change"), lambda e: e.detail),
            Column(self.tr("Evidence"), lambda e: e.evidence_filename),
            Column(self.tr("Note"), lambda e: e.note),
            Column(self.tr("Recorded by"), lambda e: f"{e.recorded_by} {official_datetime(e.recorded_at)}".strip()),
        ]

    def refresh(self) -> None:
        rows = self.query(list_registry)
        if rows is None:
            return
        self.statuses = self.query(statuses_on) or {}
        self.table.set_records(rows)
        counts = sector_counts(rows)
        self.summary.setText(self.tr("%n designated institute(s): {public} public, {private} private", "",
                                 sum(counts.values())).format(public=counts[Sector.PUBLIC],
                                                              private=counts[Sector.PRIVATE]))
        self.chart.set_counts(self.query(yearly_counts) or [])
        self.lists.refresh()
        self._show_history(self.table.current_record())

    def _status_text(self, row: RegistryRow) -> str:
        derived = self.statuses.get(row.id)
        return status_text(derived) if derived is not None and derived.status else status_label(row.status)

    def _status_tone(self, row: RegistryRow) -> str | None:
        derived = self.statuses.get(row.id)
        return _status_tone(replace(row, status=derived.status) if derived is not None and derived.status else row)

    def _show_history(self, row: RegistryRow | None) -> None:
        if row is None:
            self.history_title.setText(self.tr("Select an institute to see its history."))
            self.history.set_records([])
        else:
            events = self.query(registry_history, row.id)
            self.history_title.setText(self.tr("History of {name}").format(name=row.institution_name))
            self.history.set_records(events or [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current_record() is not None
        self.change_button.setEnabled(chosen)
        self.review_button.setEnabled(chosen)
        line = self.history.current_record()
        self.evidence_button.setEnabled(bool(line and line.evidence_filename))

    # Changes and review dates ------------------------------------------------------------------------

    def open_change(self) -> RegistryChangeDialog | None:
        row = self.table.current_record()
        if row is None:
            return None
        current = EntryParticulars(row.institution_name, row.representative, row.address, row.scope, row.outputs)

        def submit(change: ChangeInput) -> bool:
            return self.change(record_change, row.id, change, form=dialog,
                               done=self.tr("Change recorded.")) is not None

        dialog = RegistryChangeDialog(row.institution_name, current, submit, self.dialogs, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_review_date(self) -> ReviewDateDialog | None:
        row = self.table.current_record()
        if row is None:
            return None
        saved: list[bool] = []

        def submit(day) -> bool:  # type: ignore[no-untyped-def]
            saved.clear()
            self.context.change(set_review_date, row.id, day, parent=self, dialogs=self.dialogs, form=dialog,
                                source=self, on_done=lambda _result: saved.append(True))
            return bool(saved)

        dialog = ReviewDateDialog(row.institution_name, row.review_on, submit, self)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_evidence(self) -> Path | None:
        line = self.history.current_record()
        if line is None or not line.evidence_filename:
            return None
        found = self.query(change_evidence, line.id)
        if found is None:
            return None
        name, data = found
        suffix = Path(name).suffix.lower() or ".pdf"
        return save_bytes(self, self.dialogs, data, self.tr("Save evidence"), name,
                          self.tr("Files (*{suffix})").format(suffix=suffix), suffix=suffix)
