"""The demo stands on the day it is built for, on any day of the year (README step 1 must hold every day)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.core.clock import KST, now
from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.demo.builder import build_demo
from desktop.domain.applications.models import Application, Round, RoundStatus
from desktop.domain.decisions.models import Decision


@pytest.mark.parametrize("day", [date(2027, 1, 2), date(2028, 2, 29)], ids=["new-year", "leap-day"])
def test_the_demo_is_built_for_the_day_it_is_given(tmp_path, day):
    before = now()
    database = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    upgrade(database)
    build_demo(database, day)
    assert abs(now() - before) < timedelta(hours=12)  # the test's clock is back, not the demo's (weeks away)
    with database.read() as s:
        rounds = {r.status: r for r in s.scalars(select(Round))}
        completed, open_round = rounds[RoundStatus.COMPLETED], rounds[RoundStatus.OPEN]
        assert completed.period_start == day - timedelta(days=235)
        assert open_round.period_start == day - timedelta(days=20)
        assert open_round.deadline.astimezone(KST).date() == day + timedelta(days=20)
        assert open_round.code == (f"{day.year}-2" if completed.period_start.year == day.year else f"{day.year}-1")
        issued_years = set(s.scalars(select(Decision.year).where(Decision.year.is_not(None))))
        assert issued_years == {(completed.period_start + timedelta(days=102)).year}
        assert s.scalar(select(func.count()).select_from(Application)) == 21
        assert max(s.scalars(select(Application.updated_at))).astimezone(KST).date() < day
