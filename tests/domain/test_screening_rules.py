from decimal import Decimal

import pytest

from desktop.domain.applications.models import Qualification as Q
from desktop.domain.screening.rules import ApplicationFacts, StaffFacts, evaluate, evaluate_staff


def person(name, q=Q.NONE, years=0, permanent=True, related=False):
    return StaffFacts(name, permanent, q, related, Decimal(years))


def by_rule(results):
    return {r.rule: r for r in results}


def test_two_qualified_and_three_experienced_pass_with_readable_reasons():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, 4), person("박", years=3))
    results = by_rule(evaluate_staff(staff, count_both_groups=True))
    assert results["staff_qualified"].passed
    assert results["staff_qualified"].reason == "2 of the 2 required qualified staff: 김, 이"
    assert results["staff_experienced"].passed


@pytest.mark.parametrize("q", [Q.LAWYER, Q.APPRAISER, Q.NONE])
def test_lawyers_and_appraisers_are_not_group_a(q):
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", q, 5), person("박", years=3))
    result = by_rule(evaluate_staff(staff, True))["staff_qualified"]
    assert not result.passed and result.reason.startswith("1 of the 2")


def test_a_doctorate_counts_only_in_a_related_field_and_temporary_staff_never():
    staff = (person("김", Q.DOCTORATE, 5, related=False), person("이", Q.CPA, 5, permanent=False))
    assert not by_rule(evaluate_staff(staff, True))["staff_qualified"].passed
    staff = (person("김", Q.DOCTORATE, 5, related=True), person("이", Q.CPA, 5))
    assert by_rule(evaluate_staff(staff, True))["staff_qualified"].passed


def test_the_round_setting_can_forbid_counting_a_person_in_both_groups():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, 4), person("박", years=3))
    assert all(r.passed for r in evaluate_staff(staff, count_both_groups=True))
    strict = by_rule(evaluate_staff(staff, count_both_groups=False))
    assert not strict["staff_distinct"].passed
    staff += (person("최", years=3), person("정", years=3))
    assert all(r.passed for r in evaluate_staff(staff, count_both_groups=False))


def test_without_consent_the_registry_extract_becomes_required():
    facts = ApplicationFacts((), "unit", "facilities", "plan", consent_admin_check=False, has_application_form=True,
                             has_business_plan_document=False, has_registry_extract=False)
    results = by_rule(evaluate(facts))
    assert not results["registry_extract"].passed
    assert "registry_extract" not in by_rule(evaluate(ApplicationFacts(
        (), "unit", "facilities", "plan", True, True, False, False)))
