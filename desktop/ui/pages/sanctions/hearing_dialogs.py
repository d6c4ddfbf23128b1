"""The hearing's two forms: its notice (a day at least 10 days ahead, the earliest shown; the place; a presiding
officer who took no part in the case) and its record (attendance, statements, evidence, the officer's opinion)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QTimeEdit, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.errors import ValidationError
from desktop.core.formatting import official_date
from desktop.domain.sanctions.hearing import OfficerChoice
from desktop.domain.sanctions.progress import CaseProgress
from desktop.domain.sanctions.rules import HEARING_NOTICE_DAYS, check_hearing_day, earliest_hearing_day
from desktop.ui.pages.sanctions.forms import CaseForm, Rule, date_field, from_qdate, hint_label, text_box

Save = Callable[[dict[str, Any]], Any]
ATTENDANCE = ("attended", "represented", "absent")
ATTENDANCE_RECORDED = {"attended": "출석", "represented": "대리인 출석", "absent": "불출석"}  # the record's language


class HearingNoticeDialog(CaseForm):
    """Notify the hearing: the earliest allowed day is computed from today's notice and shown; an officer who took
    part in the case is refused at the field as soon as they are chosen."""

    def __init__(self, save: Save, progress: CaseProgress, officers: Sequence[OfficerChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.officers = {o.user_id: o for o in officers}
        self.earliest = earliest_hearing_day(today())
        self.setObjectName("hearingNoticeDialog")
        self.setWindowTitle(self.tr("Notify the hearing of {number}").format(number=progress.number))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("The hearing's notice to {name} is sent today ({today}). It must reach the institute "
                               "at least {days} days before the hearing (행정절차법 Art. 21 ②).")
                       .format(name=progress.institution_name, today=official_date(today()),
                               days=HEARING_NOTICE_DAYS))
        intro.setWordWrap(True)
        self.hearing_on = date_field("hearing_on", self.earliest)
        self.earliest_hint = hint_label("earliestHint")
        self.earliest_hint.setText(self.tr("Earliest hearing date allowed: {day}").format(
            day=official_date(self.earliest)))
        self.hearing_time = QTimeEdit(QTime(14, 0))
        self.hearing_time.setObjectName("hearing_time")
        self.hearing_time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("e.g. 정부대전청사 1동 소회의실"))
        self.officer = QComboBox()
        self.officer.setObjectName("presiding_officer")
        self.officer.addItem(self.tr("Choose the presiding officer…"), None)
        for choice in officers:
            self.officer.addItem(choice.label, choice.user_id)
        self.fields = {"hearing_on": self.hearing_on, "hearing_time": self.hearing_time, "place": self.place,
                       "presiding_officer": self.officer}
        form = QFormLayout()
        form.addRow(self.tr("Hearing date"), self.hearing_on)
        form.addRow("", self.earliest_hint)
        form.addRow(self.tr("Time"), self.hearing_time)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Presiding officer"), self.officer)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Send hearing notice")))
        self.connect_live(self.hearing_on.dateChanged, self.officer.currentIndexChanged)

    def _officer_refusal(self) -> None:
        choice = self.officers.get(self.officer.currentData())
        if choice is not None and choice.refusal:
            raise ValidationError(choice.refusal, field="presiding_officer")

    def rules(self) -> Sequence[Rule]:
        day = from_qdate(self.hearing_on.date())
        return (("hearing_on", lambda: check_hearing_day(today(), day)),
                ("presiding_officer", self._officer_refusal))

    def values(self) -> dict[str, Any]:
        if self.officer.currentData() is None:
            raise ValidationError(self.tr("Choose who presides over the hearing."), field="presiding_officer")
        return {"hearing_on": from_qdate(self.hearing_on.date()), "place": self.place.text(),
                "officer_id": int(self.officer.currentData()),
                "hearing_time": self.hearing_time.time().toString("HH:mm")}


class HearingRecordDialog(CaseForm):
    """The hearing record (청문조서, 행정절차법 Art. 34): who attended, what was said and submitted, and the
    presiding officer's opinion (Art. 34-2)."""

    def __init__(self, save: Save, progress: CaseProgress, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("hearingRecordDialog")
        self.setWindowTitle(self.tr("Record the hearing of {number}").format(number=progress.number))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("Hearing of {day} {time} at {place}, presided over by {officer}.").format(
            day=official_date(progress.hearing_on or today()), time=progress.hearing_time,
            place=progress.hearing_place, officer=progress.presiding_officer))
        intro.setWordWrap(True)
        self.attendance = QComboBox()
        self.attendance.setObjectName("attendance")
        labels = {"attended": self.tr("Attended"), "represented": self.tr("Represented by an agent"),
                  "absent": self.tr("Absent")}
        for key in ATTENDANCE:
            self.attendance.addItem(labels[key], key)
        self.attendees = QLineEdit()
        self.attendees.setObjectName("attendees")
        self.attendees.setPlaceholderText(self.tr("Who appeared, e.g. 대표 홍길동, 평가책임자 김철수"))
        self.statements = text_box("statements", self.tr("The gist of what the party and the officials said"), 4)
        self.evidence = text_box("evidence", self.tr("Documents submitted at the hearing (optional)"), 2)
        self.officer_opinion = text_box("officer_opinion", self.tr("The presiding officer's opinion"), 3)
        self.public = QCheckBox(self.tr("Held in public"))
        self.public.setObjectName("public")
        self.public_reason = QLineEdit()
        self.public_reason.setObjectName("public_reason")
        self.public_reason.setPlaceholderText(self.tr("Why it was held in public (optional)"))
        self.public_reason.setEnabled(False)
        self.public.toggled.connect(self.public_reason.setEnabled)
        self.fields = {"attendance": self.attendance, "attendees": self.attendees, "statements": self.statements,
                       "evidence": self.evidence, "officer_opinion": self.officer_opinion,
                       "public_reason": self.public_reason}
        form = QFormLayout()
        form.addRow(self.tr("Attendance"), self.attendance)
        form.addRow(self.tr("Who appeared"), self.attendees)
        form.addRow(self.tr("Statements"), self.statements)
        form.addRow(self.tr("Evidence submitted"), self.evidence)
        form.addRow(self.tr("Officer's opinion"), self.officer_opinion)
        form.addRow("", self.public)
        form.addRow(self.tr("Reason"), self.public_reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Record hearing and print the record")))

    def attendance_text(self) -> str:
        """As the record prints it: ``출석: 대표 홍길동``; an absence needs no names."""
        key = str(self.attendance.currentData())
        who = self.attendees.text().strip()
        if key != "absent" and not who:
            raise ValidationError(self.tr("Name who appeared at the hearing (or choose Absent)."), field="attendees")
        return f"{ATTENDANCE_RECORDED[key]}: {who}" if who else ATTENDANCE_RECORDED[key]

    def values(self) -> dict[str, Any]:
        return {"attendance": self.attendance_text(), "statements": self.statements.toPlainText(),
                "evidence": self.evidence.toPlainText(), "officer_opinion": self.officer_opinion.toPlainText(),
                "public": self.public.isChecked(), "public_reason": self.public_reason.text()}
