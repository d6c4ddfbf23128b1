"""Rounds: created with settings that stay editable until the round opens, dates checked, counts per status."""

from datetime import date, datetime, time, timedelta

import pytest

from desktop.core.clock import KST
from desktop.core.errors import ConflictError, PermissionDenied, ValidationError, WorkflowError
from desktop.domain.accounts.models import Role
from desktop.domain.applications import rounds
from desktop.domain.applications.models import ApplicationStatus, RoundStatus
from desktop.domain.applications.service import transition
from tests.domain.helpers import World

START = date(2027, 3, 2)


def deadline(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour), KST)


@pytest.fixture
def world(database):
    return World(database)


def create(world, code="2027-1", start=START, end=START + timedelta(days=30), due=None, **extra) -> int:
    with world.database.transaction() as s:
        return rounds.create_round(s, world.secretariat, code, "2027년 평가기관 지정 공고", start, end,
                                   due or deadline(end), **extra)


def row(world, round_id) -> rounds.RoundRow:
    with world.database.read() as s:
        return next(r for r in rounds.list_rounds(s, world.secretariat) if r.id == round_id)


def test_a_new_round_copies_the_settings_and_takes_overrides(world):
    round_id = create(world, settings={"count_both_groups": False, "supplement_days": 14},
                      notice_number="공고 제2027-12호")
    created = row(world, round_id)
    assert created.status == RoundStatus.PLANNED and created.notice_number == "공고 제2027-12호"
    assert not created.count_both_groups and created.supplement_days == 14
    assert created.settings["lookback_years"] == 3  # the rest from the business settings


@pytest.mark.parametrize("start,end,due,field,message", [
    (START, START - timedelta(days=1), deadline(START), "period_end", "ends before it starts"),
    (START, START + timedelta(days=9), deadline(START - timedelta(days=1)), "deadline", "before the period starts"),
    (START, START + timedelta(days=9), deadline(START + timedelta(days=10)), "deadline", "after the period ends"),
])
def test_dates_in_the_wrong_order_are_refused_at_their_field(world, start, end, due, field, message):
    with pytest.raises(ValidationError, match=message) as error:
        create(world, start=start, end=end, due=due)
    assert error.value.field == field


@pytest.mark.parametrize("settings,field", [({"supplement_days": 0}, "supplement_days"),
                                            ({"supplement_days": "ten"}, "supplement_days"),
                                            ({"pass_mark": 50}, "pass_mark")])
def test_bad_round_settings_are_refused(world, settings, field):
    with pytest.raises(ValidationError) as error:
        create(world, settings=settings)
    assert error.value.field == field


def test_codes_are_unique_and_only_the_secretariat_manages_rounds(world):
    create(world)
    with pytest.raises(ConflictError, match="exists"):
        create(world)
    with pytest.raises(PermissionDenied), world.database.transaction() as s:
        rounds.create_round(s, world.users[Role.APPROVER], "x", "y", START, START, deadline(START))


def test_settings_are_editable_while_planned_and_frozen_once_open(world):
    round_id = create(world)
    end = START + timedelta(days=30)
    with world.database.transaction() as s:
        rounds.update_round(s, world.secretariat, round_id, "새 제목", START, end, deadline(end),
                            settings={"supplement_days": 7})
        rounds.open_round(s, world.secretariat, round_id)
    opened = row(world, round_id)
    assert opened.title == "새 제목" and opened.supplement_days == 7 and opened.opened_at is not None
    with pytest.raises(WorkflowError, match="frozen"), world.database.transaction() as s:
        rounds.update_round(s, world.secretariat, round_id, "새 제목", START, end, deadline(end),
                            settings={"supplement_days": 10})
    with world.database.transaction() as s:  # the title and notice number may still be corrected
        rounds.update_round(s, world.secretariat, round_id, "정정된 제목", START, end, deadline(end),
                            notice_number="공고 제2027-13호", settings={"supplement_days": 7})
    assert row(world, round_id).title == "정정된 제목"


def test_counts_per_status(world):
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, ApplicationStatus.SUBMITTED)
    listed = row(world, world.round_id)
    assert listed.counts == {ApplicationStatus.SUBMITTED: 1} and listed.total == 1


def test_a_round_moves_one_step_at_a_time(world):
    round_id = create(world)
    with pytest.raises(WorkflowError, match="planned → open"), world.database.transaction() as s:
        rounds.set_round_status(s, world.secretariat, round_id, RoundStatus.CLOSED)
