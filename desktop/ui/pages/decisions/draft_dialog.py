"""Writing a decision: a new draft from the committee results, a draft edited, or a correction of an issued one.

The outcome, the reasons and the conditions are prefilled from the results (screening, inspection, scoring) in
Korean and English and stay editable; the dialog saves through the decisions services and keeps what was typed
when a service refuses, showing the message at the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, ValidationError
from desktop.core.formatting import score_text
from desktop.domain.decisions.details import AwaitingRow, DecisionDetail
from desktop.domain.decisions.drafting import DecisionProposal, propose_decision
from desktop.domain.decisions.models import DecisionOutcome
from desktop.domain.decisions.service import (
    DecisionText,
    draft_correction,
    draft_decision,
    outcome_label,
    update_draft,
)
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService

FIELDS = ("reasons", "reasons_en", "conditions", "conditions_en", "correction_reason", "correction_reason_en")


class DecisionDraftDialog(QDialog):
    """``mode`` is "new" (choose the application), "edit" (a draft) or "correct" (an issued decision)."""

    saved = Signal(int)  # the draft's decision id

    def __init__(self, context: AppContext, dialogs: DialogService, mode: str, *,
                 awaiting: list[AwaitingRow] | None = None, detail: DecisionDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.dialogs, self.mode, self.detail = context, dialogs, mode, detail
        self.decision_id: int | None = detail.id if detail is not None and mode == "edit" else None
        self.setObjectName("decisionDraftDialog")
        self.setWindowTitle({"new": self.tr("Draft a decision"), "edit": self.tr("Edit draft decision"),
                             "correct": self.tr("Correct decision {number}")}[mode].format(
                                 number=detail.number if detail else ""))
        self.resize(980, 680)

        self.application = QComboBox(self)
        self.application.setObjectName("application")
        for row in awaiting or []:
            self.application.addItem(f"{row.number}  {row.institution_name}", row.id)
        self.application_label = QLabel(self)
        if detail is not None:
            self.application_label.setText(f"{detail.application_number}  {detail.institution_name}")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for outcome in DecisionOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.fill_button = QPushButton(self.tr("Fill in from the committee results"), self)
        self.fill_button.clicked.connect(self.fill_from_results)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            self.edits[name] = edit
            error = QLabel(self)
            error.setObjectName(f"{name}Error")
            theme.set_tone(error, theme.Tone.BAD)
            error.setWordWrap(True)
            error.hide()
            self.errors[name] = error
        self.edits["conditions"].setMaximumHeight(90)
        self.edits["conditions_en"].setMaximumHeight(90)
        self.edits["correction_reason"].setMaximumHeight(70)
        self.edits["correction_reason_en"].setMaximumHeight(70)
        for name, spoken in (("reasons", self.tr("Reasons (Korean)")), ("reasons_en", self.tr("Reasons (English)")),
                             ("conditions", self.tr("Conditions (Korean)")),
                             ("conditions_en", self.tr("Conditions (English)")),
                             ("correction_reason", self.tr("Why the decision is corrected (Korean)")),
                             ("correction_reason_en", self.tr("Why the decision is corrected (English)"))):
            self.edits[name].setAccessibleName(spoken)

        head = QFormLayout()
        (self.application_label if mode == "new" else self.application).hide()
        head.addRow(self.tr("Application:"), self.application if mode == "new" else self.application_label)
        head.addRow(self.tr("Outcome:"), self.outcome)
        head.addRow("", self.fill_button)
        head.addRow("", self.summary)
        texts = QGroupBox(self.tr("Text of the decision (printed on the notice)"), self)
        grid = QGridLayout(texts)
        grid.addWidget(QLabel(self.tr("Korean"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("English (printed on English notices; empty: the Korean text)"), self), 0, 2)
        for row, (label, korean, english) in enumerate(((self.tr("Reasons"), "reasons", "reasons_en"),
                                                        (self.tr("Conditions (optional)"), "conditions",
                                                         "conditions_en")), start=1):
            grid.addWidget(QLabel(label, self), row * 2 - 1, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.edits[korean], row * 2 - 1, 1)
            grid.addWidget(self.edits[english], row * 2 - 1, 2)
            grid.addWidget(self.errors[korean], row * 2, 1)
            grid.addWidget(self.errors[english], row * 2, 2)
        grid.setRowStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(texts, 1)
        if mode == "correct":
            question = self.tr("Why is the decision corrected? Korean | English (printed on the new notice)")
            layout.addWidget(QLabel(question, self))
            reasons = QGridLayout()
            reasons.addWidget(self.edits["correction_reason"], 0, 0)
            reasons.addWidget(self.edits["correction_reason_en"], 0, 1)
            reasons.addWidget(self.errors["correction_reason"], 1, 0)
            layout.addLayout(reasons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if detail is not None:
            self.set_text(detail.outcome, detail.reasons, detail.reasons_en, detail.conditions, detail.conditions_en)
            self.edits["correction_reason"].setPlainText(detail.correction_reason if mode == "edit" else "")
            self.edits["correction_reason_en"].setPlainText(detail.correction_reason_en if mode == "edit" else "")
        elif self.application.count():
            self.fill_from_results()

    # -- filling -------------------------------------------------------------------------------------------
    def set_text(self, outcome: DecisionOutcome, reasons: str, reasons_en: str, conditions: str,
                 conditions_en: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))
        for name, value in (("reasons", reasons), ("reasons_en", reasons_en), ("conditions", conditions),
                            ("conditions_en", conditions_en)):
            self.edits[name].setPlainText(value)

    def application_id(self) -> int | None:
        if self.mode == "new":
            value = self.application.currentData()
            return int(value) if value is not None else None
        return self.detail.application_id if self.detail else None

    def fill_from_results(self) -> DecisionProposal | None:
        application_id = self.application_id()
        if application_id is None:
            return None
        try:
            with self.context.reading() as session:
                proposal = propose_decision(session, self.context.actor, application_id)
        except DomainError as error:
            self.dialogs.show_error(self, error)
            return None
        self.set_text(proposal.outcome, proposal.reasons, proposal.reasons_en, proposal.conditions,
                      proposal.conditions_en)
        score = (self.tr("aggregate {aggregate} (pass mark {mark})").format(
            aggregate=score_text(proposal.aggregate), mark=score_text(proposal.pass_mark))
            if proposal.aggregate is not None else self.tr("no committee result yet"))
        yes, no = self.tr("passed"), self.tr("not passed")
        self.summary.setText(self.tr("Committee results: {score}; screening {screening}; inspection {inspection}. "
                                     "The text below is a proposal: edit it as needed.").format(
            score=score, screening=yes if proposal.screening_passed else no,
            inspection=yes if proposal.inspection_passed else no))
        return proposal

    # -- saving --------------------------------------------------------------------------------------------
    def text(self) -> DecisionText:
        value = {name: edit.toPlainText() for name, edit in self.edits.items()}
        return DecisionText(DecisionOutcome(self.outcome.currentData()), value["reasons"], value["reasons_en"],
                            value["conditions"], value["conditions_en"], value["correction_reason_en"])

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()

    def save(self) -> int | None:
        """Save through the service; on a refusal keep the text and show the message at its field."""
        self._clear_errors()
        text = self.text()
        reason = self.edits["correction_reason"].toPlainText()
        try:
            with self.context.writing() as session:
                actor = self.context.actor
                if self.mode == "new":
                    application_id = self.application_id()
                    if application_id is None:
                        raise ValidationError(self.tr("Choose the application to decide."), field="application")
                    decision_id = draft_decision(session, actor, application_id, text.outcome, text.reasons,
                                                 text.conditions, reasons_en=text.reasons_en,
                                                 conditions_en=text.conditions_en)
                elif self.mode == "edit":
                    assert self.decision_id is not None
                    update_draft(session, actor, self.decision_id, text,
                                 reason if self.detail and self.detail.supersedes_number else None)
                    decision_id = self.decision_id
                else:
                    assert self.detail is not None
                    decision_id = draft_correction(session, actor, self.detail.id, text, reason)
        except ValidationError as error:
            if error.field in self.errors:
                self.errors[error.field].setText(error.message)
                self.errors[error.field].show()
                self.edits[error.field].setFocus()
            else:
                self.dialogs.show_error(self, error)
            return None
        except DomainError as error:
            self.dialogs.show_error(self, error)
            return None
        self.decision_id = decision_id
        self.saved.emit(decision_id)
        self.accept()
        return decision_id
