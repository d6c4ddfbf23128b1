"""Scheduling (or rescheduling) an inspection: the application, the date and time, the place and at least two
inspectors; inspectors with a declared conflict for the applicant are shown but cannot be ticked. A Saturday,
Sunday or holiday is named as it is chosen and needs a tick to confirm it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import KST, today
from desktop.core.errors import DomainError
from desktop.core.i18n import current_language
from desktop.core.periods import Calendar
from desktop.domain.inspections.scheduling import ApplicationChoice, InspectorChoice
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.working_day import WorkingDayConfirmation


@dataclass(frozen=True)
class ScheduleInput:
    application_id: int
    on: datetime  # the moment it starts, in Korean time
    place: str
    inspector_ids: tuple[int, ...]
    allow_non_working_day: bool = False


class ScheduleDialog(QDialog):
    """``submit(data)`` runs the service; a refusal is shown at its field and the dialog stays open."""

    def __init__(self, applications: Sequence[ApplicationChoice],
                 inspectors_for: Callable[[int], list[InspectorChoice]],
                 submit: Callable[[ScheduleInput], object], parent: QWidget | None = None, *,
                 current: ScheduleInput | None = None, calendar: Calendar | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule the inspection") if current else self.tr("Schedule an inspection"))
        self.setObjectName("scheduleDialog")
        self.inspectors_for = inspectors_for
        self.submit = submit
        self.result_value: object = None
        self.banner = MessageBanner(self)
        self.application = QComboBox(self)
        self.application.setObjectName("application")
        for choice in applications:
            self.application.addItem(f"{choice.number}  {choice.institution_name}", choice.id)
        self.day = QDateEdit(self)
        self.day.setObjectName("date")
        self.day.setAccessibleName(self.tr("Inspection date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy. M. d.")
        self.day.setDate(QDate(today()).addDays(7))
        self.time = QTimeEdit(QTime(10, 0), self)
        self.time.setObjectName("time")
        self.time.setAccessibleName(self.tr("Inspection time (Korean time)"))
        self.time.setDisplayFormat("HH:mm")
        self.confirmation = WorkingDayConfirmation(calendar or Calendar(), self)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addWidget(QLabel(self.tr("(Korean time)"), self))
        when.addStretch(1)
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("Address of the applicant's office"))
        self.inspectors = QListWidget(self)
        self.inspectors.setObjectName("inspectors")
        self.inspectors.setToolTip(self.tr("Tick at least two; Space ticks the selected inspector."))
        form = QFormLayout()
        form.addRow(self.tr("Application:"), self.application)
        form.addRow(self.tr("Date and time:"), when)
        form.addRow("", self.confirmation)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Inspectors:"), self.inspectors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.application.currentIndexChanged.connect(lambda _: self._fill_inspectors())
        if current is not None:
            self.application.setCurrentIndex(max(self.application.findData(current.application_id), 0))
            self.application.setEnabled(False)
            local = current.on.astimezone(KST)
            self.day.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute))
            self.place.setText(current.place)
        self._fill_inspectors(current.inspector_ids if current else ())
        self.day.dateChanged.connect(lambda _: self._day_changed())
        self._day_changed()
        self.resize(560, 460)

    def chosen_day(self) -> date:
        day = self.day.date()
        return date(day.year(), day.month(), day.day())

    def _day_changed(self) -> None:
        self.confirmation.show_day(self.chosen_day(), "en" if current_language() == "en" else "ko")

    def _fill_inspectors(self, ticked: Sequence[int] = ()) -> None:
        self.inspectors.clear()
        application_id = self.application.currentData()
        if application_id is None:
            return
        for choice in self.inspectors_for(application_id):
            label = f"{choice.name} ({choice.title})" if choice.title else choice.name
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, choice.user_id)
            if choice.conflict:
                entry.setText(self.tr("{name} — conflict declared: {ground}").format(name=label,
                                                                                      ground=choice.conflict))
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            else:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if choice.user_id in ticked else Qt.CheckState.Unchecked)
            self.inspectors.addItem(entry)

    def tick(self, user_id: int, on: bool = True) -> bool:
        for row in range(self.inspectors.count()):
            entry = self.inspectors.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == user_id and entry.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
        return False

    def data(self) -> ScheduleInput:
        clock = self.time.time()
        ticked = tuple(self.inspectors.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.inspectors.count())
                       if self.inspectors.item(r).checkState() == Qt.CheckState.Checked)
        moment = datetime.combine(self.chosen_day(), time(clock.hour(), clock.minute()), KST)
        return ScheduleInput(self.application.currentData(), moment, self.place.text(), ticked,
                             self.confirmation.confirmed())

    def try_accept(self) -> bool:
        for widget in (self.day, self.time, self.place, self.inspectors):
            mark_field(widget, None)
        try:
            self.result_value = self.submit(self.data())
        except DomainError as error:
            self.banner.show_message(error.message)
            field = {"date": self.day, "time": self.time, "place": self.place,
                     "inspectors": self.inspectors}.get(error.field or "")
            if field is not None:
                mark_field(field, "error")
                field.setFocus()
            return False
        self.accept()
        return True
