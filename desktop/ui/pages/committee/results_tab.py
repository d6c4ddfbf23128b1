"""Results of the round: ranked list (aggregate, pass/fail, flags, normalised figure for information), and for
the selected applicant each member's total, the reasons, the flags and a chart of every criterion's scores.
Compute (chair, secretariat), verify by recomputation, export to XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from desktop.core.formatting import score_text
from desktop.domain.accounts.permissions import Permission
from desktop.domain.scoring.export import export_round_results, results_workbook
from desktop.domain.scoring.results import MemberTotal, ResultDetail, round_results
from desktop.domain.scoring.service import compute_round_results, method_label, verify_results
from desktop.ui.context import AppContext
from desktop.ui.pages.committee.distribution_chart import DistributionChart
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.file_save import write_atomically
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view, fit_columns


def write_results_xlsx(context: AppContext, round_id: int, path: Path):  # type: ignore[no-untyped-def]
    """Background work: read the results in this thread's own session, build the workbook, write it."""
    with context.reading() as session:
        details = export_round_results(session, context.actor, round_id)
    data = yield from results_workbook(details)
    write_atomically(path, data)
    return len(details)


class ResultsTab(CommitteeTab):
    areas = frozenset({"scoring_results", "score_sheets", "challenges"})

    RANK, APPLICATION, INSTITUTION, SHEETS, AGGREGATE, RESULT, METHOD, FLAGS, NORMALISED, VERIFIED = range(10)

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self._verified: dict[int, bool] = {}
        self.table = RecordTable(self._columns(), id_of=lambda r: r.application_id, parent=self)
        self.table.set_title(self.tr("Results"))
        self.table.setObjectName("results")
        self.table.view.sortByColumn(self.RANK, Qt.SortOrder.AscendingOrder)
        self.compute_button = QPushButton(self.tr("Compute results"), self)
        self.compute_button.setToolTip(self.tr("Aggregate every applicant whose scoring is complete, with the "
                                               "round's frozen method and settings."))
        gate(self.compute_button, self.context.actor, Permission.CHAIR_MEETINGS, Permission.MANAGE_COMMITTEE)
        self.verify_button = QPushButton(self.tr("Verify results"), self)
        self.verify_button.setToolTip(self.tr("Recompute every stored result from its own score sheets and "
                                              "settings, and check that the figures are identical."))
        self.export_button = QPushButton(self.tr("Export XLSX…"), self)
        self.compute_button.clicked.connect(self.compute)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export_xlsx)
        self.verification = QLabel(self)
        self.verification.setObjectName("verification")
        self.verification.setWordWrap(True)

        self.heading = QLabel(self)
        self.heading.setObjectName("resultHeading")
        self.heading.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("resultReasons")
        self.reasons.setWordWrap(True)
        self.members_model = RecordTableModel(self._member_columns(), id_of=lambda m: m.label, parent=self)
        self.members_view = QTableView(self)
        configure_table_view(self.members_view, sortable=False)
        self.members_view.setModel(self.members_model)
        self.members_view.setObjectName("memberTotals")
        self.chart = DistributionChart(self)
        detail = QGroupBox(self.tr("Selected applicant"), self)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.members_view, 1)
        left.addWidget(self.reasons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Scores by criterion"), self))
        right.addWidget(self.chart)
        right.addStretch(1)
        row = QHBoxLayout(detail)
        row.addLayout(left, 2)
        row.addLayout(right, 3)

        bar = QHBoxLayout()
        for button in (self.compute_button, self.verify_button, self.export_button):
            bar.addWidget(button)
        bar.addWidget(self.verification, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([300, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.table.currentRecordChanged.connect(self.show_detail)
        self.show_detail(None)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Rank"), lambda r: r.rank, sort_key=lambda r: r.rank, numeric=True),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Sheets"), lambda r: len(r.members), sort_key=lambda r: len(r.members), numeric=True),
            Column(self.tr("Aggregate"), lambda r: score_text(r.aggregate), sort_key=lambda r: r.aggregate,
                   numeric=True),
            Column(self.tr("Result"), lambda r: self.tr("Pass") if r.passed else self.tr("Fail"),
                   sort_key=lambda r: r.passed, tone=lambda r: "good" if r.passed else "bad"),
            Column(self.tr("Method"), lambda r: method_label(r.method)),
            Column(self.tr("Flags"), lambda r: len(r.flags) or "", sort_key=lambda r: len(r.flags), numeric=True,
                   tone=lambda r: "bad" if r.flags else None),
            Column(self.tr("Normalised (information only)"), lambda r: score_text(r.normalised),
                   sort_key=lambda r: r.normalised, numeric=True, tone=lambda r: "muted"),
            Column(self.tr("Verified"), self._verified_text, sort_key=lambda r: self._verified.get(r.application_id),
                   tone=lambda r: {True: "good", False: "bad"}.get(self._verified.get(r.application_id))),
            Column(self.tr("Reasons"), lambda r: "; ".join(r.reasons)),
        ]

    def _member_columns(self) -> list[Column]:
        return [
            Column(self.tr("Member"), lambda m: m.display),
            Column(self.tr("Total"), lambda m: score_text(m.total), numeric=True),
            Column(self.tr("Counted"), lambda m: m.counted_text(), tone=lambda m: None if m.share == 1 else "muted"),
            Column(self.tr("Flag"), self._outlier_text, tone=lambda m: "bad" if m.outlier else None),
        ]

    def _outlier_text(self, member: MemberTotal) -> str:
        if member.outlier is None:
            return ""
        return self.tr("{distance} points from the others' mean").format(distance=member.outlier.distance)

    def _verified_text(self, row: ResultDetail) -> str:
        matches = self._verified.get(row.application_id)
        if matches is None:
            return ""
        return self.tr("Matches") if matches else self.tr("Differs")

    def refresh(self) -> None:
        rows = self.query(round_results, self.round_id) if self.round_id is not None else []
        self._verified.clear()
        self.verification.clear()
        self.table.set_records(rows or [])
        self.export_button.setEnabled(bool(rows))
        self.verify_button.setEnabled(bool(rows))

    def records(self) -> list[ResultDetail]:
        return self.table.records()

    def show_detail(self, row: ResultDetail | None) -> None:
        if row is None:
            self.heading.setText(self.tr("Select an applicant to see each member's total and the scores by "
                                         "criterion."))
            self.members_model.set_records([])
            self.reasons.clear()
            self.chart.set_lines(())
            return
        verdict = self.tr("pass") if row.passed else self.tr("fail")
        self.heading.setText(self.tr("{number} {name}: aggregate {aggregate} ({method}, pass mark {mark}) — {verdict}; "
                                     "rank {rank} of {ranked}").format(
            number=row.application_number, name=row.institution_name, aggregate=score_text(row.aggregate),
            method=method_label(row.method), mark=score_text(row.pass_mark, 0), verdict=verdict, rank=row.rank,
            ranked=row.ranked))
        self.members_model.set_records(row.members)
        fit_columns(self.members_view)
        lines = [self.tr("Reasons: {reasons}").format(reasons=" ".join(row.reasons))] if row.reasons else []
        lines += [self.tr("Flag: {flag}").format(flag=flag) for flag in row.flags]
        lines.append(self.tr("Normalised figure {value} — information only, not the official result. Equal "
                             "aggregates are ranked by the higher score in criterion {first}, then criterion "
                             "{second}.").format(
            value=score_text(row.normalised), first=row.tie_break[0] if row.tie_break else "-",
            second=row.tie_break[1] if len(row.tie_break) > 1 else "-"))
        if row.tie_rule_text:
            lines.append(row.tie_rule_text)
        self.reasons.setText("\n".join(lines))
        self.chart.set_lines(row.criteria)

    # -- actions -------------------------------------------------------------------------------------------
    def compute(self) -> None:
        if self.round_id is None:
            return
        outcome = self.act(compute_round_results, self.round_id)
        if outcome is None:
            return
        done, skipped = outcome
        message = self.tr("%n result(s) computed.", "", len(done))
        if skipped:
            message += "\n" + "\n".join(skipped)
        self.dialogs.info(self, message, self.tr("Compute results"))

    def verify(self) -> None:
        """Recompute each stored result and report how many match (nothing is written)."""
        checks = self.query(verify_results, self.round_id)
        if checks is None:
            return
        self._verified = {c.application_id: c.matches and c.inputs_current for c in checks}
        self.table.model.refresh_columns()
        matching = sum(1 for c in checks if c.matches)
        message = self.tr("{matching} of %n stored result(s) match their recomputation.", "", len(checks)).format(
            matching=matching)
        differing = [c.application_number for c in checks if not c.matches]
        if differing:
            message += " " + self.tr("Different: {numbers}.").format(numbers=", ".join(differing))
        stale = [c.application_number for c in checks if not c.inputs_current]
        if stale:
            message += " " + self.tr("Sheets changed since the result: {numbers}.").format(numbers=", ".join(stale))
        self.verification.setText(message)
        self.dialogs.info(self, message, self.tr("Verify results"))

    def export_xlsx(self) -> None:
        from desktop.ui.tasks import run_with_progress

        if self.round_id is None:
            return
        path = self.dialogs.save_file(self, self.tr("Export results"), f"results-{self.page.round_code()}.xlsx",
                                      self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")

        def done(count: int) -> None:
            self.page.statusMessage.emit(self.tr("Exported %n result(s) to {file}.", "", count).format(file=path))

        self.export_task, _ = run_with_progress(
            self, self.tr("Exporting results"), write_results_xlsx, self.context, self.round_id, path,
            on_success=done, on_error=lambda error: self.dialogs.show_error(self, error))
