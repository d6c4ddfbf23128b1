"""Failed logins and refused actions leave exactly one security event each, written after the refused unit of work
rolled back (which itself left nothing); never a password."""

import pytest
from sqlalchemy import select

from desktop.core.errors import AccountChanged, DomainError, PermissionDenied
from desktop.domain.applications.service import list_applications
from desktop.domain.audit.models import AuditEvent
from desktop.domain.decisions.models import Decision, DecisionStatus
from desktop.domain.decisions.service import issue_decision
from desktop.domain.trail.log import list_log
from desktop.domain.users.service import authenticate, set_active
from tests.domain.audit.conftest import verified


def events_after(database, last_id: int) -> list[AuditEvent]:
    with database.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id)))


def last_event_id(database) -> int:
    with database.read() as s:
        return s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))


@pytest.fixture
def draft_decision_id(demo_database) -> int:
    """The demo's decision awaiting approval."""
    with demo_database.read() as s:
        return s.scalar(select(Decision.id).where(Decision.status == DecisionStatus.DRAFT))


def test_a_member_trying_to_approve_leaves_one_security_event_and_nothing_else(demo_database, demo_actors,
                                                                              draft_decision_id):
    member = demo_actors["member"]
    before = last_event_id(demo_database)
    with pytest.raises(PermissionDenied) as refused, demo_database.transaction() as s:
        issue_decision(s, member, draft_decision_id)
    (event,) = events_after(demo_database, before)
    assert (event.action, event.actor_id, event.actor_name, event.actor_role) == (
        "security.refused", member.user_id, member.display_name, "committee_member")
    assert event.reason == refused.value.message and "approve and issue decisions" in event.reason
    with demo_database.read() as s:  # the refused change itself: not issued, no number, no event of its own
        decision = s.get(Decision, draft_decision_id)
        assert (decision.status, decision.sequence) == (DecisionStatus.DRAFT, None)
        (entry,) = list_log(s, demo_actors["admin"], limit=1)
    assert entry.action == "Action refused: not allowed for the role" and entry.record == f"user {member.username}"
    assert verified(demo_database).intact


def test_a_disabled_session_reading_leaves_one_security_event(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        set_active(s, demo_actors["admin"], secretariat.user_id, False)
    before = last_event_id(demo_database)
    with pytest.raises(AccountChanged), demo_database.read() as s:
        list_applications(s, secretariat)
    (event,) = events_after(demo_database, before)
    assert (event.action, event.actor_id, event.entity_type, event.entity_id) == (
        "security.account_changed", secretariat.user_id, "users", secretariat.user_id)


@pytest.mark.parametrize(("username", "password", "failure", "known"), [
    ("nobody", "secret-guess-1", "unknown_user", False),
    ("member", "secret-guess-2", "wrong_password", True),
    ("member", "member-2026", "disabled", True),
])
def test_a_failed_login_leaves_one_event_with_the_name_typed_never_the_password(
        demo_database, demo_actors, username, password, failure, known):
    if failure == "disabled":
        with demo_database.transaction() as s:
            set_active(s, demo_actors["admin"], demo_actors["member"].user_id, False)
    before = last_event_id(demo_database)
    with pytest.raises(DomainError), demo_database.transaction() as s:
        authenticate(s, f" {username} ", password)
    (event,) = events_after(demo_database, before)
    assert (event.action, event.actor_name, event.actor_id) == ("security.login_failed", username, None)
    assert event.after == {"username": username, "failure": failure}
    assert event.entity_id == (demo_actors["member"].user_id if known else None)
    stored = " ".join(str(v) for v in (event.summary, event.before, event.after, event.reason, event.actor_name))
    assert password not in stored
    with demo_database.read() as s:
        (entry,) = list_log(s, demo_actors["admin"], limit=1)
    why = {"unknown_user": "No user of that name", "wrong_password": "Wrong password",
           "disabled": "Account disabled"}[failure]
    assert entry.action == "Failed login" and [c.after for c in entry.changes] == [username, why]
    assert entry.record == ("user member" if known else "unknown user name nobody")


def test_a_refusal_re_raised_through_nested_units_of_work_is_recorded_once(demo_database, demo_actors,
                                                                           draft_decision_id):
    before = last_event_id(demo_database)
    with pytest.raises(PermissionDenied):
        try:
            with demo_database.read() as outer, demo_database.read() as inner:
                assert outer is not inner
                issue_decision(inner, demo_actors["chair"], draft_decision_id)
        except PermissionDenied as error:  # a page showing the message and handing it on
            with demo_database.read():
                pass
            raise error
    assert [e.action for e in events_after(demo_database, before)] == ["security.refused"]


def test_a_successful_login_or_a_plain_mistake_is_no_security_event(demo_database):
    before = last_event_id(demo_database)
    with demo_database.transaction() as s:
        authenticate(s, "member", "member-2026")
    with pytest.raises(DomainError), demo_database.transaction() as s:
        raise DomainError("a validation message")
    assert [e.action for e in events_after(demo_database, before)] == ["user.login"]
