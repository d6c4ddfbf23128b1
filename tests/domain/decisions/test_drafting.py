"""Drafting from the committee results: the outcome the results point to and the reasons in both languages."""

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, WorkflowError
from desktop.domain.decisions.drafting import propose_decision
from desktop.domain.decisions.models import Decision, DecisionOutcome
from desktop.domain.inspections.models import Finding, FindingSeverity, Inspection
from desktop.domain.screening.models import ScreeningResult


def _application_of(db, decision_id: int) -> int:
    with db.read() as s:
        return s.get_one(Decision, decision_id).application_id


def test_a_passing_applicant_is_proposed_for_designation_with_the_grounds(demo_database, demo_actors, issued):
    application_id = _application_of(demo_database, issued["designated"][0])
    with demo_database.read() as s:
        proposal = propose_decision(s, demo_actors["secretariat"], application_id)
    assert proposal.outcome == DecisionOutcome.DESIGNATED and proposal.has_result
    assert "지정요건" in proposal.reasons and f"종합점수 {proposal.aggregate:.2f}점" in proposal.reasons
    assert "기준점수(70점) 이상" in proposal.reasons
    assert "every requirement" in proposal.reasons_en and f"{proposal.aggregate:.2f}" in proposal.reasons_en
    assert proposal.conditions and proposal.conditions_en


def test_a_failing_score_is_the_reason_given(demo_database, demo_actors, issued):
    application_id = _application_of(demo_database, issued["not_designated"][0])
    with demo_database.read() as s:
        proposal = propose_decision(s, demo_actors["secretariat"], application_id)
    assert proposal.outcome == DecisionOutcome.NOT_DESIGNATED
    assert "기준점수(70점)에 미달함" in proposal.reasons and "below the pass mark of 70" in proposal.reasons_en
    assert "지정요건" not in proposal.reasons  # a refusal names what failed, not what passed
    assert proposal.conditions == ""


def test_an_open_major_finding_and_a_failed_requirement_are_reasons_to_refuse(demo_database, demo_actors, issued):
    application_id = _application_of(demo_database, issued["designated"][0])
    with demo_database.transaction() as s:
        inspection = s.scalars(select(Inspection).where(Inspection.application_id == application_id)).first()
        s.add(Finding(inspection_id=inspection.id, item_id="C1", severity=FindingSeverity.MAJOR,
                      description="보안 문서고 미설치"))
        screening = s.scalars(select(ScreeningResult).where(ScreeningResult.application_id == application_id)
                              .order_by(ScreeningResult.id.desc())).first()
        screening.rules = [*screening.rules, {"rule": "dedicated_unit", "passed": False, "reason": "none"}]
    with demo_database.read() as s:
        proposal = propose_decision(s, demo_actors["secretariat"], application_id)
    assert proposal.outcome == DecisionOutcome.NOT_DESIGNATED
    assert not proposal.screening_passed and not proposal.inspection_passed
    assert "가. 서류심사 결과 다음 지정요건을 갖추지 못하였음: 전담조직." in proposal.reasons
    assert "나. 현장실사 결과 중대 지적사항 1건이 해소되지 않았음(C1 보안 문서고 미설치)." in proposal.reasons
    assert "a dedicated evaluation unit" in proposal.reasons_en and "1 major finding(s)" in proposal.reasons_en


def test_without_a_committee_result_nothing_is_proposed_for_designation(demo_database, demo_actors,
                                                                        in_committee_review):
    with demo_database.read() as s:
        proposal = propose_decision(s, demo_actors["secretariat"], in_committee_review)
    assert not proposal.has_result and proposal.aggregate is None
    assert proposal.outcome == DecisionOutcome.NOT_DESIGNATED
    assert "지정심의위원회의 심사 결과가 아직 확정되지 않았음." in proposal.reasons


def test_only_the_secretariat_drafts_and_only_after_the_committee(demo_database, demo_actors):
    from desktop.domain.applications.models import Application, ApplicationStatus

    with demo_database.read() as s:
        with pytest.raises(PermissionDenied):
            propose_decision(s, demo_actors["approver"], 1)
        early = s.scalars(select(Application.id).where(Application.status == ApplicationStatus.SUBMITTED)).first()
        with pytest.raises(WorkflowError, match="after the committee review"):
            propose_decision(s, demo_actors["secretariat"], early)
        with pytest.raises(NotFound):
            propose_decision(s, demo_actors["secretariat"], 9999)
