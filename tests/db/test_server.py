"""The PostgreSQL server enforces who sees what: plain psycopg connections as the demo's people find exactly what
the application shows them, audit events cannot be changed, and ``server init`` is harmless when repeated.

Needs DESIGNATION_REVIEW_TEST_POSTGRES (an empty database the test may wipe) whose role may create roles
(.ci/run gives it CREATEROLE); every role the tests create is dropped at the end.
"""

import os

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.db.engine import Database
from desktop.db.server.roles import drop_roles, group_role, login_role
from desktop.db.server.setup import prepare

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]
CONFLICTED_APPLICATION = 20  # 2026-2-008, in committee review; member-d is excluded from it


@pytest.fixture(scope="module")
def server():
    """The demo on a server prepared by ``server init``'s steps, its roles dropped afterwards."""
    from desktop.demo.builder import build_demo
    from desktop.demo.reset import reset_database

    db = reset_database(Database(URL))
    prepare(db)
    build_demo(db)
    yield db
    with db.engine.begin() as connection:
        drop_roles(connection)
    db.dispose()


def connect_as(username: str, password: str | None = None) -> psycopg.Connection:
    """A plain psycopg connection as the person's own login role (demo passwords are ``<name>-2026``)."""
    url = make_url(URL)
    return psycopg.connect(host=url.host or "localhost", port=url.port or 5432, dbname=url.database,
                           user=login_role(url.database, username), password=password or f"{username}-2026",
                           autocommit=True)


def rows(username: str, sql: str, *params) -> list[tuple]:
    with connect_as(username) as connection:
        return connection.execute(sql, params).fetchall()


def count(username: str, sql: str, *params) -> int:
    return rows(username, sql, *params)[0][0]


def actor(server, username: str):
    from sqlalchemy import select

    from desktop.domain.accounts.models import User
    from desktop.domain.users.service import actor_for

    with server.read() as session:
        return actor_for(session.scalars(select(User).where(User.username == username)).one())


def shown_sheet_ids(server, username: str, application_id: int) -> set[int]:
    """The sheets the application shows this person (its service, run as the database owner)."""
    from desktop.core.errors import DomainError
    from desktop.domain.scoring.sheets import sheets_for

    with server.read() as session:
        try:
            return {s.id for s in sheets_for(session, actor(server, username), application_id).sheets if s.id}
        except DomainError:
            return set()


def readable_sheet_ids(username: str, application_id: int) -> set[int]:
    """The sheets whose scores this person's own connection can read."""
    return {r[0] for r in rows(username, "SELECT DISTINCT s.id FROM score_entries e JOIN score_sheets s "
                                         "ON s.id = e.sheet_id WHERE s.application_id = %s", application_id)}


def test_a_conflicted_member_reads_nothing_of_that_applicants_file(server):
    for table, column in (("applications", "id"), ("score_sheets", "application_id"),
                          ("scoring_results", "application_id"), ("attachments", "application_id"),
                          ("staff_members", "application_id"), ("screening_results", "application_id"),
                          ("decisions", "application_id"), ("inspections", "application_id"),
                          ("challenges", "application_id")):
        assert count("member-d", f"SELECT count(*) FROM {table} WHERE {column} = %s", CONFLICTED_APPLICATION) == 0
    assert count("member-d", "SELECT count(*) FROM score_entries e JOIN score_sheets s ON s.id = e.sheet_id "
                             "WHERE s.application_id = %s", CONFLICTED_APPLICATION) == 0
    # … while the same applicant's file is there for an unconflicted member, and member-d's other applicants too.
    assert count("member-c", "SELECT count(*) FROM applications WHERE id = %s", CONFLICTED_APPLICATION) == 1
    assert count("member-c", "SELECT count(*) FROM attachments WHERE application_id = %s", CONFLICTED_APPLICATION) > 0
    assert count("member-d", "SELECT count(*) FROM applications") == 20


def test_blind_scoring_each_person_reads_exactly_the_sheets_the_application_shows(server):
    seen = {}
    for username in ("member", "member-c", "member-d", "chair", "secretariat", "approver", "admin"):
        for application_id in (20, 21):
            shown = shown_sheet_ids(server, username, application_id)
            assert readable_sheet_ids(username, application_id) == shown, (username, application_id)
            seen[username, application_id] = len(shown)
    assert seen["member", 20] == 1  # a draft: only their own sheet
    assert seen["member-c", 20] == 4  # submitted: their own and the other submitted ones
    assert seen["chair", 20] == 1 and seen["secretariat", 20] == 0  # not every present member has submitted
    assert seen["chair", 21] == seen["secretariat", 21] == 7  # complete: everyone sees every sheet


def test_inspectors_read_only_the_inspections_they_are_assigned_to(server):
    from desktop.domain.accounts.models import Role
    from desktop.domain.users.service import create_user

    with server.transaction() as session:
        create_user(session, actor(server, "admin"), "inspector3", "New Inspector", "inspector3-2026", Role.INSPECTOR)
    assigned = count("inspector", "SELECT count(DISTINCT inspection_id) FROM inspection_inspectors x "
                                  "JOIN users u ON u.id = x.user_id WHERE u.username = 'inspector'")
    assert count("inspector", "SELECT count(*) FROM inspections") == assigned > 0
    for table in ("inspections", "inspection_answers", "inspection_findings", "attachments"):
        assert count("inspector3", f"SELECT count(*) FROM {table}") == 0, table
    assert count("inspector3", "SELECT count(*) FROM applications") == 21  # the list of applicants stays visible


def test_audit_events_cannot_be_changed_or_deleted_by_anyone(server):
    for username in ("admin", "secretariat", "member", "chair"):
        with connect_as(username) as connection:
            for statement in ("UPDATE audit_events SET summary = 'rewritten'", "DELETE FROM audit_events"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(statement)
            connection.execute("INSERT INTO audit_events (sequence) SELECT 1 WHERE false")  # inserting is granted
    with server.engine.connect() as owner, pytest.raises(Exception, match="audit"):  # the owner meets the trigger
        owner.execute(text("UPDATE audit_events SET summary = 'rewritten'"))


def test_password_hashes_are_readable_by_the_administrator_group_only(server):
    with server.engine.connect() as owner:
        accounts = owner.execute(text("SELECT count(*) FROM users")).scalar()
    assert count("admin", "SELECT count(password_hash) FROM users") == accounts >= 13
    for username in ("secretariat", "chair", "inspector"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            rows(username, "SELECT password_hash FROM users")
        assert count(username, "SELECT count(*) FROM users") == accounts  # the rest of the row is there


def test_an_account_is_a_login_role_the_users_page_disables_and_re_roles(server):
    from desktop.domain.accounts.models import Role
    from desktop.domain.audit.security import LoginFailed
    from desktop.domain.users.server_login import log_in_to_server
    from desktop.domain.users.service import create_user, set_active, set_role

    office, admin = log_in_to_server(URL, "admin", "admin-2026")  # the Users page runs on the admin's own role
    with office.transaction() as session:
        row = create_user(session, admin, "Park.Member", "Park", "park-pass-2026", Role.COMMITTEE_MEMBER)
    personal, person = log_in_to_server(URL, "Park.Member", "park-pass-2026")
    personal.dispose()
    assert person.username == "Park.Member" and person.role is Role.COMMITTEE_MEMBER
    with pytest.raises(LoginFailed, match="Wrong user name or password"):
        log_in_to_server(URL, "Park.Member", "wrong-password")
    database = make_url(URL).database
    with office.transaction() as session:
        set_role(session, admin, row.id, Role.CHAIR)
    with server.engine.connect() as connection:
        groups = set(connection.execute(text(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :m"), {"m": login_role(database, "park.member")}
        ).scalars())
    assert groups == {group_role(database, "chair")}
    with office.transaction() as session:
        set_active(session, admin, row.id, False)
    office.dispose()
    with pytest.raises(LoginFailed, match="disabled"):
        log_in_to_server(URL, "Park.Member", "park-pass-2026")


def test_server_init_twice_is_harmless_and_bad_addresses_get_one_sentence(server, tmp_path, capsys):
    password = tmp_path / "password"
    password.write_text("first-admin-2026\n")
    before = count("admin", "SELECT count(*) FROM users")
    for _ in range(2):
        assert main(["server", "init", "--database", URL, "--admin", "boss", "--password-file", str(password)]) == 0
    assert "An administrator exists already" in capsys.readouterr().out
    assert count("admin", "SELECT count(*) FROM users") == before
    assert readable_sheet_ids("member", 20) == shown_sheet_ids(server, "member", 20)  # policies still in place
    wrong = make_url(URL).set(password="not-the-password").render_as_string(hide_password=False)
    assert main(["server", "upgrade", "--database", wrong]) == 1
    assert "refused the user name or password" in capsys.readouterr().err
    assert main(["server", "upgrade", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"]) == 1
    assert "needs a PostgreSQL address" in capsys.readouterr().err


def test_server_upgrade_refuses_a_newer_schema_untouched(server, capsys):
    with server.engine.begin() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    try:
        assert main(["server", "upgrade", "--database", URL]) == 1
        assert "newer version" in capsys.readouterr().err
    finally:
        with server.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_the_application_runs_as_the_member_and_cannot_write_anothers_sheet(server):
    from desktop.domain.scoring.sheets import save_sheet, sheets_for
    from desktop.domain.users.server_login import log_in_to_server

    personal, member = log_in_to_server(URL, "member", "member-2026")
    try:
        with personal.transaction() as session:
            save_sheet(session, member, CONFLICTED_APPLICATION, {})  # a draft, through the services and the audit
        with personal.read() as session:
            assert [s.own for s in sheets_for(session, member, CONFLICTED_APPLICATION).sheets] == [True]
    finally:
        personal.dispose()
    assert count("admin", "SELECT count(*) FROM audit_events WHERE action = 'score.save' AND actor_id = "
                          "(SELECT id FROM users WHERE username = 'member')") >= 1
    chairs_entries = ("sheet_id IN (SELECT s.id FROM score_sheets s JOIN committee_members m ON m.id = s.member_id "
                      "JOIN users u ON u.id = m.user_id WHERE u.username = 'chair')")
    with connect_as("member-c") as connection:  # submitted: reads the chair's scores, may not change them
        assert connection.execute(f"SELECT count(*) FROM score_entries WHERE {chairs_entries}").fetchone()[0] > 0
        assert connection.execute(f"UPDATE score_entries SET score = '1' WHERE {chairs_entries}").rowcount == 0


def test_a_persons_own_connection_makes_no_silently_partial_backup_or_export(server, tmp_path):
    from desktop.core.errors import DatabaseError
    from desktop.core.progress import run_to_end
    from desktop.domain.backup.service import automatic_backup, back_up
    from desktop.domain.export.json_dump import export_json
    from desktop.domain.users.server_login import log_in_to_server

    personal, secretariat = log_in_to_server(URL, "secretariat", "secretariat-2026")
    try:
        with pytest.raises(DatabaseError, match="incomplete"):
            run_to_end(back_up(personal, secretariat, tmp_path / "part.backup"))
        assert run_to_end(automatic_backup(personal, secretariat, tmp_path)) is None  # the owner backs up
        with personal.transaction() as session, pytest.raises(DatabaseError, match="incomplete"):
            export_json(session, secretariat, None)
    finally:
        personal.dispose()
    assert not list(tmp_path.iterdir())


def test_changing_ones_password_on_the_server_says_how_instead_of_failing(server):
    from desktop.core.errors import DomainError
    from desktop.domain.users.server_login import log_in_to_server
    from desktop.domain.users.service import change_password

    personal, member = log_in_to_server(URL, "member-c", "member-c-2026")
    try:
        with personal.transaction() as session, pytest.raises(DomainError, match="PostgreSQL role"):
            change_password(session, member, "member-c-2026", "a-new-password-1")
    finally:
        personal.dispose()
    assert count("member-c", "SELECT 1") == 1  # the old password still works
