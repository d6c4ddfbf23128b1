"""The results view of a round: each applicant's member totals, aggregate, pass/fail with reasons, fairness
flags, the distribution of each criterion, the rank and the normalised figure (information only)."""

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import AggregationMethod, Application, Round
from desktop.domain.committee.access import ensure_not_conflicted
from desktop.domain.committee.models import CommitteeMember, RoundCommitteeSeat
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.fairness import (
    OutlierSheet,
    RankInput,
    WideSpread,
    normalised_totals,
    outlier_sheets,
    ranking,
    wide_spreads,
)
from desktop.domain.scoring.models import ScoringResult
from desktop.domain.scoring.rules import TIE_SHARED, SheetScores, criterion_name, points, sheet_shares
from desktop.domain.scoring.service import (
    recompute_matches,
    result_reasons,
    stored_sheets,
    tie_rule,
    visible_results,
)
from desktop.domain.scoring.sheets import hides_names, member_display
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO, OUTLIER_DISTANCE, PASS_MARK, SPREAD_RATIO


@dataclass(frozen=True)
class MemberTotal:
    label: str
    display: str
    total: Decimal
    share: Fraction  # how much the sheet counts: 1, 0 (dropped by the trimmed mean) or a share of a tied drop
    outlier: OutlierSheet | None

    @property
    def counted(self) -> bool:
        return self.share > 0

    def counted_text(self) -> str:
        """"Yes", "Dropped (trimmed)" or "In part (2/3): tied for the highest or lowest total"."""
        if self.share == 1:
            return translate("Scoring", "Yes")
        if self.share == 0:
            return translate("Scoring", "Dropped (trimmed)")
        return translate("Scoring", "In part ({share}): tied for the highest or lowest total").format(
            share=f"{self.share.numerator}/{self.share.denominator}")


@dataclass(frozen=True)
class CriterionLine:
    id: str
    name: str
    max: Decimal
    floor: Decimal
    aggregate: Decimal
    scores: tuple[Decimal, ...]  # one per member, in the order of ``members``
    spread: WideSpread | None


@dataclass(frozen=True)
class ResultDetail:
    application_id: int
    application_number: str
    institution_name: str
    round_code: str
    method: str
    criteria_version: str
    settings: dict[str, str]
    aggregate: Decimal
    passed: bool
    reasons: tuple[str, ...]
    members: tuple[MemberTotal, ...]
    criteria: tuple[CriterionLine, ...]
    rank: int
    ranked: int
    normalised: Decimal | None
    matches: bool
    tie_break: tuple[str, ...]
    tie_rule: str = TIE_SHARED

    @property
    def tie_rule_text(self) -> str:
        """The rule for tied extreme totals, as the results view and the minutes state it."""
        return tie_rule_sentence(self.method, self.tie_rule)

    @property
    def pass_mark(self) -> Decimal:
        return PASS_MARK.of(self.settings)

    @property
    def flags(self) -> tuple[str, ...]:
        """The fairness flags as sentences."""
        found = []
        for m in self.members:
            if m.outlier is not None:
                found.append(translate("Scoring", "{member}: total {total} is {distance} points from the others' "
                                       "mean {mean}.").format(member=m.display, total=m.outlier.total,
                                                              distance=m.outlier.distance,
                                                              mean=m.outlier.others_mean))
        for c in self.criteria:
            if c.spread is not None:
                found.append(translate("Scoring", "Criterion {id}: scores range from {low} to {high} (more than "
                                       "{limit} apart).").format(id=c.id, low=c.spread.low, high=c.spread.high,
                                                                 limit=points(c.spread.limit)))
        return tuple(found)


def tie_rule_sentence(method: str, rule: str) -> str:
    """How tied highest or lowest totals are treated, in the reader's language ("" where nothing is dropped)."""
    if method != "trimmed_mean":
        return ""
    if rule == TIE_SHARED:
        return translate("Scoring", "With 5 or more sheets one highest and one lowest total are left out; when "
                         "several sheets tie for the highest (or lowest) total, they share that exclusion equally "
                         "(each of k tied sheets counts (k−1)/k), so the result never depends on who holds which "
                         "seat.")
    return translate("Scoring", "With 5 or more sheets one highest and one lowest total are left out; this result "
                     "was computed before the shared tie rule: a tie was decided by seat label.")


def _names(session: Session, round_id: int) -> dict[str, str]:
    return dict(session.execute(
        select(RoundCommitteeSeat.label, CommitteeMember.name)
        .join(CommitteeMember, CommitteeMember.id == RoundCommitteeSeat.member_id)
        .where(RoundCommitteeSeat.round_id == round_id)).all())


def _round_figures(session: Session, round_id: int) -> tuple[dict[int, int], int, dict[int, Decimal]]:
    """Ranks and normalised figures over every current result of the round (visible or not)."""
    rows = session.execute(
        select(ScoringResult).join(Application, Application.id == ScoringResult.application_id)
        .where(Application.round_id == round_id, ScoringResult.current)).scalars().all()
    if not rows:
        return {}, 0, {}
    tie_break = load_criteria(rows[0].criteria_version).tie_break
    ranks = ranking([RankInput(r.application_id, r.aggregate,
                               {k: Decimal(v) for k, v in r.criterion_aggregates.items()}) for r in rows], tie_break)
    normalised = normalised_totals({r.application_id: stored_sheets(r) for r in rows})
    return ranks, len(rows), normalised  # type: ignore[return-value]


def _detail(session: Session, result: ScoringResult, application: Application, rnd: Round,
            figures: tuple[dict[int, int], int, dict[int, Decimal]]) -> ResultDetail:
    criteria = load_criteria(result.criteria_version)
    sheets: list[SheetScores] = sorted(stored_sheets(result), key=lambda s: (len(s.member_label), s.member_label))
    shares = sheet_shares(sheets, AggregationMethod(result.method), tie_rule(result))
    distance = OUTLIER_DISTANCE.of(result.settings)
    ratio = SPREAD_RATIO.of(result.settings)
    floor_ratio = CRITERION_FLOOR_RATIO.of(result.settings)
    outliers = {o.member_label: o for o in outlier_sheets(sheets, distance)}
    spreads = {w.criterion: w for w in wide_spreads(sheets, criteria, ratio)}
    hide = hides_names(rnd)
    names = {} if hide else _names(session, rnd.id)
    members = tuple(MemberTotal(s.member_label, member_display(s.member_label, names.get(s.member_label, ""), hide),
                                s.total, shares[s.member_label], outliers.get(s.member_label)) for s in sheets)
    lines = tuple(CriterionLine(c.id, criterion_name(c), c.max, (c.max * floor_ratio),
                                Decimal(result.criterion_aggregates[c.id]),
                                tuple(s.scores.get(c.id, Decimal(0)) for s in sheets), spreads.get(c.id))
                  for c in criteria.criteria)
    ranks, ranked, normalised = figures
    return ResultDetail(application.id, application.number, application.institution.name, rnd.code, result.method,
                        result.criteria_version, dict(result.settings), result.aggregate, result.passed,
                        result_reasons(result), members, lines, ranks.get(application.id, 0), ranked,
                        normalised.get(application.id), recompute_matches(result), criteria.tie_break,
                        tie_rule(result))


def round_results(session: Session, actor: Actor, round_id: int) -> list[ResultDetail]:
    """Every current result of the round the actor may see, best rank first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    rnd = session.get(Round, round_id)
    if rnd is None:
        raise NotFound(translate("Rounds", "The round no longer exists."))
    figures = _round_figures(session, round_id)
    details = [_detail(session, r, a, rnd, figures) for r, a in visible_results(session, actor, round_id)]
    return sorted(details, key=lambda d: (d.rank, d.application_number))


def result_detail(session: Session, actor: Actor, application_id: int) -> ResultDetail:
    """One applicant's current result; refused to a member with a conflict for it."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    ensure_not_conflicted(session, actor, application_id)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    result = session.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                         ScoringResult.current)).first()
    if result is None:
        raise NotFound(translate("Scoring", "{number} has no result yet.").format(number=application.number))
    return _detail(session, result, application, application.round, _round_figures(session, application.round_id))
