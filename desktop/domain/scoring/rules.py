"""Aggregating committee score sheets and checking scores (pure functions; DOMAIN.md "Scoring").

Figures are exact, rounded half up to two places only at the end; the result never depends on the order in which
the sheets are given, nor on the members' labels.

Ties at the trimmed mean's extremes (rule ``shared``): with 5 or more sheets one highest and one lowest total are
dropped; when k sheets tie for the highest (or the lowest) total, the drop is shared — each of them counts
(k − 1)/k — so the total and every criterion's figure are the weighted mean of the sheets, whichever label each
carries. (All totals equal: every sheet counts (n − 2)/n, the plain mean.) Results stored before this rule carry no
``tie_rule`` and are recomputed with the earlier one (``label``: the tied sheet with the first, or last, label).
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from statistics import median

from desktop.core.errors import ValidationError
from desktop.core.formatting import round_half_up
from desktop.core.i18n import current_language, translate
from desktop.domain.applications.models import AggregationMethod
from desktop.domain.scoring.criteria import CriteriaSheet, Criterion
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO

TRIM_THRESHOLD = 5
TIE_SHARED, TIE_BY_LABEL = "shared", "label"  # the tie rule of new results; of results stored before it existed


@dataclass(frozen=True)
class SheetScores:
    member_label: str
    scores: dict[str, Decimal]  # criterion id → score

    @property
    def total(self) -> Decimal:
        return sum(self.scores.values(), Decimal(0))


@dataclass(frozen=True)
class Shortfall:
    """Why an applicant fails: the total below the pass mark (``criterion`` None) or a criterion below its floor."""

    criterion: str | None
    score: Decimal
    limit: Decimal


@dataclass(frozen=True)
class Aggregate:
    method: AggregationMethod
    total: Decimal
    criteria: dict[str, Decimal]
    passed: bool
    reasons: tuple[str, ...]
    used_labels: tuple[str, ...]
    shortfalls: tuple[Shortfall, ...] = ()
    shares: dict[str, Fraction] = field(default_factory=dict)  # label → how much the sheet counts (0…1)


def sheet_shares(sheets: list[SheetScores], method: AggregationMethod,
                 tie_rule: str = TIE_SHARED) -> dict[str, Fraction]:
    """How much each sheet counts, by label: 1, or 0 for a sheet the trimmed mean drops, or (k − 1)/k for each of
    k sheets tied for the highest or lowest total (see the module)."""
    shares = {s.member_label: Fraction(1) for s in sheets}
    if method != AggregationMethod.TRIMMED_MEAN or len(sheets) < TRIM_THRESHOLD:
        return shares
    if tie_rule == TIE_BY_LABEL:
        ordered = sorted(sheets, key=lambda s: (s.total, s.member_label))
        shares[ordered[0].member_label] = shares[ordered[-1].member_label] = Fraction(0)
        return shares
    totals = [s.total for s in sheets]
    for extreme in {max(totals), min(totals)} if max(totals) != min(totals) else ():
        tied = [s for s in sheets if s.total == extreme]
        for s in tied:
            shares[s.member_label] -= Fraction(1, len(tied))
    if max(totals) == min(totals):  # every sheet is both a highest and a lowest one
        shares = {label: Fraction(len(sheets) - 2, len(sheets)) for label in shares}
    return shares


def select_sheets(sheets: list[SheetScores], method: AggregationMethod,
                  tie_rule: str = TIE_SHARED) -> list[SheetScores]:
    """The sheets that count, wholly or in part, lowest total first (then by label, for a stable display)."""
    shares = sheet_shares(sheets, method, tie_rule)
    return sorted((s for s in sheets if shares[s.member_label] > 0), key=lambda s: (s.total, s.member_label))


def _exact(value: Fraction) -> Decimal:
    """A fraction as a decimal to 50 places: an exact half-hundredth stays exact, so half-up rounding is right."""
    with localcontext() as context:
        context.prec = 50
        return Decimal(value.numerator) / Decimal(value.denominator)


def _combine(values: list[Decimal], shares: list[Fraction], method: AggregationMethod) -> Decimal:
    if method == AggregationMethod.MEDIAN:
        return Decimal(median(values))
    weighted = sum((Fraction(v) * w for v, w in zip(values, shares, strict=True)), Fraction(0))
    return _exact(weighted / sum(shares, Fraction(0)))


def criterion_floor(criterion: Criterion, floor_ratio: Decimal) -> Decimal:
    return round_half_up(criterion.max * floor_ratio)


def points(value: Decimal) -> str:
    """``12`` for a whole number of points, ``12.5`` or ``79.38`` otherwise (no trailing zeros)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def shortfalls(total: Decimal, per_criterion: dict[str, Decimal], sheet_def: CriteriaSheet, pass_mark: Decimal,
               floor_ratio: Decimal) -> tuple[Shortfall, ...]:
    """Every reason to fail, in a fixed order: the total first, then the criteria in sheet order."""
    found = []
    if total < pass_mark:
        found.append(Shortfall(None, total, pass_mark))
    for c in sheet_def.criteria:
        floor = c.max * floor_ratio
        if per_criterion[c.id] < floor:
            found.append(Shortfall(c.id, per_criterion[c.id], round_half_up(floor)))
    return tuple(found)


def criterion_name(criterion: Criterion) -> str:
    # The Korean catalogue translates this marker to "ko": criterion names then come from the sheet's Korean.
    return criterion.name(current_language())


def describe_shortfall(shortfall: Shortfall, sheet_def: CriteriaSheet, floor_ratio: Decimal) -> str:
    """The reason as a sentence in the user's language."""
    if shortfall.criterion is None:
        return translate("Scoring", "The aggregate {total} is below the pass mark {mark}.").format(
            total=shortfall.score, mark=points(shortfall.limit))
    criterion = sheet_def.criterion(shortfall.criterion)
    percent = round_half_up(floor_ratio * 100, 0)
    return translate("Scoring", "Criterion {id} ({name}) scored {score}, below {floor} ({percent}% of {max}).").format(
        id=criterion.id, name=criterion_name(criterion), score=shortfall.score, floor=points(shortfall.limit),
        percent=percent, max=points(criterion.max))


def aggregate(sheets: list[SheetScores], sheet_def: CriteriaSheet, method: AggregationMethod,
              pass_mark: Decimal, floor_ratio: Decimal = CRITERION_FLOOR_RATIO.default_value,
              tie_rule: str = TIE_SHARED) -> Aggregate:
    """Aggregate total and per-criterion figures, pass/fail with reasons; rounded half up to 2 places."""
    if not sheets:
        raise ValueError("no score sheets")
    if len({s.member_label for s in sheets}) != len(sheets):
        raise ValueError("two score sheets with one member label")
    shares = sheet_shares(sheets, method, tie_rule)
    used = select_sheets(sheets, method, tie_rule)
    weights = [shares[s.member_label] for s in used]
    total = round_half_up(_combine([s.total for s in used], weights, method))
    per_criterion = {
        c.id: round_half_up(_combine([s.scores.get(c.id, Decimal(0)) for s in used], weights, method))
        for c in sheet_def.criteria
    }
    found = shortfalls(total, per_criterion, sheet_def, pass_mark, floor_ratio)
    reasons = tuple(describe_shortfall(f, sheet_def, floor_ratio) for f in found)
    return Aggregate(method, total, per_criterion, not found, reasons, tuple(s.member_label for s in used), found,
                     shares)


# -- checking what a member enters ----------------------------------------------------------------------------

def parse_score(text: str | Decimal | int | float | None, criterion: Criterion, step: Decimal) -> Decimal | None:
    """A score as entered (``"12.5"``), checked against 0..max in steps; None when left blank."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    field = f"score:{criterion.id}"
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError(translate("Scoring", "Criterion {id}: '{text}' is not a number.")
                              .format(id=criterion.id, text=text), field=field)
    if value < 0 or value > criterion.max:
        raise ValidationError(translate("Scoring", "Criterion {id}: the score must be between 0 and {max}.")
                              .format(id=criterion.id, max=points(criterion.max)), field=field)
    if value % step != 0:
        raise ValidationError(translate("Scoring", "Criterion {id}: scores go in steps of {step}.")
                              .format(id=criterion.id, step=points(step)), field=field)
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def check_comment(score: Decimal, comment: str, criterion: Criterion, floor_ratio: Decimal) -> None:
    """A score below the floor (40 % of the maximum by default) needs a comment saying why."""
    if score < criterion.max * floor_ratio and not comment.strip():
        raise ValidationError(
            translate("Scoring", "Criterion {id}: a score below {floor} ({percent}% of {max}) needs a comment.")
            .format(id=criterion.id, floor=points(criterion_floor(criterion, floor_ratio)),
                    percent=round_half_up(floor_ratio * 100, 0), max=points(criterion.max)),
            field=f"comment:{criterion.id}")
