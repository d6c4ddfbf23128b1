"""The editor of the holidays the government declares ad hoc (임시공휴일), shown among the year's public holidays.

The administrator sees every day that stops a deadline in the chosen year: the public holidays of the calendar
library (by law, not editable) and the declared days (added with a date and a name, removed with a click).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.formatting import official_date
from desktop.core.i18n import current_language
from desktop.core.periods import public_holidays
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.record_table import Column, RecordTableModel

_WEEKDAYS = {"ko": "월화수목금토일", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


@dataclass(frozen=True)
class CalendarDay:
    day: date
    name: str
    declared: bool

    @property
    def id(self) -> tuple[date, bool]:
        return (self.day, self.declared)


class DeclaredDaysEditor(QWidget):
    """Declared holidays as ``[[ISO date, name], …]``; ``changed`` after each addition or removal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[date, str] = {}
        self.year = QSpinBox(self)
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2099)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda _: self._show())
        self.model = RecordTableModel([
            Column(self.tr("Date"), lambda r: f"{official_date(r.day)} ({self._weekday(r.day)})",
                   sort_key=lambda r: r.day),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Counts because"), lambda r: self.tr("declared here") if r.declared
                   else self.tr("public holiday by law"), tone=lambda r: None if r.declared else "muted"),
        ])
        self.view = QTableView(self)
        self.view.setObjectName("holidayTable")
        self.view.setAccessibleName(self.tr("Declared days"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.view.setMinimumHeight(220)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_day = QDateEdit(self)
        self.new_day.setObjectName("declaredDay")
        self.new_day.setAccessibleName(self.tr("Day to declare"))
        self.new_day.setCalendarPopup(True)
        self.new_day.setDisplayFormat("yyyy. M. d.")
        self.new_day.setDate(QDate(today().year, today().month, today().day))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("declaredName")
        self.new_name.setAccessibleName(self.tr("Name of the declared day"))
        self.new_name.setPlaceholderText(self.tr("Name, e.g. 임시공휴일 (국군의 날)"))
        self.add_button = QPushButton(self.tr("Add day"), self)
        self.add_button.setObjectName("addDeclaredDay")
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove declared day"), self)
        self.remove_button.setObjectName("removeDeclaredDay")
        self.remove_button.clicked.connect(self.remove_selected)
        self.banner = MessageBanner(self)
        top = QHBoxLayout()
        top.addWidget(label_for(self.tr("Days that stop a deadline in"), self.year, self))
        top.addWidget(self.year)
        top.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_day)
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(adding)
        layout.addWidget(self.banner)
        self._show()

    def _weekday(self, day: date) -> str:
        return _WEEKDAYS["en" if current_language() == "en" else "ko"][day.weekday()]

    def _show(self) -> None:
        year = self.year.value()
        language = "en" if current_language() == "en" else "ko"
        rows = [CalendarDay(d, n, False) for d, n in public_holidays(year, language)]
        rows += [CalendarDay(d, n, True) for d, n in self._days.items() if d.year == year]
        self.model.set_records(sorted(rows, key=lambda r: (r.day, r.declared)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._selected()
        self.remove_button.setEnabled(row is not None and row.declared)

    def _selected(self) -> CalendarDay | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def set_days(self, value: list[list[str]] | None) -> None:
        self._days = {date.fromisoformat(str(d)): str(n) for d, n in value or []}
        self._show()

    def days(self) -> list[list[str]]:
        return [[d.isoformat(), n] for d, n in sorted(self._days.items())]

    def add_typed(self) -> bool:
        """Add the typed day; a missing name or a day already declared is said here and nothing changes."""
        day: date = self.new_day.date().toPython()  # type: ignore[assignment]
        name = self.new_name.text().strip()
        mark_field(self.new_name, None)
        if not name:
            self.banner.show_message(self.tr("Name the declared day, e.g. 임시공휴일."), "error")
            mark_field(self.new_name, "error")
            return False
        if day in self._days:
            self.banner.show_message(self.tr("{date} is already declared ({name}).").format(
                date=official_date(day), name=self._days[day]), "error")
            return False
        self._days[day] = name
        self.banner.clear_message()
        self.new_name.clear()
        self.year.setValue(day.year)
        self._show()
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None or not row.declared:
            return
        del self._days[row.day]
        self._show()
        self.changed.emit()
