"""The same code on PostgreSQL: migrations, the demo, concurrent numbering and JSON export.

Runs when DESIGNATION_REVIEW_TEST_POSTGRES holds a URL of an empty database the test may wipe
(.ci/run starts a local server and sets it); skipped otherwise.
"""

import os
import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.db.engine import Database
from desktop.db.migrate import current_revision, head_revision, upgrade
from desktop.domain.models import metadata

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]


@pytest.fixture
def pg() -> Database:
    from desktop.demo.reset import reset_database

    db = Database(URL)
    upgrade(db)
    db = reset_database(db)
    yield db
    db.dispose()


def test_migrations_match_the_models_on_postgres(pg):
    assert current_revision(pg) == head_revision()
    with pg.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_demo_and_export_on_postgres(pg):
    from desktop.demo.builder import build_demo
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.applications.service import list_applications
    from desktop.domain.export.json_dump import export_json

    build_demo(pg)
    actor = Actor.command_line()
    with pg.read() as s:
        assert len(list_applications(s, actor)) == 21
    with pg.transaction() as s:
        document = export_json(s, actor, current_revision(pg))
    assert len(document["tables"]["decisions"]) == 12  # 11 issued, 1 awaiting approval


def test_numbering_is_gapless_under_concurrency_on_postgres(pg):
    from desktop.domain.decisions.numbering import take_number

    numbers, lock = [], threading.Lock()

    def worker() -> None:
        with pg.transaction() as s:
            n = take_number(s, "decision", 2030)
        with lock:
            numbers.append(n)

    threads = [threading.Thread(target=worker) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == list(range(1, 31))
    with pg.engine.connect() as connection:
        assert connection.execute(text("SELECT last FROM number_sequences WHERE year = 2030")).scalar() == 30


def test_the_server_refuses_changes_to_what_was_issued(pg):
    """The triggers of the migrations, on PostgreSQL: raw SQL cannot rewrite an issued decision or document."""
    from sqlalchemy.exc import IntegrityError

    from desktop.demo.builder import build_demo

    build_demo(pg)
    for statement in ("UPDATE decisions SET reasons = 'rewritten' WHERE status = 'issued'",
                      "DELETE FROM decisions WHERE status = 'issued'",
                      "UPDATE issued_documents SET sha256 = 'x'", "DELETE FROM frozen_contents",
                      "UPDATE scoring_results SET aggregate = '99' WHERE id IN (SELECT scoring_result_id FROM "
                      "decisions WHERE status = 'issued')",
                      "DELETE FROM blobs WHERE sha256 IN (SELECT sha256 FROM issued_documents)"):
        with pytest.raises(IntegrityError, match="cannot be changed"), pg.engine.begin() as connection:
            connection.execute(text(statement))
    with pg.engine.begin() as connection:  # still allowed: a draft, a result no longer current
        connection.execute(text("UPDATE decisions SET reasons = 'draft text' WHERE status = 'draft'"))
        connection.execute(text("UPDATE scoring_results SET current = false"))
