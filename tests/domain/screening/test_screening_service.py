"""Screening on the database: the checklist, rejected documents, the screener's overrides and confirmation."""

import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.accounts.models import Role
from desktop.domain.applications.attachments import add_attachment, review_attachment
from desktop.domain.applications.models import Application, ApplicationStatus, AttachmentKind
from desktop.domain.applications.service import transition, update_application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.screening.checklist import DocumentState
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.screening.service import (
    confirm_screening,
    override_rule,
    run_screening,
    screening_detail,
)
from tests.domain.helpers import PDF, World, application_data, attach_required_documents, version

S = ApplicationStatus


@pytest.fixture
def world(database):
    world = World(database)
    with database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.SUBMITTED)
        transition(s, world.secretariat, world.application_id, S.SCREENING)
    return world


def detail(world):
    with world.database.read() as s:
        return screening_detail(s, world.secretariat, world.application_id)


def states(world) -> dict[AttachmentKind, DocumentState]:
    return {line.kind: line.state for line in detail(world).checklist}


def test_checklist_shows_missing_present_and_rejected_with_the_reason(world):
    assert set(states(world).values()) == {DocumentState.PRESENT, DocumentState.MISSING}
    assert states(world)[AttachmentKind.BUSINESS_PLAN] == DocumentState.PRESENT  # typed in the form
    with world.database.transaction() as s:
        form = add_attachment(s, world.secretariat, world.application_id, AttachmentKind.APPLICATION_FORM,
                              "form.pdf", PDF)
    assert states(world)[AttachmentKind.APPLICATION_FORM] == DocumentState.PRESENT
    with world.database.transaction() as s:
        review_attachment(s, world.secretariat, form, accepted=False, reason="대표자 직인 누락")
    line = next(x for x in detail(world).checklist if x.kind == AttachmentKind.APPLICATION_FORM)
    assert line.state == DocumentState.REJECTED and line.detail == "form.pdf rejected: 대표자 직인 누락"
    assert AttachmentKind.REGISTRY_EXTRACT not in states(world)
    with world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id,
                           application_data(consent_admin_check=False), version(s, world))
    assert states(world)[AttachmentKind.REGISTRY_EXTRACT] == DocumentState.MISSING


def test_rejecting_needs_a_reason_and_is_audited(world):
    with world.database.transaction() as s:
        form = add_attachment(s, world.secretariat, world.application_id, AttachmentKind.APPLICATION_FORM,
                              "form.pdf", PDF)
    with pytest.raises(ValidationError, match="why"), world.database.transaction() as s:
        review_attachment(s, world.secretariat, form, accepted=False, reason=" ")
    with pytest.raises(PermissionDenied), world.database.transaction() as s:
        review_attachment(s, world.users[Role.INSPECTOR], form, accepted=False, reason="x")
    with world.database.transaction() as s:
        review_attachment(s, world.secretariat, form, accepted=False, reason="unsigned")
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "attachment.reject")).one()
    assert event.reason == "unsigned" and event.after["status"] == "rejected"


def test_a_rejected_document_fails_its_rule(world):
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        assert run_screening(s, world.secretariat, world.application_id).outcome == ScreeningOutcome.ELIGIBLE
        form = next(a.id for a in s.get_one(Application, world.application_id).attachments
                    if a.kind == AttachmentKind.APPLICATION_FORM)
        review_attachment(s, world.secretariat, form, accepted=False, reason="old form")
        result = run_screening(s, world.secretariat, world.application_id)
    assert result.outcome == ScreeningOutcome.DEFICIENT
    assert [i["rule"] for i in result.rules if not i["passed"]] == ["application_form"]


def test_override_with_a_reason_decides_the_outcome_and_is_audited(world):
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        update_application(s, world.secretariat, world.application_id, application_data(facilities=""),
                           version(s, world))
        assert run_screening(s, world.secretariat, world.application_id).outcome == ScreeningOutcome.DEFICIENT
    with pytest.raises(ValidationError, match="reason"), world.database.transaction() as s:
        override_rule(s, world.secretariat, world.application_id, "facilities", True, "")
    with world.database.transaction() as s:
        outcome = override_rule(s, world.secretariat, world.application_id, "facilities", True,
                                "시설 현황은 사업계획서 4쪽에 기재됨")
    assert outcome == ScreeningOutcome.ELIGIBLE
    line = next(r for r in detail(world).rules if r.rule == "facilities")
    assert line.passed and line.overridden and not line.evaluated_passed
    assert line.override_reason == "시설 현황은 사업계획서 4쪽에 기재됨"
    with world.database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "screening.override")).one()
    assert event.reason == "시설 현황은 사업계획서 4쪽에 기재됨" and event.after["outcome"] == "eligible"
    with world.database.transaction() as s:  # passes to inspection only now, and that confirms the result
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
    assert detail(world).confirmed_at is not None


def test_an_override_back_to_the_evaluation_removes_it(world):
    with world.database.transaction() as s:
        run_screening(s, world.secretariat, world.application_id)
        override_rule(s, world.secretariat, world.application_id, "evidence", True, "on paper")
        assert override_rule(s, world.secretariat, world.application_id, "evidence", False, "undo") \
            == ScreeningOutcome.DEFICIENT
    assert not any(r.overridden for r in detail(world).rules)


def test_confirmation_is_recorded_and_an_override_needs_a_new_one(world):
    with world.database.transaction() as s:
        run_screening(s, world.secretariat, world.application_id)
        confirm_screening(s, world.secretariat, world.application_id, "검토 완료")
    first = detail(world)
    assert first.confirmed_at is not None and first.confirmed_by == world.secretariat.display_name
    with world.database.transaction() as s:
        override_rule(s, world.secretariat, world.application_id, "evidence", True, "originals seen")
    assert detail(world).confirmed_at is None


def test_overrides_need_a_result_in_screening(world):
    with pytest.raises(WorkflowError, match="Run the screening"), world.database.transaction() as s:
        override_rule(s, world.secretariat, world.application_id, "facilities", True, "x")


def test_a_stale_screening_cannot_pass_to_inspection(world):
    with world.database.transaction() as s:
        attach_required_documents(s, world.secretariat, world.application_id)
        run_screening(s, world.secretariat, world.application_id)
        update_application(s, world.secretariat, world.application_id, application_data(staff=()), version(s, world))
    assert not detail(world).current
    with pytest.raises(WorkflowError, match="run the screening again"), world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, S.INSPECTION)
