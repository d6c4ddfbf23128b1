"""The Inspections page on the demo: the list, opening an inspection, scheduling and conflicts (moved from
tests/ui/pages_other and extended)."""

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.core.clock import today
from desktop.domain.inspections.models import InspectionStatus
from desktop.ui.pages.inspections.conflict_dialog import ConflictDialog
from desktop.ui.pages.inspections.page import InspectionsPage
from desktop.ui.pages.inspections.schedule_dialog import ScheduleDialog


def test_lists_every_inspection_with_score_and_inspectors(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "secretariat")
    rows = page.table.records()
    assert len(rows) == 14
    assert dialogs.errors == []
    signed = next(n for n, r in enumerate(rows) if r.status == InspectionStatus.SIGNED)
    model = page.table.model
    assert model.index(signed, page.STATUS).data() == "Signed off"
    score = model.index(signed, page.SCORE).data()
    assert score == f"{rows[signed].score:f} / {rows[signed].max_score:f}"
    assert model.index(signed, page.INSPECTORS).data() == "이현우, 정수빈"
    scheduled = next(n for n, r in enumerate(rows) if r.status == InspectionStatus.SCHEDULED)
    assert model.index(scheduled, page.SCORE).data() == ""
    assert page.tabs.tabText(page.CONFLICTS_TAB) == "Inspectors' conflicts (1)"


def test_newest_inspection_first_and_search(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "secretariat")
    shown = page.table.visible_records()
    assert [r.scheduled_on for r in shown] == sorted((r.scheduled_on for r in shown), reverse=True)
    page.table.search.setText("동방")
    assert [r.institution_name for r in page.table.visible_records()] == ["동방특허법인"]


def test_enter_opens_an_inspection_and_alt_left_comes_back(qtbot, make_page, context_for, dialogs, next_inspection_id):
    page = make_page(InspectionsPage, "inspector")
    page.table.select_id(next_inspection_id)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)
    assert page.workspace is not None and page.stack.currentWidget() is page.workspace
    assert page.workspace.header.text().startswith(page.table.current_record().number)
    page.workspace.close_workspace()
    assert page.workspace is None and page.stack.currentIndex() == 0
    assert page.table.current_record().id == next_inspection_id


def test_the_secretariat_schedules_with_two_conflict_free_inspectors(qtbot, make_page, context_for, dialogs,
                                                                     demo_database):
    from desktop.domain.applications.models import Application, ApplicationStatus
    from desktop.domain.inspections.models import Inspection

    with demo_database.transaction() as session:  # the demo's next inspection is dropped: 2026-2-007 waits again
        inspection = session.query(Inspection).filter_by(status=InspectionStatus.SCHEDULED).one()
        application_id = inspection.application_id
        session.delete(inspection)
        assert session.get_one(Application, application_id).status == ApplicationStatus.INSPECTION
    page = make_page(InspectionsPage, "secretariat")
    seen = {}

    def run(dialog):
        assert isinstance(dialog, ScheduleDialog)
        dialog.place.setText("서울특별시 강남구 논현로 508")
        dialog.day.setDate(today() + timedelta(days=12))  # Monday 2026. 12. 7.
        assert dialog.try_accept() is False  # no inspector ticked yet: said at the field, dialog stays open
        seen["error"] = dialog.banner.text()
        for row in range(dialog.inspectors.count()):
            dialog.tick(dialog.inspectors.item(row).data(Qt.ItemDataRole.UserRole))
        return dialog.try_accept()

    page.run_dialog = run
    inspection_id = page.schedule()
    assert seen["error"] == "Choose at least 2 inspectors."
    assert page.table.current_record().id == inspection_id
    row = page.table.current_record()
    assert (row.status, row.inspectors, row.scheduled_on) == (InspectionStatus.SCHEDULED, ("이현우", "정수빈"),
                                                               today() + timedelta(days=12))


def test_a_conflicted_inspector_cannot_be_ticked(qtbot, make_page, context_for, dialogs):
    from desktop.domain.inspections.scheduling import ApplicationChoice, InspectorChoice

    choices = [InspectorChoice(1, "이현우", "현장실사위원", None),
               InspectorChoice(2, "정수빈", "현장실사위원", "Advised or worked for the applicant recently")]
    dialog = ScheduleDialog([ApplicationChoice(7, "2026-2-003", "가온")], lambda _: choices, lambda data: 1)
    qtbot.addWidget(dialog)
    assert dialog.tick(1) is True
    assert dialog.tick(2) is False
    assert "conflict declared: Advised or worked" in dialog.inspectors.item(1).text()
    assert dialog.data().inspector_ids == (1,)


def test_an_inspector_declares_a_conflict_from_the_page(qtbot, make_page, context_for, dialogs):
    page = make_page(InspectionsPage, "inspector")

    def run(dialog):
        assert isinstance(dialog, ConflictDialog)
        assert dialog.try_accept() is False  # no statement
        assert dialog.banner.text() == "State the facts of the conflict in a sentence."
        dialog.statement.setPlainText("신청기관 대표와 대학 동기로 최근 공동 연구 수행")
        return dialog.try_accept()

    page.run_dialog = run
    assert page.declare_conflict() is True
    assert page.tabs.currentIndex() == page.CONFLICTS_TAB
    assert [r.statement for r in page.conflicts.records()] == ["신청기관 대표와 대학 동기로 최근 공동 연구 수행"]
