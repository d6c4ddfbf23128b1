"""``transfer`` between the engines: the demo moves from SQLite to a PostgreSQL server and back, with the same JSON
export on all three (apart from each side's record of the transfer); a server database holding data is refused.

Runs when DESIGNATION_REVIEW_TEST_POSTGRES names a database the test may use (see test_backup_postgres.py)."""

import pytest

from desktop.core.errors import DomainError
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.domain.backup.transfer import transfer
from tests.db.test_backup import finish
from tests.db.test_backup_postgres import URL, exported, pg_target  # noqa: F401 - the fixture

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]
CLI = Actor.command_line()


def _without_transfers(document: dict) -> tuple[dict, list[str]]:
    events = document["tables"].pop("audit_events")
    moved = [e["summary"].split(" ")[0] for e in events if e["action"] == "database.transfer"]
    document["tables"]["audit_events"] = [e for e in events if e["action"] != "database.transfer"]
    return document, moved


def test_the_demo_moves_to_the_server_and_back_with_identical_exports(demo_database, pg_target, tmp_path):  # noqa: F811
    done = finish(transfer(demo_database, pg_target, CLI))
    assert done.tables["issued_documents"] > 0 and done.events == done.tables["audit_events"] + 1
    server = Database(pg_target)
    back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    try:
        finish(transfer(server, back_url, CLI))
        on_server, server_moves = _without_transfers(exported(server))
    finally:
        server.dispose()
    back = Database(back_url)
    try:
        returned, back_moves = _without_transfers(exported(back))
    finally:
        back.dispose()
    original, original_moves = _without_transfers(exported(demo_database))
    assert original == on_server == returned
    assert original_moves == ["to"] and server_moves == ["from", "to"] and back_moves == ["from", "from"]


def test_a_server_database_holding_data_is_refused(demo_database, pg_target, tmp_path):  # noqa: F811
    finish(transfer(demo_database, pg_target, CLI))
    with pytest.raises(DomainError, match="already holds data"):
        finish(transfer(demo_database, pg_target, CLI))
