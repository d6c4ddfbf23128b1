"""Scheduling (or rescheduling) an inspection: the application, the date, the place and at least two
inspectors; inspectors with a declared conflict for the applicant are shown but cannot be ticked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import DomainError
from desktop.domain.inspections.scheduling import ApplicationChoice, InspectorChoice
from desktop.ui.widgets.feedback import MessageBanner, mark_field


@dataclass(frozen=True)
class ScheduleInput:
    application_id: int
    on: date
    place: str
    inspector_ids: tuple[int, ...]


class ScheduleDialog(QDialog):
    """``submit(data)`` runs the service; a refusal is shown at its field and the dialog stays open."""

    def __init__(self, applications: Sequence[ApplicationChoice],
                 inspectors_for: Callable[[int], list[InspectorChoice]],
                 submit: Callable[[ScheduleInput], object], parent: QWidget | None = None, *,
                 current: ScheduleInput | None = None) -> None:
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
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy. M. d.")
        self.day.setDate(QDate(today()).addDays(7))
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("Address of the applicant's office"))
        self.inspectors = QListWidget(self)
        self.inspectors.setObjectName("inspectors")
        self.inspectors.setToolTip(self.tr("Tick at least two; Space ticks the selected inspector."))
        form = QFormLayout()
        form.addRow(self.tr("Application:"), self.application)
        form.addRow(self.tr("Date:"), self.day)
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
            self.day.setDate(QDate(current.on))
            self.place.setText(current.place)
        self._fill_inspectors(current.inspector_ids if current else ())
        self.resize(520, 420)

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
        day = self.day.date()
        ticked = tuple(self.inspectors.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.inspectors.count())
                       if self.inspectors.item(r).checkState() == Qt.CheckState.Checked)
        return ScheduleInput(self.application.currentData(), date(day.year(), day.month(), day.day()),
                             self.place.text(), ticked)

    def try_accept(self) -> bool:
        for widget in (self.day, self.place, self.inspectors):
            mark_field(widget, None)
        try:
            self.result_value = self.submit(self.data())
        except DomainError as error:
            self.banner.show_message(error.message)
            field = {"date": self.day, "place": self.place, "inspectors": self.inspectors}.get(error.field or "")
            if field is not None:
                mark_field(field, "error")
                field.setFocus()
            return False
        self.accept()
        return True
