"""Fairness aids beside the official figures (pure functions): outlier sheets, wide spreads, per-member
z-score normalisation (information only) and the ranking with its tie rule."""

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.core.formatting import round_half_up
from desktop.domain.scoring.criteria import CriteriaSheet
from desktop.domain.scoring.rules import SheetScores


@dataclass(frozen=True)
class OutlierSheet:
    member_label: str
    total: Decimal
    others_mean: Decimal  # rounded half up to 2 places
    distance: Decimal  # |total − others' mean|, rounded


@dataclass(frozen=True)
class WideSpread:
    criterion: str
    low: Decimal
    high: Decimal
    limit: Decimal  # the largest spread that is not flagged

    @property
    def spread(self) -> Decimal:
        return self.high - self.low


def outlier_sheets(sheets: Sequence[SheetScores], distance: Decimal) -> list[OutlierSheet]:
    """Sheets whose total lies more than ``distance`` points from the mean of the other sheets' totals."""
    if len(sheets) < 2:
        return []
    totals = [s.total for s in sheets]
    grand = sum(totals, Decimal(0))
    flagged = []
    for sheet in sorted(sheets, key=lambda s: s.member_label):
        others_mean = (grand - sheet.total) / (len(sheets) - 1)
        gap = abs(sheet.total - others_mean)
        if gap > distance:
            flagged.append(OutlierSheet(sheet.member_label, sheet.total, round_half_up(others_mean),
                                        round_half_up(gap)))
    return flagged


def wide_spreads(sheets: Sequence[SheetScores], sheet_def: CriteriaSheet, ratio: Decimal) -> list[WideSpread]:
    """Criteria whose scores range (highest − lowest) over more than ``ratio`` of the criterion's maximum."""
    if len(sheets) < 2:
        return []
    flagged = []
    for c in sheet_def.criteria:
        values = [s.scores.get(c.id, Decimal(0)) for s in sheets]
        limit = c.max * ratio
        if max(values) - min(values) > limit:
            flagged.append(WideSpread(c.id, min(values), max(values), round_half_up(limit)))
    return flagged


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _sd(values: Sequence[Decimal], mean: Decimal) -> Decimal:
    return (sum(((v - mean) ** 2 for v in values), Decimal(0)) / len(values)).sqrt()


def normalised_totals(sheets_by_applicant: Mapping[Hashable, Sequence[SheetScores]]) -> dict[Hashable, Decimal]:
    """Per-member z-scores put back on the points scale (information only, never the official figure).

    Each member's totals are standardised over the applicants that member scored (a member with one sheet or
    identical totals gets z = 0); an applicant's figure is the pooled mean plus the mean of its sheets'
    z-scores times the pooled standard deviation, rounded half up to two places.
    """
    by_member: dict[str, list[Decimal]] = {}
    for sheets in sheets_by_applicant.values():
        for s in sheets:
            by_member.setdefault(s.member_label, []).append(s.total)
    stats = {}
    for label, totals in by_member.items():
        mean = _mean(totals)
        stats[label] = (mean, _sd(totals, mean))
    pooled = [t for totals in by_member.values() for t in totals]
    if not pooled:
        return {}
    grand = _mean(pooled)
    spread = _sd(pooled, grand)
    result = {}
    for key, sheets in sheets_by_applicant.items():
        if not sheets:
            continue
        zs = []
        for s in sheets:
            mean, sd = stats[s.member_label]
            zs.append((s.total - mean) / sd if sd > 0 else Decimal(0))
        result[key] = round_half_up(grand + _mean(zs) * spread)
    return result


@dataclass(frozen=True)
class RankInput:
    key: Hashable
    total: Decimal
    criteria: Mapping[str, Decimal]


def ranking(rows: Iterable[RankInput], tie_break: Sequence[str]) -> dict[Hashable, int]:
    """Rank 1 = highest aggregate; equal totals are ordered by the ``tie_break`` criteria (higher first).

    Applicants equal on every figure share a rank and the next rank is skipped (1, 2, 2, 4).
    """
    def key(row: RankInput) -> tuple[Decimal, ...]:
        return (row.total, *(row.criteria.get(c, Decimal(0)) for c in tie_break))

    rows = list(rows)
    ordered = sorted((key(r) for r in rows), reverse=True)
    return {r.key: 1 + sum(1 for k in ordered if k > key(r)) for r in rows}
