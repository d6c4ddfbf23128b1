"""The Committee page of a round: members, meetings, conflicts of interest, challenges, blind scoring and the
results (verifiable, exportable). Every rule is the services'; the page only shows what they allow."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.committee.service import RoundInfo, committee_rounds
from desktop.domain.scoring.service import method_label
from desktop.domain.settings.declaration import SettingSpec
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.committee.challenges_tab import ChallengesTab
from desktop.ui.pages.committee.conflicts_tab import ConflictsTab
from desktop.ui.pages.committee.inspections_tab import InspectionsTab
from desktop.ui.pages.committee.meetings_tab import MeetingsTab
from desktop.ui.pages.committee.members_tab import MembersTab
from desktop.ui.pages.committee.results_tab import ResultsTab
from desktop.ui.pages.committee.scoring_tab import ScoringTab
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.tabs import set_tab_text

T = TypeVar("T")


class CommitteePage(Page):
    """A round selector above seven tabs. Conflicted members never see those applicants anywhere."""

    key = "committee"
    areas = frozenset({"rounds", "committee_members", "member_affiliations", "committee_meetings",
                       "conflict_declarations", "challenges", "inspections", "inspection_findings", "score_sheets",
                       "scoring_results", "applications", "settings"})
    MEMBERS_TAB, MEETINGS_TAB, CONFLICTS_TAB, CHALLENGES_TAB, INSPECTIONS_TAB, SCORING_TAB, RESULTS_TAB = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._rounds: list[RoundInfo] = []
        self.round_box = QComboBox(self)
        self.round_box.setObjectName("round")
        self.round_box.setMinimumWidth(320)
        self.round_box.currentIndexChanged.connect(lambda _: self._round_chosen())
        self.round_note = QLabel(self)
        self.round_note.setObjectName("roundNote")
        self.members_tab = MembersTab(self)
        self.meetings_tab = MeetingsTab(self)
        self.conflicts_tab = ConflictsTab(self)
        self.challenges_tab = ChallengesTab(self)
        self.inspections_tab = InspectionsTab(self)
        self.scoring_tab = ScoringTab(self)
        self.results_tab = ResultsTab(self)
        self.tabs = QTabWidget(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        top = QHBoxLayout()
        top.addWidget(label_for(self.tr("Round:"), self.round_box, self))
        top.addWidget(self.round_box)
        top.addWidget(self.round_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._update_tab_titles()

    # Shortcuts kept for callers and tests.
    @property
    def members(self):  # type: ignore[no-untyped-def]
        return self.members_tab.table

    @property
    def conflicts(self):  # type: ignore[no-untyped-def]
        return self.conflicts_tab.conflicts

    @property
    def results(self):  # type: ignore[no-untyped-def]
        return self.results_tab.table

    @property
    def verify_button(self):  # type: ignore[no-untyped-def]
        return self.results_tab.verify_button

    @property
    def verification(self):  # type: ignore[no-untyped-def]
        return self.results_tab.verification

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CommitteePage", "Committee")

    def all_tabs(self) -> list[CommitteeTab]:
        return [self.members_tab, self.meetings_tab, self.conflicts_tab, self.challenges_tab, self.inspections_tab,
                self.scoring_tab, self.results_tab]

    # -- the round -----------------------------------------------------------------------------------------
    def current_round(self) -> RoundInfo | None:
        index = self.round_box.currentIndex()
        return self._rounds[index] if 0 <= index < len(self._rounds) else None

    def round_code(self) -> str:
        info = self.current_round()
        return info.code if info else ""

    def criteria_version(self) -> str:
        info = self.current_round()
        return info.criteria_version if info else ""

    def round_value(self, spec: SettingSpec[T]) -> T:
        """A setting as the chosen round froze it (its declared default when no round is chosen)."""
        info = self.current_round()
        return spec.of(info.settings if info else {})

    def choose_round(self, code: str) -> None:
        index = next((n for n, r in enumerate(self._rounds) if r.code == code), -1)
        if index >= 0:
            self.round_box.setCurrentIndex(index)

    def _round_chosen(self) -> None:
        info = self.current_round()
        if info is not None:
            self.round_note.setText(self.tr("Criteria {version}; {method}; pass mark {mark} (frozen when the round "
                                            "opened)").format(version=info.criteria_version,
                                                              method=method_label(info.aggregation_method),
                                                              mark=info.pass_mark))
        for tab in self.all_tabs():
            tab.round_id = info.id if info else None
        self.refresh_tabs()

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        rounds = self.query(committee_rounds)
        if rounds is None:
            return
        previous = self.round_code()
        self._rounds = rounds
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for info in rounds:
            self.round_box.addItem(f"{info.code}  {info.title}", info.id)
        # The chosen round set with the signals still blocked: the tabs load once below, not again for the index.
        self.round_box.setCurrentIndex(next((n for n, r in enumerate(rounds) if r.code == previous), 0))
        self.round_box.blockSignals(False)
        self._round_chosen()

    def refresh_tabs(self) -> None:
        for tab in self.all_tabs():
            tab.refresh()
        self._update_tab_titles()

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, CommitteeTab):
            tab.refresh()
        self._update_tab_titles()

    def changed(self) -> None:
        """After a change of its own (announced by ``CommitteeTab.act``): reload every tab, the rules tie them."""
        self.refresh_tabs()

    def refresh_changed(self, change: Change) -> None:
        """A change made elsewhere: the rounds when they changed, else only the tabs showing what it touched."""
        if change.ids("rounds") is None or change.ids("rounds"):
            self.refresh()
            return
        for tab in self.all_tabs():
            if change.touches(tab.areas):
                tab.refresh_changed(change)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        titles = [
            self.tr("Members ({n})").format(n=len(self.members_tab.table.records())),
            self.tr("Meetings ({n})").format(n=len(self.meetings_tab.table.records())),
            self.tr("Conflicts of interest ({n})").format(n=len(self.conflicts_tab.conflicts.records())),
            self.tr("Challenges ({n})").format(n=len(self.challenges_tab.table.records())),
            self.tr("Inspections ({n})").format(n=self.inspections_tab.count()),
            self.tr("Scoring ({n})").format(n=len(self.scoring_tab.table.records())),
            self.tr("Results ({n})").format(n=len(self.results_tab.table.records())),
        ]
        for index, title in enumerate(titles):
            set_tab_text(self.tabs, index, title)

    def verify(self) -> None:
        self.results_tab.verify()
