"""The Registry page: the designated institutes, with how many are public and how many private."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.domain.institutions.models import Sector
from desktop.domain.institutions.service import kind_label, sector_label
from desktop.domain.registry.models import RegistryStatus
from desktop.domain.registry.service import RegistryRow, list_registry, scope_label, sector_counts, status_label
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _status_tone(row: RegistryRow) -> str | None:
    return {RegistryStatus.SUSPENDED: "bad", RegistryStatus.REVOKED: "muted"}.get(row.status)


class RegistryPage(Page):
    """The registry of designated institutes (revoked entries stay listed but are not counted)."""

    key = "registry"
    INSTITUTION, SECTOR, KIND, DESIGNATED_ON, DECISION, SCOPE, STATUS = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-weight: bold;")
        self.table = RecordTable(self._columns(), parent=self)
        self.table.view.sortByColumn(self.DESIGNATED_ON, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

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
            Column(self.tr("Decision"), lambda r: r.decision_number),
            Column(self.tr("Scope"), lambda r: ", ".join(scope_label(s) for s in r.scope),
                   sort_key=lambda r: len(r.scope)),
            Column(self.tr("Status"), lambda r: status_label(r.status), tone=_status_tone),
        ]

    def refresh(self) -> None:
        rows = self.query(list_registry)
        if rows is None:
            return
        self.table.set_records(rows)
        counts = sector_counts(rows)
        self.summary.setText(self.tr("{total} designated institutes: {public} public, {private} private").format(
            total=sum(counts.values()), public=counts[Sector.PUBLIC], private=counts[Sector.PRIVATE]))
