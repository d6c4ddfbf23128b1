"""Duplicates and identity: one institution per BRN/CRN, applying once per round, its data shared across rounds."""

from datetime import timedelta

import pytest

from desktop.core.clock import now, today
from desktop.core.errors import ConflictError
from desktop.domain.applications import rounds
from desktop.domain.applications.by_institution import institution_applications
from desktop.domain.applications.service import create_application, get_application
from desktop.domain.institutions.service import create_institution, find_registered, update_institution
from tests.domain.helpers import World, application_data, institution_data


@pytest.fixture
def world(database):
    return World(database)


def test_registering_an_existing_brn_or_crn_points_to_the_registered_institution(world):
    from desktop.core.identifiers import brn_check_digit, crn_check_digit

    crn = "110111123456" + str(crn_check_digit("110111123456"))
    other_brn = "220816251" + str(brn_check_digit("220816251"))
    with world.database.transaction() as s:
        update_institution(s, world.secretariat, world.institution_id, institution_data(crn=crn))
    for typed in (dict(brn="1248100998"), dict(brn=other_brn, crn=crn)):
        with pytest.raises(ConflictError, match="already registered") as error, world.database.transaction() as s:
            create_institution(s, world.secretariat, institution_data(name="다른 이름", **typed))
        assert error.value.field in ("brn", "crn")
    with world.database.read() as s:
        assert find_registered(s, world.secretariat, brn="124-81-00998").id == world.institution_id
        assert find_registered(s, world.secretariat, crn=crn[:6] + "-" + crn[6:]).id == world.institution_id
        assert find_registered(s, world.secretariat, brn="not a number") is None


def test_the_same_institution_applies_once_per_round_and_again_in_the_next(world):
    with pytest.raises(ConflictError, match="already applied in round 2026-9") as error, \
            world.database.transaction() as s:
        create_application(s, world.secretariat, world.round_id, world.institution_id, application_data())
    assert error.value.field == "institution"
    with world.database.transaction() as s:
        later = rounds.create_round(s, world.secretariat, "2026-10", "다음 공고", today(), today() + timedelta(days=9),
                                    now() + timedelta(days=2))
        rounds.open_round(s, world.secretariat, later)
        second = create_application(s, world.secretariat, later, world.institution_id, application_data())
        update_institution(s, world.secretariat, world.institution_id, institution_data(address="부산광역시 1"))
    with world.database.read() as s:
        assert institution_applications(s, world.secretariat, world.institution_id) == [
            ("2026-10-001", "2026-10"), ("2026-9-001", "2026-9")]
        first = get_application(s, world.secretariat, world.application_id)
        assert first.row.institution_id == get_application(s, world.secretariat, second).row.institution_id
