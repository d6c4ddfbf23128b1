"""Under a date field: names a Saturday, Sunday or holiday as it is chosen and asks for a tick to confirm it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.core.periods import SATURDAY, Calendar
from desktop.ui import theme


class WorkingDayConfirmation(QWidget):
    """Hidden on a working day; on a non-working day a warning and the box "take place on that day anyway"."""

    def __init__(self, calendar: Calendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.setObjectName("workingDayConfirmation")
        self.warning = QLabel(self)
        self.warning.setObjectName("nonWorkingDay")
        self.warning.setWordWrap(True)
        theme.set_tone(self.warning, theme.Tone.WARNING)
        self.confirm = QCheckBox(self.tr("Yes, it takes place on that day"), self)
        self.confirm.setObjectName("confirmNonWorkingDay")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        self.non_working = False
        self.hide()

    def show_day(self, day: date, language: str) -> None:
        """Explain the chosen day; a new non-working day must be confirmed again."""
        self.non_working = self.calendar.is_non_working(day)
        self.confirm.setChecked(False)
        if self.non_working:
            name = self.calendar.holiday_name(day, language) or (
                self.tr("a Saturday") if day.weekday() == SATURDAY else self.tr("a Sunday"))
            self.warning.setText(self.tr("{date} is {name}, not a working day.").format(date=official_date(day),
                                                                                         name=name))
        self.setVisible(self.non_working)

    def confirmed(self) -> bool:
        return self.non_working and self.confirm.isChecked()
