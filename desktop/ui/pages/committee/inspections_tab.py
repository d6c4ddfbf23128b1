"""What the committee reads of the on-site inspections of the selected round's applicants (report one click away)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from desktop.domain.applications.service import list_applications
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.pages.inspections.summary_panel import InspectionSummaryPanel

if TYPE_CHECKING:
    from desktop.ui.pages.committee.page import CommitteePage


class InspectionsTab(CommitteeTab):
    areas = frozenset({"inspections", "inspection_findings", "applications"})

    def __init__(self, page: CommitteePage) -> None:
        super().__init__(page)
        self.summary = InspectionSummaryPanel(self.context, self.dialogs, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        if self.round_id is None:
            self.summary.table.set_records([])
            return
        applications = self.query(list_applications, self.round_id)
        if applications is not None:
            self.summary.refresh([a.id for a in applications])

    def count(self) -> int:
        return len(self.summary.table.records())
