"""Score sheets through the services: validation at the field, nothing saved half-way, blind visibility,
submission locks, the chair returns a sheet, and results are computed only when scoring is complete."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import ConflictGround
from desktop.domain.applications.service import get_application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.committee.conflicts import declare, recuse
from desktop.domain.committee.models import ConflictKind
from desktop.domain.scoring.models import ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.results import result_detail
from desktop.domain.scoring.service import compute_result, verify_results
from desktop.domain.scoring.sheets import EntryInput, my_sheet, return_sheet, save_sheet, sheets_for

GOOD = {"1": "24", "2": "12", "3": "8", "4": "20", "5": "8", "6": "8"}  # total 80


def entries(scores: dict[str, str], comments: dict[str, str] | None = None) -> dict[str, EntryInput]:
    comments = comments or {}
    return {k: EntryInput(v, comments.get(k, "")) for k, v in scores.items()}


def submit(committee, n: int, application: int, scores: dict[str, str] = GOOD, **comments: str) -> None:
    with committee.database.transaction() as s:
        save_sheet(s, committee.actors[n], application, entries(scores, comments), submit=True)


@pytest.mark.parametrize(("criterion", "typed", "message"), [
    ("1", "31", "between 0 and 30"),
    ("3", "-1", "between 0 and 10"),
    ("4", "12.3", "steps of 0.5"),
    ("2", "abc", "not a number"),
])
def test_a_bad_score_is_refused_at_its_field_and_nothing_is_saved(committee, criterion, typed, message):
    scores = dict(GOOD, **{criterion: typed})
    with pytest.raises(ValidationError, match=message) as refused, committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], entries(scores))
    assert refused.value.field == f"score:{criterion}"
    with committee.database.read() as s:
        assert s.scalars(select(ScoreSheet)).all() == []


def test_a_score_below_40_percent_needs_a_comment(committee):
    low = dict(GOOD, **{"4": "9.5"})  # 40 % of 25 is 10
    with pytest.raises(ValidationError, match="below 10") as refused, committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], entries(low))
    assert refused.value.field == "comment:4"
    with committee.database.transaction() as s:
        view = save_sheet(s, committee.actors[1], committee.applications[0],
                          entries(low, {"4": "품질관리 절차 미비"}))
    assert view.status == SheetStatus.DRAFT and view.total == Decimal("69.5")
    assert dict(GOOD, **{"4": "10"}) and view.entries[3].comment == "품질관리 절차 미비"


def test_a_draft_may_be_incomplete_but_submitting_needs_every_score(committee):
    partial = {"1": "20", "2": "10.5"}
    with committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], entries(partial))
    with pytest.raises(ValidationError, match="Criterion 3: enter a score") as refused, \
            committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], entries(partial), submit=True)
    assert refused.value.field == "score:3"
    with committee.database.read() as s:
        view = my_sheet(s, committee.actors[1], committee.applications[0])
    assert view.status == SheetStatus.DRAFT and [e.score for e in view.entries][:3] == [20, Decimal("10.5"), None]


def test_a_submitted_sheet_is_locked_until_the_chair_returns_it_with_a_reason(committee):
    application = committee.applications[0]
    submit(committee, 1, application)
    with pytest.raises(WorkflowError, match="locked"), committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], application, entries(GOOD))
    with committee.database.read() as s:
        sheet_id = s.scalars(select(ScoreSheet.id)).one()
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        return_sheet(s, committee.actors[2], sheet_id, "다시 보세요")
    with pytest.raises(ValidationError), committee.database.transaction() as s:
        return_sheet(s, committee.chair, sheet_id, " ")
    with committee.database.transaction() as s:
        return_sheet(s, committee.chair, sheet_id, "항목 4 근거 보완 요망")
    with committee.database.read() as s:
        view = my_sheet(s, committee.actors[1], application)
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "score.return")).one()
    assert view.status == SheetStatus.RETURNED and view.returned_reason == "항목 4 근거 보완 요망"
    assert event.reason == "항목 4 근거 보완 요망" and event.actor_name == committee.chair.display_name
    submit(committee, 1, application, dict(GOOD, **{"4": "18"}))  # the member corrects and submits again
    with committee.database.read() as s:
        assert my_sheet(s, committee.actors[1], application).total == 78


def test_blind_scoring_members_see_others_only_after_submitting_the_chair_only_when_complete(committee):
    application = committee.applications[0]
    submit(committee, 1, application)
    submit(committee, 2, application, dict(GOOD, **{"1": "20"}))
    with committee.database.read() as s:
        unsubmitted = sheets_for(s, committee.actors[3], application)
        submitted = sheets_for(s, committee.actors[1], application)
        chair_early = sheets_for(s, committee.chair, application)
        secretariat_early = sheets_for(s, committee.secretariat, application)
    assert unsubmitted.sheets == () and not unsubmitted.others_visible
    assert "after submitting yours" in unsubmitted.note
    assert [(v.label, v.own, v.display_name) for v in submitted.sheets] == [
        ("B", True, "위원1"), ("C", False, "Member C")]
    assert chair_early.sheets == () and secretariat_early.sheets == () and "2 of 5" in chair_early.note
    for n in (0, 3, 4):
        submit(committee, n, application)
    with committee.database.read() as s:
        chair_view = sheets_for(s, committee.chair, application)
    assert chair_view.others_visible and [v.label for v in chair_view.sheets] == ["A", "B", "C", "D", "E"]


def test_an_excluded_member_cannot_open_see_or_score_the_applicant(committee):
    application = committee.applications[0]
    excluded = committee.actors[4]
    with committee.database.transaction() as s:
        declare(s, excluded, application, ConflictKind.EXCLUSION, ConflictGround.EMPLOYMENT, "재직 중")
    for n in range(4):
        submit(committee, n, application)
    with committee.database.transaction() as s:
        compute_result(s, committee.chair, application)
    with committee.database.read() as s:
        with pytest.raises(NotFound, match="conflict of interest"):
            get_application(s, excluded, application)
        with pytest.raises(NotFound, match="conflict of interest"):
            sheets_for(s, excluded, application)
        with pytest.raises(NotFound, match="conflict of interest"):
            result_detail(s, excluded, application)
        with pytest.raises(PermissionDenied, match="cannot score it"):
            my_sheet(s, excluded, application)
        assert application not in {v.application_id for v in verify_results(s, excluded)}
    with pytest.raises(PermissionDenied, match="cannot score it"), committee.database.transaction() as s:
        save_sheet(s, excluded, application, entries(GOOD), submit=True)
    with committee.database.read() as s:
        assert s.scalars(select(ScoreSheet).where(ScoreSheet.member_id == committee.members[4])).all() == []


def test_a_member_who_recuses_after_drafting_loses_the_draft_and_is_not_awaited(committee):
    application = committee.applications[1]
    with committee.database.transaction() as s:
        save_sheet(s, committee.actors[3], application, entries({"1": "15"}))
        recuse(s, committee.actors[3], application, "신청기관과 용역 계약 체결 예정")
    for n in (0, 1, 2):
        submit(committee, n, application)
    with pytest.raises(WorkflowError, match="waiting for the sheets of member\\(s\\) E"), \
            committee.database.transaction() as s:
        compute_result(s, committee.chair, application)
    submit(committee, 4, application)
    with committee.database.transaction() as s:
        result = compute_result(s, committee.chair, application)
        assert [i["member"] for i in result.inputs] == ["A", "B", "C", "E"]
        assert result.method == "trimmed_mean" and result.aggregate == Decimal(80)  # 4 sheets: plain mean


def test_results_are_reproducible_and_returning_a_sheet_makes_the_result_not_current(committee):
    application = committee.applications[2]
    for n, first in enumerate(("30", "25", "20", "15", "10")):
        submit(committee, n, application, dict(GOOD, **{"1": first}), **({"1": "근거 부족"} if first == "10" else {}))
    with committee.database.transaction() as s:
        result = compute_result(s, committee.chair, application)
        # totals 86, 81, 76, 71, 66 → drop 86 and 66 → mean 76
        assert result.aggregate == Decimal(76) and result.passed
        assert result.settings == {"pass_mark": "70", "criterion_floor_ratio": "0.4", "outlier_distance": "15",
                                   "spread_ratio": "0.3", "tie_rule": "shared"}
    with committee.database.read() as s:
        checks = verify_results(s, committee.secretariat)
        detail = result_detail(s, committee.secretariat, application)
    assert [(c.matches, c.inputs_current) for c in checks] == [(True, True)]
    assert [m.counted for m in detail.members] == [False, True, True, True, False]
    assert [m.display for m in detail.members] == ["Member A", "Member B", "Member C", "Member D", "Member E"]
    assert detail.criteria[0].spread is not None  # criterion 1 ranges from 10 to 30
    assert detail.rank == 1 and detail.matches
    with committee.database.transaction() as s:
        sheet_id = s.scalars(select(ScoreSheet.id).where(ScoreSheet.member_id == committee.members[2],
                                                         ScoreSheet.application_id == application)).one()
        return_sheet(s, committee.chair, sheet_id, "재검토")
    with committee.database.read() as s:
        assert s.scalars(select(ScoringResult).where(ScoringResult.current)).all() == []
