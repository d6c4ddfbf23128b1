"""The one check of a score sheet as typed, shared by the service and the form: every problem at once, in sheet
order, each at its field; the service refuses with the first of them and saves nothing."""

from decimal import Decimal

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.sheets import EntryInput, check_sheet

CRITERIA = load_criteria("2026.1")


def entries(scores: dict[str, str], comments: dict[str, str] | None = None) -> dict[str, EntryInput]:
    return {cid: EntryInput(text, (comments or {}).get(cid, "")) for cid, text in scores.items()}


def test_every_problem_is_found_at_once_at_its_field():
    check = check_sheet(entries({"1": "31", "2": "12.3", "3": "x", "4": "9", "5": "8"}), CRITERIA, Decimal("0.4"))
    assert [p.field for p in check.problems] == ["score:1", "score:2", "score:3", "comment:4"]
    assert "between 0 and 30" in check.problems[0].message and "steps of 0.5" in check.problems[1].message
    assert "below 10 (40% of 25) needs a comment" in check.problems[3].message
    assert check.valid == {"4": (Decimal(9), ""), "5": (Decimal(8), "")} and check.total == 17
    assert check.blank == ("6",)  # a blank is a problem only when submitting


def test_submitting_needs_every_score_and_the_rounds_floor_decides_the_comment():
    scores = {"1": "24", "2": "12", "3": "8", "4": "20", "5": "8"}
    [problem] = check_sheet(entries(scores), CRITERIA, Decimal("0.4"), submit=True).problems
    assert (problem.field, problem.message) == ("score:6", "Criterion 6: enter a score before submitting.")
    full = dict(scores, **{"6": "5"})
    assert check_sheet(entries(full), CRITERIA, Decimal("0.4"), submit=True).problems == ()
    [low] = check_sheet(entries(full), CRITERIA, Decimal("0.6"), submit=True).problems  # a stricter round
    assert low.field == "comment:6"
    assert check_sheet(entries(full, {"6": "실적 자료 부족"}), CRITERIA, Decimal("0.6"), submit=True).problems == ()


def test_the_service_refuses_with_the_first_problem_the_form_shows(committee):
    from desktop.domain.scoring.sheets import my_sheet, save_sheet

    typed = entries({"1": "24", "2": "12.3", "3": "11"})
    first = check_sheet(typed, CRITERIA, Decimal("0.4")).problems[0]
    with pytest.raises(ValidationError) as refused, committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], typed)
    assert (refused.value.field, refused.value.message) == (first.field, first.message)
    with committee.database.read() as s:
        view = my_sheet(s, committee.actors[1], committee.applications[0])
    assert view.id is None and view.floor_ratio == Decimal("0.4")
