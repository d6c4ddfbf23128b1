"""The Reports page: the register of filed evaluation reports (filtered as you type by the database, loaded a batch
at a time as the view scrolls, the first batch off the GUI thread), the
import of the evaluation information system's export with progress and cancel, each institute's figures as charts,
and the correction requests with their deadlines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.domain.accounts.permissions import Permission
from desktop.domain.reports.importing import ImportResult
from desktop.domain.reports.register import (
    ISSUED,
    RegisterFilter,
    institutions_of_reports,
    register_batch,
    register_count,
)
from desktop.domain.reports.service import (
    CorrectionRow,
    InstituteFigures,
    ReportRow,
    answer_deadline,
    list_corrections,
    record_answer,
    request_correction,
)
from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.i18n import Plural
from desktop.ui.pages.base import Page
from desktop.ui.pages.reports import work
from desktop.ui.pages.reports.charts import InstituteCharts
from desktop.ui.pages.reports.corrections import AnswerDialog, CorrectionRequestDialog, CorrectionsPanel
from desktop.ui.pages.reports.model import ReportsTableModel
from desktop.ui.tasks import Task, run_task, run_with_progress
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.record_table import BATCH_ROWS, Column
from desktop.ui.widgets.record_view import RecordTable


class ReportsPage(Page):
    """The evaluation-report register (Act Art. 31-5)."""

    key = "reports"
    areas = frozenset({"evaluation_reports", "report_correction_requests", "registry_entries", "institutions"})

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.load_task: Task | None = None
        self.figures_task: Task | None = None
        self.figures_loaded = False  # each institute's figures load when their tab is first shown after a refresh
        self.import_task: Task | None = None
        self.loaded = False
        self.banner = MessageBanner(self)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by institute, report number, purpose, subject, grade…"))
        self.search.setAccessibleName(self.tr("Filter the reports"))
        self.late_only = QCheckBox(self.tr("Filed late only"), self)
        self.late_only.setObjectName("lateOnly")
        self.import_button = QPushButton(self.tr("Import export file…"), self)
        self.import_button.setObjectName("importReports")
        self.import_button.setEnabled(context.may(Permission.MANAGE_REPORTS))
        self.import_button.clicked.connect(self.choose_and_import)
        self.request_button = QPushButton(self.tr("Request a correction…"), self)
        self.request_button.setObjectName("requestCorrection")
        self.request_button.clicked.connect(lambda _=False: self.request_correction())
        self.dialog: CorrectionRequestDialog | AnswerDialog | None = None
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.model = ReportsTableModel(self)
        self.model.set_loader(self._read_batch)
        self.shown = self.total = 0  # reports the filter keeps, reports filed (COUNT queries)
        self.counting = QTimer(self)  # the filter's count once typing pauses (the batch itself follows each key)
        self.counting.setSingleShot(True)
        self.counting.setInterval(150)
        self.counting.timeout.connect(self._count)
        self.view = QTableView(self)
        self.view.setObjectName("reportsView")
        self.view.setAccessibleName(self.tr("Filed valuation reports"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSortIndicator(ISSUED, Qt.SortOrder.DescendingOrder)  # the register's order
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.search.textChanged.connect(self._search_changed)
        self.late_only.toggled.connect(self._late_only_changed)
        self.institutes = RecordTable(self._institute_columns(), id_of=lambda f: f.institution_id, parent=self)
        self.institutes.set_title(self.tr("Institutes"))
        self.institutes.setObjectName("institutes")
        self.charts = InstituteCharts(self)
        self.institutes.currentRecordChanged.connect(self._show_institute)
        self.correction_panel = CorrectionsPanel(self)
        self.correction_panel.may_answer = context.may(Permission.MANAGE_REPORTS)
        self.correction_panel.answerRequested.connect(self.record_answer)
        self.corrections = self.correction_panel.table
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._report_selected())
        self._build_layout()
        self._report_selected()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.late_only)
        filters.addWidget(self.request_button)
        filters.addWidget(self.import_button)
        register = QWidget(self)
        register_layout = QVBoxLayout(register)
        register_layout.addLayout(filters)
        register_layout.addWidget(self.counts)
        register_layout.addWidget(self.view, 1)
        by_institute = QSplitter(Qt.Orientation.Horizontal, self)
        by_institute.addWidget(self.institutes)
        by_institute.addWidget(self.charts)
        by_institute.setStretchFactor(1, 2)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(register, self.tr("Register"))
        self.tabs.addTab(by_institute, self.tr("By institute"))
        self.tabs.addTab(self.correction_panel, self.tr("Correction requests"))
        self.by_institute = by_institute
        self.tabs.currentChanged.connect(lambda _index: self._load_figures_if_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ReportsPage", "Reports")

    def _institute_columns(self) -> list[Column]:
        return [Column(self.tr("Institute"), lambda f: f.institution_name),
                Column(self.tr("Reports"), lambda f: f"{f.total:,}", sort_key=lambda f: f.total),
                Column(self.tr("Filed late"), lambda f: f"{f.late:,}", sort_key=lambda f: f.late),
                Column(self.tr("Late rate"), lambda f: f"{f.late_rate:.1%}", sort_key=lambda f: f.late_rate)]

    # -- loading (off the GUI thread) ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.loaded = self.figures_loaded = False
        self.counts.setText(self.tr("Loading the register…"))
        self.load_task = run_task(work.load_register, self.context, self.model.filter, BATCH_ROWS,
                                  on_success=self._loaded, on_error=self._load_failed)

    def _loaded(self, register: work.Register) -> None:
        self.total = register.total
        if register.wanted == self.model.filter:
            self.model.set_rows(register.reports, register.wanted)
            self.shown = register.shown
        else:  # typed or sorted while the register loaded: that filter's batch now
            self._filter_changed(self.model.filter)
        self._institution_of = register.institution_of
        self.correction_panel.set_requests(register.corrections, self._institution_of)
        self._update_counts()
        self.loaded = True
        self._load_figures_if_shown()

    def _load_figures_if_shown(self) -> None:
        if self.tabs.currentWidget() is self.by_institute and self.loaded and not self.figures_loaded \
                and (self.figures_task is None or self.figures_task.done):
            self.figures_task = run_task(work.load_figures, self.context, on_success=self._figures_loaded,
                                         on_error=self._load_failed)

    def _figures_loaded(self, figures: list[InstituteFigures]) -> None:
        total = sum(f.total for f in figures)
        self._overall_late = sum(f.late for f in figures) / total if total else 0.0
        self.institutes.set_records(figures)
        self._show_institute(self.institutes.current_record())
        self.figures_loaded = True

    def _load_failed(self, error: BaseException) -> None:
        self.counts.setText("")
        self.dialogs.show_error(self, error)

    def _read_batch(self, wanted: RegisterFilter, offset: int, limit: int) -> list[ReportRow] | None:
        """A batch of the register read on the GUI thread (as the view scrolls or the filter changes)."""
        return self.query(register_batch, wanted, offset, limit)

    def _update_counts(self) -> None:
        self.counts.setText(self.tr("{shown} of %Ln report(s)", "", self.total).format(shown=f"{self.shown:,}"))

    def _filter_changed(self, wanted: RegisterFilter) -> None:
        """The first batch at once; the count too when that batch is all there is, else once typing pauses."""
        if not self.model.set_filter(wanted):
            return
        if self.model.complete():
            self.counting.stop()
            self.shown = self.model.rowCount()
            self._update_counts()
        else:
            self.counting.start()

    def _count(self) -> None:
        shown = self.query(register_count, self.model.filter)
        if shown is not None:
            self.shown = shown
            self._update_counts()

    def _search_changed(self, text: str) -> None:
        self.model.filter = replace(self.model.filter, search=text)
        if self.loaded:
            self._filter_changed(self.model.filter)

    def _late_only_changed(self, late_only: bool) -> None:
        self.model.filter = replace(self.model.filter, late_only=late_only)
        if self.loaded:
            self._filter_changed(self.model.filter)

    def _show_institute(self, figures: InstituteFigures | None) -> None:
        self.charts.set_figures(figures, getattr(self, "_overall_late", 0.0))

    # -- importing ----------------------------------------------------------------------------------------
    def choose_and_import(self) -> Task | None:
        paths = self.dialogs.open_files(self, self.tr("Import filed reports"), self.tr(
            "Export files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        return self.import_file(paths[0]) if paths else None

    def import_file(self, path: Path) -> Task:
        """Check every row in the background; a file with any bad row imports nothing and lists each problem."""
        self.banner.clear_message()
        self.problems.hide()
        task, _ = run_with_progress(self, self.tr("Importing filed reports"), work.import_file,
                                    self.context, path,
                                    on_success=lambda result: self._imported(path, result),
                                    on_error=self._import_failed)
        self.import_task = task
        return task

    def _imported(self, path: Path, result: ImportResult) -> None:
        if not result.ok:
            self.banner.show_message(Plural.tr(
                "{name}: %n problem(s) in the rows below; nothing was imported. Fix the file and import it again.",
                "", len(result.problems)).format(name=path.name), "error")
            self.problems.setPlainText("\n".join(p.text() for p in result.problems))
            self.problems.show()
            return
        self.banner.show_message(self.tr("{name} ({read_as}): {imported} report(s) imported, {late} of them filed "
                                         "late; {unchanged} already in the register unchanged.").format(
            name=path.name, read_as=result.read_as, imported=f"{result.imported:,}", late=f"{result.late:,}",
            unchanged=f"{result.unchanged:,}"), "info")
        if result.imported:
            self.context.changes.announce(Change.of([("evaluation_reports", None)], source=self))
            self.refresh()

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.banner.show_message(error.message, "error")
        else:
            self.dialogs.show_error(self, error)

    # -- correction requests (Decree Art. 14-5) -----------------------------------------------------------
    def current_report(self) -> ReportRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _report_selected(self) -> None:
        report = self.current_report()
        self.request_button.setEnabled(report is not None and self.context.may(Permission.MANAGE_REPORTS))
        self.correction_panel.set_report(report)

    def _write(self, function, *args):  # type: ignore[no-untyped-def]
        """One unit of work, announced when committed; a refusal is raised to the dialog, which shows it."""
        with self.context.writing(source=self) as session:
            return function(session, self.context.actor, *args)

    def _reload_corrections(self, select: int | None = None) -> None:
        requests = self.query(list_corrections)
        institution_of = self.query(institutions_of_reports, {r.report_id for r in requests or []})
        if requests is None or institution_of is None:
            return
        self._institution_of = institution_of
        self.correction_panel.set_requests(requests, institution_of)
        if select is not None:
            self.corrections.select_id(select)

    def _deadline(self, day):  # type: ignore[no-untyped-def]
        return self.query(lambda session, _actor: answer_deadline(session, day))

    def request_correction(self) -> CorrectionRequestDialog | None:
        """The dialog for a correction request on the selected report (opened, not run: tests drive it)."""
        report = self.current_report()
        if report is None:
            return None

        def save(values: dict) -> int:  # type: ignore[type-arg]
            request_id = self._write(request_correction, report.id, values["received_on"], values["reason"])
            self.correction_panel.choose_scope(CorrectionsPanel.REPORT)
            self._reload_corrections(request_id)
            self.tabs.setCurrentWidget(self.correction_panel)
            self.statusMessage.emit(self.tr("Correction of {number} requested.").format(number=report.report_number))
            return request_id

        self.dialog = CorrectionRequestDialog(save, report, self._deadline, self)
        self.dialog.open()
        return self.dialog

    def record_answer(self, request: CorrectionRow) -> AnswerDialog:
        def save(values: dict) -> int:  # type: ignore[type-arg]
            self._write(record_answer, request.id, values["answered_on"], values["answer"])
            self._reload_corrections(request.id)
            self.statusMessage.emit(self.tr("Answer on {number} recorded.").format(number=request.report_number))
            return request.id

        self.dialog = AnswerDialog(save, request, self)
        self.dialog.open()
        return self.dialog
