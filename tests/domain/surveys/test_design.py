"""The allocation of a sample survey: proportional and Neyman shares, the minimum per stratum, the caps at a
stratum's size, rounding that sums to n, and every bad input refused at its field."""

import math

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.surveys.design import StratumFrame, allocate, check_inputs
from desktop.domain.surveys.models import Allocation

P, N = Allocation.PROPORTIONAL, Allocation.NEYMAN


def frames(*sizes, late=None):
    late = late or [0] * len(sizes)
    return [StratumFrame(f"s{k}", n, x) for k, (n, x) in enumerate(zip(sizes, late, strict=True))]


def allocated(plans):
    return [p.allocated for p in plans]


def test_proportional_allocation_follows_the_strata_sizes():
    plans = allocate(frames(600, 300, 100), 50, P, 1)
    assert allocated(plans) == [30, 15, 5]
    assert [p.weight for p in plans] == [0.6, 0.3, 0.1]


def test_rounding_by_largest_remainder_sums_to_n():
    """Shares 13.33, 13.33, 13.33 of 40: one stratum (the first, by order) gets the extra report."""
    plans = allocate(frames(100, 100, 100), 40, P, 1)
    assert allocated(plans) == [14, 13, 13] and sum(allocated(plans)) == 40
    odd = allocate(frames(7, 11, 13, 17, 19, 23), 29, P, 1)
    assert sum(allocated(odd)) == 29
    assert all(abs(p.allocated - p.share) < 1 for p in odd)


def test_neyman_allocation_weights_by_the_spread_from_the_late_filing_rate():
    """Equal sizes; p = (late+1)/(N+2): 1/102 and 51/102 — S = 0.0985 and 0.5: the spread stratum gets ~5/6."""
    plans = allocate(frames(100, 100, late=[0, 50]), 60, N, 1)
    assert plans[0].prior == pytest.approx(1 / 102) and plans[1].prior == pytest.approx(0.5)
    assert plans[0].spread == pytest.approx(math.sqrt(1 / 102 * 101 / 102))
    expected = 60 * 100 * plans[0].spread / (100 * plans[0].spread + 100 * 0.5)
    assert plans[0].share == pytest.approx(expected)  # 9.87
    assert allocated(plans) == [10, 50]


def test_neyman_with_equal_late_rates_equals_proportional():
    assert allocated(allocate(frames(500, 300, 200, late=[50, 30, 20]), 40, N, 1)) == \
        allocated(allocate(frames(500, 300, 200), 40, P, 1))


def test_the_minimum_lifts_small_strata_and_the_rest_follows_the_shares():
    plans = allocate(frames(900, 90, 10), 40, P, 5)
    assert allocated(plans) == [30, 5, 5]  # 36, 3.6, 0.4 without the minimum
    assert sum(allocated(plans)) == 40


def test_a_stratum_smaller_than_the_minimum_is_taken_whole_and_says_so():
    plans = allocate(frames(900, 2), 20, P, 5)
    assert allocated(plans) == [18, 2]
    assert plans[1].whole and plans[1].below_minimum and not plans[0].whole


def test_no_stratum_gets_more_than_it_holds():
    """Neyman would give the small, spread stratum more than its 10 reports: capped, the rest goes elsewhere."""
    plans = allocate(frames(1000, 10, late=[0, 5]), 100, N, 1)
    assert plans[1].allocated == 10 and plans[1].whole
    assert sum(allocated(plans)) == 100


def test_a_sample_of_the_whole_population_takes_every_stratum_whole():
    assert allocated(allocate(frames(3, 4, 5), 12, N, 1)) == [3, 4, 5]


@pytest.mark.parametrize(("sizes", "size", "minimum", "field", "words"), [
    ((), 10, 1, "period", "population is empty"),
    ((0,), 10, 1, "period", "population is empty"),
    ((50, 50), 0, 1, "size", "at least 1"),
    ((50, 50), -3, 1, "size", "at least 1"),
    ((50, 50), 101, 1, "size", "larger than the population of 100"),
    ((50, 50), 10, 0, "minimum", "at least 1"),
    ((50, 50, 50), 10, 4, "minimum", "needs 12 reports, more than the sample size of 10"),
])
def test_bad_input_is_refused_at_its_field(sizes, size, minimum, field, words):
    with pytest.raises(ValidationError, match=words) as refused:
        allocate(frames(*sizes), size, P, minimum)
    assert refused.value.field == field


def test_the_minimum_check_counts_a_small_stratum_only_as_far_as_it_goes():
    check_inputs(frames(100, 1, 1), 7, 5)  # 5 + 1 + 1 = 7: fits
    with pytest.raises(ValidationError):
        check_inputs(frames(100, 1, 1), 6, 5)
