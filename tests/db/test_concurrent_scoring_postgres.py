"""Several desktops at once on one server: every member still to score submits from a process of their own while
the chair's process keeps trying to compute the result; no sheet is lost and the result is the one a serial run
gives. Runs when DESIGNATION_REVIEW_TEST_POSTGRES names a database the test may wipe."""

import multiprocessing
import os
import time

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from tests.conftest import fresh_postgres

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]
SCORES = {"1": "24", "2": "12", "3": "8", "4": "20", "5": "8", "6": "8"}


def _actor(session, username: str):
    from desktop.domain.accounts.models import User
    from desktop.domain.users.service import actor_for

    return actor_for(session.scalars(select(User).where(User.username == username)).one())


def _submit(username: str, application_id: int, offset: int) -> str:
    """One member's desktop: save and submit a whole sheet (scores differ per member)."""
    from desktop.domain.scoring.sheets import EntryInput, save_sheet

    database = Database(URL)
    try:
        scores = dict(SCORES, **{"1": str(20 + offset)})
        with database.transaction() as session:
            save_sheet(session, _actor(session, username), application_id,
                       {k: EntryInput(v, "") for k, v in scores.items()}, submit=True)
        return username
    finally:
        database.dispose()


def _chair_closes(application_id: int, deadline_s: float) -> str:
    """The chair's desktop: try to compute the result until every sheet is in (refused while one is missing)."""
    from desktop.core.errors import WorkflowError
    from desktop.domain.scoring.service import compute_result

    database = Database(URL)
    try:
        refused = 0
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            try:
                with database.transaction() as session:
                    return f"{compute_result(session, _actor(session, 'chair'), application_id).aggregate}:{refused}"
            except WorkflowError:
                refused += 1
                time.sleep(0.05)
        return "timeout"
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def server_demo():
    database = fresh_postgres(demo=True)
    yield database
    database.dispose()


def test_members_submitting_at_once_while_the_chair_closes_lose_no_sheet(server_demo):
    from desktop.domain.accounts.models import User
    from desktop.domain.applications.models import Application, ApplicationStatus
    from desktop.domain.committee.models import CommitteeMember
    from desktop.domain.scoring.criteria import load_criteria
    from desktop.domain.scoring.models import ScoreSheet, ScoringResult, SheetStatus
    from desktop.domain.scoring.rules import aggregate
    from desktop.domain.scoring.service import recompute, submitted_sheets
    from desktop.domain.scoring.sheets import expected_scorers

    with server_demo.read() as s:  # the open round's applicant still being scored
        application = next(a for a in s.scalars(select(Application).where(
            Application.status == ApplicationStatus.COMMITTEE_REVIEW).order_by(Application.number))
            if len(submitted_sheets(s, a)) < len(expected_scorers(s, a)))
        done = {sheet.member_id for sheet in s.scalars(select(ScoreSheet).where(
            ScoreSheet.application_id == application.id, ScoreSheet.status == SheetStatus.SUBMITTED))}
        waiting = [s.scalars(select(User.username).join(CommitteeMember, CommitteeMember.user_id == User.id)
                             .where(CommitteeMember.id == m)).one() for m in expected_scorers(s, application)
                   if m not in done]
        application_id = application.id
    assert len(waiting) >= 2  # several desktops at once
    context = multiprocessing.get_context("spawn")
    with context.Pool(len(waiting) + 1) as pool:
        chair = pool.apply_async(_chair_closes, (application_id, 60.0))
        members = [pool.apply_async(_submit, (name, application_id, n)) for n, name in enumerate(waiting)]
        assert sorted(m.get(timeout=60) for m in members) == sorted(waiting)
        outcome = chair.get(timeout=90)
    assert outcome != "timeout"
    with server_demo.read() as s:
        application = s.get(Application, application_id)
        sheets = submitted_sheets(s, application)
        assert len(sheets) == len(expected_scorers(s, application))  # no sheet lost
        serial = aggregate(sheets, load_criteria(application.round.criteria_version),
                           application.round.aggregation_method, application.round.pass_mark)
        result = s.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                       ScoringResult.current)).one()
        assert result.aggregate == serial.total and outcome.startswith(str(serial.total))
        assert recompute(result).criteria == serial.criteria
