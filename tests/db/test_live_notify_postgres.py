"""Another desktop hears a committed change on PostgreSQL through LISTEN/NOTIFY, with the records it touched; a
rolled-back change and the desktop's own changes are not heard."""

import os
import threading

import pytest

from desktop.db.change_feed import PostgresListen
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.service import record
from tests.conftest import fresh_postgres

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]


@pytest.fixture
def pg() -> Database:
    db = fresh_postgres()
    yield db
    db.dispose()


def test_a_commit_on_one_desktop_is_heard_on_another_with_its_records(pg):
    heard, arrived = [], threading.Event()
    listener_db = Database(URL)  # the listening desktop
    watch = PostgresListen(URL, listener_db.origin, lambda records: (heard.append(records), arrived.set()),
                           interval_s=0.1).start()
    try:
        assert watch.ready.wait(5)
        with pg.transaction() as s:  # rolled back: nothing is heard
            record(s, Actor.command_line(), "test.change", entity_type="applications", entity_id=7)
            s.rollback()
        with pg.transaction() as s:
            record(s, Actor.command_line(), "test.change", entity_type="applications", entity_id=8)
            record(s, Actor.command_line(), "test.change", entity_type="score_sheets", entity_id=3)
        assert arrived.wait(5)
        assert heard == [[("applications", 8), ("score_sheets", 3)]]
        arrived.clear()
        with listener_db.transaction() as s:  # its own change: not heard back
            record(s, Actor.command_line(), "test.change", entity_type="applications", entity_id=9)
        assert not arrived.wait(0.6)
    finally:
        watch.stop()
        listener_db.dispose()
