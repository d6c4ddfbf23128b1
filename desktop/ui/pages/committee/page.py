"""The Committee page: the members, the declared conflicts of interest and the stored results (verifiable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, score_text
from desktop.domain.committee.service import (
    conflict_ground_label,
    conflict_kind_label,
    list_conflicts,
    list_members,
    member_kind_label,
)
from desktop.domain.scoring.service import ResultRow, list_results, method_label, verify_results
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


class CommitteePage(Page):
    """Three tabs: members, conflicts, results. Conflicted members never see those applicants' results."""

    key = "committee"
    MEMBERS_TAB, CONFLICTS_TAB, RESULTS_TAB = range(3)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._verified: dict[int, bool] = {}
        self.members = RecordTable(self._member_columns(), parent=self)
        self.members.setObjectName("members")
        self.conflicts = RecordTable(self._conflict_columns(),
                                     id_of=lambda r: (r.member_name, r.application_number), parent=self)
        self.conflicts.setObjectName("conflicts")
        self.results = RecordTable(self._result_columns(), id_of=lambda r: r.application_id, parent=self)
        self.results.setObjectName("results")
        self.results.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.members.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.verify_button = QPushButton(self.tr("Verify results"), self)
        self.verify_button.setToolTip(self.tr("Recompute every stored result from its own score sheets and "
                                              "settings, and check that the figures are identical."))
        self.verify_button.clicked.connect(self.verify)
        self.verification = QLabel(self)
        self.verification.setObjectName("verification")
        results_tab = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addWidget(self.verification, 1)
        results_layout = QVBoxLayout(results_tab)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(bar)
        results_layout.addWidget(self.results, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.members, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(results_tab, "")
        self._update_tab_titles()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CommitteePage", "Committee")

    def _member_columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Internal/external"), lambda r: member_kind_label(r.kind)),
            Column(self.tr("Affiliation"), lambda r: r.affiliation),
            Column(self.tr("Expertise"), lambda r: r.expertise),
            Column(self.tr("Term"), lambda r: f"{official_date(r.term_start)} – {official_date(r.term_end)}",
                   sort_key=lambda r: (r.term_start, r.term_end)),
        ]

    def _conflict_columns(self) -> list[Column]:
        return [
            Column(self.tr("Member"), lambda r: r.member_name),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Applicant"), lambda r: r.institution_name),
            Column(self.tr("Kind"), lambda r: conflict_kind_label(r.kind)),
            Column(self.tr("Ground"), lambda r: conflict_ground_label(r.ground) if r.ground else ""),
            Column(self.tr("Statement"), lambda r: r.statement),
        ]

    def _result_columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Sheets"), lambda r: r.sheets, sort_key=lambda r: r.sheets, numeric=True),
            Column(self.tr("Aggregate"), lambda r: score_text(r.aggregate), sort_key=lambda r: r.aggregate,
                   numeric=True),
            Column(self.tr("Result"), lambda r: self.tr("Pass") if r.passed else self.tr("Fail"),
                   sort_key=lambda r: r.passed, tone=lambda r: "good" if r.passed else "bad"),
            Column(self.tr("Method"), lambda r: method_label(r.method)),
            Column(self.tr("Verified"), self._verified_text, sort_key=lambda r: self._verified.get(r.application_id),
                   tone=lambda r: {True: "good", False: "bad"}.get(self._verified.get(r.application_id))),
            Column(self.tr("Reasons"), lambda r: "; ".join(r.reasons)),
        ]

    def _verified_text(self, row: ResultRow) -> str:
        matches = self._verified.get(row.application_id)
        if matches is None:
            return ""
        return self.tr("Matches") if matches else self.tr("Differs")

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(self.MEMBERS_TAB, self.tr("Members ({n})").format(n=len(self.members.records())))
        self.tabs.setTabText(self.CONFLICTS_TAB,
                             self.tr("Conflicts of interest ({n})").format(n=len(self.conflicts.records())))
        self.tabs.setTabText(self.RESULTS_TAB, self.tr("Results ({n})").format(n=len(self.results.records())))

    def refresh(self) -> None:
        try:
            with self.context.database.read() as session:
                members = list_members(session, self.context.actor)
                conflicts = list_conflicts(session, self.context.actor)
                results = list_results(session, self.context.actor)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self._verified.clear()
        self.verification.clear()
        self.members.set_records(members)
        self.conflicts.set_records(conflicts)
        self.results.set_records(results)
        self._update_tab_titles()

    def verify(self) -> None:
        """Recompute each stored result and report how many match (nothing is written)."""
        try:
            with self.context.database.read() as session:
                checks = verify_results(session, self.context.actor)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self._verified = {c.application_id: c.matches for c in checks}
        self.results.model.refresh_columns()
        matching = sum(1 for c in checks if c.matches)
        message = self.tr("{matching} of {total} stored results match their recomputation.").format(
            matching=matching, total=len(checks))
        differing = [c.application_number for c in checks if not c.matches]
        if differing:
            message += " " + self.tr("Different: {numbers}.").format(numbers=", ".join(differing))
        self.verification.setText(message)
        self.dialogs.info(self, message, self.tr("Verify results"))
