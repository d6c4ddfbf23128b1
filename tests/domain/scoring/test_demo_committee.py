"""The demo's committee, built through the services: the completed round's results (11, 9 pass) recompute
identically from the command line; the open round is mid-way (exclusion, challenge vote, blind scoring, a
returned sheet)."""

from decimal import Decimal

from sqlalchemy import select

from desktop.cli import main
from desktop.domain.applications.models import Application, ApplicationStatus, Round
from desktop.domain.committee.challenges import list_challenges
from desktop.domain.committee.models import ChallengeOutcome, ConflictKind
from desktop.domain.committee.service import list_conflicts
from desktop.domain.scoring.models import ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.service import list_results
from desktop.domain.scoring.sheets import sheets_for
from tests.domain.helpers import drop_guard_triggers


def _rounds(db) -> tuple[Round, Round]:
    with db.read() as s:
        completed, open_round = s.scalars(select(Round).order_by(Round.period_start)).all()
        s.expunge_all()
        return completed, open_round


def test_the_completed_round_keeps_its_outcome_and_recompute_confirms_it(demo_database, demo_actors, capsys):
    completed, _ = _rounds(demo_database)
    with demo_database.read() as s:
        results = list_results(s, demo_actors["secretariat"], completed.id)
    assert len(results) == 11 and sum(r.passed for r in results) == 9
    assert main(["--database", demo_database.url, "recompute", completed.code]) == 0
    assert "11 of 11 results of round" in capsys.readouterr().out
    drop_guard_triggers(demo_database)  # the result is cited by an issued decision: the engine refuses
    with demo_database.transaction() as s:  # tamper with one stored figure
        result = s.scalars(select(ScoringResult).where(ScoringResult.current).order_by(ScoringResult.id)).first()
        result.criterion_aggregates = {**result.criterion_aggregates, "1": "0.00"}
    assert main(["--database", demo_database.url, "recompute", completed.code]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "10 of 11 results" in out
    assert main(["--database", demo_database.url, "recompute", "1999-9"]) == 1
    assert "There is no round 1999-9" in capsys.readouterr().err


def test_the_open_round_is_mid_way_through_the_committee(demo_database, demo_actors):
    _, open_round = _rounds(demo_database)
    with demo_database.read() as s:
        # the first applicant in review is mid-way; the second (2026-…-009) is fully scored
        application = s.scalars(select(Application).where(Application.round_id == open_round.id,
                                                          Application.status == ApplicationStatus.COMMITTEE_REVIEW)
                                .order_by(Application.id)).first()
        conflicts = list_conflicts(s, demo_actors["chair"], open_round.id)
        challenges = list_challenges(s, demo_actors["chair"], open_round.id)
        statuses = sorted(sheet.status.value for sheet in s.scalars(
            select(ScoreSheet).where(ScoreSheet.application_id == application.id)))
        member_view = sheets_for(s, demo_actors["member"], application.id)
        chair_view = sheets_for(s, demo_actors["chair"], application.id)
    assert [(c.member_name, c.kind) for c in conflicts] == [("윤미래", ConflictKind.EXCLUSION)]
    assert conflicts[0].suggestion and conflicts[0].confirmed_by
    assert [(c.member_name, c.outcome, c.votes_to_uphold + c.votes_to_reject) for c in challenges] == [
        ("서지안", ChallengeOutcome.PENDING, 3)]
    assert statuses == ["draft", "returned", "submitted", "submitted", "submitted", "submitted"]
    assert [v.own for v in member_view.sheets] == [True] and member_view.sheets[0].status == SheetStatus.DRAFT
    assert [v.own for v in chair_view.sheets] == [True] and not chair_view.others_visible
    assert member_view.sheets[0].total == sum((e.score for e in member_view.sheets[0].entries if e.score),
                                              Decimal(0))


def test_the_json_export_carries_every_sheet_and_every_result_with_its_method(demo_database, demo_actors):
    from desktop.domain.export.json_dump import export_json
    from desktop.domain.scoring.models import ScoreEntry

    with demo_database.transaction() as s:
        document = export_json(s, demo_actors["admin"], None)
        sheets, entries, results = (s.query(m).count() for m in (ScoreSheet, ScoreEntry, ScoringResult))
    tables = document["tables"]
    assert (len(tables["score_sheets"]), len(tables["score_entries"]), len(tables["scoring_results"])) == \
        (sheets, entries, results)
    assert all(r["method"] == "trimmed_mean" and r["criteria_version"] == "2026.1" and r["inputs"]
               and r["settings"]["pass_mark"] == "70" for r in tables["scoring_results"])
    returned = [t for t in tables["score_sheets"] if t["status"] == "returned"]
    assert len(returned) == 1 and returned[0]["returned_reason"] and returned[0]["returned_at"].endswith("+00:00")
