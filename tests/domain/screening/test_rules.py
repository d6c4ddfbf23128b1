"""Each requirement of Decree Art. 12 ② (and the documents of Art. 12 ①) with the reason a person reads."""

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.applications.models import Qualification as Q
from desktop.domain.screening.rules import (
    ApplicationFacts,
    StaffFacts,
    evaluate,
    evaluate_staff,
    in_group_a,
    in_group_b,
)


def person(name, q=Q.NONE, years=0, permanent=True, related=False, employed=True, experienced=True):
    return StaffFacts(name, permanent, q, related, Decimal(years), employed, experienced)


def by_rule(results):
    return {r.rule: r for r in results}


def facts(**changes) -> ApplicationFacts:
    values = dict(staff=(person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, 4), person("박", years=3)),
                  dedicated_unit="IP평가센터", facilities="평가 DB", business_plan="계획", consent_admin_check=True,
                  has_application_form=True, has_business_plan_document=True, has_registry_extract=False,
                  has_staff_evidence=True, has_unit_evidence=True, has_facility_evidence=True)
    values.update(changes)
    return ApplicationFacts(**values)


def test_a_complete_application_passes_every_rule():
    results = evaluate(facts())
    assert [r.rule for r in results] == ["staff_qualified", "staff_experienced", "dedicated_unit", "facilities",
                                         "application_form", "business_plan", "evidence"]
    assert all(r.passed for r in results)


def test_two_qualified_and_three_experienced_pass_with_readable_reasons():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, 4), person("박", years=3))
    results = by_rule(evaluate_staff(staff, count_both_groups=True))
    assert results["staff_qualified"].passed
    assert results["staff_qualified"].reason == ("Qualified permanent staff counted: 2 (김, 이); at least 2 are "
                                                 "required.")
    assert results["staff_experienced"].passed
    assert results["staff_experienced"].reason == ("Permanent staff with 3+ years of evaluation experience "
                                                   "counted: 3 (김, 이, 박); at least 3 are required.")


def test_one_qualified_person_fails_group_a():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", years=5), person("박", years=3))
    result = by_rule(evaluate_staff(staff, True))["staff_qualified"]
    assert not result.passed and result.reason == ("Qualified permanent staff counted: 1 (김); at least 2 are "
                                                   "required.")


def test_two_experienced_people_fail_group_b_and_three_years_is_enough():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, Decimal("2.9")), person("박", years=3))
    result = by_rule(evaluate_staff(staff, True))["staff_experienced"]
    assert not result.passed and "counted: 2 (김, 박); at least 3 are required" in result.reason


@pytest.mark.parametrize("q", [Q.LAWYER, Q.APPRAISER, Q.NONE])
def test_lawyers_and_appraisers_are_not_group_a(q):
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", q, 5), person("박", years=3))
    result = by_rule(evaluate_staff(staff, True))["staff_qualified"]
    assert not result.passed and "counted: 1 (김); at least 2" in result.reason


@pytest.mark.parametrize("q", [Q.PATENT_ATTORNEY, Q.CPA, Q.PROFESSIONAL_ENGINEER])
def test_each_listed_qualification_counts_in_group_a(q):
    assert in_group_a(person("김", q))


def test_a_doctorate_counts_only_in_a_related_field_and_temporary_staff_never():
    staff = (person("김", Q.DOCTORATE, 5, related=False), person("이", Q.CPA, 5, permanent=False))
    result = by_rule(evaluate_staff(staff, True))["staff_qualified"]
    assert not result.passed
    assert "이 (not permanently employed)" in result.reason
    staff = (person("김", Q.DOCTORATE, 5, related=True), person("이", Q.CPA, 5))
    assert by_rule(evaluate_staff(staff, True))["staff_qualified"].passed


def test_people_without_evidence_are_named_and_not_counted():
    staff = (person("김", Q.PATENT_ATTORNEY, 5, employed=False), person("이", Q.CPA, 5, experienced=False),
             person("박", years=4), person("최", years=3))
    results = by_rule(evaluate_staff(staff, True))
    assert not results["staff_qualified"].passed
    assert results["staff_qualified"].reason == ("Qualified permanent staff counted: 1 (이); at least 2 are "
                                                 "required. Not counted: 김 (no evidence of employment).")
    assert not results["staff_experienced"].passed
    assert "이 (no evidence of the experience)" in results["staff_experienced"].reason
    assert not in_group_b(person("x", years=9, experienced=False))


def test_nobody_counted_is_said_in_a_sentence_not_as_a_dash():
    result = by_rule(evaluate_staff((person("박", years=1),), True))["staff_qualified"]
    assert result.reason == "No qualified permanent staff could be counted; at least 2 are required."


def test_the_round_setting_can_forbid_counting_a_person_in_both_groups():
    staff = (person("김", Q.PATENT_ATTORNEY, 5), person("이", Q.CPA, 4), person("박", years=3))
    assert all(r.passed for r in evaluate_staff(staff, count_both_groups=True))
    strict = by_rule(evaluate_staff(staff, count_both_groups=False))
    assert not strict["staff_distinct"].passed
    assert strict["staff_distinct"].reason == ("3 different people counted in the two staff groups; nobody may "
                                               "count in both, so at least 5 are required.")
    staff += (person("최", years=3), person("정", years=3))
    assert all(r.passed for r in evaluate_staff(staff, count_both_groups=False))


def _assignable(staff) -> bool:
    """Brute force: two people for group A and three others for group B, nobody in both."""
    a = [n for n, p in enumerate(staff) if in_group_a(p)]
    b = [n for n, p in enumerate(staff) if in_group_b(p)]
    return any(len(set(b) - set(pair)) >= 3 for pair in itertools.combinations(a, 2))


people = st.builds(person, st.sampled_from("가나다라마바사"), st.sampled_from(list(Q)), st.integers(0, 6),
                   st.booleans(), st.booleans())


@given(st.lists(people, max_size=8))
def test_the_distinct_rule_agrees_with_a_brute_force_assignment(staff):
    results = by_rule(evaluate_staff(tuple(staff), count_both_groups=False))
    assert all(r.passed for r in results.values()) == _assignable(staff)


@given(st.lists(people, max_size=8))
def test_counting_both_groups_never_fails_where_the_strict_setting_passes(staff):
    strict = all(r.passed for r in evaluate_staff(tuple(staff), False))
    lenient = all(r.passed for r in evaluate_staff(tuple(staff), True))
    assert lenient or not strict


@pytest.mark.parametrize("field,rule,reason", [
    ("dedicated_unit", "dedicated_unit", "No dedicated evaluation unit is described."),
    ("facilities", "facilities", "No facilities or equipment are described."),
])
def test_unit_and_facilities_must_be_described(field, rule, reason):
    result = by_rule(evaluate(facts(**{field: "  "})))[rule]
    assert not result.passed and result.reason == reason


def test_the_application_form_must_be_attached():
    result = by_rule(evaluate(facts(has_application_form=False)))["application_form"]
    assert not result.passed and result.reason == "The application form (Form 3-5) is missing."


def test_the_business_plan_is_a_document_or_the_form_text():
    assert by_rule(evaluate(facts(has_business_plan_document=False)))["business_plan"].passed
    missing = by_rule(evaluate(facts(has_business_plan_document=False, business_plan="")))["business_plan"]
    assert not missing.passed and missing.reason == "The business plan is missing."


def test_evidence_is_required_for_each_requirement():
    result = by_rule(evaluate(facts(has_unit_evidence=False, has_facility_evidence=False)))["evidence"]
    assert not result.passed and result.reason == "Evidence missing for: dedicated unit, facilities."


def test_without_consent_the_registry_extract_becomes_required():
    results = by_rule(evaluate(facts(consent_admin_check=False)))
    assert not results["registry_extract"].passed
    assert "no registry extract" in results["registry_extract"].reason
    assert by_rule(evaluate(facts(consent_admin_check=False, has_registry_extract=True)))["registry_extract"].passed
    assert "registry_extract" not in by_rule(evaluate(facts()))
