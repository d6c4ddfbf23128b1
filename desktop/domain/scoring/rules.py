"""Aggregating committee score sheets (pure functions; DOMAIN.md "Scoring")."""

from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from desktop.core.formatting import round_half_up
from desktop.core.i18n import translate
from desktop.domain.applications.models import AggregationMethod
from desktop.domain.scoring.criteria import CriteriaSheet

TRIM_THRESHOLD = 5


@dataclass(frozen=True)
class SheetScores:
    member_label: str
    scores: dict[str, Decimal]  # criterion id → score

    @property
    def total(self) -> Decimal:
        return sum(self.scores.values(), Decimal(0))


@dataclass(frozen=True)
class Aggregate:
    method: AggregationMethod
    total: Decimal
    criteria: dict[str, Decimal]
    passed: bool
    reasons: tuple[str, ...]
    used_labels: tuple[str, ...]


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


def aggregate(sheets: list[SheetScores], sheet_def: CriteriaSheet, method: AggregationMethod,
              pass_mark: Decimal, floor_ratio: Decimal = Decimal("0.4")) -> Aggregate:
    """Aggregate total and per-criterion figures, pass/fail with reasons; rounded half up to 2 places."""
    if not sheets:
        raise ValueError("no score sheets")
    used = select_sheets(sheets, method)
    total = round_half_up(_combine([s.total for s in used], method))
    per_criterion = {
        c.id: round_half_up(_combine([s.scores.get(c.id, Decimal(0)) for s in used], method))
        for c in sheet_def.criteria
    }
    reasons = []
    if total < pass_mark:
        reasons.append(translate("Scoring", "The aggregate {total} is below the pass mark {mark}.")
                       .format(total=total, mark=pass_mark))
    for c in sheet_def.criteria:
        floor = c.max * floor_ratio
        if per_criterion[c.id] < floor:
            reasons.append(translate("Scoring", "Criterion {id} ({name}) scored {score}, below {floor} "
                                     "(40% of {max}).").format(id=c.id, name=c.en, score=per_criterion[c.id],
                                                                floor=round_half_up(floor), max=c.max))
    return Aggregate(method, total, per_criterion, not reasons, tuple(reasons), tuple(s.member_label for s in used))
