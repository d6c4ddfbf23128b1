import pytest

from tests.domain.committee.conftest import build_committee_world


@pytest.fixture
def committee(database):
    return build_committee_world(database)
