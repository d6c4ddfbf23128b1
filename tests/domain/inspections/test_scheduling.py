"""Scheduling: date, place, at least two inspectors, none with a declared conflict; the notice's data."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.core.clock import KST, today
from desktop.core.errors import ConflictError, PermissionDenied, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.domain.applications.models import ConflictGround
from desktop.domain.audit.models import AuditEvent
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.domain.inspections.queries import get_inspection
from desktop.domain.inspections.report import inspection_notice
from desktop.domain.inspections.scheduling import (
    NonWorkingDay,
    available_inspectors,
    declare_inspector_conflict,
    list_inspector_conflicts,
    reschedule_inspection,
    schedule_inspection,
)
from desktop.domain.settings.service import get_settings


def test_a_scheduled_inspection_pins_the_checklist_and_names_its_inspectors(site):
    detail = site.run(get_inspection, site.secretariat, site.inspection_id)
    assert detail.status == InspectionStatus.SCHEDULED
    assert detail.checklist_version == "2026.1"
    assert [i.name for i in detail.inspectors] == ["inspector", "정수빈"]
    assert detail.number.startswith(f"실사-{today().year}-")
    assert detail.progress.answered == 0


def test_one_open_inspection_per_application(site):
    with pytest.raises(ConflictError, match="is not signed off yet"):
        site.run(schedule_inspection, site.secretariat, site.application_id, today(), "서울",
                 [site.inspector.user_id, site.inspector2.user_id])


@pytest.mark.parametrize("change,field,message", [
    (dict(inspectors=1), "inspectors", "Choose at least 2 inspectors."),
    (dict(place=" "), "place", "Enter the place of the inspection."),
    (dict(days=-1), "date", "The inspection date cannot be in the past."),
])
def test_bad_schedules_are_refused_at_their_field(site, change, field, message):
    ids = [site.inspector.user_id, site.third.user_id][:change.get("inspectors", 2)]
    with pytest.raises(ValidationError) as raised:
        site.run(reschedule_inspection, site.secretariat, site.inspection_id,
                 today() + timedelta(days=change.get("days", 5)), change.get("place", "부산"), ids)
    assert (raised.value.field, raised.value.message) == (field, message)
    detail = site.run(get_inspection, site.secretariat, site.inspection_id)
    assert detail.place == "서울특별시 중구 세종대로 1"  # nothing changed


def test_only_inspectors_can_inspect_and_only_the_secretariat_schedules(site):
    with pytest.raises(ValidationError, match="inspector role"):
        site.run(reschedule_inspection, site.secretariat, site.inspection_id, today(), "서울",
                 [site.inspector.user_id, site.secretariat.user_id])
    with pytest.raises(PermissionDenied):
        site.run(reschedule_inspection, site.inspector, site.inspection_id, today(), "서울",
                 [site.inspector.user_id, site.third.user_id])


def test_an_inspector_with_a_declared_conflict_cannot_be_assigned(site):
    site.run(declare_inspector_conflict, site.third, site.application_id, ConflictGround.EMPLOYMENT,
             "2년 전까지 신청기관에 재직")
    choices = {c.user_id: c for c in site.run(available_inspectors, site.secretariat, site.application_id)}
    assert choices[site.third.user_id].conflict == "Works or worked for the applicant"
    assert choices[site.inspector.user_id].conflict is None
    with pytest.raises(ValidationError, match="한지우 declared a conflict of interest with 테스트평가 주식회사"):
        site.run(reschedule_inspection, site.secretariat, site.inspection_id, today(), "서울",
                 [site.inspector.user_id, site.third.user_id])
    rows = site.run(list_inspector_conflicts, site.third)
    assert [(r.inspector_name, r.ground) for r in rows] == [("한지우", ConflictGround.EMPLOYMENT)]
    assert site.run(list_inspector_conflicts, site.inspector) == []  # an inspector sees only their own


def test_a_conflict_needs_a_statement_and_is_declared_once(site):
    with pytest.raises(ValidationError, match="State the facts"):
        site.run(declare_inspector_conflict, site.third, site.application_id, ConflictGround.OTHER, "  ")
    site.run(declare_inspector_conflict, site.secretariat, site.application_id, ConflictGround.OTHER, "친족",
             user_id=site.third.user_id)
    with pytest.raises(ConflictError, match="already declared"):
        site.run(declare_inspector_conflict, site.third, site.application_id, ConflictGround.OTHER, "친족")


def test_an_assigned_inspector_who_declares_a_conflict_can_no_longer_fill_in(site):
    from desktop.domain.inspections.filling import answer_item

    site.run(declare_inspector_conflict, site.inspector2, site.application_id, ConflictGround.DIRECT_INVOLVEMENT,
             "작년 자문")
    with pytest.raises(PermissionDenied, match="must assign another inspector"):
        site.run(answer_item, site.inspector2, site.inspection_id, "S1", "conform")
    detail = site.run(get_inspection, site.secretariat, site.inspection_id)
    assert [i.conflicted for i in detail.inspectors] == [False, True]
    site.run(reschedule_inspection, site.secretariat, site.inspection_id, today() + timedelta(days=6), "서울",
             [site.inspector.user_id, site.third.user_id])
    assert [i.name for i in site.run(get_inspection, site.secretariat, site.inspection_id).inspectors] == [
        "inspector", "한지우"]


def test_only_an_application_passed_to_inspection_is_scheduled(site, database):
    from desktop.domain.applications.models import Application, ApplicationStatus

    with database.transaction() as session:
        session.get_one(Application, site.application_id).status = ApplicationStatus.SCREENING
        session.delete(session.get_one(Inspection, site.inspection_id))
    with pytest.raises(WorkflowError, match="Only an application passed to inspection"):
        site.run(schedule_inspection, site.secretariat, site.application_id, today(), "서울",
                 [site.inspector.user_id, site.inspector2.user_id])


def test_scheduling_is_audited_and_the_notice_has_what_the_applicant_needs(site, database):
    with database.read() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.action == "inspection.schedule")) == 1
        notice = inspection_notice(session, site.secretariat, site.inspection_id, get_settings(session))
    assert notice.applicant.name == "테스트평가 주식회사"
    assert notice.scheduled_on == today() + timedelta(days=5)
    assert notice.starts_at == datetime(2026, 11, 30, 10, tzinfo=KST)  # a plain day starts at 10:00
    assert [p.name for p in notice.inspectors] == ["inspector", "정수빈"]
    assert len(notice.areas) == 10  # every checked item, not the free-text remarks
    assert notice.drafted is not None and notice.drafted.name == "secretariat"


@pytest.mark.parametrize("day,name", [(date(2026, 11, 28), "a Saturday"), (date(2026, 11, 29), "a Sunday"),
                                      (date(2026, 12, 25), "Christmas Day")])
def test_a_non_working_day_is_refused_unless_confirmed_and_the_confirmation_is_audited(site, database, day, name):
    moment = datetime.combine(day, datetime.min.time(), KST).replace(hour=14)
    ids = [site.inspector.user_id, site.inspector2.user_id]
    with pytest.raises(NonWorkingDay) as raised:
        site.run(reschedule_inspection, site.secretariat, site.inspection_id, moment, "부산", ids)
    assert raised.value.field == "date"
    assert raised.value.message == (f"{official_date(day)} is {name}, not a working day. Confirm that it is meant to "
                                    "take place on that day.")
    assert site.run(get_inspection, site.secretariat, site.inspection_id).place == "서울특별시 중구 세종대로 1"
    site.run(reschedule_inspection, site.secretariat, site.inspection_id, moment, "부산", ids,
             allow_non_working_day=True)
    detail = site.run(get_inspection, site.secretariat, site.inspection_id)
    assert (detail.scheduled_at, detail.scheduled_on, detail.place) == (moment, day, "부산")
    with database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "inspection.reschedule")).one()
    assert event.after["non_working_day"] == name and event.after["scheduled_at"] == moment.isoformat()


def test_a_declared_holiday_needs_the_confirmation_too(site):
    from desktop.domain.settings.service import set_setting

    site.run(set_setting, site.world.admin, "declared_holidays", [["2026-12-01", "임시공휴일"]])
    with pytest.raises(NonWorkingDay, match=r"2026\. 12\. 1\. is 임시공휴일"):
        site.run(reschedule_inspection, site.secretariat, site.inspection_id, date(2026, 12, 1), "부산",
                 [site.inspector.user_id, site.inspector2.user_id])
