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


@dataclass(frozen=True)
class StaffFacts:
    name: str
    permanent: bool
    qualification: Qualification
    doctorate_related: bool
    experience_years: Decimal


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


def in_group_a(person: StaffFacts) -> bool:
    """Patent attorney, CPA, professional engineer, or a doctorate in a related field; permanently employed."""
    if not person.permanent:
        return False
    if person.qualification in GROUP_A_QUALIFICATIONS:
        return True
    return person.qualification == Qualification.DOCTORATE and person.doctorate_related


def in_group_b(person: StaffFacts) -> bool:
    """Permanently employed with at least three years of evaluation experience."""
    return person.permanent and person.experience_years >= REQUIRED_YEARS


def _names(people: list[StaffFacts], limit: int = 6) -> str:
    shown = ", ".join(p.name for p in people[:limit])
    return shown + (" …" if len(people) > limit else "")


def evaluate_staff(staff: tuple[StaffFacts, ...], count_both_groups: bool) -> list[RuleResult]:
    group_a = [p for p in staff if in_group_a(p)]
    group_b = [p for p in staff if in_group_b(p)]
    results = [
        RuleResult(
            "staff_qualified",
            len(group_a) >= REQUIRED_GROUP_A,
            translate("Screening", "{n} of the {required} required qualified staff: {names}").format(
                n=len(group_a), required=REQUIRED_GROUP_A, names=_names(group_a) or "-"
            ),
        ),
        RuleResult(
            "staff_experienced",
            len(group_b) >= REQUIRED_GROUP_B,
            translate("Screening", "{n} of the {required} required staff with {years}+ years of evaluation "
                      "experience: {names}").format(
                n=len(group_b), required=REQUIRED_GROUP_B, years=REQUIRED_YEARS, names=_names(group_b) or "-"
            ),
        ),
    ]
    if not count_both_groups:
        distinct = len({id(p) for p in group_a} | {id(p) for p in group_b})
        needed = REQUIRED_GROUP_A + REQUIRED_GROUP_B
        results.append(
            RuleResult(
                "staff_distinct",
                distinct >= needed,
                translate("Screening", "{n} of the {required} distinct people needed when nobody may count in "
                          "both groups").format(n=distinct, required=needed),
            )
        )
    return results


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
    if not facts.consent_admin_check:
        results.append(RuleResult(
            "registry_extract", facts.has_registry_extract,
            translate("Screening", "No consent to the administrative check; registry extract attached.")
            if facts.has_registry_extract
            else translate("Screening", "No consent to the administrative check and no registry extract or "
                           "business registration certificate attached."),
        ))
    return results
