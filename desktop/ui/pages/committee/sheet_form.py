"""A member's own score sheet: one row per criterion (score as typed, comment), the running total, Save draft and
Submit. The service checks everything; its message is shown at the field and what was typed stays."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.core.formatting import score_text
from desktop.domain.scoring.criteria import CriteriaSheet
from desktop.domain.scoring.models import SheetStatus
from desktop.domain.scoring.rules import criterion_name, points
from desktop.domain.scoring.sheets import EntryInput, SheetView, sheet_status_label
from desktop.ui.widgets.feedback import MessageBanner, mark_field


class ScoreSheetForm(QWidget):
    """Emits ``saveRequested(entries, submit)``; the tab runs the service and calls ``show_error`` or ``load``."""

    saveRequested = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreSheetForm")
        self.criteria: CriteriaSheet | None = None
        self.scores: dict[str, QLineEdit] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.title = QLabel(self)
        self.title.setObjectName("sheetTitle")
        self.title.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.grid = QGridLayout()
        self.total = QLabel(self)
        self.total.setObjectName("sheetTotal")
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.submit_button = QPushButton(self.tr("Submit"), self)
        self.submit_button.setToolTip(self.tr("Submitting locks your sheet; then you see the other members' sheets."))
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.entries(), False))
        self.submit_button.clicked.connect(lambda: self.saveRequested.emit(self.entries(), True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.clear(self.tr("Select an applicant to score."))

    def _build(self, criteria: CriteriaSheet) -> None:
        if self.criteria is not None and self.criteria.version == criteria.version:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.scores.clear()
        self.comments.clear()
        self.criteria = criteria
        for column, text in enumerate((self.tr("Criterion"), self.tr("Score"), self.tr("Comment"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        for row, c in enumerate(criteria.criteria, start=1):
            name = QLabel(f"{c.id}. {criterion_name(c)}", self)
            name.setWordWrap(True)
            score = QLineEdit(self)
            score.setObjectName(f"score_{c.id}")
            score.setPlaceholderText(self.tr("0–{max}").format(max=points(c.max)))
            score.setMaximumWidth(80)
            score.textChanged.connect(self._update_total)
            comment = QLineEdit(self)
            comment.setObjectName(f"comment_{c.id}")
            comment.setPlaceholderText(self.tr("Required below {floor}").format(floor=points(c.max * Decimal("0.4"))))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(score, row, 1)
            self.grid.addWidget(comment, row, 2)
            self.scores[c.id], self.comments[c.id] = score, comment
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)

    def load(self, view: SheetView, criteria: CriteriaSheet, title: str) -> None:
        """Show the member's sheet; editable unless submitted."""
        self._build(criteria)
        self.banner.clear_message()
        for entry in view.entries:
            self.scores[entry.criterion].setText("" if entry.score is None else points(entry.score))
            self.comments[entry.criterion].setText(entry.comment)
        editable = view.status != SheetStatus.SUBMITTED
        for widget in (*self.scores.values(), *self.comments.values()):
            widget.setReadOnly(not editable)
            mark_field(widget, None)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.title.setText(self.tr("{title} — your sheet: {status}").format(title=title,
                                                                            status=sheet_status_label(view.status)))
        if view.status == SheetStatus.RETURNED:
            self.banner.show_message(self.tr("The chair returned your sheet: {reason}").format(
                reason=view.returned_reason), "warning")
        elif view.status == SheetStatus.SUBMITTED:
            self.banner.show_message(self.tr("Submitted and locked."), "info")
        self._update_total()
        self.setEnabled(True)

    def clear(self, message: str) -> None:
        self.title.setText(message)
        self.banner.clear_message()
        for widget in (*self.scores.values(), *self.comments.values()):
            widget.clear()
        self.save_button.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.total.clear()

    def entries(self) -> dict[str, EntryInput]:
        return {cid: EntryInput(self.scores[cid].text(), self.comments[cid].text()) for cid in self.scores}

    def _update_total(self) -> None:
        total = Decimal(0)
        for field in self.scores.values():
            try:
                total += Decimal(field.text().strip() or "0")
            except InvalidOperation:
                continue
        maximum = self.criteria.total if self.criteria else Decimal(0)
        self.total.setText(self.tr("Total {total} of {max}").format(total=score_text(total), max=points(maximum)))

    def show_error(self, error: Exception) -> None:
        """The message above the form and a red frame on the field it names (score:ID or comment:ID)."""
        message = error.message if isinstance(error, DomainError) else str(error)
        self.banner.show_message(message, "error")
        for widget in (*self.scores.values(), *self.comments.values()):
            mark_field(widget, None)
        field = getattr(error, "field", None) or ""
        kind, _, cid = field.partition(":")
        widget = (self.scores if kind == "score" else self.comments if kind == "comment" else {}).get(cid)
        if widget is not None:
            mark_field(widget, "error")
            widget.setFocus()

    def error_field(self) -> QLineEdit | None:
        from desktop.ui.widgets.feedback import field_level

        return next((w for w in (*self.scores.values(), *self.comments.values()) if field_level(w) == "error"), None)
