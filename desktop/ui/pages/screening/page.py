"""The Screening page: applications under document screening, each requirement's result, and the next steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import transition
from desktop.domain.applications.workflow import action_label, status_label
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.screening.service import (
    RuleLine,
    ScreeningDetail,
    ScreeningRow,
    list_screening,
    outcome_label,
    rule_label,
    run_screening,
    screening_detail,
)
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view

OPEN_STATUSES = frozenset({
    ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED,
})


def _outcome_tone(outcome: ScreeningOutcome | None) -> str | None:
    if outcome is None:
        return "muted"
    return "good" if outcome == ScreeningOutcome.ELIGIBLE else "bad"


class ScreeningPage(Page):
    """Lists applications in (or past) screening; the selected one shows its latest result rule by rule."""

    key = "screening"

    # Columns of the list
    NUMBER, INSTITUTION, STATUS, OUTCOME, SCREENED_AT, FAILED = range(6)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._detail: ScreeningDetail | None = None
        self.table = RecordTable(self._columns(), id_of=lambda r: r.application_id, parent=self)
        self.table.view.sortByColumn(self.NUMBER, Qt.SortOrder.AscendingOrder)
        self.open_only = QCheckBox(self.tr("Only applications awaiting screening"), self)
        self.open_only.toggled.connect(self._apply_open_only)

        self.start_button = QPushButton(action_label(ApplicationStatus.SCREENING), self)
        self.run_button = QPushButton(self.tr("Run screening"), self)
        self.pass_button = QPushButton(action_label(ApplicationStatus.INSPECTION), self)
        self.supplement_button = QPushButton(action_label(ApplicationStatus.SUPPLEMENT_REQUESTED), self)
        self.start_button.clicked.connect(lambda: self._take_step(ApplicationStatus.SCREENING))
        self.run_button.clicked.connect(self.run_selected)
        self.pass_button.clicked.connect(lambda: self._take_step(ApplicationStatus.INSPECTION))
        self.supplement_button.clicked.connect(lambda: self._take_step(ApplicationStatus.SUPPLEMENT_REQUESTED))
        may_screen = context.may(Permission.SCREEN_APPLICATIONS)
        for button in self._action_buttons():
            button.setVisible(may_screen)

        self.heading = QLabel(self)
        self.heading.setObjectName("detailHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.heading.setWordWrap(True)
        self.summary = QFormLayout()
        self.status_value, self.outcome_value, self.screened_value = QLabel(self), QLabel(self), QLabel(self)
        self.summary.addRow(self.tr("Status:"), self.status_value)
        self.summary.addRow(self.tr("Outcome:"), self.outcome_value)
        self.summary.addRow(self.tr("Screened at:"), self.screened_value)
        self.rules_model = RecordTableModel(self._rule_columns(), id_of=lambda r: r.rule, parent=self)
        self.rules_view = QTableView(self)
        self.rules_view.setObjectName("rules")
        configure_table_view(self.rules_view, sortable=False)
        self.rules_view.setWordWrap(True)
        self.rules_view.setModel(self.rules_model)
        self.rules_view.setColumnWidth(0, 190)
        self.rules_view.setColumnWidth(1, 60)
        self.rules_view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rule_rows())

        buttons = QHBoxLayout()
        for button in self._action_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_only)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(self.summary)
        detail_layout.addWidget(self.rules_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.table.currentRecordChanged.connect(self._show_detail)
        self._show_detail(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ScreeningPage", "Screening")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.outcome) if r.outcome else self.tr("Not screened"),
                   tone=lambda r: _outcome_tone(r.outcome)),
            Column(self.tr("Screened at"), lambda r: official_datetime(r.screened_at) if r.screened_at else "",
                   sort_key=lambda r: r.screened_at),
            Column(self.tr("Failed requirements"), lambda r: ", ".join(rule_label(x) for x in r.failed_rules),
                   sort_key=lambda r: len(r.failed_rules)),
        ]

    def _rule_columns(self) -> list[Column]:
        return [
            Column(self.tr("Requirement"), lambda r: rule_label(r.rule)),
            Column(self.tr("Result"), self._rule_result, tone=lambda r: "good" if r.passed else "bad"),
            Column(self.tr("Reason"), lambda r: r.reason),
        ]

    def _rule_result(self, line: RuleLine) -> str:
        text = self.tr("Pass") if line.passed else self.tr("Fail")
        return self.tr("{result} (overridden)").format(result=text) if line.overridden else text

    def _action_buttons(self) -> list[QPushButton]:
        return [self.start_button, self.run_button, self.pass_button, self.supplement_button]

    # Loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.query(list_screening)
        if rows is None:
            return
        self.table.set_records(rows)

    def _apply_open_only(self, checked: bool) -> None:
        self.table.set_predicate((lambda r: r.status in OPEN_STATUSES) if checked else None)

    def _show_detail(self, row: ScreeningRow | None) -> None:
        self._detail = None
        if row is not None:
            try:
                with self.context.database.read() as session:
                    self._detail = screening_detail(session, self.context.actor, row.application_id)
            except Exception as error:
                self.dialogs.show_error(self, error)
        detail = self._detail
        if detail is None:
            self.heading.setText(self.tr("Select an application to see its screening."))
            for label in (self.status_value, self.outcome_value, self.screened_value):
                label.clear()
            self.rules_model.set_records([])
        else:
            self.heading.setText(f"{detail.number}  {detail.institution_name}")
            self.status_value.setText(status_label(detail.status))
            self.outcome_value.setText(outcome_label(detail.outcome) if detail.outcome
                                       else self.tr("Not screened yet"))
            self.screened_value.setText(official_datetime(detail.screened_at) if detail.screened_at else "")
            self.rules_model.set_records(detail.rules)
            self._fit_rule_rows()
        self._update_buttons()

    def _fit_rule_rows(self) -> None:
        """Wrapped reasons need their rows' heights recomputed once the columns have their final widths."""
        QTimer.singleShot(0, self.rules_view.resizeRowsToContents)

    def _update_buttons(self) -> None:
        status = self._detail.status if self._detail else None
        self.start_button.setEnabled(status in (ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENT_REQUESTED))
        for button in (self.run_button, self.pass_button, self.supplement_button):
            button.setEnabled(status == ApplicationStatus.SCREENING)

    # Actions -------------------------------------------------------------------------------------------

    def run_selected(self) -> None:
        """Run the requirement rules on the selected application and record the result."""
        row = self.table.current_record()
        if row is None:
            return
        try:
            with self.context.database.transaction() as session:
                result = run_screening(session, self.context.actor, row.application_id)
                outcome = result.outcome
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.statusMessage.emit(self.tr("Screening of {number}: {outcome}.")
                                .format(number=row.number, outcome=outcome_label(outcome)))
        self._changed()

    def _take_step(self, target: ApplicationStatus) -> None:
        row = self.table.current_record()
        if row is None:
            return
        if target != ApplicationStatus.SCREENING and not self.dialogs.confirm(
                self, self.tr("{action}: {number} {name}?").format(
                    action=action_label(target), number=row.number, name=row.institution_name)):
            return
        try:
            with self.context.database.transaction() as session:
                transition(session, self.context.actor, row.application_id, target)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.statusMessage.emit(self.tr("{number} is now: {status}.")
                                .format(number=row.number, status=status_label(target)))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.recordsChanged.emit("applications")
