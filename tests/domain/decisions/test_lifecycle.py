"""A decision's life: draft, edit, review, issue; immutable once issued; corrected only by a new decision that
supersedes it, with the application and the registry following the correction."""

import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.audit.models import AuditEvent
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus
from desktop.domain.decisions.service import (
    DecisionText,
    discard_draft,
    draft_correction,
    draft_decision,
    issue_decision,
    review_decision,
    update_draft,
)
from desktop.domain.registry.models import RegistryEntry, RegistryEventKind, RegistryStatus
from desktop.domain.registry.service import list_registry, registry_history

TEXT = DecisionText(DecisionOutcome.DESIGNATED, "요건 충족", "Requirements met.", "매년 보고", "Report yearly.")


def _draft(db, actors, application_id, text=TEXT) -> int:
    with db.transaction() as s:
        return draft_decision(s, actors["secretariat"], application_id, text.outcome, text.reasons, text.conditions,
                              reasons_en=text.reasons_en, conditions_en=text.conditions_en)


def test_one_open_draft_per_application_and_edits_need_a_new_review(demo_database, demo_actors, in_committee_review):
    decision_id = _draft(demo_database, demo_actors, in_committee_review)
    with pytest.raises(WorkflowError, match="already exists"), demo_database.transaction() as s:
        draft_decision(s, demo_actors["secretariat"], in_committee_review, DecisionOutcome.DESIGNATED, "again")
    with pytest.raises(PermissionDenied, match="review it"), demo_database.transaction() as s:
        review_decision(s, demo_actors["secretariat"], decision_id)  # the drafter
    with demo_database.transaction() as s:
        review_decision(s, demo_actors["reviewer"], decision_id)
    with demo_database.transaction() as s:
        update_draft(s, demo_actors["secretariat"], decision_id, TEXT)  # unchanged text keeps the review
        assert s.get_one(Decision, decision_id).reviewed_by_id == demo_actors["reviewer"].user_id
        update_draft(s, demo_actors["secretariat"], decision_id,
                     DecisionText(DecisionOutcome.NOT_DESIGNATED, "점수 미달", "Below the pass mark."))
        decision = s.get_one(Decision, decision_id)
        assert decision.reviewed_by_id is None and decision.outcome == DecisionOutcome.NOT_DESIGNATED
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as s:
        update_draft(s, demo_actors["secretariat"], decision_id, DecisionText(DecisionOutcome.DESIGNATED, "  "))
    assert refused.value.field == "reasons"
    with demo_database.transaction() as s:
        discard_draft(s, demo_actors["secretariat"], decision_id)
    with demo_database.read() as s:
        assert s.get(Decision, decision_id) is None
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "decisions",
                                                                        AuditEvent.entity_id == decision_id))]
    assert actions == ["decision.draft", "decision.review", "decision.edit", "decision.edit", "decision.discard"]


def test_an_issued_decision_cannot_be_changed_by_any_path(demo_database, demo_actors, issued):
    decision_id = issued["designated"][0]
    for attempt in (lambda s: update_draft(s, demo_actors["secretariat"], decision_id, TEXT),
                    lambda s: review_decision(s, demo_actors["reviewer"], decision_id),
                    lambda s: discard_draft(s, demo_actors["secretariat"], decision_id),
                    lambda s: issue_decision(s, demo_actors["approver"], decision_id)):
        with pytest.raises(WorkflowError, match="cannot be changed; issue a correction"), \
                demo_database.transaction() as s:
            attempt(s)
    # Even straight through the ORM (a bug elsewhere) the database refuses the change.
    for change in (lambda d: setattr(d, "reasons", "바꾼 사유"), lambda d: setattr(d, "sequence", 99),
                   lambda d: setattr(d, "status", DecisionStatus.DRAFT)):
        with pytest.raises(WorkflowError), demo_database.transaction() as s:
            change(s.get_one(Decision, decision_id))
    with pytest.raises(WorkflowError), demo_database.transaction() as s:
        s.delete(s.get_one(Decision, decision_id))
    with demo_database.read() as s:
        decision = s.get_one(Decision, decision_id)
        assert decision.status == DecisionStatus.ISSUED and decision.reasons != "바꾼 사유"


def test_a_correction_supersedes_and_the_registry_follows(demo_database, demo_actors, issued):
    old_id = issued["designated"][0]
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as s:
        draft_correction(s, demo_actors["secretariat"], old_id, TEXT, "")
    assert refused.value.field == "correction_reason"
    with demo_database.transaction() as s:
        new_id = draft_correction(s, demo_actors["secretariat"], old_id, TEXT, "지정조건 오기 정정")
    with demo_database.transaction() as s:
        number = issue_decision(s, demo_actors["approver"], new_id)
    with demo_database.read() as s:
        old, new = s.get_one(Decision, old_id), s.get_one(Decision, new_id)
        assert old.status == DecisionStatus.SUPERSEDED and new.status == DecisionStatus.ISSUED
        assert new.supersedes_id == old.id and new.number == number and number.endswith("-0012호")
        entry = s.scalars(select(RegistryEntry).where(RegistryEntry.decision_id == new_id)).one()
        assert entry.status == RegistryStatus.DESIGNATED
        history = registry_history(s, demo_actors["approver"], entry.id)
        assert [e.kind for e in history] == [RegistryEventKind.DESIGNATED, RegistryEventKind.CORRECTED]
        assert history[1].reference == number and history[1].note == f"{old.number} → {number}"
        assert len(list_registry(s, demo_actors["approver"])) == 9  # the same institute, not a second entry
    with pytest.raises(WorkflowError, match="in force"), demo_database.transaction() as s:
        draft_correction(s, demo_actors["secretariat"], old_id, TEXT, "again")  # superseded: correct the new one


def test_a_correction_to_not_designated_revokes_the_entry_and_the_application(demo_database, demo_actors, issued):
    old_id = issued["designated"][1]
    refusal = DecisionText(DecisionOutcome.NOT_DESIGNATED, "허위 자료 제출이 확인됨", "False documents were found.")
    with demo_database.transaction() as s:
        new_id = draft_correction(s, demo_actors["secretariat"], old_id, refusal, "심사 자료 오류")
        issue_decision(s, demo_actors["approver"], new_id)
    with demo_database.read() as s:
        application = s.get_one(Application, s.get_one(Decision, new_id).application_id)
        assert application.status == ApplicationStatus.NOT_DESIGNATED
        entry = s.scalars(select(RegistryEntry).where(RegistryEntry.decision_id == new_id)).one()
        assert entry.status == RegistryStatus.REVOKED
        rows = list_registry(s, demo_actors["approver"])
        assert sum(r.status != RegistryStatus.REVOKED for r in rows) == 7  # the demo revoked one for fraud already


def test_a_correction_to_designated_enters_the_registry(demo_database, demo_actors, issued):
    old_id = issued["not_designated"][0]
    with demo_database.transaction() as s:
        new_id = draft_correction(s, demo_actors["secretariat"], old_id, TEXT, "점수 집계 오류 정정")
        issue_decision(s, demo_actors["approver"], new_id)
    with demo_database.read() as s:
        assert s.get_one(Application, s.get_one(Decision, new_id).application_id).status == \
            ApplicationStatus.DESIGNATED
        entry = s.scalars(select(RegistryEntry).where(RegistryEntry.decision_id == new_id)).one()
        assert [e.kind for e in registry_history(s, demo_actors["approver"], entry.id)] == \
            [RegistryEventKind.DESIGNATED]


def test_a_decision_is_never_reached_by_a_plain_status_step(demo_database, demo_actors, in_committee_review):
    from desktop.domain.applications.service import transition

    with pytest.raises(WorkflowError, match="only by issuing a decision"), demo_database.transaction() as s:
        transition(s, demo_actors["approver"], in_committee_review, ApplicationStatus.DESIGNATED)
