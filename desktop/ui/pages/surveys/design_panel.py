"""Step 1 of a sample survey: the design form (period, strata, allocation, size, minimum) and its plan — every
stratum's N_h, W_h, prior and n_h — shown as the fields change, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import DomainError
from desktop.domain.surveys.models import Allocation, StrataBy
from desktop.domain.surveys.service import PlannedStratum, SurveyPlan, allocation_label, strata_by_label
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _qdate(day) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(day.year, day.month, day.day)


class DesignPanel(QWidget):
    """Emits ``changed`` when a field changes (the page plans again) and ``saveRequested`` on Save design."""

    changed = Signal()
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = MessageBanner(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Sample survey of the reports filed in the third quarter"))
        self.title_en = QLineEdit(self)
        self.title_en.setObjectName("titleEn")
        self.title_en.setPlaceholderText(self.tr("Optional: the title of the English report (else the title above)"))
        day = today()
        self.filed_from = QDateEdit(_qdate(day.replace(day=1).replace(month=max(1, day.month - 3))), self)
        self.filed_to = QDateEdit(_qdate(day), self)
        self.filed_from.setAccessibleName(self.tr("Filed from"))
        self.filed_to.setAccessibleName(self.tr("Filed until"))
        for edit in (self.filed_from, self.filed_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.changed)
        self.strata_by = QComboBox(self)
        for option in StrataBy:
            self.strata_by.addItem(strata_by_label(option), option.value)
        self.strata_by.setCurrentIndex(self.strata_by.findData(StrataBy.PURPOSE.value))
        self.allocation = QComboBox(self)
        for option in Allocation:
            self.allocation.addItem(allocation_label(option), option.value)
        self.allocation.setCurrentIndex(self.allocation.findData(Allocation.NEYMAN.value))
        self.size = QSpinBox(self)
        self.size.setObjectName("size")
        self.size.setRange(0, 100_000)
        self.size.setValue(40)
        self.minimum = QSpinBox(self)
        self.minimum.setObjectName("minimum")
        self.minimum.setRange(0, 1000)
        self.minimum.setValue(2)
        for widget in (self.strata_by, self.allocation):
            widget.currentIndexChanged.connect(self.changed)
        for spin in (self.size, self.minimum):
            spin.valueChanged.connect(self.changed)
        self.formula = QLabel(self)
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.save_button = QPushButton(self.tr("Save design"), self)
        self.save_button.setObjectName("saveDesign")
        self.save_button.clicked.connect(self.saveRequested)
        self.plan_table = RecordTable(self._columns(), id_of=lambda s: s.plan.key, parent=self)
        self.plan_table.set_title(self.tr("Sampling plan"))
        self.plan_table.setObjectName("planTable")
        period = QHBoxLayout()
        period.addWidget(self.filed_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.filed_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("English title"), self.title_en)
        form.addRow(self.tr("Filed between"), period)
        form.addRow(self.tr("Strata"), self.strata_by)
        form.addRow(self.tr("Allocation"), self.allocation)
        form.addRow(self.tr("Sample size"), self.size)
        form.addRow(self.tr("Minimum per stratum"), self.minimum)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.formula)
        layout.addLayout(buttons)
        layout.addWidget(self.plan_table, 1)
        self.plan: SurveyPlan | None = None

    def _columns(self) -> list[Column]:
        def note(s: PlannedStratum) -> str:
            if s.plan.below_minimum:
                return self.tr("whole stratum: fewer reports than the minimum")
            return self.tr("whole stratum") if s.plan.whole else ""
        return [Column(self.tr("Stratum"), lambda s: s.label),
                Column(self.tr("Population N_h"), lambda s: f"{s.plan.population:,}",
                       sort_key=lambda s: s.plan.population),
                Column(self.tr("Weight W_h"), lambda s: f"{s.plan.weight:.3f}", sort_key=lambda s: s.plan.weight),
                Column(self.tr("Late filings"), lambda s: str(s.plan.late), sort_key=lambda s: s.plan.late),
                Column(self.tr("Prior p_h"), lambda s: f"{s.plan.prior:.3f}", sort_key=lambda s: s.plan.prior),
                Column(self.tr("Spread S_h"), lambda s: f"{s.plan.spread:.3f}", sort_key=lambda s: s.plan.spread),
                Column(self.tr("Share"), lambda s: f"{s.plan.share:.2f}", sort_key=lambda s: s.plan.share),
                Column(self.tr("Sample n_h"), lambda s: str(s.plan.allocated), sort_key=lambda s: s.plan.allocated),
                Column(self.tr("Note"), note)]

    def values(self) -> tuple:  # type: ignore[type-arg]
        """(title, from, to, strata_by, allocation, size, minimum, English title) as entered."""
        return (self.title.text(), self.filed_from.date().toPython(), self.filed_to.date().toPython(),
                StrataBy(self.strata_by.currentData()), Allocation(self.allocation.currentData()), self.size.value(),
                self.minimum.value(), self.title_en.text())

    def _field(self, name: str | None) -> QWidget | None:
        return {"title": self.title, "title_en": self.title_en, "period": self.filed_to, "size": self.size,
                "minimum": self.minimum}.get(name or "")

    def show_plan(self, plan: SurveyPlan) -> None:
        self.plan = plan
        self.clear_marks()
        self.plan_table.set_records(plan.strata)
        self.summary.setText(self.tr("{n} of {total} reports in {strata} strata; shown before anything is saved.")
                             .format(n=plan.size, total=f"{plan.population:,}", strata=len(plan.strata)))
        self.formula.setText(self.tr(
            "n_h = n·N_h·S_h / Σ N_k·S_k with S_h = √(p_h(1−p_h)) and p_h = (late filings + 1)/(N_h + 2), the "
            "stratum's smoothed late-filing rate; at least the minimum per stratum, never more than the stratum "
            "holds; rounded by largest remainders to sum to n.") if plan.allocation is Allocation.NEYMAN else self.tr(
            "n_h = n·N_h / N; at least the minimum per stratum, never more than the stratum holds; rounded by "
            "largest remainders to sum to n."))
        self.save_button.setEnabled(True)

    def clear_marks(self) -> None:
        self.banner.clear_message()
        for widget in (self.title, self.title_en, self.filed_to, self.size, self.minimum):
            mark_field(widget, None)

    def show_error(self, error: DomainError) -> None:
        """A refusal at the field it names (used for the plan and for Save design)."""
        self.clear_marks()
        self.banner.show_message(error.message, "error")
        field = self._field(getattr(error, "field", None))
        if field is not None:
            mark_field(field, "error")

    def plan_failed(self, error: DomainError) -> None:
        self.plan = None
        self.plan_table.set_records([])
        self.summary.setText("")
        self.save_button.setEnabled(False)
        self.show_error(error)
