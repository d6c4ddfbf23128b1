"""Computing and storing reproducible committee results from submitted score sheets."""

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import AggregationMethod, Application
from desktop.domain.audit.service import record
from desktop.domain.committee.access import conflicted_application_ids
from desktop.domain.committee.models import RoundCommitteeSeat
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.rules import SheetScores, aggregate


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


def _submitted_sheets(session: Session, application: Application) -> list[SheetScores]:
    labels = dict(session.execute(
        select(RoundCommitteeSeat.member_id, RoundCommitteeSeat.label)
        .where(RoundCommitteeSeat.round_id == application.round_id)
    ).all())
    sheets = session.scalars(select(ScoreSheet).where(
        ScoreSheet.application_id == application.id, ScoreSheet.status == SheetStatus.SUBMITTED))
    return [SheetScores(labels.get(s.member_id) or str(s.member_id), {e.criterion: e.score for e in s.entries})
            for s in sheets]


def compute_result(session: Session, actor: Actor, application_id: int) -> ScoringResult:
    """Aggregate the submitted sheets with the round's frozen method and store every input."""
    require(actor, Permission.MANAGE_COMMITTEE if not actor.may(Permission.CHAIR_MEETINGS)
            else Permission.CHAIR_MEETINGS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    rnd = application.round
    sheets = _submitted_sheets(session, application)
    if not sheets:
        raise WorkflowError(translate("Scoring", "No submitted score sheets for {number}.")
                            .format(number=application.number))
    floor_ratio = Decimal(str(rnd.settings.get("criterion_floor_ratio", "0.4")))
    agg = aggregate(sheets, load_criteria(rnd.criteria_version), rnd.aggregation_method, rnd.pass_mark, floor_ratio)
    session.execute(update(ScoringResult).where(ScoringResult.application_id == application.id)
                    .values(current=False))
    result = ScoringResult(
        application_id=application.id, method=agg.method.value, criteria_version=rnd.criteria_version,
        settings={"pass_mark": str(rnd.pass_mark), "criterion_floor_ratio": str(floor_ratio)},
        inputs=[{"member": s.member_label, "scores": {k: str(v) for k, v in sorted(s.scores.items())}}
                for s in sorted(sheets, key=lambda s: s.member_label)],
        aggregate=agg.total, criterion_aggregates={k: str(v) for k, v in agg.criteria.items()},
        passed=agg.passed, reasons=list(agg.reasons), current=True,
    )
    session.add(result)
    session.flush()
    record(session, actor, "scoring.compute", result, summary=f"{application.number}: {agg.total}",
           after={"aggregate": str(agg.total), "passed": agg.passed, "method": agg.method.value})
    return result


def recompute_matches(result: ScoringResult) -> bool:
    """Recompute a stored result from its own inputs and settings; True when the figures are identical."""
    sheets = [SheetScores(i["member"], {k: Decimal(v) for k, v in i["scores"].items()}) for i in result.inputs]
    agg = aggregate(sheets, load_criteria(result.criteria_version), AggregationMethod(result.method),
                    Decimal(result.settings["pass_mark"]), Decimal(result.settings["criterion_floor_ratio"]))
    return agg.total == result.aggregate and agg.passed == result.passed and \
        {k: str(v) for k, v in agg.criteria.items()} == result.criterion_aggregates


def _visible_results(session: Session, actor: Actor) -> Iterator[tuple[ScoringResult, Application]]:
    """Current results with their applications, minus those the actor is conflicted with."""
    require(actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    for r in session.scalars(select(ScoringResult).where(ScoringResult.current).order_by(ScoringResult.id)):
        if r.application_id not in hidden:
            yield r, session.get_one(Application, r.application_id)


def list_results(session: Session, actor: Actor) -> list[ResultRow]:
    return [
        ResultRow(a.id, a.number, a.institution.name, len(r.inputs), r.aggregate, r.passed, r.method,
                  tuple(r.reasons))
        for r, a in _visible_results(session, actor)
    ]


@dataclass(frozen=True)
class VerificationRow:
    application_id: int
    application_number: str
    matches: bool


def verify_results(session: Session, actor: Actor) -> list[VerificationRow]:
    """Recompute every current result the actor may see from its stored inputs (read-only)."""
    return [VerificationRow(a.id, a.number, recompute_matches(r)) for r, a in _visible_results(session, actor)]


def method_label(method: AggregationMethod | str) -> str:
    return {
        AggregationMethod.TRIMMED_MEAN: translate("Scoring", "Trimmed mean"),
        AggregationMethod.MEAN: translate("Scoring", "Mean"),
        AggregationMethod.MEDIAN: translate("Scoring", "Median"),
    }[AggregationMethod(method)]
