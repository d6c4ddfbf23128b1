"""The findings form of the evaluation standard: complete, explained, and concluded with reasons."""

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.reports.standard import (
    CRITERIA,
    Assessment,
    Conclusion,
    Criterion,
    Finding,
    check_findings,
    suggested_conclusion,
)


def _all(assessment=Assessment.MEETS, **notes):
    return [Finding(c, assessment, notes.get(c.value, "")) for c in CRITERIA]


def test_a_complete_form_that_meets_the_standard_is_accepted_and_suggests_appropriate():
    findings = _all()
    check_findings(findings, Conclusion.APPROPRIATE, "All criteria met.")
    assert suggested_conclusion(findings) is Conclusion.APPROPRIATE


def test_one_shortfall_suggests_inappropriate():
    findings = _all()
    findings[3] = Finding(Criterion.BUSINESS_ECONOMICS, Assessment.FALLS_SHORT, "Discount rate unsupported")
    assert suggested_conclusion(findings) is Conclusion.INAPPROPRIATE
    check_findings(findings, Conclusion.INAPPROPRIATE, "Cash flows not supported.")


def test_a_missing_criterion_is_named():
    with pytest.raises(ValidationError, match="missing") as caught:
        check_findings(_all()[:-1], Conclusion.APPROPRIATE, "ok")
    assert caught.value.field == Criterion.REPORT.value


def test_a_criterion_judged_twice_is_refused():
    with pytest.raises(ValidationError, match="once"):
        check_findings([*_all(), Finding(Criterion.METHOD, Assessment.MEETS)], Conclusion.APPROPRIATE, "ok")


def test_a_shortfall_without_its_reason_is_refused_at_its_note():
    findings = _all()
    findings[0] = Finding(Criterion.USEFULNESS, Assessment.FALLS_SHORT, "  ")
    with pytest.raises(ValidationError) as caught:
        check_findings(findings, Conclusion.INAPPROPRIATE, "reasons")
    assert caught.value.field == "usefulness"


def test_a_conclusion_without_reasons_is_refused():
    with pytest.raises(ValidationError) as caught:
        check_findings(_all(), Conclusion.APPROPRIATE, " ")
    assert caught.value.field == "reasons"


def test_appropriate_despite_a_shortfall_needs_an_explanation():
    findings = _all()
    findings[4] = Finding(Criterion.METHOD, Assessment.FALLS_SHORT, "minor")
    with pytest.raises(ValidationError, match="explain why"):
        check_findings(findings, Conclusion.APPROPRIATE, "fine")
    check_findings(findings, Conclusion.APPROPRIATE, "The shortfall does not change the amount materially.")
