"""From an inappropriate conclusion to a sanction case with the check as its evidence; refused from an appropriate
one; a report of a revoked institute may still be checked, but its institute can no longer be sanctioned."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Finding
from desktop.domain.sanctions.models import CaseStatus, DispositionKind, Ground, SanctionCase, SanctionEvidence
from desktop.domain.validity.conclusion import conclude_check, open_sanction_from_check, sanction_proposal
from desktop.domain.validity.models import ValidityCheck
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import (
    INAPPROPRIATE,
    INAPPROPRIATE_REASONS,
    comment_on_all,
    notified_check,
    revoked_report,
    short_findings,
)


def _concluded(database, actors, conclusion=INAPPROPRIATE, report_id=None) -> int:
    check_id = notified_check(database, actors, report_id=report_id)
    move_clock_to(date(2026, 11, 27))
    comment_on_all(database, actors, check_id)
    findings = short_findings() if conclusion == INAPPROPRIATE else [Finding(c, Assessment.MEETS) for c in CRITERIA]
    with database.transaction() as s:
        conclude_check(s, actors["secretariat"], check_id, findings, conclusion,
                       INAPPROPRIATE_REASONS if conclusion == INAPPROPRIATE else "평가기준에 맞게 평가됨")
    return check_id


def test_an_inappropriate_check_opens_a_breach_case_with_itself_as_evidence(demo_database, demo_actors):
    check_id = _concluded(demo_database, demo_actors)
    with demo_database.transaction() as s:
        row = open_sanction_from_check(s, demo_actors["secretariat"], check_id)
    with demo_database.read() as s:
        check = s.get_one(ValidityCheck, check_id)
        case = s.get_one(SanctionCase, row.sanction_case_id)
        assert case.ground == Ground.BREACH_OF_STANDARD and case.status == CaseStatus.OPEN
        assert check.number in case.facts and INAPPROPRIATE_REASONS in case.facts
        evidence = s.scalars(select(SanctionEvidence).where(SanctionEvidence.case_id == case.id)).one()
        assert (evidence.reference_type, evidence.reference, evidence.reference_id) == (
            "validity_checks", check.number, check.id)
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="opened a sanction case already"):
        open_sanction_from_check(s, demo_actors["secretariat"], check_id)


def test_an_appropriate_check_opens_no_sanction_case(demo_database, demo_actors):
    check_id = _concluded(demo_database, demo_actors, Conclusion.APPROPRIATE)
    with demo_database.transaction() as s, pytest.raises(WorkflowError) as refused:
        open_sanction_from_check(s, demo_actors["secretariat"], check_id)
    assert "Only a check that concluded the report inappropriate" in refused.value.message
    with demo_database.read() as s:
        assert s.get_one(ValidityCheck, check_id).sanction_case_id is None


def test_a_report_of_a_revoked_institute_is_checked_but_its_institute_not_sanctioned(demo_database, demo_actors):
    with demo_database.read() as s:
        report_id = revoked_report(s)
    assert report_id is not None, "the demo revokes an institute that filed reports"
    check_id = _concluded(demo_database, demo_actors, report_id=report_id)
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="against a designated institute"):
        open_sanction_from_check(s, demo_actors["secretariat"], check_id)
    with demo_database.read() as s:
        assert s.get_one(ValidityCheck, check_id).sanction_case_id is None


def test_the_form_proposes_the_reasons_as_facts_and_the_issue_date_as_the_breach_end(demo_database, demo_actors):
    check_id = _concluded(demo_database, demo_actors)
    with demo_database.read() as s:
        proposal = sanction_proposal(s, demo_actors["secretariat"], check_id)
        report = s.get_one(EvaluationReport, s.get_one(ValidityCheck, check_id).report_id)
    assert INAPPROPRIATE_REASONS in proposal.facts and report.report_number in proposal.facts
    assert proposal.breach_ended_on == report.issue_date


def test_a_revocation_with_edited_facts_and_breach_day_is_opened_from_a_check(demo_database, demo_actors):
    check_id = _concluded(demo_database, demo_actors)
    with demo_database.transaction() as s:
        row = open_sanction_from_check(s, demo_actors["secretariat"], check_id, DispositionKind.REVOCATION, 0,
                                       date(2026, 10, 1), "반복된 평가기준 위반", "Repeated breaches")
    with demo_database.read() as s:
        case = s.get_one(SanctionCase, row.sanction_case_id)
        assert (case.intended, case.intended_months, case.breach_ended_on) == (
            DispositionKind.REVOCATION, 0, date(2026, 10, 1))
        assert (case.facts, case.facts_en) == ("반복된 평가기준 위반", "Repeated breaches")
        assert s.scalars(select(SanctionEvidence.reference).where(SanctionEvidence.case_id == case.id)).one() == \
            row.number


@pytest.mark.parametrize(("months", "ended", "facts", "field"), [
    (7, date(2026, 10, 1), "사실", "intended_months"),
    (2, date(2021, 1, 1), "사실", "breach_ended_on"),  # more than 5 years ago (행정기본법 Art. 23 ①)
    (2, date(2026, 12, 1), "사실", "breach_ended_on"),  # in the future
    (2, date(2026, 10, 1), "  ", "facts"),
])
def test_a_refused_form_opens_no_case_and_leaves_the_check_as_it_was(demo_database, demo_actors, months, ended,
                                                                     facts, field):
    check_id = _concluded(demo_database, demo_actors)
    with demo_database.read() as s:
        cases = s.scalar(select(func.count(SanctionCase.id)))
    with demo_database.transaction() as s, pytest.raises(ValidationError) as refused:
        open_sanction_from_check(s, demo_actors["secretariat"], check_id, DispositionKind.SUSPENSION, months, ended,
                                 facts)
    assert refused.value.field == field
    with demo_database.read() as s:
        assert s.get_one(ValidityCheck, check_id).sanction_case_id is None
        assert s.scalar(select(func.count(SanctionCase.id))) == cases
