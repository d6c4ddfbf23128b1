"""The findings form of the evaluation standard (Art. 31-2): one row per criterion, its assessment and note, then
the conclusion and its reasons. Validity checks and sample surveys both use it, so their findings compare."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.domain.reports.standard import (
    CRITERIA,
    Assessment,
    Conclusion,
    Finding,
    assessment_label,
    check_findings,
    conclusion_label,
    criterion_label,
    suggested_conclusion,
)
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner, mark_field


class FindingsForm(QWidget):
    """``findings()``, ``conclusion()`` and ``reasons()`` as entered; ``validated()`` checks them with the domain's
    rule and marks the field at fault; the conclusion follows the findings until the examiner picks one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = MessageBanner(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Criterion"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Assessment"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Note (why it falls short)"), self), 0, 2)
        self.assessments: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, criterion in enumerate(CRITERIA, start=1):
            combo = QComboBox(self)
            combo.setObjectName(f"assessment_{criterion.value}")
            for assessment in Assessment:
                combo.addItem(assessment_label(assessment), assessment.value)
            combo.currentIndexChanged.connect(self._follow_findings)
            note = QLineEdit(self)
            note.setObjectName(f"note_{criterion.value}")
            grid.addWidget(label_for(criterion_label(criterion), combo, self), row, 0)
            combo.setAccessibleName(self.tr("Assessment: {criterion}").format(criterion=criterion_label(criterion)))
            note.setAccessibleName(self.tr("Note: {criterion}").format(criterion=criterion_label(criterion)))
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.assessments[criterion.value] = combo
            self.notes[criterion.value] = note
        grid.setColumnStretch(2, 1)
        self.appropriate = QRadioButton(conclusion_label(Conclusion.APPROPRIATE), self)
        self.appropriate.setObjectName("conclusionAppropriate")
        self.inappropriate = QRadioButton(conclusion_label(Conclusion.INAPPROPRIATE), self)
        self.inappropriate.setObjectName("conclusionInappropriate")
        self._group = QButtonGroup(self)
        self._group.addButton(self.appropriate)
        self._group.addButton(self.inappropriate)
        self.appropriate.setChecked(True)
        self._chosen = False
        self._group.buttonClicked.connect(lambda _: setattr(self, "_chosen", True))
        self.reasons_edit = QPlainTextEdit(self)
        self.reasons_edit.setObjectName("reasons")
        self.reasons_edit.setPlaceholderText(self.tr("Reasons for the conclusion, as the result letter states them"))
        self.reasons_edit.setFixedHeight(80)
        self.reasons_edit.setAccessibleName(self.tr("Reasons for the conclusion"))
        conclusion_row = QHBoxLayout()
        conclusion_row.addWidget(QLabel(self.tr("Conclusion:"), self))
        conclusion_row.addWidget(self.appropriate)
        conclusion_row.addWidget(self.inappropriate)
        conclusion_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addLayout(conclusion_row)
        layout.addWidget(self.reasons_edit)

    def findings(self) -> list[Finding]:
        return [Finding(criterion, Assessment(self.assessments[criterion.value].currentData()),
                        self.notes[criterion.value].text().strip()) for criterion in CRITERIA]

    def conclusion(self) -> Conclusion:
        return Conclusion.INAPPROPRIATE if self.inappropriate.isChecked() else Conclusion.APPROPRIATE

    def reasons(self) -> str:
        return self.reasons_edit.toPlainText().strip()

    def set_values(self, findings: list[Finding], conclusion: Conclusion | None, reasons: str) -> None:
        """Show stored findings (a draft reopened)."""
        for finding in findings:
            combo = self.assessments[finding.criterion.value]
            combo.setCurrentIndex(combo.findData(Assessment(finding.assessment).value))
            self.notes[finding.criterion.value].setText(finding.note)
        if conclusion is not None:
            (self.inappropriate if Conclusion(conclusion) is Conclusion.INAPPROPRIATE else self.appropriate) \
                .setChecked(True)
            self._chosen = True
        self.reasons_edit.setPlainText(reasons)

    def clear(self) -> None:
        """An empty form for the next report: every criterion "meets", no notes, the conclusion following again."""
        self._chosen = False
        for criterion in CRITERIA:
            self.assessments[criterion.value].setCurrentIndex(0)
            self.notes[criterion.value].clear()
        self.appropriate.setChecked(True)
        self.reasons_edit.clear()
        self.banner.clear_message()

    def validated(self) -> bool:
        """Check with the domain's rule; on a fault show it in the banner, mark the field and return False."""
        for widget in (*self.assessments.values(), *self.notes.values(), self.reasons_edit):
            mark_field(widget, None)
        try:
            check_findings(self.findings(), self.conclusion(), self.reasons())
        except ValidationError as error:
            self.banner.show_message(str(error))
            field = self.notes.get(error.field or "") or (self.reasons_edit if error.field == "reasons" else None) \
                or self.assessments.get(error.field or "")
            if field is not None:
                mark_field(field, "error")
                field.setFocus()
            return False
        self.banner.clear_message()
        return True

    def _follow_findings(self) -> None:
        if not self._chosen:
            inappropriate = suggested_conclusion(self.findings()) is Conclusion.INAPPROPRIATE
            (self.inappropriate if inappropriate else self.appropriate).setChecked(True)
