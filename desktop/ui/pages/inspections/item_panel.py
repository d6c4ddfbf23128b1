"""The current checklist item beside the list: its text and guidance, answer buttons, note, text, evidence and
the finding a nonconform answer raised. Edits are reported as signals; the form saves them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inspections.models import FindingSeverity
from desktop.domain.inspections.rules import CONFORM, NONCONFORM, NOT_APPLICABLE
from desktop.ui import theme
from desktop.ui.pages.inspections.checklist_model import number
from desktop.ui.pages.inspections.stores import FindingDraft, FormItem
from desktop.ui.widgets.accessible import label_for

NO_DATE = QDate(2000, 1, 1)


class Hint(QLabel):
    """A word-wrapped line that takes no room while it has nothing to say."""

    def __init__(self, tone: theme.Tone, parent: QWidget | None = None, bold: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        theme.set_tone(self, tone)
        if bold:
            theme.make_bold(self)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class FieldEdit(QPlainTextEdit):
    """A multi-line field where Tab leaves, and Esc or Ctrl+Enter hands the keyboard back to the checklist."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None, height: int = 64) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl_enter = (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                      and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() == Qt.Key.Key_Escape or ctrl_enter:
            self.left.emit()
            return
        super().keyPressEvent(event)


class ItemPanel(QWidget):
    answered = Signal(object, object)  # response (str | None), score (Decimal | None)
    edited = Signal()  # note, text or finding typed: the form saves after a pause
    evidenceAddRequested = Signal()
    evidenceOpenRequested = Signal(str)
    evidenceRemoveRequested = Signal(str)
    returnToList = Signal()

    def __init__(self, language: str = "ko", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.current: FormItem | None = None
        self._loading = False
        self.dirty: set[str] = set()  # fields typed in since they were last saved
        self.heading = QLabel(self)
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        theme.make_heading(self.heading)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.basis = QLabel(self)
        theme.set_tone(self.basis, theme.Tone.MUTED)
        self.buttons_row = QHBoxLayout()
        self.answer_buttons: dict[str, QPushButton] = {}
        self.problems = Hint(theme.Tone.WARNING, self)
        self.problems.setObjectName("itemProblems")
        self.message = Hint(theme.Tone.BAD, self, bold=True)
        self.message.setObjectName("itemMessage")

        self.text_edit = FieldEdit(self, 80)
        self.text_edit.setObjectName("answerText")
        self.text_label = QLabel(self.tr("Answer (text):"), self)
        self.text_label.setBuddy(self.text_edit)
        self.note_edit = FieldEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("What was seen on site (Enter in the list comes here; Esc goes "
                                                  "back)"))
        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("evidence")
        self.evidence_list.setMaximumHeight(80)
        self.add_evidence = QPushButton(self.tr("Add evidence… (E)"), self)
        self.open_evidence = QPushButton(self.tr("Open"), self)
        self.remove_evidence = QPushButton(self.tr("Remove"), self)
        self.add_evidence.clicked.connect(self.evidenceAddRequested)
        self.open_evidence.clicked.connect(lambda: self._evidence_signal(self.evidenceOpenRequested))
        self.remove_evidence.clicked.connect(lambda: self._evidence_signal(self.evidenceRemoveRequested))
        self.evidence_list.itemActivated.connect(lambda _: self._evidence_signal(self.evidenceOpenRequested))

        self.finding_box = QGroupBox(self.tr("Finding"), self)
        self.severity = QComboBox(self.finding_box)
        self.severity.setObjectName("severity")
        self.severity.addItem(self.tr("Minor"), FindingSeverity.MINOR)
        self.severity.addItem(self.tr("Major"), FindingSeverity.MAJOR)
        self.description = FieldEdit(self.finding_box, 48)
        self.description.setObjectName("findingDescription")
        self.corrective_action = FieldEdit(self.finding_box, 48)
        self.corrective_action.setObjectName("correctiveAction")
        self.deadline = QDateEdit(self.finding_box)
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy. M. d.")
        self.deadline.setMinimumDate(NO_DATE)
        self.deadline.setSpecialValueText(self.tr("not set"))
        finding_form = QFormLayout(self.finding_box)
        finding_form.addRow(self.tr("Severity (M):"), self.severity)
        finding_form.addRow(self.tr("What was found:"), self.description)
        finding_form.addRow(self.tr("Corrective action requested:"), self.corrective_action)
        finding_form.addRow(self.tr("Deadline:"), self.deadline)

        for name, widget in (("text", self.text_edit), ("note", self.note_edit), ("finding", self.description),
                             ("finding", self.corrective_action)):
            widget.textChanged.connect(lambda n=name: self._typed(n))
            widget.left.connect(self.returnToList)
        self.severity.currentIndexChanged.connect(lambda _: self._typed("finding"))
        self.deadline.dateChanged.connect(lambda _: self._typed("finding"))

        evidence_buttons = QVBoxLayout()
        for button in (self.add_evidence, self.open_evidence, self.remove_evidence):
            evidence_buttons.addWidget(button)
        evidence_buttons.addStretch(1)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_list, 1)
        evidence_row.addLayout(evidence_buttons)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.guidance, self.basis):
            layout.addWidget(widget)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit)
        layout.addWidget(label_for(self.tr("Note:"), self.note_edit, self))
        layout.addWidget(self.note_edit)
        layout.addWidget(label_for(self.tr("Evidence (photos, PDFs):"), self.evidence_list, self))
        layout.addLayout(evidence_row)
        layout.addWidget(self.finding_box)
        layout.addStretch(1)

    # -- showing an item -------------------------------------------------------------------------------------
    def show_item(self, row: FormItem | None, editable: bool, *, keep_fields: bool = False) -> None:
        """Show ``row``; with ``keep_fields`` the text the user is typing stays as it is."""
        same = self.current is not None and row is not None and self.current.item.id == row.item.id
        finding_appeared = row is not None and row.finding is not None and (
            not same or self.current is None or self.current.finding is None)
        self.current = row
        self._loading = True
        try:
            if row is None:
                self.heading.setText(self.tr("No item"))
                return
            item = row.item
            self.heading.setText(f"{item.id}. {item.text(self.language)}")
            self.guidance.setText(item.guidance(self.language))
            self.guidance.setVisible(bool(item.guidance(self.language)))
            self.basis.setText(self.tr("Legal basis: {basis}").format(basis=item.basis) if item.basis else "")
            self._build_buttons(row, editable)
            self.problems.setText("\n".join(row.problems))
            keep = self.dirty if same and keep_fields else set()
            if not keep_fields or not same:
                self.message.clear()
                self.dirty.clear()
            answer = row.answer
            if "note" not in keep:
                self.note_edit.setPlainText((answer.note if answer else None) or "")
            if "text" not in keep:
                self.text_edit.setPlainText((answer.text if answer else None) or "")
            if "finding" not in keep or finding_appeared:
                self._show_finding(row.finding)
            is_text = item.response == "text"
            self.text_edit.setVisible(is_text)
            self.text_label.setVisible(is_text)
            self.finding_box.setVisible(row.finding is not None)
            self.evidence_list.clear()
            for ref in row.evidence:
                entry = QListWidgetItem(ref.filename)
                entry.setData(Qt.ItemDataRole.UserRole, ref.key)
                self.evidence_list.addItem(entry)
            for widget in (self.note_edit, self.text_edit, self.description, self.corrective_action):
                widget.setReadOnly(not editable)
            for widget in (self.severity, self.deadline, self.add_evidence, self.remove_evidence):
                widget.setEnabled(editable)
        finally:
            self._loading = False

    def _show_finding(self, finding: FindingDraft | None) -> None:
        if finding is None:
            return
        self.severity.setCurrentIndex(self.severity.findData(finding.severity))
        self.description.setPlainText(finding.description)
        self.corrective_action.setPlainText(finding.corrective_action)
        self.deadline.setDate(QDate(finding.deadline) if finding.deadline else NO_DATE)

    def _build_buttons(self, row: FormItem, editable: bool) -> None:
        """The answer buttons of the item's response type (rebuilt only when the item changes)."""
        item = row.item
        if getattr(self, "_buttons_item", None) != item.id:
            while self.buttons_row.count():
                widget = self.buttons_row.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
            self.answer_buttons = {}
            choices: list[tuple[str, str, object, object]] = []
            if item.response == "conform":
                choices += [(CONFORM, self.tr("Conform (C)"), CONFORM, None),
                            (NONCONFORM, self.tr("Nonconform (N)"), NONCONFORM, None)]
            elif item.response == "score":
                choices += [(str(n), str(n), None, Decimal(n)) for n in range(int(item.max) + 1)]
            choices.append((NOT_APPLICABLE, self.tr("Not applicable (A)"), NOT_APPLICABLE, None))
            for key, text, response, score in choices:
                button = QPushButton(text, self)
                button.setObjectName(f"answer_{key}")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, r=response, s=score: self.answered.emit(r, s))
                self.buttons_row.addWidget(button)
                self.answer_buttons[key] = button
            self.buttons_row.addStretch(1)
            self._buttons_item = item.id
        current = self._current_key(row)
        for key, button in self.answer_buttons.items():
            button.setChecked(key == current)
            button.setEnabled(editable)

    @staticmethod
    def _current_key(row: FormItem) -> str | None:
        answer = row.answer
        if answer is None:
            return None
        if answer.response:
            return answer.response
        return number(answer.score) if answer.score is not None else None

    # -- what the user typed ---------------------------------------------------------------------------------
    def _typed(self, field: str) -> None:
        if not self._loading:
            self.dirty.add(field)
            self.edited.emit()

    def clean(self) -> None:
        """What was typed is saved: the next refresh may show the stored values again."""
        self.dirty.clear()

    def note(self) -> str:
        return self.note_edit.toPlainText()

    def answer_text(self) -> str:
        return self.text_edit.toPlainText()

    def finding(self) -> FindingDraft:
        deadline = self.deadline.date()
        return FindingDraft(FindingSeverity(self.severity.currentData()), self.description.toPlainText(),
                            self.corrective_action.toPlainText(),
                            None if deadline == NO_DATE else date(deadline.year(), deadline.month(), deadline.day()))

    def toggle_severity(self) -> None:
        if not self.finding_box.isHidden() and self.severity.isEnabled():
            self.severity.setCurrentIndex(1 - self.severity.currentIndex())

    def _evidence_signal(self, signal: Signal) -> None:
        entry = self.evidence_list.currentItem()
        if entry is not None:
            signal.emit(entry.data(Qt.ItemDataRole.UserRole))
