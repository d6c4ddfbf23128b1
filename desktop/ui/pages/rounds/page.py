"""The Rounds page: every call for applications with its counts per status, its frozen settings, and the steps
planned → open (settings frozen) → closed → completed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import AggregationMethod, ApplicationStatus, RoundStatus
from desktop.domain.applications.rounds import RoundRow, round_status_label
from desktop.domain.applications.workflow import status_label
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.rounds.round_dialog import RoundDialog
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view

NEXT_STATUS = {RoundStatus.PLANNED: RoundStatus.OPEN, RoundStatus.OPEN: RoundStatus.CLOSED,
               RoundStatus.CLOSED: RoundStatus.COMPLETED}


def _call(context: AppContext, function, *args: Any, write: bool = False) -> Any:  # type: ignore[no-untyped-def]
    unit = context.writing() if write else context.reading()
    with unit as session:
        return function(session, context.actor, *args)


class RoundsPage(Page):
    key = "rounds"
    areas = frozenset({"rounds", "applications", "settings"})
    CODE, TITLE, STATUS, PERIOD, DEADLINE, TOTAL, COUNTS = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.may_manage = context.may(Permission.MANAGE_ROUNDS)
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Rounds"))
        self.table.view.sortByColumn(self.PERIOD, Qt.SortOrder.DescendingOrder)
        self.new_button = QPushButton(self.tr("New round…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.step_button = QPushButton(self)
        self.step_button.setObjectName("stepButton")
        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_selected)
        self.step_button.clicked.connect(self.next_step)
        self.table.recordActivated.connect(lambda _: self.edit_selected())
        for button in (self.new_button, self.edit_button, self.step_button):
            gate(button, context.actor, Permission.MANAGE_ROUNDS)

        self.heading = QLabel(self)
        theme.make_heading(self.heading)
        self.heading.setWordWrap(True)
        self.settings_labels: dict[str, QLabel] = {}
        settings = QFormLayout()
        for key, label in (("notice", self.tr("Notice")), ("opened", self.tr("Opened")),
                           ("count_both_groups", self.tr("One person in both staff groups")),
                           ("supplement_days", self.tr("Supplement deadline")), ("pass_mark", self.tr("Pass mark")),
                           ("aggregation", self.tr("Aggregation")), ("versions", self.tr("Criteria / checklist"))):
            self.settings_labels[key] = QLabel(self)
            self.settings_labels[key].setObjectName(f"setting_{key}")
            settings.addRow(label + ":", self.settings_labels[key])
        self.counts_model = RecordTableModel([
            Column(self.tr("Status"), lambda r: status_label(r[0])),
            Column(self.tr("Applications"), lambda r: r[1], numeric=True),
        ], id_of=lambda r: r[0], parent=self)
        self.counts_view = QTableView(self)
        self.counts_view.setObjectName("counts")
        configure_table_view(self.counts_view, sortable=False)
        self.counts_view.setModel(self.counts_model)
        self.counts_view.setColumnWidth(0, 200)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.step_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(settings)
        detail_layout.addWidget(label_for(self.tr("Applications per status"), self.counts_view, self))
        detail_layout.addWidget(self.counts_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.table.currentRecordChanged.connect(self._show)
        self._show(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("RoundsPage", "Rounds")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: round_status_label(r.status),
                   tone=lambda r: "good" if r.status == RoundStatus.OPEN else None),
            Column(self.tr("Period"), lambda r: f"{official_date(r.period_start)} ~ {official_date(r.period_end)}",
                   sort_key=lambda r: r.period_start),
            Column(self.tr("Deadline"), lambda r: official_datetime(r.deadline), sort_key=lambda r: r.deadline),
            Column(self.tr("Applications"), lambda r: r.total, sort_key=lambda r: r.total, numeric=True),
            Column(self.tr("Per status"), self._counts_text),
        ]

    def _counts_text(self, row: RoundRow) -> str:
        return " · ".join(f"{status_label(s)} {row.counts[s]}" for s in ApplicationStatus if row.counts.get(s))

    def refresh(self) -> None:
        from desktop.domain.applications.rounds import list_rounds

        rows = self.query(list_rounds)
        if rows is not None:
            self.table.set_records(rows)
            for column, width in ((self.CODE, 70), (self.TITLE, 240), (self.PERIOD, 190), (self.DEADLINE, 130)):
                self.table.view.setColumnWidth(column, width)

    def _show(self, row: RoundRow | None) -> None:
        labels = self.settings_labels
        if row is None:
            self.heading.setText(self.tr("Select a round to see its settings and counts."))
            for label in labels.values():
                label.clear()
            self.counts_model.set_records([])
        else:
            self.heading.setText(f"{row.code}  {row.title}")
            labels["notice"].setText(row.notice_number or "-")
            labels["opened"].setText(official_datetime(row.opened_at) if row.opened_at
                                     else self.tr("not yet: settings can still change"))
            labels["count_both_groups"].setText(self.tr("yes") if row.count_both_groups else self.tr("no"))
            labels["supplement_days"].setText(self.tr("%n day(s)", "", row.supplement_days))
            labels["pass_mark"].setText(f"{row.pass_mark}")
            labels["aggregation"].setText(self._method_text(row.aggregation_method))
            labels["versions"].setText(f"{row.criteria_version} / {row.checklist_version}")
            self.counts_model.set_records([(s, row.counts.get(s, 0)) for s in ApplicationStatus])
        self._update_buttons(row)

    def _method_text(self, method: AggregationMethod) -> str:
        return {AggregationMethod.TRIMMED_MEAN: self.tr("Trimmed mean (highest and lowest dropped)"),
                AggregationMethod.MEAN: self.tr("Mean"), AggregationMethod.MEDIAN: self.tr("Median")}[method]

    def _update_buttons(self, row: RoundRow | None) -> None:
        self.edit_button.setEnabled(row is not None)
        target = NEXT_STATUS.get(row.status) if row else None
        self.step_button.setEnabled(target is not None)
        self.step_button.setText(self._step_text(target))

    def _step_text(self, target: RoundStatus | None) -> str:
        return {RoundStatus.OPEN: self.tr("Open for applications…"), RoundStatus.CLOSED: self.tr("Close round…"),
                RoundStatus.COMPLETED: self.tr("Mark completed…")}.get(target, self.tr("No further step")) \
            if target else self.tr("No further step")

    # Commands --------------------------------------------------------------------------------------------

    def round_dialog(self, existing: RoundRow | None = None) -> RoundDialog | None:
        """The round editor, or None (with the refusal shown) when the service refuses the defaults."""
        from desktop.domain.applications.rounds import create_round, round_defaults, update_round

        defaults = self.query(round_defaults)
        if defaults is None:
            return None

        def save(values: dict) -> int:
            if existing is None:
                new_id = self._create(create_round, values)
                self._saved(self.tr("Round {code} created.").format(code=values["code"].strip()), new_id)
                return new_id
            frozen = existing.status != RoundStatus.PLANNED
            _call(self.context, lambda session, actor: update_round(
                session, actor, existing.id, values["title"],
                existing.period_start if frozen else values["period_start"],
                existing.period_end if frozen else values["period_end"],
                existing.deadline if frozen else values["deadline"], notice_number=values["notice_number"],
                settings=None if frozen else values["settings"]), write=True)
            self._saved(self.tr("Round {code} saved.").format(code=existing.code), existing.id)
            return existing.id

        return RoundDialog(save, existing, defaults, self)

    def _create(self, create_round, values: dict) -> int:  # type: ignore[no-untyped-def]
        return _call(self.context, lambda session, actor: create_round(
            session, actor, values["code"], values["title"], values["period_start"], values["period_end"],
            values["deadline"], notice_number=values["notice_number"], settings=values["settings"]), write=True)

    def _saved(self, message: str, round_id: int) -> None:
        self.refresh()
        self.table.select_id(round_id)
        self.statusMessage.emit(message)
        self.recordsChanged.emit("rounds")

    def new_round(self) -> None:
        if (dialog := self.round_dialog()) is not None:
            dialog.exec()

    def edit_selected(self) -> None:
        row = self.table.current_record()
        if row is not None and self.may_manage and (dialog := self.round_dialog(row)) is not None:
            dialog.exec()

    def next_step(self) -> bool:
        """Open (freezing the settings), close or complete the selected round, after a confirmation."""
        from desktop.domain.applications.rounds import open_round, set_round_status

        row = self.table.current_record()
        target = NEXT_STATUS.get(row.status) if row else None
        if row is None or target is None:
            return False
        question = {
            RoundStatus.OPEN: self.tr("Open round {code} for applications? Its settings are frozen from now on."),
            RoundStatus.CLOSED: self.tr("Close round {code}? Applications are no longer received."),
            RoundStatus.COMPLETED: self.tr("Mark round {code} completed?"),
        }[target]
        if not self.dialogs.confirm(self, question.format(code=row.code)):
            return False
        try:
            if target == RoundStatus.OPEN:
                _call(self.context, open_round, row.id, write=True)
            else:
                _call(self.context, set_round_status, row.id, target, write=True)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self._saved(self.tr("Round {code}: {status}.").format(code=row.code, status=round_status_label(target)), row.id)
        return True
