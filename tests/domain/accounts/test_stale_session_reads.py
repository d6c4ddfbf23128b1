"""A session opened before its account was disabled or given another role shows nothing any more; logging in again
works, and the command line (no account) still reads."""

from collections.abc import Callable

import pytest
from sqlalchemy import event, select

from desktop.core.errors import AccountChanged
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import get_application, list_applications, transition
from desktop.domain.audit.service import list_events
from desktop.domain.decisions.service import list_decisions
from desktop.domain.inspections.models import Inspection
from desktop.domain.inspections.queries import get_inspection
from desktop.domain.scoring.results import result_detail
from desktop.domain.scoring.service import list_results
from desktop.domain.users.service import actor_for, authenticate, set_active, set_role

REFUSAL = "Your account was disabled or given another role since you logged in; nothing was shown or changed."


@pytest.fixture
def records(demo_database) -> dict[str, int]:
    """An application with a result, and an inspection, of the demo (looked up by the command line)."""
    cli = Actor.command_line()
    with demo_database.read() as s:
        scored = list_results(s, cli)[0]
        return {"application": scored.application_id, "inspection": s.scalars(select(Inspection.id)).first()}


@pytest.fixture
def reads(records) -> dict[str, Callable]:
    """What the secretariat's pages read, each returning something a person would see."""
    return {
        "lists applications": lambda s, a: [r.number for r in list_applications(s, a)],
        "opens an application file": lambda s, a: get_application(s, a, records["application"]).row.number,
        "reads the audit log": lambda s, a: [e.summary for e in list_events(s, a)],
        "lists decisions": lambda s, a: [d.number for d in list_decisions(s, a)],
        "opens an inspection": lambda s, a: get_inspection(s, a, records["inspection"]).number,
        "reads the round's scores": lambda s, a: [r.aggregate for r in list_results(s, a)],
        "reads an applicant's score": lambda s, a: result_detail(s, a, records["application"]).aggregate,
    }


def everything_shown(database, actor: Actor, reads: dict[str, Callable]) -> dict[str, object]:
    with database.read() as s:
        return {name: read(s, actor) for name, read in reads.items()}


def assert_refused_everywhere(database, actor: Actor, reads: dict[str, Callable]) -> None:
    for name, read in reads.items():
        with pytest.raises(AccountChanged) as refused, database.read() as s:
            read(s, actor)
        assert refused.value.message.startswith(REFUSAL), name
        assert refused.value.message.endswith("Log out and log in again."), name


def test_a_disabled_accounts_open_session_is_refused_every_read(demo_database, demo_actors, reads):
    secretariat = demo_actors["secretariat"]
    shown = everything_shown(demo_database, secretariat, reads)  # the session works before the change
    assert all(shown.values())
    with demo_database.transaction() as s:
        set_active(s, demo_actors["admin"], secretariat.user_id, False)
    assert_refused_everywhere(demo_database, secretariat, reads)
    with demo_database.transaction() as s:  # enabled again with the same role: the session may read again
        set_active(s, demo_actors["admin"], secretariat.user_id, True)
    again = everything_shown(demo_database, secretariat, reads)
    # newest first: the administrator's two changes with each refused read between them (security events), then
    # what was there before
    refused = [f"refused: {REFUSAL} Log out and log in again."] * len(reads)
    log, before, new = again.pop("reads the audit log"), shown.pop("reads the audit log"), ["secretariat", *refused,
                                                                                             "secretariat"]
    assert log[:len(new)] == new and log[len(new):] == before[:len(log) - len(new)]  # one page: the newest 1,000
    assert again == shown


def test_a_role_change_refuses_the_old_session_until_the_person_logs_in_again(demo_database, demo_actors, reads):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        set_role(s, demo_actors["admin"], secretariat.user_id, Role.APPROVER)
    assert_refused_everywhere(demo_database, secretariat, reads)
    with demo_database.transaction() as s:
        again = authenticate(s, "secretariat", "secretariat-2026")
    assert again.role == Role.APPROVER
    shown = everything_shown(demo_database, again, reads)  # the approver reads all of these
    assert all(shown.values())


def test_a_new_actor_for_the_current_account_reads(demo_database, demo_actors, reads):
    from desktop.domain.accounts.models import User

    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        set_role(s, demo_actors["admin"], secretariat.user_id, Role.APPROVER)
    with demo_database.read() as s:
        current = actor_for(s.get_one(User, secretariat.user_id))
    assert all(everything_shown(demo_database, current, reads).values())


def test_a_disabled_accounts_session_changes_nothing_either(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as s:
        draft = next(r for r in list_applications(s, secretariat) if r.status == ApplicationStatus.DRAFT)
    with demo_database.transaction() as s:
        set_active(s, demo_actors["admin"], secretariat.user_id, False)
    with pytest.raises(AccountChanged, match="nothing was shown or changed"), demo_database.transaction() as s:
        transition(s, secretariat, draft.id, ApplicationStatus.SUBMITTED)
    with demo_database.read() as s:
        assert get_application(s, Actor.command_line(), draft.id).row.status == ApplicationStatus.DRAFT


def test_the_command_line_has_no_account_and_still_reads(demo_database, demo_actors, reads):
    with demo_database.transaction() as s:  # even with every other account disabled
        for actor in demo_actors.values():
            if actor.username not in ("admin", "secretariat"):
                set_active(s, demo_actors["admin"], actor.user_id, False)
    assert all(everything_shown(demo_database, Actor.command_line(), reads).values())


def test_a_unit_of_work_looks_the_account_up_once(demo_database, demo_actors, reads):
    """A page's many service calls cost one primary-key SELECT of the account, not one per call."""
    lookups = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM users" in statement and "WHERE users.id = " in statement:
            lookups.append(statement)

    event.listen(demo_database.engine, "before_cursor_execute", count)
    try:
        everything_shown(demo_database, demo_actors["secretariat"], reads)
        assert len(lookups) == 1
        everything_shown(demo_database, demo_actors["secretariat"], reads)  # the next unit of work looks again
        assert len(lookups) == 2
    finally:
        event.remove(demo_database.engine, "before_cursor_execute", count)
