"""The design of a sample survey as pure functions: strata of the population and the allocation of the sample.

Proportional allocation gives stratum h the share n·N_h/N; Neyman allocation n·N_h·S_h/Σ N_k·S_k, where the prior
spread S_h = √(p_h(1−p_h)) comes from the stratum's late-filing rate smoothed as p_h = (late_h + 1)/(N_h + 2) — the
only per-stratum signal the register holds before any review (an assumed equal p would make Neyman proportional).
Every stratum gets at least the minimum (or all of it when it is smaller); the rest follows the shares, no stratum
more than it holds, and the largest remainders round the shares so they sum to n exactly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.surveys.models import Allocation


@dataclass(frozen=True)
class StratumFrame:
    """One stratum of the population before allocation: its key, how many reports it holds, how many filed late."""

    key: str
    population: int
    late: int

    @property
    def prior(self) -> float:
        """p_h, the smoothed late-filing rate (never 0 or 1, so every stratum has a spread)."""
        return (self.late + 1) / (self.population + 2)

    @property
    def spread(self) -> float:
        """S_h = √(p_h(1−p_h))."""
        return math.sqrt(self.prior * (1 - self.prior))


@dataclass(frozen=True)
class StratumPlan:
    key: str
    population: int
    late: int
    prior: float
    spread: float
    weight: float  # W_h = N_h / N
    share: float  # the unrounded allocation before the minimum and the caps: n·N_h/N or n·N_h·S_h/ΣN·S
    allocated: int  # n_h
    whole: bool  # the whole stratum is taken (it holds no more than its allocation)
    below_minimum: bool  # the stratum holds fewer reports than the minimum


def check_inputs(strata: Sequence[StratumFrame], size: int, minimum: int) -> None:
    """Refuse a design that cannot be drawn, naming the field at fault."""
    total = sum(s.population for s in strata)
    if total == 0:
        raise ValidationError(translate("Surveys", "No report was filed in the chosen period: the population is "
                                        "empty. Choose another period."), field="period")
    if size < 1:
        raise ValidationError(translate("Surveys", "The sample size must be at least 1."), field="size")
    if size > total:
        raise ValidationError(translate("Surveys", "The sample of {size} is larger than the population of {total} "
                                        "reports filed in the period.").format(size=size, total=total), field="size")
    if minimum < 1:
        raise ValidationError(translate("Surveys", "The minimum per stratum is at least 1: a stratum without a "
                                        "sampled report cannot be estimated."), field="minimum")
    needed = sum(min(minimum, s.population) for s in strata)
    if needed > size:
        raise ValidationError(translate(
            "Surveys", "A minimum of {minimum} in each of the {strata} strata needs {needed} reports, more than the "
                       "sample size of {size}: lower the minimum or raise the size.").format(
            minimum=minimum, strata=len(strata), needed=needed, size=size), field="minimum")


def _largest_remainder(ideal: dict[str, float], budget: int, order: Sequence[str]) -> dict[str, int]:
    floors = {k: math.floor(v + 1e-9) for k, v in ideal.items()}
    left = budget - sum(floors.values())
    ranked = sorted(ideal, key=lambda k: (-(ideal[k] - floors[k]), order.index(k)))
    for key in ranked[:max(left, 0)]:
        floors[key] += 1
    return floors


def allocate(strata: Sequence[StratumFrame], size: int, method: Allocation, minimum: int) -> list[StratumPlan]:
    """n_h for every stratum (in the given order), summing to ``size``; ``check_inputs`` first."""
    check_inputs(strata, size, minimum)
    order = [s.key for s in strata]
    by_key = {s.key: s for s in strata}
    weight = {s.key: s.population * (s.spread if Allocation(method) is Allocation.NEYMAN else 1.0) for s in strata}
    total_weight = sum(weight.values())
    share = {k: size * w / total_weight for k, w in weight.items()}
    floor = {s.key: min(minimum, s.population) for s in strata}
    fixed: dict[str, int] = {}
    while True:
        free = [k for k in order if k not in fixed]
        if not free:
            break
        budget = size - sum(fixed.values())
        free_weight = sum(weight[k] for k in free)
        ideal = {k: budget * weight[k] / free_weight for k in free}
        over = [k for k in free if ideal[k] > by_key[k].population]
        under = [k for k in free if ideal[k] < floor[k]]
        if over:
            fixed.update({k: by_key[k].population for k in over})
        elif under:
            fixed.update({k: floor[k] for k in under})
        else:
            fixed.update(_largest_remainder(ideal, budget, order))
            break
    _settle(fixed, size, by_key, floor, weight, order)
    total = sum(s.population for s in strata)
    return [StratumPlan(s.key, s.population, s.late, s.prior, s.spread, s.population / total, share[s.key],
                        fixed[s.key], fixed[s.key] >= s.population, s.population < minimum) for s in strata]


def _settle(allocated: dict[str, int], size: int, by_key: dict[str, StratumFrame], floor: dict[str, int],
            weight: dict[str, float], order: Sequence[str]) -> None:
    """When every stratum was fixed by a cap or the minimum, move the few reports left over (by weight) so the
    allocation sums to ``size`` without breaking either bound."""
    ranked = sorted(order, key=lambda k: (-weight[k], order.index(k)))
    while sum(allocated.values()) < size:
        key = next(k for k in ranked if allocated[k] < by_key[k].population)
        allocated[key] += 1
    while sum(allocated.values()) > size:
        key = next(k for k in reversed(ranked) if allocated[k] > floor[k])
        allocated[key] -= 1
