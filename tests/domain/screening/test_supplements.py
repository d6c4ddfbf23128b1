"""Supplement requests: from the failed rules, numbered, default deadline of the round, received or expired."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.clock import now, set_clock, today
from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import transition, update_application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.screening.models import ScreeningOutcome, SupplementStatus
from desktop.domain.screening.service import list_screening, run_screening
from desktop.domain.screening.supplements import (
    expire_overdue,
    find_supplement,
    list_supplements,
    overdue_requests,
    parse_number,
    receive_supplement,
    request_supplement,
    supplement_draft,
)
from tests.domain.helpers import World, application_data, attach_required_documents, version

S = ApplicationStatus


@pytest.fixture
def world(database):
    """An application in screening that lacks its evidence: deficient."""
    world = World(database)
    with database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
        transition(s, world.secretariat, world.application_id, S.SCREENING)
        run_screening(s, world.secretariat, world.application_id)
    return world


def status(world) -> ApplicationStatus:
    with world.database.read() as s:
        return s.get_one(Application, world.application_id).status


def request(world, days: int | None = None):
    with world.database.transaction() as s:
        draft = supplement_draft(s, world.secretariat, world.application_id)
        deadline = draft.deadline if days is None else today() + timedelta(days=days)
        return request_supplement(s, world.secretariat, world.application_id, draft.deficiencies, deadline)


def in_days(days: int) -> None:
    moment = now() + timedelta(days=days)
    set_clock(lambda: moment)


def test_the_draft_lists_the_failed_rules_and_the_rounds_deadline(world):
    with world.database.read() as s:
        draft = supplement_draft(s, world.secretariat, world.application_id)
    # 10 days from 2026. 11. 26. end on Saturday 12. 5.: the deadline is Monday 12. 7. (민법 157, 161)
    assert draft.days == 10 and draft.deadline == date(2026, 12, 7) == draft.period.end
    assert draft.period.explain("ko") == "10일: 2026. 11. 26.–12. 5.; 12. 5.–6. 토·일 → 2026. 12. 7."
    assert draft.deficiencies == (
        "Application form: The application form (Form 3-5) is missing.",
        "Evidence for each requirement: Evidence missing for: staff, dedicated unit, facilities.",
    )


def test_a_request_is_numbered_per_year_moves_the_application_and_is_audited(world):
    row = request(world)
    assert row.number == f"보완-{today().year}-0001" and row.status == SupplementStatus.OPEN
    assert status(world) == S.SUPPLEMENT_REQUESTED
    with world.database.read() as s:
        assert find_supplement(s, f"{today().year}-1").id == row.id
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "supplement.request")).one()
    assert [d["en"] for d in event.after["deficiencies"]] == list(row.deficiencies)  # kept in both languages
    assert all(d["ko"] and d["ko"] != d["en"] for d in event.after["deficiencies"])
    assert parse_number("보완-2026-0012") == (2026, 12) == parse_number("2026-12")


@pytest.mark.parametrize("deficiencies,days,field", [((), 10, "deficiencies"), (("  ",), 10, "deficiencies"),
                                                     (("x",), 0, "deadline"), (("x",), -3, "deadline"),
                                                     (("x",), 200, "deadline")])
def test_bad_requests_are_refused_at_their_field_and_change_nothing(world, deficiencies, days, field):
    with pytest.raises(ValidationError) as error, world.database.transaction() as s:
        request_supplement(s, world.secretariat, world.application_id, deficiencies, today() + timedelta(days=days))
    assert error.value.field == field
    assert status(world) == S.SCREENING


def test_nothing_to_supplement_when_eligible(world):
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        run_screening(s, world.secretariat, world.application_id)
    with pytest.raises(WorkflowError, match="nothing to supplement"), world.database.transaction() as s:
        request_supplement(s, world.secretariat, world.application_id, ["x"], today() + timedelta(days=5))


def test_the_round_setting_gives_the_default_deadline(database):
    world = World(database)
    with database.transaction() as s:
        rnd = s.get_one(Application, world.application_id).round
        rnd.settings = {**rnd.settings, "supplement_days": 14}
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
        transition(s, world.secretariat, world.application_id, S.SCREENING)
        run_screening(s, world.secretariat, world.application_id)
        assert supplement_draft(s, world.secretariat, world.application_id).deadline == date(2026, 12, 9)


def test_receiving_the_supplement_reruns_the_screening(world):
    row = request(world)
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        outcome = receive_supplement(s, world.secretariat, row.id, note="증빙 3종 제출")
    assert outcome == ScreeningOutcome.ELIGIBLE and status(world) == S.SCREENING
    with world.database.read() as s:
        (received,) = list_supplements(s, world.secretariat, world.application_id)
        assert received.status == SupplementStatus.RECEIVED and received.received_at is not None
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
    with pytest.raises(WorkflowError, match="no longer open"), world.database.transaction() as s:
        receive_supplement(s, world.secretariat, row.id)


def test_overdue_requests_stand_out_and_expire_to_ineligible_with_the_reason(world):
    row = request(world, days=5)
    with world.database.read() as s:
        assert overdue_requests(s, world.secretariat) == []
    in_days(6)
    with world.database.read() as s:
        assert [r.number for r in overdue_requests(s, world.secretariat)] == [row.number]
        listed = next(r for r in list_screening(s, world.secretariat) if r.application_id == world.application_id)
        assert listed.overdue and listed.supplement_number == row.number
    with pytest.raises(WorkflowError, match="has passed"), world.database.transaction() as s:
        receive_supplement(s, world.secretariat, row.id)
    with world.database.transaction() as s:
        assert expire_overdue(s, world.secretariat) == ["2026-9-001"]
    with world.database.read() as s:
        application = s.get_one(Application, world.application_id)
        assert application.status == S.INELIGIBLE
        assert application.status_reason.startswith("Not supplemented by the deadline")
        assert row.number in application.status_reason
        assert overdue_requests(s, world.secretariat) == []


def test_a_late_supplement_can_be_accepted_with_a_recorded_reason(world):
    row = request(world, days=1)
    in_days(3)
    with world.database.transaction() as s:
        receive_supplement(s, world.secretariat, row.id, late_reason="우체국 소인 기한 내 확인")
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "supplement.receive")).one()
    assert event.reason == "우체국 소인 기한 내 확인" and event.after["late"] is True


def test_editing_during_the_supplement_is_allowed(world):
    request(world)
    with world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id, application_data(facilities="보강"),
                           version(s, world))


def test_the_plain_status_steps_cannot_bypass_the_request_or_its_receipt(world):
    from desktop.domain.applications.service import allowed_steps

    with pytest.raises(WorkflowError, match="Screening page"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUPPLEMENT_REQUESTED)
    assert S.SUPPLEMENT_REQUESTED not in allowed_steps(world.secretariat, S.SCREENING)
    request(world)
    assert S.SCREENING not in allowed_steps(world.secretariat, S.SUPPLEMENT_REQUESTED)
    with pytest.raises(WorkflowError, match="received"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SCREENING)


def test_a_withdrawn_application_is_no_longer_overdue(world):
    request(world, days=1)
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.WITHDRAWN, reason="신청 취하")
    in_days(5)
    with world.database.transaction() as s:
        assert overdue_requests(s, world.secretariat) == []
        assert expire_overdue(s, world.secretariat) == []


@pytest.mark.parametrize("typed,message", [
    (date(2026, 11, 28), "2026. 11. 28. is a Saturday, not a working day: by the law (민법 Art. 161) the period "
                         "would run to 2026. 11. 30.; choose that day or another working day."),
    (date(2026, 12, 25), "2026. 12. 25. is Christmas Day, not a working day"),
    (date(2026, 11, 25), "The deadline 2026. 11. 25. lies before the first day of the period (2026. 11. 26.)."),
    (date(2026, 11, 20), "The deadline 2026. 11. 20. lies before the first day"),
])
def test_a_deadline_on_a_non_working_day_or_before_the_request_is_refused_at_the_field(world, typed, message):
    with pytest.raises(ValidationError) as error, world.database.transaction() as s:
        request_supplement(s, world.secretariat, world.application_id, ["x"], typed)
    assert error.value.field == "deadline" and error.value.message.startswith(message)
    assert status(world) == S.SCREENING


def test_a_declared_holiday_moves_the_default_deadline_and_the_period_is_audited(world):
    from desktop.domain.settings.service import set_setting

    with world.database.transaction() as s:
        set_setting(s, world.admin, "declared_holidays", [["2026-12-07", "임시공휴일"]])
        draft = supplement_draft(s, world.secretariat, world.application_id)
    assert draft.deadline == date(2026, 12, 8)
    row = request(world)
    assert row.deadline == date(2026, 12, 8)
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "supplement.request")).one()
    assert event.after["period"] == "10일: 2026. 11. 26.–12. 5.; 12. 5.–7. 공휴일·토·일 → 2026. 12. 8."
