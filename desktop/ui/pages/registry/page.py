"""The Registry page: the designated institutes with how many are public and how many private, and the history
of the selected entry (designation, corrections, suspension, revocation)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, official_datetime
from desktop.domain.institutions.models import Sector
from desktop.domain.institutions.service import kind_label, sector_label
from desktop.domain.registry.models import RegistryEventKind, RegistryStatus
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
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _status_tone(row: RegistryRow) -> str | None:
    return {RegistryStatus.SUSPENDED: "bad", RegistryStatus.REVOKED: "muted"}.get(row.status)


def _event_tone(row: RegistryEventRow) -> str | None:
    return {RegistryEventKind.DESIGNATED: "good", RegistryEventKind.SUSPENDED: "bad",
            RegistryEventKind.REVOKED: "bad"}.get(row.kind)


class RegistryPage(Page):
    """The registry of designated institutes (revoked entries stay listed but are not counted)."""

    key = "registry"
    areas = frozenset({"registry_entries", "decisions", "public_notices", "institutions", "settings",
                       "registry_restrictions"})
    INSTITUTION, SECTOR, KIND, DESIGNATED_ON, DECISION, SCOPE, OUTPUTS, STATUS = range(8)
    EVENT_DATE, EVENT_KIND, EVENT_REFERENCE, EVENT_NOTE, EVENT_BY = range(5)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.statuses: dict[int, EntryStatus] = {}  # derived from the dispositions (registry/status.py), today
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.table = RecordTable(self._columns(), parent=self)
        self.table.view.sortByColumn(self.DESIGNATED_ON, Qt.SortOrder.DescendingOrder)
        self.history_title = QLabel(self)
        self.history_title.setObjectName("historyTitle")
        self.history = RecordTable(self._history_columns(), parent=self)
        self.history.setObjectName("history")
        self.history.view.sortByColumn(self.EVENT_DATE, Qt.SortOrder.AscendingOrder)
        self.table.currentRecordChanged.connect(self._show_history)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("RegistryPage", "Registry")

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
        ]

    def _history_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda e: official_date(e.occurred_on), sort_key=lambda e: (e.occurred_on, e.id)),
            Column(self.tr("Event"), lambda e: event_label(e.kind), tone=_event_tone),
            Column(self.tr("Decision"), lambda e: e.reference),
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
            return
        events = self.query(registry_history, row.id)
        self.history_title.setText(self.tr("History of {name}").format(name=row.institution_name))
        self.history.set_records(events or [])
