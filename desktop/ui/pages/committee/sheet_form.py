"""A member's own score sheet: one row per criterion (score as typed, comment), the running total, Save draft and
Submit. Every entry is checked as it is typed with the service's own rules (``check_sheet``): each problem shows
at its field and in a summary, the total counts only valid scores, and the buttons stay disabled while a problem
would make the service refuse. A submitted sheet is shown locked."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import DomainError, StaleEdit
from desktop.domain.scoring.criteria import CriteriaSheet
from desktop.domain.scoring.models import SheetStatus
from desktop.domain.scoring.rules import criterion_floor, criterion_name, points
from desktop.domain.scoring.sheets import EntryInput, SheetCheck, SheetView, check_sheet, sheet_status_label
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO
from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner, field_level, mark_field


class ScoreSheetForm(QWidget):
    """Emits ``saveRequested(entries, submit)`` only for a sheet the service will take; the tab runs the service and
    calls ``show_error`` or ``load``."""

    saveRequested = Signal(object, bool)
    staleRefused = Signal(object)  # a StaleEdit: another window saved this sheet since it was loaded
    edited = Signal()  # the person typed (not a load): the tab keeps the draft on this computer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreSheetForm")
        self.criteria: CriteriaSheet | None = None
        self.ratio = CRITERION_FLOOR_RATIO.default_value
        self.editable = False
        self._loading = False
        self.scores: dict[str, QLineEdit] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.title = QLabel(self)
        self.title.setObjectName("sheetTitle")
        self.title.setWordWrap(True)
        self.banner = MessageBanner(self)  # the sheet's status or the service's refusal
        self.summary = MessageBanner(self)  # every problem of the sheet as typed
        self.summary.setObjectName("sheetProblems")
        self.grid = QGridLayout()
        self.total = QLabel(self)
        self.total.setObjectName("sheetTotal")
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.submit_button = QPushButton(self.tr("Submit"), self)
        self.save_button.clicked.connect(lambda: self._request(False))
        self.submit_button.clicked.connect(lambda: self._request(True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
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
        self.messages.clear()
        self.criteria = criteria
        for column, text in enumerate((self.tr("Criterion"), self.tr("Score"), self.tr("Comment"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, column)
        for n, c in enumerate(criteria.criteria):
            row = 1 + 2 * n
            name = QLabel(f"{c.id}. {criterion_name(c)}", self)
            name.setWordWrap(True)
            score = QLineEdit(self)
            score.setObjectName(f"score_{c.id}")
            score.setMaximumWidth(80)
            comment = QLineEdit(self)
            comment.setObjectName(f"comment_{c.id}")
            score.setAccessibleName(self.tr("Score: {criterion}").format(criterion=name.text()))
            comment.setAccessibleName(self.tr("Comment: {criterion}").format(criterion=name.text()))
            for field in (score, comment):
                field.textChanged.connect(self._validate)
                field.textChanged.connect(self._typed)
            message = QLabel(self)
            message.setObjectName(f"problem_{c.id}")
            message.setWordWrap(True)
            theme.set_tone(message, theme.Tone.BAD)
            theme.make_small(message)
            message.hide()
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(score, row, 1)
            self.grid.addWidget(comment, row, 2)
            self.grid.addWidget(message, row + 1, 1, 1, 2)
            self.scores[c.id], self.comments[c.id], self.messages[c.id] = score, comment, message
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)

    def load(self, view: SheetView, criteria: CriteriaSheet, title: str) -> None:
        """Show the member's sheet; editable unless submitted, then every field is shown locked."""
        self._loading = True
        try:
            self._load(view, criteria, title)
        finally:
            self._loading = False

    def _load(self, view: SheetView, criteria: CriteriaSheet, title: str) -> None:
        self._build(criteria)
        self.ratio = view.floor_ratio
        self.version = view.version
        self.editable = view.status != SheetStatus.SUBMITTED
        self.banner.clear_message()
        for c in criteria.criteria:
            self.comments[c.id].setPlaceholderText(self.tr("Required below {floor}").format(
                floor=points(criterion_floor(c, self.ratio))) if self.editable else self.tr("(no comment)"))
            self.scores[c.id].setPlaceholderText(self.tr("0–{max}").format(max=points(c.max)) if self.editable
                                                 else "—")
        for entry in view.entries:
            self.scores[entry.criterion].setText("" if entry.score is None else points(entry.score))
            self.comments[entry.criterion].setText(entry.comment)
        locked = self.tr("Submitted and locked: only the chair can return it.")
        for widget in self.fields():
            widget.setReadOnly(not self.editable)
            mark_field(widget, None)
            if not self.editable:
                theme.set_locked(widget, True)
            widget.setToolTip("" if self.editable else locked)
        for button in (self.save_button, self.submit_button):
            button.setToolTip("" if self.editable else locked)
        self.title.setText(self.tr("{title} — your sheet: {status}").format(title=title,
                                                                            status=sheet_status_label(view.status)))
        if view.status == SheetStatus.RETURNED:
            self.banner.show_message(self.tr("The chair returned your sheet: {reason}").format(
                reason=view.returned_reason), "warning")
        elif view.status == SheetStatus.SUBMITTED:
            self.banner.show_message(locked, "info")
        self._validate()
        self.setEnabled(True)
        self.loaded_status: SheetStatus | None = view.status
        self._loaded_entries = self.entries()

    def restore(self, entries: dict[str, EntryInput], version: int | None, message: str) -> None:
        """Put back input kept on this computer (unsaved): it stays unsaved, the save checks it against ``version``."""
        for cid, entry in entries.items():
            if cid in self.scores:
                self.scores[cid].setText("" if entry.score is None else str(entry.score))
                self.comments[cid].setText(entry.comment or "")
        if version is not None:
            self.version = version
        self.banner.show_message(message, "info")

    def _typed(self) -> None:
        if not self._loading and self.editable:
            self.edited.emit()

    def has_unsaved_input(self) -> bool:
        """Typed since the sheet was loaded and not saved: a refresh must not throw it away."""
        return self.editable and self.entries() != getattr(self, "_loaded_entries", self.entries())

    def clear(self, message: str) -> None:
        """No sheet to fill in here (nothing selected, or the actor does not score it): say why, take no input."""
        self.loaded_status = None
        self.title.setText(message)
        self.editable = False
        self.banner.clear_message()
        self.summary.clear_message()
        for widget in self.fields():
            widget.clear()
            widget.setReadOnly(True)
            mark_field(widget, None)
            widget.setToolTip("")
        for button in (self.save_button, self.submit_button):
            button.setEnabled(False)
            button.setToolTip("")
        self.total.clear()

    def fields(self) -> tuple[QLineEdit, ...]:
        return (*self.scores.values(), *self.comments.values())

    def entries(self) -> dict[str, EntryInput]:
        return {cid: EntryInput(self.scores[cid].text(), self.comments[cid].text()) for cid in self.scores}

    def check(self, submit: bool) -> SheetCheck | None:
        """The sheet as typed, checked by the service's rules (None before a sheet is shown)."""
        if self.criteria is None:
            return None
        return check_sheet(self.entries(), self.criteria, self.ratio, submit)

    # -- checking as it is typed -------------------------------------------------------------------------------
    def _validate(self) -> None:
        draft, final = self.check(False), self.check(True)
        if draft is None or final is None:
            return
        self._show_total(final)
        if not self.editable:  # locked (the tooltips say so) or cleared
            self.summary.clear_message()
            self.messages_clear()
            self.save_button.setEnabled(False)
            self.submit_button.setEnabled(False)
            return
        at_field = {problem.field: problem.message for problem in draft.problems}
        for cid in self.scores:
            for kind, widget in (("score", self.scores[cid]), ("comment", self.comments[cid])):
                message = at_field.get(f"{kind}:{cid}")
                if field_level(widget) == "error" or message:  # a service refusal is cleared once retyped
                    mark_field(widget, "error" if message else None)
                widget.setToolTip(message or "")
            text = "\n".join(m for f, m in at_field.items() if f.partition(":")[2] == cid)
            self.messages[cid].setText(text)
            self.messages[cid].setVisible(bool(text))
        if draft.problems:
            self.summary.show_message(self.tr("Fix these before saving:") + "\n" + "\n".join(
                f"• {p.message}" for p in draft.problems), "error")
        elif final.blank:
            self.summary.show_message(self.tr("To submit, score every criterion; not scored yet: {ids}.").format(
                ids=", ".join(final.blank)), "info")
        else:
            self.summary.clear_message()
        self.save_button.setEnabled(not draft.problems)
        self.save_button.setToolTip(self._why_not(draft, self.tr("Saves what you typed; you can change it later.")))
        self.submit_button.setEnabled(not final.problems)
        self.submit_button.setToolTip(self._why_not(final, self.tr(
            "Submitting locks your sheet; then you see the other members' sheets.")))

    def messages_clear(self) -> None:
        for label in self.messages.values():
            label.clear()
            label.hide()

    def _why_not(self, check: SheetCheck, otherwise: str) -> str:
        if not check.problems:
            return otherwise
        return self.tr("Not possible until this is fixed:") + "\n" + "\n".join(p.message for p in check.problems)

    def _show_total(self, check: SheetCheck) -> None:
        maximum = self.criteria.total if self.criteria else Decimal(0)
        text = self.tr("Total {total} of {max}").format(total=points(check.total), max=points(maximum))
        if check.problems and self.editable:
            text = self.tr("Total so far {total} of {max} (incomplete: only valid scores count)").format(
                total=points(check.total), max=points(maximum))
        self.total.setText(text)

    def _request(self, submit: bool) -> None:
        check = self.check(submit)
        if not self.editable or check is None or check.problems:
            return  # the button is disabled then; the problems are shown at their fields
        self.saveRequested.emit(self.entries(), submit)

    # -- the service's answer ----------------------------------------------------------------------------------
    def show_error(self, error: Exception) -> None:
        """The message above the form and a red frame on the field it names (score:ID or comment:ID)."""
        message = error.message if isinstance(error, DomainError) else str(error)
        self.banner.show_message(message, "error")
        if isinstance(error, StaleEdit):
            self.staleRefused.emit(error)
            return
        field = getattr(error, "field", None) or ""
        kind, _, cid = field.partition(":")
        widget = (self.scores if kind == "score" else self.comments if kind == "comment" else {}).get(cid)
        if widget is not None:
            mark_field(widget, "error")
            widget.setFocus()

    def error_field(self) -> QLineEdit | None:
        """The first field marked in error (the one to fix first)."""
        return next((w for w in self.fields() if field_level(w) == "error"), None)
