"""The Sample surveys page (표본조사, Act Art. 31-4 ④): design a survey (its plan shown before saving), draw the
sample with a recorded seed and redraw it from the seed to check, review each sampled report on the findings form,
see the analysis per stratum and overall with a chart, and issue and print the survey report."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.formatting import official_date
from desktop.domain.accounts.permissions import Permission
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.reports.standard import conclusion_label
from desktop.domain.surveys.collection import (
    Analysis,
    SampleRow,
    analyse,
    list_samples,
    record_review,
    sample_review,
)
from desktop.domain.surveys.models import SurveyStatus
from desktop.domain.surveys.report import issue_survey_report
from desktop.domain.surveys.service import (
    MAX_SEED,
    SurveyRow,
    allocation_label,
    design_survey,
    draw_survey,
    list_surveys,
    plan_survey,
    redraw_check,
    status_label,
    strata_by_label,
)
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.surveys.chart import SurveyChart
from desktop.ui.pages.surveys.design_panel import DesignPanel
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.findings_form import FindingsForm
from desktop.ui.widgets.official_documents import official_pdf, official_preview
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _reviewed(session, actor, sample_id, findings, conclusion, reasons) -> bool:  # type: ignore[no-untyped-def]
    """Record the review; True once it is recorded (the page moves on to the next report)."""
    record_review(session, actor, sample_id, findings, conclusion, reasons)
    return True


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


class SurveysPage(Page):
    """Sample surveys of filed reports, in the four steps the Decree names."""

    key = "surveys"
    areas = frozenset({"sample_surveys", "survey_samples", "evaluation_reports"})
    NUMBER, TITLE, PERIOD, STRATA, ALLOCATION, STATUS, PROGRESS = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.last_check = None
        may = context.may(Permission.MANAGE_REPORTS)
        self.surveys = RecordTable(self._survey_columns(), parent=self)
        self.surveys.set_title(self.tr("Sample surveys"))
        self.surveys.setObjectName("surveys")
        self.surveys.currentRecordChanged.connect(self._show_survey)
        self.design = DesignPanel(self)
        self.design.save_button.setEnabled(False)
        self.design.changed.connect(self.plan)
        self.design.saveRequested.connect(self.save_design)
        self.design.save_button.setVisible(may)
        # Step 2 and 3: the draw and the reviews.
        self.banner = MessageBanner(self)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("seed")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(secrets.randbelow(MAX_SEED))  # a fresh seed, recorded with the draw
        self.draw_button = QPushButton(self.tr("Draw sample"), self)
        self.draw_button.setObjectName("drawSample")
        self.draw_button.clicked.connect(self.draw)
        self.redraw_button = QPushButton(self.tr("Redraw from seed"), self)
        self.redraw_button.setObjectName("redrawCheck")
        self.redraw_button.clicked.connect(self.check_redraw)
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        self.samples = RecordTable(self._sample_columns(), parent=self)
        self.samples.set_title(self.tr("Sampled reports"))
        self.samples.setObjectName("samples")
        self.samples.currentRecordChanged.connect(self._show_sample)
        self.findings = FindingsForm(self)
        self.save_review_button = QPushButton(self.tr("Save review"), self)
        self.save_review_button.setObjectName("saveReview")
        self.save_review_button.clicked.connect(self.save_review)
        # Step 4: the analysis and the report.
        self.overall = QLabel(self)
        self.overall.setObjectName("overall")
        self.overall.setWordWrap(True)
        self.results = RecordTable(self._result_columns(), id_of=lambda s: s.label, parent=self)
        self.results.set_title(self.tr("Results by stratum"))
        self.results.setObjectName("results")
        self.chart = SurveyChart(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language of the survey report"))
        self.issue_button = QPushButton(self.tr("Close and issue survey report"), self)
        self.issue_button.setObjectName("issueReport")
        self.issue_button.clicked.connect(self.issue_report)
        self.preview_button = QPushButton(self.tr("Preview survey report"), self)
        self.preview_button.setObjectName("previewReport")
        self.preview_button.clicked.connect(self.preview_report)
        self._build_layout()
        self._show_survey(None)

    def _build_layout(self) -> None:
        draw_row = QHBoxLayout()
        draw_row.addWidget(label_for(self.tr("Random seed"), self.seed, self))
        draw_row.addWidget(self.seed)
        draw_row.addWidget(self.draw_button)
        draw_row.addWidget(self.redraw_button)
        draw_row.addWidget(self.progress, 1)
        review = QWidget(self)
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.findings)
        review_layout.addWidget(self.save_review_button, 0, Qt.AlignmentFlag.AlignRight)
        review_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.samples)
        split.addWidget(review)
        split.setStretchFactor(1, 2)
        sample_tab = QWidget(self)
        sample_layout = QVBoxLayout(sample_tab)
        sample_layout.addLayout(draw_row)
        sample_layout.addWidget(split, 1)
        report_row = QHBoxLayout()
        report_row.addWidget(self.overall, 1)
        report_row.addWidget(self.language)
        report_row.addWidget(self.issue_button)
        report_row.addWidget(self.preview_button)
        analysis_split = QSplitter(Qt.Orientation.Vertical, self)
        analysis_split.addWidget(self.results)
        analysis_split.addWidget(self.chart)
        analysis_tab = QWidget(self)
        analysis_layout = QVBoxLayout(analysis_tab)
        analysis_layout.addLayout(report_row)
        analysis_layout.addWidget(analysis_split, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("surveyTabs")
        self.tabs.addTab(self.design, self.tr("1 Design"))
        self.tabs.addTab(sample_tab, self.tr("2–3 Draw and review"))
        self.tabs.addTab(analysis_tab, self.tr("4 Analysis and report"))
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(self.surveys)
        outer.addWidget(self.tabs)
        outer.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(outer, 1)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("SurveysPage", "Sample surveys")

    def _survey_columns(self) -> list[Column]:
        return [Column(self.tr("Survey"), lambda r: r.number),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Filed"), lambda r: f"{official_date(r.filed_from)} – {official_date(r.filed_to)}",
                       sort_key=lambda r: r.filed_from),
                Column(self.tr("Strata"), lambda r: strata_by_label(r.strata_by)),
                Column(self.tr("Allocation"), lambda r: allocation_label(r.allocation)),
                Column(self.tr("Status"), lambda r: status_label(r.status),
                       tone=lambda r: "good" if r.status is SurveyStatus.REPORTED else None),
                Column(self.tr("Reviewed"), lambda r: self.tr("{n} of {m}").format(n=r.reviewed, m=r.size)
                       if r.status is not SurveyStatus.DESIGNED else "", sort_key=lambda r: r.reviewed)]

    def _sample_columns(self) -> list[Column]:
        return [Column(self.tr("Stratum"), lambda s: s.stratum),
                Column(self.tr("Institute"), lambda s: s.institution_name),
                Column(self.tr("Report number"), lambda s: s.report_number),
                Column(self.tr("Filed"), lambda s: official_date(s.filing_date), sort_key=lambda s: s.filing_date),
                Column(self.tr("Conclusion"), lambda s: conclusion_label(s.conclusion) if s.conclusion
                       else self.tr("not reviewed"),
                       tone=lambda s: "bad" if s.conclusion and s.conclusion.value == "inappropriate" else None)]

    def _result_columns(self) -> list[Column]:
        return [Column(self.tr("Stratum"), lambda s: s.label),
                Column(self.tr("Population N_h"), lambda s: f"{s.population:,}", sort_key=lambda s: s.population),
                Column(self.tr("Weight W_h"), lambda s: f"{s.weight:.3f}", sort_key=lambda s: s.weight),
                Column(self.tr("Reviewed n_h"), lambda s: f"{s.reviewed} / {s.allocated}",
                       sort_key=lambda s: s.reviewed),
                Column(self.tr("Inappropriate"), lambda s: str(s.inappropriate), sort_key=lambda s: s.inappropriate),
                Column(self.tr("Share"), lambda s: _percent(s.interval.share), sort_key=lambda s: s.interval.share),
                Column(self.tr("95 % interval (Wilson)"),
                       lambda s: f"{_percent(s.interval.low)} – {_percent(s.interval.high)}" if s.reviewed else "")]

    # -- loading -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.query(list_surveys)
        if rows is None:
            return
        self.surveys.set_records(rows)
        self._show_survey(self.surveys.current_record())
        self.plan()

    def current(self) -> SurveyRow | None:
        return self.surveys.current_record()

    def _show_survey(self, row: SurveyRow | None) -> None:
        may = self.context.may(Permission.MANAGE_REPORTS)
        samples = self.query(list_samples, row.id) if row is not None and row.status is not SurveyStatus.DESIGNED \
            else []
        self.samples.set_records(samples or [])
        analysis: Analysis | None = self.query(analyse, row.id) if samples and row is not None else None
        self._show_analysis(analysis)
        self.draw_button.setEnabled(may and row is not None and row.status is SurveyStatus.DESIGNED)
        self.redraw_button.setEnabled(row is not None and row.seed is not None)
        if row is not None and row.seed is not None:
            self.seed.setValue(row.seed)
        self.seed.setEnabled(may and row is not None and row.status is SurveyStatus.DESIGNED)
        self.issue_button.setEnabled(may and row is not None and row.status is SurveyStatus.DRAWN
                                     and analysis is not None and analysis.complete)
        self.preview_button.setEnabled(row is not None and row.status is not SurveyStatus.DESIGNED)
        self._update_progress(row, samples or [])
        self._show_sample(self.samples.current_record())

    def _update_progress(self, row: SurveyRow | None, samples: list[SampleRow]) -> None:
        if row is None:
            self.progress.setText(self.tr("Select a survey, or design one on the first tab."))
        elif row.status is SurveyStatus.DESIGNED:
            self.progress.setText(self.tr("Designed; not drawn yet."))
        else:
            done = sum(1 for s in samples if s.conclusion is not None)
            self.progress.setText(self.tr("Seed {seed}: {n} of {m} sampled reports reviewed.").format(
                seed=row.seed, n=done, m=len(samples)))

    def _show_analysis(self, analysis: Analysis | None) -> None:
        self.results.set_records(analysis.strata if analysis else [])
        self.chart.set_analysis(analysis)
        if analysis is None:
            self.overall.setText("")
        elif analysis.estimate is None:
            self.overall.setText(self.tr("{x} of {n} reviewed reports inappropriate; the stratified estimate needs a "
                                         "reviewed report in every stratum.").format(x=analysis.inappropriate,
                                                                                     n=analysis.reviewed))
        else:
            e = analysis.estimate
            self.overall.setText(self.tr(
                "{x} of {n} reviewed reports inappropriate. Stratified estimate p = Σ W_h·p_h = {share} (95 % "
                "interval {low} – {high}; standard error {se}).").format(
                x=analysis.inappropriate, n=analysis.reviewed, share=_percent(e.share), low=_percent(e.low),
                high=_percent(e.high), se=_percent(e.standard_error)))

    def _show_sample(self, sample: SampleRow | None) -> None:
        row = self.current()
        editable = sample is not None and row is not None and row.status is SurveyStatus.DRAWN \
            and self.context.may(Permission.MANAGE_REPORTS)
        self.findings.setEnabled(editable)
        self.save_review_button.setEnabled(editable)
        self.findings.clear()
        if sample is None:
            return
        review = self.query(sample_review, sample.id)
        if review is not None and review.conclusion is not None:
            self.findings.set_values(review.findings, review.conclusion, review.reasons)

    # -- step 1 ------------------------------------------------------------------------------------------------
    def plan(self) -> None:
        """Plan the design as it stands (nothing saved); a refusal shows at its field."""
        _title, start, end, strata_by, allocation, size, minimum, _title_en = self.design.values()
        try:
            with self.context.reading() as session:
                plan = plan_survey(session, self.context.actor, start, end, strata_by, allocation, size, minimum)
        except DomainError as error:
            self.design.plan_failed(error)
            return
        self.design.show_plan(plan)
        self.design.save_button.setEnabled(self.context.may(Permission.MANAGE_REPORTS))

    def save_design(self) -> None:
        survey_id = self.change(design_survey, *self.design.values(), form=self.design,
                                done=self.tr("Survey designed."))
        if survey_id is not None:
            self.refresh()
            self.surveys.select_id(survey_id)
            self.tabs.setCurrentIndex(1)

    # -- steps 2 and 3 -----------------------------------------------------------------------------------------
    def draw(self) -> None:
        row = self.current()
        if row is None:
            return
        if self.change(draw_survey, row.id, self.seed.value(), form=self.banner_form(),
                       done=self.tr("Sample drawn.")) is not None:
            self.refresh()

    def check_redraw(self) -> None:
        row = self.current()
        if row is None:
            return
        check = self.change(redraw_check, row.id)
        if check is None:
            return
        self.last_check = check
        if check.same:
            self.banner.show_message(self.tr("Redrawn from seed {seed}: the same {n} reports as the stored sample.")
                                     .format(seed=check.seed, n=check.stored), "info")
        else:
            self.banner.show_message(self.tr("Redrawn from seed {seed}: {d} report(s) differ from the stored sample "
                                             "(population unchanged: {same}).").format(
                seed=check.seed, d=check.differing, same=self.tr("yes") if check.population_same else self.tr("no")))

    def save_review(self) -> None:
        sample = self.samples.current_record()
        if sample is None or not self.findings.validated():
            return
        if not self.change(_reviewed, sample.id, self.findings.findings(), self.findings.conclusion(),
                           self.findings.reasons(), form=self.banner_form(), done=self.tr("Review saved.")):
            return
        self.banner.clear_message()
        self.refresh()
        following = next((s for s in self.samples.records() if s.conclusion is None), None)
        if following is not None:
            self.samples.select_id(following.id)

    def banner_form(self) -> object:
        page = self

        class _Banner:
            def show_error(self, error: DomainError) -> None:
                page.banner.show_message(error.message, "error")
        return _Banner()

    # -- step 4 ------------------------------------------------------------------------------------------------
    def issue_report(self) -> None:
        row = self.current()
        if row is None or not self.dialogs.confirm(self, self.tr(
                "Close {number} and issue its report? The reviews cannot be changed afterwards.")
                .format(number=row.number)):
            return
        if self.change(issue_survey_report, row.id, form=self.banner_form(),
                       done=self.tr("Survey report issued.")) is not None:
            self.refresh()

    def preview_report(self) -> PdfPreviewDialog | None:
        row = self.current()
        if row is None:
            return None
        pdf = official_pdf(self, self.context, self.dialogs, DocumentKind.SURVEY_REPORT, row.id,
                           str(self.language.currentData()), row.number)
        if pdf is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = official_preview(self, self.dialogs, pdf, f"{row.number} {row.title}",
                                               f"{row.number}-{self.language.currentData()}.pdf")
        self.preview_dialog.show()
        return self.preview_dialog

