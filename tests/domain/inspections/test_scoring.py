"""Score = Σ(points × weight) over the applicable scored items; progress counts answered items."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.inspections.checklists import load_checklist
from desktop.domain.inspections.rules import (
    CONFORM,
    NONCONFORM,
    NOT_APPLICABLE,
    Answer,
    completion_problems,
    is_nonconform,
    progress,
)

CHECKLIST = load_checklist("2026.1")
ITEMS = {i.id: i for i in CHECKLIST.items}


def test_weights_multiply_and_not_applicable_leaves_the_item_out():
    answers = {
        "S1": Answer(CONFORM),  # 1 × 3 of 3
        "S2": Answer(NONCONFORM),  # 0 × 3 of 3
        "U1": Answer(score=Decimal(4)),  # 4 × 2 of 5 × 2
        "F1": Answer(NOT_APPLICABLE),  # out of score and maximum
        "N1": Answer(text="없음"),  # text: never scored
    }
    figures = progress(CHECKLIST, answers)
    assert figures.answered == 5
    assert figures.total == 11
    # unanswered scored items count in the maximum, with 0 points, so the live figure never overstates
    assert figures.maximum == CHECKLIST.max_score - 10
    assert figures.points == 3 + 0 + 8


def test_a_score_below_the_threshold_is_nonconform():
    assert is_nonconform(ITEMS["U1"], Answer(score=Decimal(1)))
    assert not is_nonconform(ITEMS["U1"], Answer(score=Decimal(2)))
    assert not is_nonconform(ITEMS["S1"], Answer(NOT_APPLICABLE))


def answer_for(item_id: str):
    item = ITEMS[item_id]
    if item.response == "conform":
        return st.sampled_from([None, Answer(CONFORM), Answer(NONCONFORM), Answer(NOT_APPLICABLE)])
    if item.response == "score":
        return st.one_of(st.none(), st.just(Answer(NOT_APPLICABLE)),
                         st.integers(0, int(item.max)).map(lambda n: Answer(score=Decimal(n))))
    return st.sampled_from([None, Answer(text="메모")])


ANSWER_SETS = st.fixed_dictionaries({item_id: answer_for(item_id) for item_id in ITEMS}).map(
    lambda d: {k: v for k, v in d.items() if v is not None})


def _expected(answers: dict[str, Answer]) -> tuple[Decimal, Decimal]:
    points = maximum = Decimal(0)
    for item in CHECKLIST.items:
        answer = answers.get(item.id)
        if item.response == "text" or (answer and answer.response == NOT_APPLICABLE):
            continue
        maximum += item.max * item.weight
        if answer is None:
            continue
        value = Decimal(answer.response == CONFORM) if item.response == "conform" else answer.score
        points += value * item.weight
    return points, maximum


@given(ANSWER_SETS)
def test_score_is_the_weighted_sum_over_applicable_items(answers):
    figures = progress(CHECKLIST, answers)
    assert (figures.points, figures.maximum) == _expected(answers)
    assert 0 <= figures.points <= figures.maximum <= CHECKLIST.max_score
    assert figures.answered == len(answers)


@given(ANSWER_SETS, st.sampled_from([i.id for i in CHECKLIST.items if i.response == "conform"]))
def test_a_better_answer_never_lowers_the_score(answers, item_id):
    worse = dict(answers, **{item_id: Answer(NONCONFORM)})
    better = dict(answers, **{item_id: Answer(CONFORM)})
    assert progress(CHECKLIST, better).points == progress(CHECKLIST, worse).points + ITEMS[item_id].weight


def test_completion_lists_every_missing_answer_note_evidence_and_finding_detail():
    answers = {item.id: Answer(CONFORM) for item in CHECKLIST.items if item.response == "conform"}
    answers.update({item.id: Answer(score=Decimal(3)) for item in CHECKLIST.items if item.response == "score"})
    assert completion_problems(CHECKLIST, answers, {}) == []
    answers["C1"] = Answer(NONCONFORM)
    del answers["M1"]
    problems = completion_problems(CHECKLIST, answers, {}, [("C1", "", None)])
    assert sorted(p.item_id for p in problems) == ["C1", "C1", "C1", "M1"]
    text = " ".join(p.message for p in problems)
    assert "Item M1 is not answered yet." in text
    assert "Item C1 is nonconform: write a note" in text
    assert "Item C1 is nonconform: attach evidence" in text
    assert "needs the corrective action requested and a deadline" in text
    answers["C1"] = Answer(NONCONFORM, note="잠금장치 없음")
    answers["M1"] = Answer(score=Decimal(4))
    assert [p.message for p in completion_problems(CHECKLIST, answers, {"C1": 1}, [("C1", "설치", "2026-12-01")])] == []
