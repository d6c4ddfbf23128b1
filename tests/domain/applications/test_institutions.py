import pytest
from sqlalchemy import select

from desktop.core.errors import ConflictError, ValidationError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.institutions.models import Institution
from desktop.domain.institutions.service import create_institution, institution_data, update_institution
from tests.domain.helpers import World
from tests.domain.helpers import institution_data as data


@pytest.fixture
def world(database):
    return World(database)


def test_brn_is_stored_as_digits_and_shown_with_hyphens(world):
    with world.database.read() as s:
        stored = s.get_one(Institution, world.institution_id)
        assert stored.brn == "1248100998"
        assert institution_data(s, world.secretariat, world.institution_id).brn == "124-81-00998"


def test_check_digit_failure_needs_a_recorded_override_reason(world):
    with pytest.raises(ValidationError) as error, world.database.transaction() as s:
        create_institution(s, world.secretariat, data(name="다른기관", brn="124-81-00997"))
    assert error.value.field == "brn_override_reason"
    with world.database.transaction() as s:
        new_id = create_institution(s, world.secretariat, data(
            name="다른기관", brn="124-81-00997", brn_override_reason="사업자등록증 원본 대조 확인"))
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "institution.create",
                                                   AuditEvent.entity_id == new_id)).one()
        assert event.reason == "사업자등록증 원본 대조 확인"


@pytest.mark.parametrize("brn,field", [("124-81-0099", "brn"), ("abc", "brn"), ("", "brn")])
def test_bad_brn_names_the_field(world, brn, field):
    with pytest.raises(ValidationError) as error, world.database.transaction() as s:
        create_institution(s, world.secretariat, data(name="X", brn=brn))
    assert error.value.field == field


def test_same_brn_twice_is_a_duplicate(world):
    with pytest.raises(ConflictError, match="already registered"), world.database.transaction() as s:
        create_institution(s, world.secretariat, data(name="복제기관"))


def test_update_is_audited_with_only_the_changed_fields(world):
    with world.database.transaction() as s:
        update_institution(s, world.secretariat, world.institution_id, data(address="부산광역시 해운대구 1"))
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "institution.update")).one()
    assert event.after == {"address": "부산광역시 해운대구 1"}
    assert event.before == {"address": "서울특별시 중구 세종대로 1"}


def test_bad_crn_is_refused_and_a_public_body_may_lack_a_brn(world):
    from desktop.core.identifiers import crn_check_digit
    from desktop.domain.institutions.models import Sector

    wrong = "110111123456" + str((crn_check_digit("110111123456") + 1) % 10)
    with pytest.raises(ValidationError) as error, world.database.transaction() as s:
        create_institution(s, world.secretariat, data(name="Y", brn="", crn=wrong, sector=Sector.PUBLIC))
    assert error.value.field == "crn"
    with world.database.transaction() as s:
        create_institution(s, world.secretariat, data(name="Y", brn="", sector=Sector.PUBLIC))
