"""Two desktops on the same records: a save over a newer version is refused with who changed it and when, nothing
is written, nothing of the other save is lost, and the version moves by one per accepted save — on SQLite and,
when a server is configured, on PostgreSQL (there with two transactions really open at once)."""

import os
import threading
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.core.errors import StaleEdit
from desktop.db.engine import Database
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import StaffData, get_application, update_application
from desktop.domain.inspections import filling
from desktop.domain.inspections.queries import get_inspection
from desktop.domain.institutions.service import institution_data, institution_version, update_institution
from desktop.domain.scoring.sheets import EntryInput, my_sheet, save_sheet
from desktop.domain.settings.service import get_settings, list_settings, save_settings
from desktop.domain.users.service import create_user
from tests.domain.committee.conftest import build_committee_world
from tests.domain.helpers import PASSWORD, World

POSTGRES = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")


@pytest.fixture
def db(database) -> Database:
    """An empty database at head, on each engine (tests/conftest.py: ``database``)."""
    return database


@pytest.fixture
def world(db) -> World:
    return World(db)


def _second(world: World, role: Role, username: str, name: str) -> Actor:
    with world.database.transaction() as s:
        row = create_user(s, world.admin, username, name, PASSWORD, role)
    return Actor(row.id, row.username, row.display_name, role)


def _staff(detail) -> list[str]:
    return [p.name for p in detail.data.staff]


def test_a_stale_roster_is_refused_and_the_added_person_stays(world):
    other = _second(world, Role.SECRETARIAT, "secretariat2", "김사무")
    with world.database.read() as s:  # two windows open the same application
        mine = get_application(s, world.secretariat, world.application_id)
        theirs = get_application(s, other, world.application_id)
    assert mine.version == theirs.version == 1
    added = replace(theirs.data, staff=(*theirs.data.staff, StaffData("정신규", experience_years=Decimal(2))))
    with world.database.transaction() as s:  # the other window adds a staff member, nothing else
        assert update_application(s, other, world.application_id, added, theirs.version) == 2
    stale = replace(mine.data, facilities="평가 DB 및 서버실")
    with pytest.raises(StaleEdit, match=r"changed by 김사무 at 2026\. 11\. 25\. 10:00") as refused, \
            world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id, stale, mine.version)
    assert refused.value.changed_by == "김사무" and refused.value.stored_version == 2
    with world.database.read() as s:
        stored = get_application(s, world.secretariat, world.application_id)
    assert "정신규" in _staff(stored) and stored.data.facilities == "평가 DB" and stored.version == 2
    # "Apply mine again": the same input, naming the version now in force, is a deliberate overwrite.
    with world.database.transaction() as s:
        assert update_application(s, world.secretariat, world.application_id, stale, refused.value.stored_version) == 3


def test_a_status_step_does_not_count_as_an_edit_but_every_save_moves_the_version_by_one(world):
    with world.database.read() as s:
        detail = get_application(s, world.secretariat, world.application_id)
    for expected in (1, 2, 3):
        with world.database.transaction() as s:
            assert update_application(s, world.secretariat, world.application_id, detail.data, expected) == expected + 1


def test_a_stale_institution_tab_is_refused(world):
    other = _second(world, Role.SECRETARIAT, "secretariat2", "김사무")
    with world.database.read() as s:
        form = institution_data(s, world.secretariat, world.institution_id)
        version = institution_version(s, world.secretariat, world.institution_id)
    with world.database.transaction() as s:
        assert update_institution(s, other, world.institution_id, replace(form, phone="02-123-4567"), version) == 2
    with pytest.raises(StaleEdit, match="changed by 김사무"), world.database.transaction() as s:
        update_institution(s, world.secretariat, world.institution_id, replace(form, representative="이대표"),
                           version)
    with world.database.read() as s:
        stored = institution_data(s, world.secretariat, world.institution_id)
        assert (stored.phone, stored.representative) == ("02-123-4567", "홍길동")
        assert institution_version(s, world.secretariat, world.institution_id) == 2


def test_a_stale_score_sheet_draft_from_another_window_is_refused(db):
    committee = build_committee_world(db)
    member, application = committee.actors[1], committee.applications[0]
    with db.read() as s:
        window_a = my_sheet(s, member, application)
        window_b = my_sheet(s, member, application)
    assert window_a.version == window_b.version == 0
    with db.transaction() as s:
        assert save_sheet(s, member, application, {"1": EntryInput("24")},
                          expected_version=window_a.version).version == 1
    with pytest.raises(StaleEdit, match="changed by"), db.transaction() as s:
        save_sheet(s, member, application, {"2": EntryInput("12")}, expected_version=window_b.version)
    with db.read() as s:
        stored = my_sheet(s, member, application)
    assert [(e.criterion, e.score) for e in stored.entries if e.score is not None] == [("1", Decimal("24"))]
    with db.transaction() as s:
        assert save_sheet(s, member, application, {"1": EntryInput("24"), "2": EntryInput("12")},
                          expected_version=stored.version).version == 2


def _inspection_site(world: World) -> tuple[Actor, Actor, int]:
    from datetime import timedelta

    from desktop.core.clock import today
    from desktop.domain.inspections.scheduling import schedule_inspection

    inspector = world.users[Role.INSPECTOR]
    second = _second(world, Role.INSPECTOR, "inspector2", "정수빈")
    with world.database.transaction() as s:
        s.get_one(Application, world.application_id).status = ApplicationStatus.INSPECTION
    with world.database.transaction() as s:
        inspection_id = schedule_inspection(s, world.secretariat, world.application_id, today() + timedelta(days=5),
                                            "서울특별시 중구 세종대로 1", [inspector.user_id, second.user_id])
    return inspector, second, inspection_id


def test_a_checklist_answer_is_not_overwritten_by_an_inspector_who_had_not_seen_it(world):
    first, second, inspection_id = _inspection_site(world)
    with world.database.read() as s:
        item = next(i for i in get_inspection(s, first, inspection_id).items if i.item.response == "conform")
    seen_by_second = item.version
    with world.database.transaction() as s:
        filling.answer_item(s, first, inspection_id, item.item.id, "nonconform", expected_version=item.version)
        filling.set_note(s, first, inspection_id, item.item.id, "품질 매뉴얼 없음", expected_version=1)
    with pytest.raises(StaleEdit, match=f"Item {item.item.id} .* was changed by {first.display_name}"), \
            world.database.transaction() as s:
        filling.answer_item(s, second, inspection_id, item.item.id, "conform", expected_version=seen_by_second)
    with world.database.read() as s:
        stored = get_inspection(s, first, inspection_id).item(item.item.id)
    assert stored.answer.response == "nonconform" and stored.answer.note == "품질 매뉴얼 없음"
    assert stored.version == 2  # one answer and one note: two accepted saves


def test_settings_changed_in_another_window_are_not_written_back(world):
    admin2 = _second(world, Role.ADMINISTRATOR, "admin2", "박관리")
    with world.database.read() as s:
        loaded = {row.key: row for row in list_settings(s, world.admin)}
    with world.database.transaction() as s:  # the other administrator changes the pass mark
        assert save_settings(s, admin2, {"pass_mark": "75"}, loaded) == ["pass_mark"]
    with world.database.read() as s:
        assert {r.key: r for r in list_settings(s, world.admin)}["pass_mark"].version == 1
    # The first editor still shows 70 and sends every value back with the one it changed.
    values = {key: row.value for key, row in loaded.items() if key in ("pass_mark", "supplement_days")}
    values["supplement_days"] = 14
    with pytest.raises(StaleEdit, match=r"[Pp]ass mark") as refused, world.database.transaction() as s:
        save_settings(s, world.admin, values, loaded)
    assert refused.value.changed_by == "박관리" and refused.value.field == "pass_mark"
    with world.database.read() as s:
        stored = get_settings(s)
    assert (stored["pass_mark"], stored["supplement_days"]) == ("75", 10)
    with world.database.transaction() as s:  # reloaded, the editor's own change goes through
        fresh = {row.key: row for row in list_settings(s, world.admin)}
        save_settings(s, world.admin, {"pass_mark": "75", "supplement_days": 14}, fresh)
    with world.database.read() as s:
        rows = {r.key: r for r in list_settings(s, world.admin)}
    assert (rows["pass_mark"].version, rows["supplement_days"].version) == (1, 1)
    assert get_settings_value(world, "supplement_days") == 14


def get_settings_value(world: World, key: str):
    with world.database.read() as s:
        return get_settings(s)[key]


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES, reason="no PostgreSQL server configured")
def test_two_open_transactions_on_postgres_accept_exactly_one_save(postgres_database):
    """Both transactions have read version 1 before either writes: the second waits for the first's row lock and
    is then refused, so the staff member the first one added survives."""
    database = postgres_database
    try:
        world = World(database)
        other = _second(world, Role.SECRETARIAT, "secretariat2", "김사무")
        first_read, first_saved = threading.Event(), threading.Event()
        outcome: dict[str, object] = {}

        def second_window() -> None:
            try:
                with database.transaction() as s:
                    detail = get_application(s, world.secretariat, world.application_id)
                    first_read.wait(10)
                    first_saved.wait(10)
                    update_application(s, world.secretariat, world.application_id,
                                       replace(detail.data, facilities="B"), detail.version)
                outcome["second"] = "saved"
            except StaleEdit as error:
                outcome["second"] = error

        thread = threading.Thread(target=second_window)
        thread.start()
        with database.transaction() as s:
            detail = get_application(s, other, world.application_id)
            first_read.set()
            added = (*detail.data.staff, StaffData("정신규", experience_years=Decimal(2)))
            update_application(s, other, world.application_id, replace(detail.data, staff=added), detail.version)
            first_saved.set()  # the second window now tries while this transaction still holds the row
        thread.join(20)
        assert isinstance(outcome["second"], StaleEdit)
        with database.read() as s:
            stored = get_application(s, world.secretariat, world.application_id)
        assert "정신규" in _staff(stored) and stored.data.facilities == "평가 DB" and stored.version == 2
    finally:
        database.dispose()
