"""Two smaller forms of a case: the prior notice with its opinion period (at least 10 days, the deadline shown as
the period rules count it) and more evidence for a case not yet disposed (a file, a reference, or both)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, ValidationError
from desktop.core.formatting import official_date
from desktop.core.periods import Period
from desktop.domain.sanctions.progress import CaseProgress
from desktop.domain.sanctions.rules import OPINION_MIN_DAYS
from desktop.domain.sanctions.service import EvidenceInput, kind_label
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.sanctions.forms import CaseForm, Rule, hint_label

Save = Callable[[dict[str, Any]], Any]


class PriorNoticeDialog(CaseForm):
    """The prior notice (행정절차법 Art. 21): the days to submit an opinion, and the deadline they give if sent now."""

    def __init__(self, save: Save, progress: CaseProgress, deadline_of: Callable[[int], Period],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.deadline_of = deadline_of
        self.setObjectName("priorNoticeDialog")
        self.setWindowTitle(self.tr("Prior notice of {number}").format(number=progress.number))
        self.setMinimumWidth(520)
        months = self.tr(", %n month(s)", "", progress.intended_months) if progress.intended_months else ""
        intro = QLabel(self.tr("The prior notice tells {name} the intended disposition ({kind}{months}), the facts "
                               "and the legal basis, and how and by when to submit an opinion.")
                       .format(name=progress.institution_name, kind=kind_label(progress.intended), months=months))
        intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setObjectName("opinion_days")
        self.days.setRange(1, 90)
        self.days.setValue(OPINION_MIN_DAYS)
        self.days.setSuffix(self.tr(" day(s)"))
        self.deadline = hint_label("deadlineHint")
        self.fields = {"opinion_days": self.days}
        form = QFormLayout()
        form.addRow(self.tr("Period to submit an opinion"), self.days)
        form.addRow("", self.deadline)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        self.ok_box = self.buttons(self.tr("Send prior notice"))
        layout.addWidget(self.ok_box)
        self.days.valueChanged.connect(lambda _: self._days_changed())
        self._days_changed()

    def rules(self) -> Sequence[Rule]:
        return (("opinion_days", lambda: self.deadline_of(self.days.value())),)

    def _days_changed(self) -> None:
        try:
            period = self.deadline_of(self.days.value())
        except DomainError:
            self.deadline.setText(self.tr("At least {days} days (행정절차법 Art. 21 ③).").format(days=OPINION_MIN_DAYS))
        else:
            self.deadline.setText(self.tr("Sent today, opinions are due by {day}").format(
                day=official_date(period.end)))
        self.check_live()
        self.adjustSize()  # the banner came or went: the wrapped intro keeps all its lines

    def values(self) -> dict[str, Any]:
        return {"opinion_days": self.days.value()}


class EvidenceDialog(CaseForm):
    """More evidence for the case: its title, and a file chosen through the dialogs service and/or a reference."""

    def __init__(self, save: Save, progress: CaseProgress, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.dialogs = dialogs
        self.path: Path | None = None
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(self.tr("Add evidence to {number}").format(number=progress.number))
        self.setMinimumWidth(560)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. 평가보고서 사본, 현장조사 결과"))
        self.file_name = QLabel(self.tr("No file chosen"))
        self.file_name.setObjectName("evidenceName")
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseEvidence")
        self.choose_button.clicked.connect(lambda _=False: self.choose_file())
        self.file = QWidget()
        self.file.setObjectName("file")
        row = QHBoxLayout(self.file)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_name, 1)
        row.addWidget(self.choose_button)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("e.g. 타당성-2026-0003, or the record the evidence refers to"))
        self.fields = {"title": self.title, "file": self.file, "reference": self.reference}
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("File"), self.file)
        form.addRow(self.tr("Reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        self.ok_box = self.buttons(self.tr("Add evidence"))
        layout.addWidget(self.ok_box)

    def choose_file(self) -> None:
        paths = self.dialogs.open_files(self, self.tr("Choose the evidence of the case"),
                                        self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)"))
        if paths:
            self.path = paths[0]
            self.file_name.setText(paths[0].name)

    def values(self) -> dict[str, Any]:
        data = None
        if self.path is not None:
            try:
                data = self.path.read_bytes()
            except OSError as error:
                raise ValidationError(self.tr("The evidence file cannot be read: {reason}").format(
                    reason=error.strerror or error), field="file") from error
        return {"evidence": EvidenceInput(self.title.text(), data, self.path.name if self.path else "",
                                          self.reference.text())}
