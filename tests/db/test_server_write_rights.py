"""On the server each group may write only the tables its work needs: the whole demo procedure runs with every step
under the PostgreSQL role of the person who takes it, and a person's own connection is refused what their role may
not change.

Needs DESIGNATION_REVIEW_TEST_POSTGRES whose role may create roles (.ci/run gives it CREATEROLE).
"""

import os

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop.db.server.roles import drop_roles, login_role, quoted
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import ACTING_ACTOR

URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="no PostgreSQL server configured")]


class ActingRoles:
    """Every statement of a unit of work runs as the server role of the actor the services checked last.

    The test's connection is the owner's; before each statement, once the services named their actor, the
    transaction switches with ``SET LOCAL ROLE`` to that person's login role (the owner is made a member of it,
    which ``SET ROLE`` needs). The command line's actor and unchecked steps run as the owner, as ``server init``
    and the demo's set-up do."""

    KEY = "acting_server_role"

    def __init__(self, database) -> None:  # type: ignore[no-untyped-def]
        self.name = make_url(database.url).database
        self.members: set[str] = set()
        self.switches: dict[str, int] = {}

    def install(self) -> None:
        event.listen(Session, "do_orm_execute", self._orm_execute)
        event.listen(Session, "before_flush", self._before_flush)

    def remove(self) -> None:
        event.remove(Session, "do_orm_execute", self._orm_execute)
        event.remove(Session, "before_flush", self._before_flush)

    def _orm_execute(self, state) -> None:  # type: ignore[no-untyped-def]
        self._switch(state.session)

    def _before_flush(self, session, context, instances) -> None:  # type: ignore[no-untyped-def]
        self._switch(session)

    def _switch(self, session: Session) -> None:
        actor = session.info.get(ACTING_ACTOR)
        wanted = None if actor is None or actor.role is Role.SYSTEM else login_role(self.name, actor.username)
        connection = session.connection()
        if connection.info.get(self.KEY, "") == wanted and session.info.get(self.KEY) is connection:
            return
        connection.exec_driver_sql("RESET ROLE")
        if wanted is not None:
            if wanted not in self.members:
                connection.exec_driver_sql(f"GRANT {quoted(wanted)} TO {quoted(make_url(URL).username)}")
                self.members.add(wanted)
            connection.exec_driver_sql(f"SET LOCAL ROLE {quoted(wanted)}")
            self.switches[actor.role.value] = self.switches.get(actor.role.value, 0) + 1
        connection.info[self.KEY] = wanted
        session.info[self.KEY] = connection


@pytest.fixture(scope="module")
def demo_by_roles():
    """The demo built on a prepared server, each step as its person's role; the roles dropped afterwards."""
    from desktop.db.engine import Database
    from desktop.db.server.setup import prepare
    from desktop.demo.builder import build_demo
    from desktop.demo.reset import reset_database

    database = reset_database(Database(URL))
    prepare(database)
    acting = ActingRoles(database)
    acting.install()
    try:
        build_demo(database)
    finally:
        acting.remove()
    yield database, acting
    with database.engine.begin() as connection:
        drop_roles(connection)
    database.dispose()


def connect_as(username: str) -> psycopg.Connection:
    url = make_url(URL)
    return psycopg.connect(host=url.host or "localhost", port=url.port or 5432, dbname=url.database,
                           user=login_role(url.database, username), password=f"{username}-2026", autocommit=True)


def test_the_whole_demo_procedure_runs_with_each_step_as_its_persons_server_role(demo_by_roles):
    database, acting = demo_by_roles
    assert set(acting.switches) == {"administrator", "secretariat", "inspector", "committee_member", "chair",
                                    "approver"}
    with database.read() as session:
        from sqlalchemy import func, select

        from desktop.domain.decisions.models import Decision
        from desktop.domain.issued.models import IssuedDocument

        assert session.scalar(select(func.count()).select_from(Decision)) > 0
        assert session.scalar(select(func.count()).select_from(IssuedDocument)) > 0


@pytest.mark.parametrize(("username", "statement"), [
    ("member", "UPDATE applications SET status = 'designated'"),
    ("member", "INSERT INTO institutions (name) VALUES ('x')"),
    ("chair", "DELETE FROM staff_members"),
    ("inspector", "UPDATE decisions SET outcome = 'designated'"),
    ("inspector", "DELETE FROM score_sheets"),
    ("secretariat", "UPDATE settings SET value = '1'"),
    ("secretariat", "UPDATE score_entries SET score = '1'"),
    ("approver", "UPDATE inspection_answers SET note = 'x'"),
    ("admin", "UPDATE applications SET status = 'designated'"),
    ("admin", "DELETE FROM decisions"),
])
def test_a_persons_own_connection_may_not_change_what_their_role_does_not_do(demo_by_roles, username, statement):
    with connect_as(username) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_a_server_refusal_reaches_the_person_as_one_sentence_with_nothing_changed(demo_by_roles):
    from sqlalchemy import func, select, update

    from desktop.core.errors import PermissionDenied
    from desktop.domain.institutions.models import Institution
    from desktop.domain.users.server_login import log_in_to_server

    database, _ = demo_by_roles
    with database.read() as session:
        names = session.scalars(select(Institution.name).order_by(Institution.id)).all()
    personal, _member = log_in_to_server(URL, "member", "member-2026")
    try:
        with pytest.raises(PermissionDenied, match="server refused this for your role") as refused, \
                personal.transaction() as session:
            session.execute(update(Institution).values(name="rewritten"))
        assert "server upgrade" in str(refused.value)
    finally:
        personal.dispose()
    with database.read() as session:
        assert session.scalars(select(Institution.name).order_by(Institution.id)).all() == names
        assert session.scalar(select(func.count()).select_from(Institution)) == len(names)
