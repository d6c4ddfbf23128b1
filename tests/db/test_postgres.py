"""The same code on PostgreSQL: migrations, the demo, concurrent numbering, JSON export and the audit chain.

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
from desktop.db.migrate import current_revision, head_revision
from desktop.domain.models import metadata
from tests.conftest import fresh_postgres

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]


@pytest.fixture
def pg() -> Database:
    db = fresh_postgres()
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
    from desktop.domain.issued.numbering import take_number

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


def test_the_audit_chain_stays_linear_with_concurrent_writers_on_postgres(pg):
    """Threads recording at once (some events in the same unit of work, some units rolled back) keep one gapless
    chain that verifies; raw UPDATE, DELETE and TRUNCATE are refused by the server."""
    from desktop.core.errors import PermissionDenied
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.audit.chain import chain_head, verify_all
    from desktop.domain.audit.service import record

    errors: list[BaseException] = []
    start = threading.Barrier(12)

    def writer(n: int) -> None:
        try:
            start.wait()
            for k in range(5):
                try:
                    with pg.transaction() as s:
                        record(s, None, "export.json", entity_type="database", summary=f"writer {n}.{k}",
                               after={"writer": n, "키": k})
                        record(s, None, "export.json", entity_type="database", summary=f"writer {n}.{k} again")
                        if k == 4 and n % 3 == 0:
                            raise RuntimeError("this unit of work fails")
                except RuntimeError:
                    pass
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with pg.read() as s:
        report = verify_all(s, Actor.command_line())
        numbers = s.execute(text("SELECT sequence FROM audit_events ORDER BY id")).scalars().all()
        head = chain_head(s)
    written = 2 * (12 * 5 - 4)  # four writers each lost their last unit of work
    assert report.intact and report.events == written and numbers == list(range(1, written + 1))
    assert head[0] == written
    for statement in ("UPDATE audit_events SET summary = 'x'", "DELETE FROM audit_events WHERE sequence = 1",
                      "TRUNCATE audit_events"):
        with pytest.raises(PermissionDenied, match=r"refused this .*audit events cannot be changed or deleted"), \
                pg.transaction() as s:
            s.execute(text(statement))


def test_the_demo_trail_verifies_and_a_tampered_event_is_named_on_postgres(pg):
    from desktop.core.errors import DomainError
    from desktop.demo.builder import build_demo
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.audit.chain import verify_all
    from desktop.domain.audit.chain_problems import ProblemKind
    from desktop.domain.users.service import authenticate

    build_demo(pg)
    actor = Actor.command_line()
    with pytest.raises(DomainError), pg.transaction() as s:  # a wrong password: a security event of its own
        authenticate(s, "member", "not-the-password")
    with pg.read() as s:
        assert verify_all(s, actor).intact
        last = s.execute(text("SELECT action, actor_name FROM audit_events ORDER BY sequence DESC LIMIT 1")).one()
    assert tuple(last) == ("security.login_failed", "member")
    with pg.engine.begin() as connection:  # the owner of the tables can switch the triggers off: it shows anyway
        connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        connection.execute(text("UPDATE audit_events SET summary = 'x' WHERE sequence = 40"))
        connection.execute(text("ALTER TABLE audit_events ENABLE TRIGGER USER"))
    with pg.read() as s:
        problem = verify_all(s, actor).problem
    assert (problem.kind, problem.sequence) == (ProblemKind.EDITED, 40)
