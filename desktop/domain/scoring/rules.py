"""Aggregating committee score sheets and checking scores (pure functions; DOMAIN.md "Scoring").

Figures are exact decimals, rounded half up to two places only at the end; the result never depends on the
order in which the sheets are given.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from statistics import median

from desktop.core.errors import ValidationError
from desktop.core.formatting import round_half_up
from desktop.core.i18n import current_language, translate
from desktop.domain.applications.models import AggregationMethod
from desktop.domain.scoring.criteria import CriteriaSheet, Criterion

TRIM_THRESHOLD = 5
DEFAULT_FLOOR_RATIO = Decimal("0.4")


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


def _combine(values: list[Decimal], method: AggregationMethod) -> Decimal:
    if method == AggregationMethod.MEDIAN:
        return Decimal(median(values))
    return sum(values, Decimal(0)) / len(values)


def select_sheets(sheets: list[SheetScores], method: AggregationMethod) -> list[SheetScores]:
    """The sheets that count: trimmed mean drops one highest and one lowest total when there are 5 or more.

    Ties are broken by member label so the result does not depend on the order of the sheets.
    """
    ordered = sorted(sheets, key=lambda s: (s.total, s.member_label))
    if method == AggregationMethod.TRIMMED_MEAN and len(ordered) >= TRIM_THRESHOLD:
        return ordered[1:-1]
    return ordered


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
              pass_mark: Decimal, floor_ratio: Decimal = DEFAULT_FLOOR_RATIO) -> Aggregate:
    """Aggregate total and per-criterion figures, pass/fail with reasons; rounded half up to 2 places."""
    if not sheets:
        raise ValueError("no score sheets")
    used = select_sheets(sheets, method)
    total = round_half_up(_combine([s.total for s in used], method))
    per_criterion = {
        c.id: round_half_up(_combine([s.scores.get(c.id, Decimal(0)) for s in used], method))
        for c in sheet_def.criteria
    }
    found = shortfalls(total, per_criterion, sheet_def, pass_mark, floor_ratio)
    reasons = tuple(describe_shortfall(f, sheet_def, floor_ratio) for f in found)
    return Aggregate(method, total, per_criterion, not found, reasons, tuple(s.member_label for s in used), found)


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
