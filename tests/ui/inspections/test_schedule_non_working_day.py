"""Scheduling an inspection on a Saturday or holiday: the dialog names the day as it is chosen and the secretariat
confirms it with a tick; without the tick the service refuses it at the date. The time of day is kept."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.core.clock import KST
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.audit.models import AuditEvent
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.ui.pages.inspections.page import InspectionsPage
from desktop.ui.pages.inspections.schedule_dialog import ScheduleDialog
from desktop.ui.widgets.feedback import field_level


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_a_saturday_needs_the_tick_and_is_then_scheduled_at_the_time_chosen(qtbot, make_page, demo_database):
    with demo_database.transaction() as session:  # the demo's next inspection is dropped: its applicant waits again
        inspection = session.scalars(select(Inspection).where(Inspection.status == InspectionStatus.SCHEDULED)).one()
        application_id = inspection.application_id
        session.delete(inspection)
        assert session.get_one(Application, application_id).status == ApplicationStatus.INSPECTION
    page = make_page(InspectionsPage, "secretariat")
    seen = {}

    def run(dialog):
        assert isinstance(dialog, ScheduleDialog)
        dialog.show()
        assert dialog.confirmation.isHidden()  # a week ahead is a working day (2026. 12. 2.)
        dialog.place.setText("서울특별시 강남구 논현로 508")
        for row in range(dialog.inspectors.count()):
            dialog.tick(dialog.inspectors.item(row).data(Qt.ItemDataRole.UserRole))
        dialog.day.setDate(QDate(2026, 12, 5))
        dialog.time.setTime(QTime(14, 30))
        assert not dialog.confirmation.isHidden()
        seen["warning"] = dialog.confirmation.warning.text()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # not confirmed: refused at the date
        seen["error"], seen["level"] = dialog.banner.text(), field_level(dialog.day)
        assert dialog.result() != dialog.DialogCode.Accepted
        box = dialog.confirmation.confirm
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    page.run_dialog = run
    inspection_id = page.schedule()
    assert seen["warning"] == "2026. 12. 5. is a Saturday, not a working day."
    assert seen["error"] == ("2026. 12. 5. is a Saturday, not a working day. Confirm that it is meant to take place "
                             "on that day.") and seen["level"] == "error"
    with demo_database.read() as session:
        inspection = session.get_one(Inspection, inspection_id)
        assert inspection.scheduled_at == datetime(2026, 12, 5, 14, 30, tzinfo=KST)
        assert inspection.scheduled_on == date(2026, 12, 5)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "inspection.schedule")
                                .order_by(AuditEvent.id.desc())).first()
    assert event.after["non_working_day"] == "a Saturday"
    assert page.table.current_record().id == inspection_id
