"""Scheduling a committee meeting on a holiday needs the tick in the dialog; the service refuses it otherwise."""

from datetime import datetime

from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.clock import KST
from desktop.core.periods import Calendar
from desktop.ui.pages.committee.meeting_dialogs import KOREA, ScheduleMeetingDialog


def test_a_holiday_is_named_and_must_be_ticked_before_it_is_submitted(qtbot):
    calls = []

    def submit(held_at, place, application_ids, allow_non_working_day):
        calls.append((held_at, allow_non_working_day))
        return allow_non_working_day

    dialog = ScheduleMeetingDialog([], submit, calendar=Calendar([(datetime(2026, 12, 3).date(), "임시공휴일")]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(
        int(datetime(2026, 12, 2, 14, tzinfo=KST).timestamp()), KOREA))
    assert dialog.confirmation.isHidden()
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(
        int(datetime(2026, 12, 3, 14, tzinfo=KST).timestamp()), KOREA))
    assert dialog.confirmation.warning.text() == "2026. 12. 3. is 임시공휴일, not a working day."
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert calls == [(datetime(2026, 12, 3, 14, tzinfo=KST), False)] and dialog.isVisible()
    box = dialog.confirmation.confirm
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert calls[-1] == (datetime(2026, 12, 3, 14, tzinfo=KST), True)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_service_refuses_a_sunday_meeting_unless_confirmed(demo_database, demo_actors):
    import pytest

    from desktop.domain.applications.models import Application, ApplicationStatus
    from desktop.domain.audit.models import AuditEvent
    from desktop.domain.committee.meetings import schedule_meeting
    from desktop.domain.settings.calendar import NonWorkingDay

    sunday = datetime(2026, 11, 29, 10, tzinfo=KST)
    with demo_database.read() as s:
        waiting = s.query(Application).filter_by(status=ApplicationStatus.COMMITTEE_REVIEW).first()
        round_id, agenda = waiting.round_id, [waiting.id]
    with pytest.raises(NonWorkingDay, match="is a Sunday"), demo_database.transaction() as s:
        schedule_meeting(s, demo_actors["secretariat"], round_id, sunday, "대회의실", agenda)
    with demo_database.transaction() as s:
        meeting_id = schedule_meeting(s, demo_actors["secretariat"], round_id, sunday, "대회의실", agenda,
                                      allow_non_working_day=True)
    with demo_database.read() as s:
        event = s.query(AuditEvent).filter_by(action="committee.meeting.schedule", entity_id=meeting_id).one()
    assert event.after["non_working_day"] == "a Sunday", event.after
