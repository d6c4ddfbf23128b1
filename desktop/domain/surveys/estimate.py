"""The analysis of a sample survey: the share found inappropriate per stratum with its Wilson interval, and the
stratified estimate over the population.

p_st = Σ W_h·p_h with W_h = N_h/N; v(p_st) = Σ W_h²·(1 − n_h/N_h)·p_h(1−p_h)/n_h (the finite population correction
per stratum); the 95 % interval p_st ± 1.96·√v, kept within [0, 1].
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Interval:
    share: float
    low: float
    high: float


def wilson(found: int, n: int, z: float = Z95) -> Interval:
    """The Wilson score interval of ``found`` in ``n`` (good with few or no reports found)."""
    if n <= 0:
        return Interval(0.0, 0.0, 1.0)
    p = found / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    low = 0.0 if found == 0 else max(0.0, centre - half)
    high = 1.0 if found == n else min(1.0, centre + half)
    return Interval(p, low, high)


@dataclass(frozen=True)
class StratumCount:
    population: int  # N_h
    reviewed: int  # n_h
    inappropriate: int  # x_h


@dataclass(frozen=True)
class StratifiedEstimate:
    share: float
    variance: float
    low: float
    high: float

    @property
    def standard_error(self) -> float:
        return math.sqrt(self.variance)


def stratified(strata: Sequence[StratumCount], z: float = Z95) -> StratifiedEstimate | None:
    """The stratified estimate, or None while a stratum has no reviewed report."""
    total = sum(s.population for s in strata)
    if total == 0 or any(s.reviewed == 0 for s in strata):
        return None
    share = variance = 0.0
    for s in strata:
        weight, p = s.population / total, s.inappropriate / s.reviewed
        share += weight * p
        variance += weight * weight * (1 - s.reviewed / s.population) * p * (1 - p) / s.reviewed
    half = z * math.sqrt(variance)
    return StratifiedEstimate(share, variance, max(0.0, share - half), min(1.0, share + half))
