"""Fairness aids (outlier sheets, wide spreads, z-score normalisation) and criteria-file validation."""

import json
from decimal import Decimal

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.scoring.criteria import load_criteria, parse_criteria, read_criteria_file
from desktop.domain.scoring.fairness import normalised_totals, outlier_sheets, wide_spreads
from desktop.domain.scoring.rules import SheetScores

CRITERIA = load_criteria("2026.1")


def sheet(label: str, *scores: float) -> SheetScores:
    return SheetScores(label, {str(n + 1): Decimal(str(v)) for n, v in enumerate(scores)})


def test_a_sheet_more_than_15_points_from_the_others_mean_is_flagged():
    sheets = [sheet("A", 25, 12, 8, 20, 8, 8), sheet("B", 24, 12, 8, 20, 8, 8), sheet("C", 25, 12, 8, 21, 8, 8),
              sheet("D", 12, 6, 4, 10, 4, 4)]
    flagged = outlier_sheets(sheets, Decimal(15))
    assert [(f.member_label, f.total, f.others_mean, f.distance) for f in flagged] == [
        ("D", Decimal(40), Decimal("81.00"), Decimal("41.00"))]
    assert outlier_sheets(sheets[:3], Decimal(15)) == []
    assert outlier_sheets(sheets[:1], Decimal(15)) == []


def test_a_criterion_whose_scores_range_over_30_percent_of_its_maximum_is_flagged():
    sheets = [sheet("A", 30, 12, 8, 20, 8, 8), sheet("B", 20, 12, 8, 20, 8, 8), sheet("C", 21, 12, 8, 14, 8, 8)]
    flagged = wide_spreads(sheets, CRITERIA, Decimal("0.3"))
    assert [(w.criterion, w.low, w.high, w.limit) for w in flagged] == [("1", 20, 30, Decimal("9.00"))]


def test_normalisation_removes_a_members_constant_severity():
    # Member C is 10 points harsher on every applicant: normalised, the ranking follows A and B exactly.
    by_applicant = {
        "p": [sheet("A", 28, 14, 9, 22, 9, 9), sheet("B", 27, 14, 9, 22, 9, 9), sheet("C", 23, 11, 7, 19, 7, 7)],
        "q": [sheet("A", 22, 12, 8, 18, 8, 8), sheet("B", 21, 12, 8, 18, 8, 8), sheet("C", 17, 9, 6, 15, 6, 6)],
        "r": [sheet("A", 25, 13, 8, 20, 8, 8), sheet("B", 24, 13, 8, 20, 8, 8), sheet("C", 20, 10, 6, 17, 6, 6)],
    }
    normalised = normalised_totals(by_applicant)
    assert normalised["p"] > normalised["r"] > normalised["q"]
    assert all(v.as_tuple().exponent == -2 for v in normalised.values())
    assert normalised_totals({}) == {}


@pytest.mark.parametrize(("change", "message"), [
    ({"criteria": []}, "non-empty list"),
    ({"criteria": [{"id": "1", "max": 30, "ko": "가"}]}, "criterion 1 lacks en"),
    ({"criteria": [{"id": "1", "max": -1, "ko": "가", "en": "a"}]}, "maximum must be positive"),
    ({"criteria": [{"id": "1", "max": 3, "ko": "가", "en": "a"}, {"id": "1", "max": 3, "ko": "나", "en": "b"}]},
     "repeated: 1"),
    ({"step": 0.7}, "divide every maximum"),
    ({"tie_break": ["9"]}, "unknown criteria: 9"),
])
def test_a_malformed_criteria_sheet_is_refused_naming_the_file_and_the_item(change, message):
    raw = {"version": "x", "title": {"ko": "", "en": ""}, "tie_break": [],
           "criteria": [{"id": "1", "max": 30, "ko": "가", "en": "a"}], **change}
    with pytest.raises(ValidationError, match=message) as refused:
        parse_criteria(raw, "x.json")
    assert refused.value.message.startswith("x.json:")


def test_the_default_sheet_has_six_criteria_totalling_100_and_an_unreadable_file_is_named(tmp_path):
    assert [c.max for c in CRITERIA.criteria] == [30, 15, 10, 25, 10, 10] and CRITERIA.total == 100
    assert CRITERIA.step == Decimal("0.5")
    broken = tmp_path / "2099.1.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"2099\.1\.json: the criteria sheet cannot be read"):
        read_criteria_file(broken)
    broken.write_text(json.dumps({"criteria": [{"id": "1", "max": 5, "ko": "", "en": ""}]}), encoding="utf-8")
    with pytest.raises(ValidationError, match="missing 'version'"):
        read_criteria_file(broken)
