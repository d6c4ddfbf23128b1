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
from desktop.domain.screening.supplements import SupplementDraft
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
        hint = self.tr("Default: %n day(s) after today (the round's setting): {date}", "", draft.days)
        self.deadline_hint = QLabel(hint.format(date=official_date(draft.deadline)))
        self.deadline_hint.setStyleSheet("color:#555;")
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
