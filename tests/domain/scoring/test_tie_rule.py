"""Results stored before the shared tie rule keep recomputing the way they were computed; new ones say their rule."""

from decimal import Decimal

from desktop.domain.applications.models import AggregationMethod
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoringResult
from desktop.domain.scoring.results import tie_rule_sentence
from desktop.domain.scoring.rules import TIE_BY_LABEL, TIE_SHARED, SheetScores, aggregate
from desktop.domain.scoring.service import recompute, recompute_matches

CRITERIA = load_criteria("2026.1")


def _sheet(label: str, c1: int, c3: int) -> SheetScores:
    return SheetScores(label, {"1": Decimal(c1), "2": Decimal(12), "3": Decimal(c3), "4": Decimal(20),
                               "5": Decimal(8), "6": Decimal(8)})


SHEETS = [_sheet("A", 20, 10), _sheet("B", 30, 0), _sheet("C", 25, 3), _sheet("D", 25, 4), _sheet("E", 20, 3)]


def _stored(rule: str | None) -> ScoringResult:
    """A result as ``compute_result`` stores it, computed with ``rule`` (None: before the rule was recorded)."""
    agg = aggregate(SHEETS, CRITERIA, AggregationMethod.TRIMMED_MEAN, Decimal(70), Decimal("0.4"),
                    rule or TIE_BY_LABEL)
    settings = {"pass_mark": "70", "criterion_floor_ratio": "0.4", "outlier_distance": "15", "spread_ratio": "0.3"}
    if rule is not None:
        settings["tie_rule"] = rule
    return ScoringResult(method="trimmed_mean", criteria_version="2026.1", settings=settings,
                         inputs=[{"member": s.member_label, "scores": {k: str(v) for k, v in s.scores.items()}}
                                 for s in SHEETS],
                         aggregate=agg.total, criterion_aggregates={k: str(v) for k, v in agg.criteria.items()},
                         passed=agg.passed, reasons=list(agg.reasons), current=True)


def test_a_result_stored_before_the_rule_still_matches_its_recomputation():
    old = _stored(None)
    assert old.criterion_aggregates["3"] == "5.67"  # the label rule dropped B (the later label), with 0 in criterion 3
    assert recompute_matches(old)


def test_a_new_result_records_the_shared_rule_and_recomputes_with_it():
    new = _stored(TIE_SHARED)
    assert new.criterion_aggregates["3"] == "4.00"
    assert recompute_matches(new) and recompute(new).shares["A"] == recompute(new).shares["B"]


def test_the_rule_is_stated_for_the_trimmed_mean_only():
    assert "share that exclusion equally" in tie_rule_sentence("trimmed_mean", TIE_SHARED)
    assert "decided by seat label" in tie_rule_sentence("trimmed_mean", TIE_BY_LABEL)
    assert tie_rule_sentence("mean", TIE_SHARED) == ""
