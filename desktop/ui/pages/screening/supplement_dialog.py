"""The supplement request dialog: the deficiencies (one per line, editable) and the deadline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.formatting import official_date
from desktop.core.i18n import current_language
from desktop.domain.screening.supplements import SupplementDraft
from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner, mark_field


class SupplementDialog(QDialog):
    """Proposes the screening's deficiencies and the round's deadline; ``submit`` records the request."""

    def __init__(self, draft: SupplementDraft, submit, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.draft = draft
        self._submit = submit
        self.result_row = None
        self.setWindowTitle(self.tr("Request a supplement – {number}").format(number=draft.number))
        self.setObjectName("supplementDialog")
        self.resize(680, 460)
        intro = QLabel(self.tr("{number} {name}: the applicant is asked to remedy each line below by the deadline. "
                               "The letter is kept as sent and can be printed from the Screening page.")
                       .format(number=draft.number, name=draft.institution_name))
        intro.setWordWrap(True)
        self.deficiencies = QPlainTextEdit()
        self.deficiencies.setObjectName("deficiencies")
        self.deficiencies.setPlainText("\n".join(draft.deficiencies))
        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy. M. d.")
        self.deadline.setDate(QDate(draft.deadline.year, draft.deadline.month, draft.deadline.day))
        self.deadline_hint = QLabel()
        self.deadline_hint.setObjectName("deadlineExplanation")
        self.deadline_hint.setWordWrap(True)
        self.deadline.dateChanged.connect(lambda _: self.explain_deadline())
        self.explain_deadline()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Internal note (not printed)"))
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(self.tr("Deficiencies (one per line)"), self.deficiencies)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow("", self.deadline_hint)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send request"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.deficiencies.toPlainText().splitlines() if line.strip()]

    def chosen_deadline(self) -> date:
        return self.deadline.date().toPython()  # type: ignore[no-any-return]

    def explain_deadline(self) -> str:
        """Show, as the date is edited, how the law counts the period to it (민법 157, 161) or why it is refused."""
        chosen = self.chosen_deadline()
        language = "en" if current_language() == "en" else "ko"
        try:
            period = self.draft.period_for(chosen)
        except DomainError as error:
            text, level = error.message, "error"
        else:
            default = self.tr("the round's default") if period == self.draft.period else ""
            text = period.explain(language) + (f" ({default})" if default else "")
            level = None
            if self.draft.calendar.is_non_working(chosen):
                text += " " + self.tr("{date} is not a working day: choose {end} (where the law ends the period) "
                                      "or another working day.").format(date=official_date(chosen),
                                                                         end=official_date(period.end))
                level = "warning"
            names = period.holidays_passed(language)
            self.deadline_hint.setToolTip(", ".join(names))
        self.deadline_hint.setText(text)
        theme.set_tone(self.deadline_hint, {"error": theme.Tone.BAD, "warning": theme.Tone.WARNING}.get(
            level or "", theme.Tone.MUTED))
        mark_field(self.deadline, level)
        return text

    def try_accept(self) -> bool:
        """Record the request; a refusal stays in the dialog with the field marked."""
        mark_field(self.deficiencies, None)
        mark_field(self.deadline, None)
        try:
            self.result_row = self._submit(self.lines(), self.chosen_deadline(), self.note.text().strip() or None)
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            widget = {"deficiencies": self.deficiencies, "deadline": self.deadline}.get(error.field or "")
            if widget is not None:
                mark_field(widget, "error")
                widget.setFocus()
            return False
        self.accept()
        return True
