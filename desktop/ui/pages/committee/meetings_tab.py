"""Meetings of the round: schedule (secretariat), attendance and quorum, open and close (chair; closing without
quorum is refused), and the minutes previewed or saved as PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import list_applications
from desktop.domain.committee.meetings import (
    MeetingRow,
    close_meeting,
    list_meetings,
    meeting_detail,
    meeting_status_label,
    open_meeting,
    record_attendance,
    schedule_meeting,
)
from desktop.domain.committee.models import MeetingStatus
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.settings.calendar import calendar_of
from desktop.domain.settings.catalogue import QUORUM_RATIO
from desktop.ui.pages.committee.meeting_dialogs import AttendanceDialog, ScheduleMeetingDialog
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.file_save import save_bytes
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


class MeetingsTab(CommitteeTab):
    areas = frozenset({"committee_meetings", "applications"})

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.dialog = None
        self.preview_dialog = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Meetings"))
        self.table.setObjectName("meetings")
        self.detail = QLabel(self)
        self.detail.setObjectName("meetingDetail")
        self.detail.setWordWrap(True)
        actor = self.context.actor
        self.schedule_button = QPushButton(self.tr("Schedule…"), self)
        gate(self.schedule_button, actor, Permission.MANAGE_COMMITTEE)
        self.attendance_button = QPushButton(self.tr("Attendance…"), self)
        gate(self.attendance_button, actor, Permission.MANAGE_COMMITTEE, Permission.CHAIR_MEETINGS)
        self.open_button = QPushButton(self.tr("Open meeting"), self)
        self.close_button = QPushButton(self.tr("Close meeting"), self)
        for button in (self.open_button, self.close_button):
            gate(button, actor, Permission.CHAIR_MEETINGS)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language of the minutes"))
        self.preview_button = QPushButton(self.tr("Minutes"), self)
        self.save_button = QPushButton(self.tr("Save minutes as PDF…"), self)
        for widget in (self.preview_button, self.save_button, self.language):
            gate(widget, actor, Permission.PRINT_DOCUMENTS)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.preview_button.clicked.connect(self.preview_minutes)
        self.save_button.clicked.connect(self.save_minutes)
        self.table.currentRecordChanged.connect(self._show)
        bar = QHBoxLayout()
        for widget in (self.schedule_button, self.attendance_button, self.open_button, self.close_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.language, self.preview_button, self.save_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        self._show(None)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: official_datetime(r.held_at), sort_key=lambda r: r.held_at),
            Column(self.tr("Place"), lambda r: r.place),
            Column(self.tr("Status"), lambda r: meeting_status_label(r.status)),
            Column(self.tr("Agenda"), lambda r: r.agenda_count, numeric=True),
            Column(self.tr("Present"), lambda r: f"{r.quorum.present} / {r.quorum.seats}" if r.attendance_recorded
                   else self.tr("not recorded")),
            Column(self.tr("Quorum"), lambda r: self.tr("met") if r.quorum.met else self.tr("not met"),
                   tone=lambda r: "good" if r.quorum.met else "bad"),
        ]

    def refresh(self) -> None:
        rows = self.query(list_meetings, self.round_id) if self.round_id is not None else []
        self.table.set_records(rows or [])
        if self.table.current_record() is None and rows:
            self.table.select_row(0)

    def _show(self, row: MeetingRow | None) -> None:
        for button in (self.attendance_button, self.open_button, self.close_button, self.preview_button,
                       self.save_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail.setText(self.tr("No meeting selected."))
            return
        self.open_button.setEnabled(row.status == MeetingStatus.PLANNED)
        self.close_button.setEnabled(row.status == MeetingStatus.OPEN)
        self.attendance_button.setEnabled(row.status != MeetingStatus.CLOSED)
        detail = self.query(meeting_detail, row.id)
        if detail is None:
            return
        agenda = ", ".join(f"{a.application_number} {a.institution_name}" for a in detail.agenda)
        present = ", ".join(a.name for a in detail.attendance if a.present) or "—"
        self.detail.setText(self.tr("Agenda: {agenda}\nPresent: {present}\nQuorum: {present_n} of {seats}, "
                                    "{required} needed.").format(agenda=agenda, present=present,
                                                                 present_n=row.quorum.present, seats=row.quorum.seats,
                                                                 required=row.quorum.required))

    # -- actions -------------------------------------------------------------------------------------------
    def open_schedule(self) -> ScheduleMeetingDialog | None:
        if self.round_id is None:
            return None
        candidates = [a for a in self.query(list_applications, self.round_id) or []
                      if a.status == ApplicationStatus.COMMITTEE_REVIEW]

        def submit(held_at: datetime, place: str, application_ids: list[int], allow_non_working_day: bool) -> bool:
            return self.act(schedule_meeting, self.round_id, held_at, place, application_ids, None,
                            allow_non_working_day, form=self.dialog, done=self.tr("Meeting scheduled.")) is not None

        self.dialog = ScheduleMeetingDialog(candidates, submit, self, calendar=calendar_of(self.context.settings))
        self.dialog.open()
        return self.dialog

    def open_attendance(self) -> AttendanceDialog | None:
        row = self.table.current_record()
        if row is None:
            return None
        detail = self.query(meeting_detail, row.id)
        if detail is None:
            return None
        ratio = self.page.round_value(QUORUM_RATIO)

        def submit(present: set[int]) -> bool:
            return self.act(record_attendance, row.id, present, form=self.dialog,
                            done=self.tr("Attendance recorded.")) is not None

        self.dialog = AttendanceDialog(detail.attendance, ratio, submit, self)
        self.dialog.open()
        return self.dialog

    def open_selected(self) -> None:
        row = self.table.current_record()
        if row is not None:
            self.act(open_meeting, row.id, done=self.tr("Meeting {number} opened.").format(number=row.number))

    def close_selected(self) -> None:
        row = self.table.current_record()
        if row is None:
            return
        notes = self.dialogs.ask_text(self, self.tr("Close meeting"), self.tr(
            "Notes for the minutes (other matters decided), or leave empty:"), required=False)
        if notes is None:
            return
        self.act(close_meeting, row.id, notes, done=self.tr("Meeting {number} closed.").format(number=row.number))

    def minutes_pdf(self, row: MeetingRow) -> bytes | None:
        """The minutes as the meeting closed; an open meeting's as a preview."""
        return official_pdf(self, self.context, self.dialogs, DocumentKind.MINUTES, row.id,
                            self.language.currentData() or "ko", row.number)

    def preview_minutes(self):  # type: ignore[no-untyped-def]
        from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        row = self.table.current_record()
        pdf = self.minutes_pdf(row) if row is not None else None
        if pdf is None:
            return None
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Minutes {number}").format(number=row.number), self)
        self.preview_dialog.show()
        return self.preview_dialog

    def save_minutes(self) -> Path | None:
        row = self.table.current_record()
        pdf = self.minutes_pdf(row) if row is not None else None
        if pdf is None:
            return None
        path = save_bytes(self, self.dialogs, pdf, self.tr("Save minutes as PDF"), f"{row.number}_minutes.pdf",
                          self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        self.page.statusMessage.emit(self.tr("Saved {path}.").format(path=path))
        return path
