"""The evaluation standard (Act Art. 31-2) as the findings form of validity checks and sample surveys.

Examiners judge a filed report on each criterion of the standard; a report that falls short on any criterion is
inappropriate unless the examiners say why not. Both quality controls (Art. 31-4 ①–③ and ④) use this one form,
so their findings compare.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate


class Criterion(StrEnum):
    """What Art. 31-2 and the Decree ask an evaluation to consider, plus the method and the filed report itself."""

    USEFULNESS = "usefulness"  # usefulness and competitiveness of the technology or mark
    LEGAL_PROTECTION = "legal_protection"  # degree of legal protection (rights, scope, remaining term)
    MARKETABILITY = "marketability"  # commercialisation potential and marketability
    BUSINESS_ECONOMICS = "business_economics"  # business economics (cash flows, discount rate, royalty)
    METHOD = "method"  # the valuation method fits the purpose and the subject; its inputs are supported
    REPORT = "report"  # the report states its basis, assumptions and limits; the filed data match it


CRITERIA: tuple[Criterion, ...] = tuple(Criterion)


class Assessment(StrEnum):
    MEETS = "meets"
    FALLS_SHORT = "falls_short"
    NOT_APPLICABLE = "not_applicable"


class Conclusion(StrEnum):
    APPROPRIATE = "appropriate"
    INAPPROPRIATE = "inappropriate"


@dataclass(frozen=True)
class Finding:
    """The examiners' judgment on one criterion; a shortfall carries its reason."""

    criterion: Criterion
    assessment: Assessment
    note: str = ""


def criterion_label(criterion: Criterion | str) -> str:
    return {
        Criterion.USEFULNESS: translate("Standard", "Usefulness and competitiveness of the technology or mark"),
        Criterion.LEGAL_PROTECTION: translate("Standard", "Degree of legal protection"),
        Criterion.MARKETABILITY: translate("Standard", "Commercialisation potential and marketability"),
        Criterion.BUSINESS_ECONOMICS: translate("Standard", "Business economics"),
        Criterion.METHOD: translate("Standard", "Choice and application of the valuation method"),
        Criterion.REPORT: translate("Standard", "Statement of the basis in the report"),
    }[Criterion(criterion)]


def assessment_label(assessment: Assessment | str) -> str:
    return {
        Assessment.MEETS: translate("Standard", "Meets the standard"),
        Assessment.FALLS_SHORT: translate("Standard", "Falls short"),
        Assessment.NOT_APPLICABLE: translate("Standard", "Not applicable"),
    }[Assessment(assessment)]


def conclusion_label(conclusion: Conclusion | str) -> str:
    return {
        Conclusion.APPROPRIATE: translate("Standard", "Appropriate"),
        Conclusion.INAPPROPRIATE: translate("Standard", "Inappropriate"),
    }[Conclusion(conclusion)]


def suggested_conclusion(findings: Iterable[Finding]) -> Conclusion:
    """Inappropriate as soon as one criterion falls short."""
    short = any(Assessment(f.assessment) is Assessment.FALLS_SHORT for f in findings)
    return Conclusion.INAPPROPRIATE if short else Conclusion.APPROPRIATE


def check_findings(findings: Sequence[Finding], conclusion: Conclusion | str, reasons: str) -> None:
    """Refuse an incomplete form: every criterion judged once, a shortfall explained, the conclusion reasoned, and a
    conclusion against the findings explained in its reasons (raises ``ValidationError`` naming the field)."""
    seen = [Criterion(f.criterion) for f in findings]
    missing = [c for c in CRITERIA if c not in seen]
    if missing:
        raise ValidationError(translate("Standard", "Judge every criterion of the standard; missing: {names}.")
                               .format(names=", ".join(criterion_label(c) for c in missing)), field=missing[0].value)
    if len(seen) != len(set(seen)):
        raise ValidationError(translate("Standard", "Each criterion is judged once."))
    for finding in findings:
        if Assessment(finding.assessment) is Assessment.FALLS_SHORT and not finding.note.strip():
            raise ValidationError(translate("Standard", "Say why the report falls short on “{name}”.")
                                   .format(name=criterion_label(finding.criterion)), field=finding.criterion.value)
    if not reasons.strip():
        raise ValidationError(translate("Standard", "Give the reasons for the conclusion."), field="reasons")
    if Conclusion(conclusion) is Conclusion.APPROPRIATE and suggested_conclusion(findings) is Conclusion.INAPPROPRIATE \
            and len(reasons.strip()) < 20:
        raise ValidationError(translate(
            "Standard", "The report falls short on a criterion but is concluded appropriate: explain why in the "
                        "reasons (at least 20 characters)."), field="reasons")
