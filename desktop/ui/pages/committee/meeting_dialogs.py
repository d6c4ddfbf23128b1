"""Scheduling a meeting (date, time, place, the applicants on the agenda) and recording who is present, with
the quorum shown as the boxes are ticked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import KST, now
from desktop.core.errors import DomainError
from desktop.core.i18n import current_language
from desktop.core.periods import Calendar
from desktop.domain.applications.service import ApplicationRow
from desktop.domain.committee.meetings import AttendanceLine
from desktop.domain.committee.rules import Quorum, quorum
from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.working_day import WorkingDayConfirmation

KOREA = QTimeZone(b"Asia/Seoul")


class ScheduleMeetingDialog(QDialog):
    """``submit(held_at, place, application_ids, allow_non_working_day)`` returns True when it was scheduled."""

    def __init__(self, candidates: Sequence[ApplicationRow],
                 submit: Callable[[datetime, str, list[int], bool], bool], parent: QWidget | None = None, *,
                 calendar: Calendar | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleMeetingDialog")
        self.setWindowTitle(self.tr("Schedule a committee meeting"))
        self.submit = submit
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now().timestamp()), KOREA).addDays(7), self)
        self.when.setDisplayFormat("yyyy. M. d. HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setObjectName("when")
        self.confirmation = WorkingDayConfirmation(calendar or Calendar(), self)
        self.when.dateTimeChanged.connect(lambda _: self._day_changed())
        self._day_changed()
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agenda")
        for row in candidates:
            item = QListWidgetItem(f"{row.number}  {row.institution_name}", self.agenda)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow("", self.confirmation)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Agenda (applicants in committee review)"), self.agenda)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [self.agenda.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.agenda.count())
                if self.agenda.item(n).checkState() == Qt.CheckState.Checked]

    def held_at(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def _day_changed(self) -> None:
        self.confirmation.show_day(self.held_at().astimezone(KST).date(),
                                   "en" if current_language() == "en" else "ko")

    def try_submit(self) -> None:
        if self.submit(self.held_at(), self.place.text(), self.chosen(), self.confirmation.confirmed()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        for name, widget in (("date", self.when), ("place", self.place), ("agenda", self.agenda)):
            mark_field(widget, "error" if name == field else None)


class AttendanceDialog(QDialog):
    """One box per seated member; ``submit(present_member_ids)`` returns True when recorded."""

    def __init__(self, lines: Sequence[AttendanceLine], ratio, submit: Callable[[set[int]], bool],  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.submit = submit
        self.ratio = ratio
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the members present."), self))
        for line in lines:
            text = f"{line.label}  {line.name}" + (self.tr(" (chair)") if line.is_chair else "")
            box = QCheckBox(text, self)
            box.setChecked(line.present)
            box.toggled.connect(lambda *_: self._update())
            self.boxes[line.member_id] = box
            layout.addWidget(box)
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorum")
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._update()

    def present(self) -> set[int]:
        return {m for m, box in self.boxes.items() if box.isChecked()}

    def current_quorum(self) -> Quorum:
        return quorum(len(self.boxes), len(self.present()), self.ratio)

    def _update(self) -> None:
        q = self.current_quorum()
        text = self.tr("{present} of {seats} present; {required} needed: {verdict}").format(
            present=q.present, seats=q.seats, required=q.required,
            verdict=self.tr("quorum met") if q.met else self.tr("no quorum"))
        self.quorum_label.setText(text)
        theme.set_tone(self.quorum_label, theme.Tone.GOOD if q.met else theme.Tone.BAD)

    def try_submit(self) -> None:
        if self.submit(self.present()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
