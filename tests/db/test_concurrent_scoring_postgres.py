"""Several desktops at once on one server: during a meeting, nine members submit their sheets from a process each
while the chair's process keeps trying to compute the result; no sheet is lost and the result is the one a serial
run of the same sheets gives. Runs when DESIGNATION_REVIEW_TEST_POSTGRES names a server the tests may use."""

import multiprocessing
import time

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from tests.conftest import POSTGRES_URL

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not POSTGRES_URL, reason="no PostgreSQL server configured")]
SCORES = {"1": "24", "2": "12", "3": "8", "4": "20", "5": "8", "6": "8"}
MEMBERS = 9  # the members who submit at once (the chair has submitted before)


def _actor(session, username: str):
    from desktop.domain.accounts.models import User
    from desktop.domain.users.service import actor_for

    return actor_for(session.scalars(select(User).where(User.username == username)).one())


def _submit(url: str, username: str, application_id: int, offset: int) -> str:
    """One member's desktop: save and submit a whole sheet (scores differ per member)."""
    from desktop.domain.scoring.sheets import EntryInput, save_sheet

    database = Database(url)
    try:
        scores = dict(SCORES, **{"1": str(20 + offset)})
        with database.transaction() as session:
            save_sheet(session, _actor(session, username), application_id,
                       {k: EntryInput(v, "") for k, v in scores.items()}, submit=True)
        return username
    finally:
        database.dispose()


def _chair_closes(url: str, application_id: int, deadline_s: float) -> str:
    """The chair's desktop: try to compute the result until every sheet is in (refused while one is missing)."""
    from desktop.core.errors import WorkflowError
    from desktop.domain.scoring.service import compute_result

    database = Database(url)
    try:
        refused = 0
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            try:
                with database.transaction() as session:
                    return f"{compute_result(session, _actor(session, 'm0'), application_id).aggregate}:{refused}"
            except WorkflowError:
                refused += 1
                time.sleep(0.05)
        return "timeout"
    finally:
        database.dispose()


def _meeting_in_session(database: Database) -> tuple[list[int], list[str]]:
    """Through the services: eleven seated members (the chair, nine, one absent), a meeting in session with two
    applicants on its agenda, the chair's own sheets submitted. The applicants and the nine members' user names."""
    from desktop.core.clock import now
    from desktop.domain.committee.meetings import open_meeting, record_attendance, schedule_meeting
    from tests.domain.committee.conftest import build_committee_world

    committee = build_committee_world(database, seats=MEMBERS + 2)
    applications = committee.applications[:2]
    with database.transaction() as s:
        meeting = schedule_meeting(s, committee.secretariat, committee.round_id, now(), "대회의실", applications)
        record_attendance(s, committee.secretariat, meeting, set(committee.members[:-1]))  # the last is absent
        open_meeting(s, committee.chair, meeting)
    for application_id in applications:
        _submit(database.url, committee.chair.username, application_id, 5)
    return applications, [actor.username for actor in committee.actors[1:-1]]


def _result(database: Database, application_id: int) -> tuple:
    """The current result as the minutes would show it: total, per criterion, pass, and each seat's sheet."""
    from desktop.domain.scoring.models import ScoringResult

    with database.read() as s:
        result = s.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                       ScoringResult.current)).one()
        return result.aggregate, result.criterion_aggregates, result.passed, result.inputs


def test_nine_members_submitting_at_once_while_the_chair_closes_lose_no_sheet(postgres_database):
    from desktop.domain.applications.models import Application
    from desktop.domain.scoring.service import compute_result, submitted_sheets
    from desktop.domain.scoring.sheets import expected_scorers

    (application_id, serial_id), members = _meeting_in_session(postgres_database)
    assert len(members) == MEMBERS
    context = multiprocessing.get_context("spawn")
    url = postgres_database.url
    with context.Pool(MEMBERS + 1) as pool:
        chair = pool.apply_async(_chair_closes, (url, application_id, 90.0))
        submitted = [pool.apply_async(_submit, (url, name, application_id, n)) for n, name in enumerate(members)]
        assert sorted(m.get(timeout=90) for m in submitted) == sorted(members)
        outcome = chair.get(timeout=120)
    assert outcome != "timeout"
    with postgres_database.read() as s:
        application = s.get_one(Application, application_id)
        assert len(expected_scorers(s, application)) == MEMBERS + 1  # the absent member is not waited for
        assert len(submitted_sheets(s, application)) == MEMBERS + 1  # no sheet lost
    concurrent = _result(postgres_database, application_id)
    assert outcome.startswith(f"{concurrent[0]}:")

    for n, name in enumerate(members):  # the same sheets for the other applicant, one after another
        _submit(url, name, serial_id, n)
    with postgres_database.transaction() as s:
        compute_result(s, _actor(s, "m0"), serial_id)
    assert concurrent == _result(postgres_database, serial_id)
