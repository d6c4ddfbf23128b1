"""The draw is a deterministic function of (seed, ordered ids, allocation), and the estimates match a hand-computed
example: Wilson per stratum and the stratified share with its finite-population-corrected variance."""

import random
import time

import pytest

from desktop.domain.surveys.draw import draw, group, population_digest
from desktop.domain.surveys.estimate import StratumCount, stratified, wilson

POPULATION = {"a": list(range(1, 601)), "b": list(range(601, 1001))}
ALLOCATION = {"a": 30, "b": 20}


def test_the_same_seed_draws_the_same_sample_whatever_order_the_ids_come_in():
    first = draw(20261125, POPULATION, ALLOCATION)
    shuffled = {key: random.Random(1).sample(ids, len(ids)) for key, ids in reversed(POPULATION.items())}
    assert draw(20261125, shuffled, ALLOCATION) == first
    assert [len(first["a"]), len(first["b"])] == [30, 20]
    assert set(first["a"]) <= set(POPULATION["a"]) and first["a"] == sorted(first["a"])


def test_another_seed_draws_another_sample():
    assert draw(1, POPULATION, ALLOCATION) != draw(2, POPULATION, ALLOCATION)


def test_the_draw_is_the_documented_procedure():
    """One Random(seed), strata by key, ids ascending, rng.sample per stratum: anyone can redraw it by hand."""
    rng = random.Random(42)
    by_hand = {"a": sorted(rng.sample(POPULATION["a"], 30)), "b": sorted(rng.sample(POPULATION["b"], 20))}
    assert draw(42, POPULATION, ALLOCATION) == by_hand


def test_grouping_and_the_population_digest_do_not_depend_on_row_order():
    rows = [(5, "b"), (1, "a"), (3, "b"), (2, "a")]
    assert group(rows) == {"a": [1, 2], "b": [3, 5]}
    assert population_digest(group(rows)) == population_digest(group(reversed(rows)))
    assert population_digest(group(rows)) != population_digest(group(rows[:3]))


def test_a_stratified_draw_from_100000_reports_is_instant():
    population = group((i, f"{i % 40:02d}|{(i // 40) % 4}") for i in range(1, 100_001))
    start = time.perf_counter()
    sample = draw(7, population, {key: 3 for key in population})
    assert time.perf_counter() - start < 1.0 and sum(map(len, sample.values())) == 480


def test_wilson_interval_against_a_hand_computed_example():
    """3 of 30: p = 0.1, centre (0.1 + 1.92/30)/(1 + 3.84/30) = 0.1454, half-width 0.1108 → [0.0346, 0.2562]."""
    interval = wilson(3, 30)
    assert interval.share == 0.1
    assert interval.low == pytest.approx(0.0346, abs=5e-4) and interval.high == pytest.approx(0.2562, abs=5e-4)
    none = wilson(0, 10)
    assert none.low == 0 and none.high == pytest.approx(0.2775, abs=5e-4)


def test_stratified_estimate_against_a_hand_computed_example():
    """W = 0.6, 0.4; p = 0.1, 0.2 → p_st = 0.14; v = 0.36·0.95·0.09/30 + 0.16·0.95·0.16/20 = 0.002242;
    95 % CI 0.14 ± 1.96·0.04735 = [0.0472, 0.2328]."""
    estimate = stratified([StratumCount(600, 30, 3), StratumCount(400, 20, 4)])
    assert estimate is not None
    assert estimate.share == pytest.approx(0.14)
    assert estimate.variance == pytest.approx(0.002242, abs=1e-6)
    assert estimate.low == pytest.approx(0.0472, abs=2e-4) and estimate.high == pytest.approx(0.2328, abs=2e-4)


def test_a_census_stratum_adds_no_variance_and_an_unreviewed_stratum_gives_no_estimate():
    census = stratified([StratumCount(10, 10, 2)])
    assert census is not None and census.variance == 0 and census.low == census.high == pytest.approx(0.2)
    assert stratified([StratumCount(10, 5, 1), StratumCount(10, 0, 0)]) is None
