"""The Inspections page: every on-site inspection with its inspectors, status, score and open findings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.domain.inspections.models import InspectionStatus
from desktop.domain.inspections.service import InspectionRow, list_inspections, status_label
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def score_text(row: InspectionRow) -> str:
    """``43 / 51``; empty until the checklist is answered."""
    if row.score is None or row.max_score is None:
        return ""
    return f"{row.score.normalize():f} / {row.max_score.normalize():f}"


def _score_ratio(row: InspectionRow) -> float | None:
    return float(row.score / row.max_score) if row.score is not None and row.max_score else None


class InspectionsPage(Page):
    """A read-only list of the on-site inspections (newest first)."""

    key = "inspections"
    NUMBER, APPLICATION, INSTITUTION, DATE, PLACE, INSPECTORS, STATUS, SCORE, OPEN_FINDINGS = range(9)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.table = RecordTable(self._columns(), parent=self)
        self.table.view.sortByColumn(self.DATE, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("InspectionsPage", "Inspections")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Date"), lambda r: official_date(r.scheduled_on), sort_key=lambda r: r.scheduled_on),
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
        rows = self.query(list_inspections)
        if rows is None:
            return
        self.table.set_records(rows)
