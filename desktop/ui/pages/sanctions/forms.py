"""What the Sanctions page's forms share: date fields, text boxes, and rules checked as the person types, their
refusal shown at once at the field (the service says the same sentence again when the form is saved)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit

from desktop.core.errors import DomainError
from desktop.ui import theme
from desktop.ui.widgets.feedback import mark_field
from desktop.ui.widgets.form_dialog import FormDialog

Rule = tuple[str, Callable[[], None]]  # the field a rule speaks about, and the check (raising a DomainError)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_field(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy. M. d.")
    edit.setCalendarPopup(True)
    return edit


def text_box(name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def hint_label(name: str) -> QLabel:
    """A grey line under a field with what the rules compute from it (an earliest day, an end day)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    theme.set_tone(label, theme.Tone.MUTED)
    return label


class CaseForm(FormDialog):
    """A form of one case step: ``rules()`` lists what is checked live; the first refusal is shown in the banner,
    every refused field is framed; a field that holds again loses its frame."""

    def rules(self) -> Sequence[Rule]:
        return ()

    def check_live(self) -> bool:
        first: str | None = None
        refused: set[str] = set()
        for name, check in self.rules():
            try:
                check()
            except DomainError as error:
                refused.add(error.field or name)
                first = first or error.message
        framed = {id(self.fields[name]) for name in refused if name in self.fields}
        for widget in self.fields.values():
            mark_field(widget, "error" if id(widget) in framed else None)
        if first:
            self.banner.show_message(first, "error")
        else:
            self.banner.clear_message()
        return first is None

    def connect_live(self, *signals: object) -> None:
        for signal in signals:
            signal.connect(lambda *_: self.check_live())  # type: ignore[attr-defined]

