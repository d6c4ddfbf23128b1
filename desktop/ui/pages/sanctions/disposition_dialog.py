"""Drafting the disposition after the hearing: revocation, or a suspension of 1 day to 6 months whose last day is
counted live by the period rules for restrictions (first day counted, the end kept on a holiday) and shown before
it is saved; an overlap with another suspension is refused at the start day. Someone else then approves it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.formatting import official_date
from desktop.core.i18n import current_language
from desktop.domain.sanctions.disposition import DispositionPlan
from desktop.domain.sanctions.models import DispositionKind
from desktop.domain.sanctions.progress import CaseProgress
from desktop.domain.sanctions.service import ground_label, kind_label
from desktop.ui.pages.sanctions.forms import CaseForm, Rule, date_field, from_qdate, hint_label, text_box

Save = Callable[[dict[str, Any]], Any]
Plan = Callable[[DispositionKind, date, int, int], DispositionPlan]  # plan_disposition, raising its refusal


class DispositionDialog(CaseForm):
    """The draft: kind, period and start, the end day as counted, and the reasons (행정절차법 Art. 23)."""

    def __init__(self, save: Save, progress: CaseProgress, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.progress, self.plan = progress, plan
        self.counted: DispositionPlan | None = None
        self.setObjectName("dispositionDialog")
        self.setWindowTitle(self.tr("Draft the disposition of {number}").format(number=progress.number))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("{name}: {ground}. Intended in the prior notice: {intended}.").format(
            name=progress.institution_name, ground=ground_label(progress.ground),
            intended=kind_label(progress.intended) + (self.tr(" of %n month(s)", "", progress.intended_months)
                                                      if progress.intended_months else "")))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in (DispositionKind.SUSPENSION, DispositionKind.REVOCATION):
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(progress.intended.value))
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(0, 24)
        self.months.setSuffix(self.tr(" month(s)"))
        self.months.setAccessibleName(self.tr("Suspension: months"))
        self.months.setValue(progress.intended_months)
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(0, 400)
        self.days.setSuffix(self.tr(" day(s)"))
        self.days.setAccessibleName(self.tr("Suspension: days"))
        self.length = QWidget()
        length_row = QHBoxLayout(self.length)
        length_row.setContentsMargins(0, 0, 0, 0)
        length_row.addWidget(self.months)
        length_row.addWidget(self.days)
        length_row.addStretch(1)
        self.length_label = QLabel(self.tr("Suspension for"))
        self.starts_on = date_field("starts_on", today() + timedelta(days=7))
        self.ends_on = hint_label("endsOn")
        self.reasons = text_box("reasons", self.tr("The facts, the legal basis and why this disposition (Korean)"), 5)
        self.reasons_en = text_box("reasons_en", self.tr("The reasons in English, for the English document "
                                                         "(optional)"), 2)
        self.fields = {"kind": self.kind, "months": self.months, "days": self.days, "starts_on": self.starts_on,
                       "reasons": self.reasons, "reasons_en": self.reasons_en}
        form = QFormLayout()
        form.addRow(self.tr("Disposition"), self.kind)
        form.addRow(self.length_label, self.length)
        form.addRow(self.tr("Takes effect on"), self.starts_on)
        form.addRow("", self.ends_on)
        form.addRow(self.tr("Reasons (행정절차법 Art. 23)"), self.reasons)
        form.addRow(self.tr("Reasons in English"), self.reasons_en)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Save draft for approval")))
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.connect_live(self.months.valueChanged, self.days.valueChanged, self.starts_on.dateChanged)
        self._kind_changed()

    def chosen_kind(self) -> DispositionKind:
        return DispositionKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        suspension = self.chosen_kind() == DispositionKind.SUSPENSION
        self.length.setVisible(suspension)
        self.length_label.setVisible(suspension)
        self.check_live()

    def _count(self) -> None:
        """Count the period as the service will (it raises the service's refusal), and show its last day."""
        self.counted = None
        self.ends_on.setText("")
        suspension = self.chosen_kind() == DispositionKind.SUSPENSION
        self.counted = self.plan(self.chosen_kind(), from_qdate(self.starts_on.date()),
                                 self.months.value() if suspension else 0, self.days.value() if suspension else 0)
        if self.counted.period is None:
            self.ends_on.setText(self.tr("The designation is revoked from {day} on; the registry shows it revoked.")
                                 .format(day=official_date(self.counted.starts_on)))
        else:
            self.ends_on.setText(self.tr("Suspended until {end} (both days included; {explained})").format(
                end=official_date(self.counted.period.end),
                explained=self.counted.period.explain(current_language()).rstrip(".")))

    def rules(self) -> Sequence[Rule]:
        return (("kind", self._count),)

    def values(self) -> dict[str, Any]:
        suspension = self.chosen_kind() == DispositionKind.SUSPENSION
        return {"kind": self.chosen_kind(), "starts_on": from_qdate(self.starts_on.date()),
                "reasons": self.reasons.toPlainText(), "months": self.months.value() if suspension else 0,
                "days": self.days.value() if suspension else 0, "reasons_en": self.reasons_en.toPlainText()}

