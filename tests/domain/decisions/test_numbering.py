"""Gapless numbering per series and year, whatever mix of committed and rolled-back issues."""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.domain.issued.numbering import take_number


class Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def empty_template():
    folder = Path(tempfile.mkdtemp())
    database = Database(f"sqlite:///{folder / 'template.sqlite3'}")
    upgrade(database)
    database.dispose()
    yield folder / "template.sqlite3"
    shutil.rmtree(folder)


operations = st.lists(st.tuples(st.sampled_from(["decision", "public_notice"]), st.sampled_from([2026, 2027]),
                                st.booleans()), max_size=25)


@settings(max_examples=25, deadline=None)
@given(steps=operations)
def test_committed_numbers_are_one_to_n_in_every_series_and_year(empty_template, steps):
    folder = Path(tempfile.mkdtemp())
    shutil.copyfile(empty_template, folder / "db.sqlite3")
    database = Database(f"sqlite:///{folder / 'db.sqlite3'}")
    committed: dict[tuple[str, int], list[int]] = {}
    try:
        for series, year, commit in steps:
            try:
                with database.transaction() as session:
                    number = take_number(session, series, year)
                    if not commit:
                        raise Rollback
                committed.setdefault((series, year), []).append(number)
            except Rollback:
                pass
    finally:
        database.dispose()
        shutil.rmtree(folder)
    for numbers in committed.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_approvers_issuing_at_the_same_time_get_distinct_gapless_numbers(database):
    import threading

    from desktop.domain.accounts.models import Role
    from desktop.domain.applications.models import Application, ApplicationStatus
    from desktop.domain.applications.service import create_application
    from desktop.domain.decisions.service import draft_decision, issue_decision
    from desktop.domain.institutions.models import Sector
    from desktop.domain.institutions.service import create_institution
    from tests.domain.helpers import World, application_data, institution_data, store_committee_result

    world = World(database)
    drafts = []
    with database.transaction() as s:
        for n in range(6):
            data = institution_data(f"기관{n}", brn="", sector=Sector.PUBLIC)
            institution = create_institution(s, world.secretariat, data) if n else world.institution_id
            application = create_application(s, world.secretariat, world.round_id, institution,
                                             application_data()) if n else world.application_id
            s.get_one(Application, application).status = ApplicationStatus.COMMITTEE_REVIEW
            store_committee_result(s, application)
            drafts.append(draft_decision(s, world.secretariat, application, "designated", "요건 충족"))
    numbers, errors = [], []

    def issue(decision_id: int) -> None:
        try:
            with database.transaction() as s:
                numbers.append(issue_decision(s, world.users[Role.APPROVER], decision_id))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=issue, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(int(n[6:10]) for n in numbers) == list(range(1, len(drafts) + 1))
