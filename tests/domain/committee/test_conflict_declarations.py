"""Declaring conflicts: grounds, statements, suggestions from affiliations, recusal, chair confirmation."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import Application, ConflictGround
from desktop.domain.audit.models import AuditEvent
from desktop.domain.committee.conflicts import confirm_declaration, declaration_board, declare, recuse
from desktop.domain.committee.members import AffiliationData, add_affiliation
from desktop.domain.committee.models import ConflictDeclaration, ConflictKind
from desktop.domain.committee.service import list_conflicts


def test_an_exclusion_needs_a_ground_and_a_statement_and_nothing_is_saved_without(committee):
    member, application = committee.actors[1], committee.applications[0]
    with pytest.raises(ValidationError) as missing_ground, committee.database.transaction() as s:
        declare(s, member, application, ConflictKind.EXCLUSION, None, "예전에 근무")
    assert missing_ground.value.field == "ground"
    with pytest.raises(ValidationError) as missing_statement, committee.database.transaction() as s:
        declare(s, member, application, ConflictKind.EXCLUSION, ConflictGround.EMPLOYMENT, "  ")
    assert missing_statement.value.field == "statement"
    with committee.database.read() as s:
        assert s.scalars(select(ConflictDeclaration)).all() == []
    with committee.database.transaction() as s:
        declare(s, member, application, ConflictKind.EXCLUSION, ConflictGround.EMPLOYMENT, "2년 전까지 재직")
    with committee.database.read() as s:
        rows = list_conflicts(s, committee.secretariat)
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("conflict.%"))).all()
    assert [(r.member_name, r.kind, r.ground, r.statement) for r in rows] == [
        ("위원1", ConflictKind.EXCLUSION, ConflictGround.EMPLOYMENT, "2년 전까지 재직")]
    assert events == ["conflict.exclusion"]


def test_recusal_is_one_step_with_a_reason_and_cannot_be_undone_by_the_member(committee):
    member, application = committee.actors[2], committee.applications[1]
    with pytest.raises(ValidationError, match="reason"), committee.database.transaction() as s:
        recuse(s, member, application, "")
    with committee.database.transaction() as s:
        recuse(s, member, application, "신청기관 대표와 공동연구 중")
    with pytest.raises(WorkflowError, match="only the chair"), committee.database.transaction() as s:
        declare(s, member, application, ConflictKind.NONE, None, "착오였음")
    with committee.database.read() as s:
        kinds = s.scalars(select(ConflictDeclaration.kind)).all()
    assert kinds == [ConflictKind.RECUSAL]


def test_a_recent_employer_is_suggested_and_no_conflict_must_then_be_explained(committee):
    member_actor, application_id = committee.actors[3], committee.applications[2]
    with committee.database.transaction() as s:
        institution_id = s.get_one(Application, application_id).institution_id
        add_affiliation(s, committee.secretariat, committee.members[3], AffiliationData(
            "평가기관1", "employment", institution_id, today() - timedelta(days=2000), today() - timedelta(days=400)))
        add_affiliation(s, committee.secretariat, committee.members[3], AffiliationData(
            "오래된 직장", "employment", committee.world.institution_id, today() - timedelta(days=5000),
            today() - timedelta(days=4000)))  # beyond the 3-year look-back
    with committee.database.read() as s:
        board = {line.application_id: line for line in declaration_board(s, member_actor, committee.round_id)}
    assert board[application_id].suggestion.startswith("Employment at 평가기관1 until")
    assert "Works or worked for the applicant" in board[application_id].suggestion
    assert board[committee.applications[0]].suggestion == ""  # the old job is outside the look-back period
    assert all(line.kind is None for line in board.values())
    with pytest.raises(ValidationError, match="possible conflict") as refused, committee.database.transaction() as s:
        declare(s, member_actor, application_id, ConflictKind.NONE)
    assert refused.value.field == "statement"
    with committee.database.transaction() as s:
        declare(s, member_actor, application_id, ConflictKind.NONE, None, "인사부서 근무로 평가업무와 무관")
        declare(s, member_actor, committee.applications[0], ConflictKind.NONE)
    with committee.database.read() as s:
        saved = {d.application_id: d for d in s.scalars(select(ConflictDeclaration))}
    assert saved[application_id].suggestion and saved[application_id].statement.startswith("인사부서")
    assert saved[committee.applications[0]].statement == "No conflict of interest."


def test_only_seated_members_declare_and_only_the_chair_confirms(committee):
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        declare(s, committee.secretariat, committee.applications[0], ConflictKind.NONE)
    with committee.database.transaction() as s:
        declaration_id = declare(s, committee.actors[1], committee.applications[0], ConflictKind.EXCLUSION,
                                 ConflictGround.DIRECT_INTEREST, "주식 보유")
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        confirm_declaration(s, committee.actors[2], declaration_id)
    with committee.database.transaction() as s:
        confirm_declaration(s, committee.chair, declaration_id)
    with committee.database.read() as s:
        row = list_conflicts(s, committee.secretariat)[0]
    assert row.confirmed_by == committee.chair.display_name
