"""Computing and storing reproducible committee results from submitted score sheets, and checking them.

A stored result carries everything needed to recompute it: the sheets' scores (by member label), the
method, the criteria version and the settings. ``recompute_matches`` recomputes from those alone.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from desktop.core.errors import NotFound, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import AggregationMethod, Application, ApplicationStatus, Round
from desktop.domain.applications.rounds import get_round
from desktop.domain.audit.service import record
from desktop.domain.committee.access import conflicted_application_ids, conflicted_member_ids
from desktop.domain.committee.meetings import require_any
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.rules import (
    TIE_BY_LABEL,
    TIE_SHARED,
    Aggregate,
    SheetScores,
    aggregate,
    describe_shortfall,
    shortfalls,
)
from desktop.domain.scoring.sheets import expected_scorers, floor_ratio, seat_labels
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO, OUTLIER_DISTANCE, PASS_MARK, SPREAD_RATIO


@dataclass(frozen=True)
class ResultRow:
    application_id: int
    application_number: str
    institution_name: str
    sheets: int
    aggregate: Decimal
    passed: bool
    method: str
    reasons: tuple[str, ...]
    round_id: int = 0
    criteria: tuple[tuple[str, Decimal], ...] = ()
    criteria_version: str = ""


@dataclass(frozen=True)
class VerificationRow:
    application_id: int
    application_number: str
    matches: bool
    inputs_current: bool = True  # the stored inputs are still the submitted sheets


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def submitted_sheets(session: Session, application: Application) -> list[SheetScores]:
    """The submitted sheets that count: members with a conflict for the applicant are left out."""
    labels = seat_labels(session, application.round_id)
    conflicted = conflicted_member_ids(session, application.id)
    sheets = session.scalars(select(ScoreSheet).where(
        ScoreSheet.application_id == application.id, ScoreSheet.status == SheetStatus.SUBMITTED))
    return [SheetScores(labels.get(s.member_id) or str(s.member_id), {e.criterion: e.score for e in s.entries})
            for s in sheets if s.member_id not in conflicted]


def result_settings(rnd: Round) -> dict[str, str]:
    """The round's frozen settings a result depends on (stored with it)."""
    return {PASS_MARK.key: str(rnd.pass_mark), CRITERION_FLOOR_RATIO.key: str(floor_ratio(rnd)),
            OUTLIER_DISTANCE.key: str(OUTLIER_DISTANCE.of(rnd.settings)),
            SPREAD_RATIO.key: str(SPREAD_RATIO.of(rnd.settings)), "tie_rule": TIE_SHARED}


def _inputs(sheets: list[SheetScores]) -> list[dict]:
    return [{"member": s.member_label, "scores": {k: str(v) for k, v in sorted(s.scores.items())}}
            for s in sorted(sheets, key=lambda s: (len(s.member_label), s.member_label))]


def compute_result(session: Session, actor: Actor, application_id: int) -> ScoringResult:
    """Aggregate the submitted sheets with the round's frozen method and store every input.

    Refused until every present, non-conflicted member has submitted.
    """
    require_any(session, actor, Permission.CHAIR_MEETINGS, Permission.MANAGE_COMMITTEE)
    application = _application(session, application_id)
    rnd = application.round
    sheets = submitted_sheets(session, application)
    if not sheets:
        raise WorkflowError(translate("Scoring", "No submitted score sheets for {number}.")
                            .format(number=application.number))
    labels = seat_labels(session, rnd.id)
    done = {s.member_label for s in sheets}
    missing = [labels[m] for m in expected_scorers(session, application) if labels[m] not in done]
    if missing:
        raise WorkflowError(translate("Scoring", "{number}: waiting for the sheets of member(s) {labels}.")
                            .format(number=application.number, labels=", ".join(sorted(missing))))
    settings = result_settings(rnd)
    agg = aggregate(sheets, load_criteria(rnd.criteria_version), rnd.aggregation_method, rnd.pass_mark,
                    CRITERION_FLOOR_RATIO.of(settings), settings["tie_rule"])
    session.execute(update(ScoringResult).where(ScoringResult.application_id == application.id)
                    .values(current=False))
    result = ScoringResult(
        application_id=application.id, method=agg.method.value, criteria_version=rnd.criteria_version,
        settings=settings, inputs=_inputs(sheets), aggregate=agg.total,
        criterion_aggregates={k: str(v) for k, v in agg.criteria.items()}, passed=agg.passed,
        reasons=list(agg.reasons), current=True,
    )
    session.add(result)
    session.flush()
    record(session, actor, "scoring.compute", result, summary=f"{application.number}: {agg.total}",
           after={"aggregate": str(agg.total), "passed": agg.passed, "method": agg.method.value,
                  "sheets": len(sheets), "used": list(agg.used_labels)})
    return result


def compute_round_results(session: Session, actor: Actor, round_id: int) -> tuple[list[str], list[str]]:
    """Compute every applicant of the round in committee review whose scoring is complete.

    Returns (computed application numbers, the reasons the others were skipped).
    """
    require_any(session, actor, Permission.CHAIR_MEETINGS, Permission.MANAGE_COMMITTEE)
    rnd = get_round(session, round_id)
    hidden = conflicted_application_ids(session, actor)
    done, skipped = [], []
    for application in session.scalars(select(Application).where(
            Application.round_id == rnd.id, Application.status == ApplicationStatus.COMMITTEE_REVIEW)
            .order_by(Application.number)):
        if application.id in hidden:
            continue
        try:
            compute_result(session, actor, application.id)
            done.append(application.number)
        except WorkflowError as error:
            skipped.append(error.message)
    return done, skipped


def stored_sheets(result: ScoringResult) -> list[SheetScores]:
    return [SheetScores(i["member"], {k: Decimal(v) for k, v in i["scores"].items()}) for i in result.inputs]


def recompute(result: ScoringResult) -> Aggregate:
    """The aggregate recomputed from the result's own inputs, method, criteria version and settings."""
    return aggregate(stored_sheets(result), load_criteria(result.criteria_version), AggregationMethod(result.method),
                     PASS_MARK.of(result.settings), CRITERION_FLOOR_RATIO.of(result.settings), tie_rule(result))


def tie_rule(result: ScoringResult) -> str:
    """The tie rule a stored result was computed with (results from before the rule existed: by label)."""
    return result.settings.get("tie_rule", TIE_BY_LABEL)


def recompute_matches(result: ScoringResult) -> bool:
    """Recompute a stored result from its own inputs and settings; True when the figures are identical."""
    agg = recompute(result)
    return agg.total == result.aggregate and agg.passed == result.passed and \
        {k: str(v) for k, v in agg.criteria.items()} == result.criterion_aggregates


def visible_results(session: Session, actor: Actor, round_id: int | None = None
                     ) -> Iterator[tuple[ScoringResult, Application]]:
    """Current results with their applications, minus those the actor is conflicted with."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    query = select(ScoringResult, Application).join(Application, Application.id == ScoringResult.application_id) \
        .where(ScoringResult.current).order_by(Application.number, ScoringResult.id) \
        .options(joinedload(Application.institution))
    if round_id is not None:
        query = query.where(Application.round_id == round_id)
    for r, a in session.execute(query):
        if r.application_id not in hidden:
            yield r, a


def result_reasons(result: ScoringResult) -> tuple[str, ...]:
    """The reasons to fail in the reader's language, from the stored figures."""
    criteria = load_criteria(result.criteria_version)
    ratio = CRITERION_FLOOR_RATIO.of(result.settings)
    per_criterion = {k: Decimal(v) for k, v in result.criterion_aggregates.items()}
    found = shortfalls(result.aggregate, per_criterion, criteria, PASS_MARK.of(result.settings), ratio)
    return tuple(describe_shortfall(f, criteria, ratio) for f in found)


def list_results(session: Session, actor: Actor, round_id: int | None = None) -> list[ResultRow]:
    return [
        ResultRow(a.id, a.number, a.institution.name, len(r.inputs), r.aggregate, r.passed, r.method,
                  result_reasons(r), a.round_id,
                  tuple((k, Decimal(v)) for k, v in r.criterion_aggregates.items()), r.criteria_version)
        for r, a in visible_results(session, actor, round_id)
    ]


def _inputs_current(session: Session, result: ScoringResult, application: Application) -> bool:
    return _inputs(submitted_sheets(session, application)) == result.inputs


def verify_results(session: Session, actor: Actor, round_id: int | None = None) -> list[VerificationRow]:
    """Recompute every current result the actor may see from its stored inputs (read-only), and check that
    the inputs are still the submitted sheets."""
    return [VerificationRow(a.id, a.number, recompute_matches(r), _inputs_current(session, r, a))
            for r, a in visible_results(session, actor, round_id)]


def find_round_id(session: Session, code_or_id: str) -> int:
    """A round by its code (e.g. 2026-1) or database id."""
    found = session.scalar(select(Round.id).where(Round.code == code_or_id.strip()))
    if found is None and code_or_id.strip().isdigit():
        found = session.scalar(select(Round.id).where(Round.id == int(code_or_id)))
    if found is None:
        raise NotFound(translate("Rounds", "There is no round {code}.").format(code=code_or_id))
    return found


def method_label(method: AggregationMethod | str) -> str:
    return {
        AggregationMethod.TRIMMED_MEAN: translate("Scoring", "Trimmed mean"),
        AggregationMethod.MEAN: translate("Scoring", "Mean"),
        AggregationMethod.MEDIAN: translate("Scoring", "Median"),
    }[AggregationMethod(method)]
