"""The application status machine: guarded steps, permissions in the service, audit in the same transaction."""

import pytest
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied, WorkflowError
from desktop.domain.accounts.models import Role
from desktop.domain.applications import workflow
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import transition, update_application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.screening.service import run_screening
from tests.domain.helpers import World, application_data, attach_required_documents

S = ApplicationStatus
PDF = b"%PDF-1.4 test document"


@pytest.fixture
def world(database):
    return World(database)


def status(world: World) -> ApplicationStatus:
    with world.database.read() as s:
        return s.get_one(Application, world.application_id).status


def audit_count(world: World, action: str | None = None) -> int:
    """The events of ``action``, or of every change (the security events of refused actions aside)."""
    with world.database.read() as s:
        query = select(func.count(AuditEvent.id))
        if action:
            query = query.where(AuditEvent.action == action)
        else:
            query = query.where(AuditEvent.action.not_like("security.%"))
        return s.scalar(query)


def test_secretariat_walks_draft_to_submitted_and_the_step_is_audited(world):
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
    assert status(world) == S.SUBMITTED
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "application.submitted")).one()
        application = s.get_one(Application, world.application_id)
    assert event.actor_name == world.secretariat.display_name
    assert event.before == {"status": "draft"} and event.after == {"status": "submitted"}
    assert event.entity_id == world.application_id
    assert application.received_at is not None and not application.late


@pytest.mark.parametrize("source,target", [(S.DRAFT, S.INSPECTION), (S.DRAFT, S.DESIGNATED),
                                           (S.DRAFT, S.SCREENING), (S.DRAFT, S.COMMITTEE_REVIEW)])
def test_illegal_steps_raise_a_plain_workflow_error(world, source, target):
    with pytest.raises(WorkflowError) as error, world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, target)
    assert "cannot go to" in error.value.message
    assert status(world) == source


@pytest.mark.parametrize("role", [Role.INSPECTOR, Role.COMMITTEE_MEMBER, Role.CHAIR, Role.APPROVER,
                                  Role.ADMINISTRATOR])
def test_roles_other_than_secretariat_cannot_submit(world, role):
    before = audit_count(world)
    with pytest.raises(PermissionDenied), world.database.transaction() as s:
        transition(s, world.users[role], world.application_id, S.SUBMITTED)
    assert status(world) == S.DRAFT
    assert audit_count(world) == before
    assert audit_count(world, "security.refused") == 1


@pytest.mark.parametrize("role", [Role.INSPECTOR, Role.COMMITTEE_MEMBER, Role.APPROVER, Role.ADMINISTRATOR])
def test_roles_other_than_secretariat_cannot_edit(world, role):
    with pytest.raises(PermissionDenied), world.database.transaction() as s:
        update_application(s, world.users[role], world.application_id, application_data(), 1)


def test_submit_needs_business_plan_and_roster(world):
    with world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id,
                           application_data(business_plan="", staff=()), 1)
    with pytest.raises(WorkflowError, match="business plan"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)


def test_late_submission_needs_a_reason_which_is_recorded(database):
    world = World(database, deadline_in_days=-1)
    with pytest.raises(WorkflowError, match="deadline"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED, reason="우편 지연 증빙 확인")
    with world.database.read() as s:
        application = s.get_one(Application, world.application_id)
        assert application.late and application.late_reason == "우편 지연 증빙 확인"


def test_withdrawal_needs_a_reason(world):
    with pytest.raises(WorkflowError, match="reason"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.WITHDRAWN)
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.WITHDRAWN, reason="신청인 요청")
    assert status(world) == S.WITHDRAWN
    assert workflow.next_steps(S.WITHDRAWN) == []


def test_inspection_requires_an_eligible_screening(world):
    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
        transition(s, world.secretariat, world.application_id, S.SCREENING)
    with pytest.raises(WorkflowError, match="eligible"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
    with world.database.transaction() as s:  # the form is missing: deficient
        assert run_screening(s, world.secretariat, world.application_id).outcome.value == "deficient"
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        assert run_screening(s, world.secretariat, world.application_id).outcome.value == "eligible"
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
    assert status(world) == S.INSPECTION


def test_committee_review_requires_a_signed_inspection(world):
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        for target in (S.SUBMITTED, S.SCREENING):
            transition(s, world.secretariat, world.application_id, target)
        run_screening(s, world.secretariat, world.application_id)
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
    with pytest.raises(WorkflowError, match="inspection"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.COMMITTEE_REVIEW)


def test_a_failed_unit_of_work_leaves_neither_change_nor_audit(world):
    before = audit_count(world)
    with pytest.raises(RuntimeError), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
        raise RuntimeError("power cut")
    assert status(world) == S.DRAFT
    assert audit_count(world) == before


def test_decision_outcomes_are_not_offered_as_status_actions(world):
    from desktop.domain.applications.service import allowed_steps

    assert S.DESIGNATED not in allowed_steps(world.users[Role.APPROVER], S.COMMITTEE_REVIEW)
    assert allowed_steps(world.users[Role.COMMITTEE_MEMBER], S.DRAFT) == ()
    assert S.SUBMITTED in allowed_steps(world.secretariat, S.DRAFT)


def test_every_step_has_labels():
    for step in workflow.STEPS:
        assert workflow.action_label(step.target)
        assert workflow.status_label(step.source)



@pytest.mark.parametrize("change", ["demote", "disable"])
def test_a_session_opened_before_a_demotion_or_disabling_changes_nothing(world, change):
    from desktop.core.errors import PermissionDenied
    from desktop.domain.users.service import set_active, set_role

    before = audit_count(world)
    with world.database.transaction() as s:
        if change == "demote":
            set_role(s, world.admin, world.secretariat.user_id, Role.INSPECTOR)
        else:
            set_active(s, world.admin, world.secretariat.user_id, False)
    with pytest.raises(PermissionDenied, match="log in again"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)  # the stale session's actor
    assert status(world) == S.DRAFT
    assert audit_count(world) == before + 1  # only the administrator's change
    assert audit_count(world, "security.account_changed") == 1  # and the refusal, as a security event
