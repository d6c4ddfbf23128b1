"""The legal requirements of Decree Art. 12 ② (and the documents of Art. 12 ①) as pure functions."""

from dataclasses import dataclass
from decimal import Decimal

from desktop.core.i18n import translate
from desktop.domain.applications.models import Qualification

GROUP_A_QUALIFICATIONS = frozenset(
    {Qualification.PATENT_ATTORNEY, Qualification.CPA, Qualification.PROFESSIONAL_ENGINEER}
)
REQUIRED_GROUP_A = 2
REQUIRED_GROUP_B = 3
REQUIRED_YEARS = Decimal(3)

# Every rule the screening evaluates, in the order it shows them.
RULES = ("staff_qualified", "staff_experienced", "staff_distinct", "dedicated_unit", "facilities",
         "application_form", "business_plan", "evidence", "registry_extract")


@dataclass(frozen=True)
class StaffFacts:
    name: str
    permanent: bool
    qualification: Qualification
    doctorate_related: bool
    experience_years: Decimal
    employment_evidence: bool = True  # e.g. the employment-insurance record is named
    experience_evidence: bool = True  # e.g. the list of evaluation reports is named


@dataclass(frozen=True)
class ApplicationFacts:
    staff: tuple[StaffFacts, ...]
    dedicated_unit: str
    facilities: str
    business_plan: str
    consent_admin_check: bool
    has_application_form: bool
    has_business_plan_document: bool
    has_registry_extract: bool
    has_staff_evidence: bool = False
    has_unit_evidence: bool = False
    has_facility_evidence: bool = False


@dataclass(frozen=True)
class RuleResult:
    rule: str
    passed: bool
    reason: str


def qualification_label(q: Qualification) -> str:
    return {
        Qualification.PATENT_ATTORNEY: translate("Screening", "patent attorney"),
        Qualification.CPA: translate("Screening", "CPA"),
        Qualification.PROFESSIONAL_ENGINEER: translate("Screening", "professional engineer"),
        Qualification.DOCTORATE: translate("Screening", "doctorate"),
        Qualification.LAWYER: translate("Screening", "lawyer"),
        Qualification.APPRAISER: translate("Screening", "real-estate appraiser"),
        Qualification.NONE: translate("Screening", "none"),
    }[q]


def has_group_a_qualification(person: StaffFacts) -> bool:
    """Patent attorney, CPA, professional engineer, or a doctorate in a related field (lawyers do not count)."""
    if person.qualification in GROUP_A_QUALIFICATIONS:
        return True
    return person.qualification == Qualification.DOCTORATE and person.doctorate_related


def in_group_a(person: StaffFacts) -> bool:
    """Qualified, permanently employed, and the employment evidenced."""
    return has_group_a_qualification(person) and person.permanent and person.employment_evidence


def in_group_b(person: StaffFacts) -> bool:
    """Permanently employed (evidenced) with at least three years of evaluation experience (evidenced)."""
    return (person.permanent and person.employment_evidence and person.experience_years >= REQUIRED_YEARS
            and person.experience_evidence)


def _names(people: list[StaffFacts], limit: int = 6) -> str:
    shown = ", ".join(p.name for p in people[:limit])
    return shown + (" …" if len(people) > limit else "")


def _not_counted(candidates: list[StaffFacts], experience: bool) -> str:
    """Why people who look qualified were not counted, e.g. " Not counted: 박 (not permanently employed)."."""
    notes = []
    temporary = [p for p in candidates if not p.permanent]
    unevidenced = [p for p in candidates if p.permanent and not p.employment_evidence]
    if temporary:
        notes.append(translate("Screening", "{names} (not permanently employed)").format(names=_names(temporary)))
    if unevidenced:
        notes.append(translate("Screening", "{names} (no evidence of employment)").format(names=_names(unevidenced)))
    if experience:
        no_record = [p for p in candidates if p.permanent and p.employment_evidence and not p.experience_evidence]
        if no_record:
            notes.append(translate("Screening", "{names} (no evidence of the experience)")
                         .format(names=_names(no_record)))
    if not notes:
        return ""
    return translate("Screening", " Not counted: {notes}.").format(notes="; ".join(notes))


def _counted(group: list[StaffFacts], required: int, years: Decimal | None = None) -> str:
    """A sentence that says who was counted and how many the rule requires (never a bare "required: name")."""
    if years is None:
        if not group:
            return translate("Screening", "No qualified permanent staff could be counted; at least {required} are "
                             "required.").format(required=required)
        return translate("Screening", "Qualified permanent staff counted: {n} ({names}); at least {required} are "
                         "required.").format(n=len(group), names=_names(group), required=required)
    if not group:
        return translate("Screening", "No permanent staff with {years}+ years of evaluation experience could be "
                         "counted; at least {required} are required.").format(years=years, required=required)
    return translate("Screening", "Permanent staff with {years}+ years of evaluation experience counted: {n} "
                     "({names}); at least {required} are required.").format(
        years=years, n=len(group), names=_names(group), required=required)


def evaluate_staff(staff: tuple[StaffFacts, ...], count_both_groups: bool) -> list[RuleResult]:
    group_a = [p for p in staff if in_group_a(p)]
    group_b = [p for p in staff if in_group_b(p)]
    a_candidates = [p for p in staff if has_group_a_qualification(p) and not in_group_a(p)]
    b_candidates = [p for p in staff if p.experience_years >= REQUIRED_YEARS and not in_group_b(p)]
    results = [
        RuleResult("staff_qualified", len(group_a) >= REQUIRED_GROUP_A,
                   _counted(group_a, REQUIRED_GROUP_A) + _not_counted(a_candidates, experience=False)),
        RuleResult("staff_experienced", len(group_b) >= REQUIRED_GROUP_B,
                   _counted(group_b, REQUIRED_GROUP_B, REQUIRED_YEARS) + _not_counted(b_candidates, experience=True)),
    ]
    if not count_both_groups:
        # With two groups, Hall's condition reduces to |A| ≥ 2, |B| ≥ 3 and |A ∪ B| ≥ 5.
        distinct = len({id(p) for p in group_a} | {id(p) for p in group_b})
        needed = REQUIRED_GROUP_A + REQUIRED_GROUP_B
        results.append(
            RuleResult(
                "staff_distinct",
                distinct >= needed,
                translate("Screening", "{n} different people counted in the two staff groups; nobody may count in "
                          "both, so at least {required} are required.").format(n=distinct, required=needed),
            )
        )
    return results


def _evidence(facts: ApplicationFacts) -> RuleResult:
    missing = [label for present, label in (
        (facts.has_staff_evidence, translate("Screening", "staff")),
        (facts.has_unit_evidence, translate("Screening", "dedicated unit")),
        (facts.has_facility_evidence, translate("Screening", "facilities")),
    ) if not present]
    if missing:
        return RuleResult("evidence", False, translate("Screening", "Evidence missing for: {items}.")
                          .format(items=", ".join(missing)))
    return RuleResult("evidence", True,
                      translate("Screening", "Evidence attached for staff, dedicated unit and facilities."))


def evaluate(facts: ApplicationFacts, count_both_groups: bool = True) -> list[RuleResult]:
    """Every requirement with pass/fail and a reason a person can read."""
    results = evaluate_staff(facts.staff, count_both_groups)
    results.append(RuleResult(
        "dedicated_unit", bool(facts.dedicated_unit.strip()),
        translate("Screening", "Dedicated evaluation unit: {text}").format(text=facts.dedicated_unit.strip())
        if facts.dedicated_unit.strip() else translate("Screening", "No dedicated evaluation unit is described."),
    ))
    results.append(RuleResult(
        "facilities", bool(facts.facilities.strip()),
        translate("Screening", "Facilities and equipment: {text}").format(text=facts.facilities.strip())
        if facts.facilities.strip() else translate("Screening", "No facilities or equipment are described."),
    ))
    results.append(RuleResult(
        "application_form", facts.has_application_form,
        translate("Screening", "Application form attached.") if facts.has_application_form
        else translate("Screening", "The application form (Form 3-5) is missing."),
    ))
    has_plan = facts.has_business_plan_document or bool(facts.business_plan.strip())
    results.append(RuleResult(
        "business_plan", has_plan,
        translate("Screening", "Business plan provided.") if has_plan
        else translate("Screening", "The business plan is missing."),
    ))
    results.append(_evidence(facts))
    if not facts.consent_admin_check:
        results.append(RuleResult(
            "registry_extract", facts.has_registry_extract,
            translate("Screening", "No consent to the administrative check; registry extract attached.")
            if facts.has_registry_extract
            else translate("Screening", "No consent to the administrative check and no registry extract or "
                           "business registration certificate attached."),
        ))
    return results
