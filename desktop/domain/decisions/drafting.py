"""Drafting a decision from the committee results: the outcome and the reasons, drawn from the screening,
the on-site inspection and the scoring, written in Korean and in English (the drafter edits them)."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, WorkflowError
from desktop.core.formatting import score_text
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.committee.access import ensure_not_conflicted
from desktop.domain.decisions.models import DecisionOutcome
from desktop.domain.inspections.models import FindingSeverity, Inspection
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.models import ScoringResult
from desktop.domain.screening.models import ScreeningResult
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO

# The legal requirements as the decision text names them (Decree Art. 12 ②).
REQUIREMENTS = {
    "staff_qualified": ("전문인력(변리사·회계사·기술사·박사 2명 이상)", "qualified staff (two or more)"),
    "staff_experienced": ("평가경력 3년 이상 인력 3명 이상", "experienced staff (three or more with 3 years)"),
    "staff_distinct": ("전문인력 요건의 인원 구분", "distinct people in both staff groups"),
    "dedicated_unit": ("전담조직", "a dedicated evaluation unit"),
    "facilities": ("시설·장비", "facilities and equipment"),
    "application_form": ("지정신청서", "the application form"),
    "business_plan": ("사업계획서", "the business plan"),
    "registry_extract": ("법인 등기사항증명서 또는 사업자등록증", "the registry extract or business registration"),
}

KO = {
    "screening_ok": ("서류심사 결과 「발명진흥법 시행령」 제12조제2항의 지정요건(전문인력, 전담조직, 시설·장비)을 "
                     "모두 갖추었음."),
    "screening_failed": "서류심사 결과 다음 지정요건을 갖추지 못하였음: {items}.",
    "inspection_ok": "현장실사 결과 점검점수 {score}점(만점 {max}점)이며, 미해결 중대 지적사항이 없음.",
    "inspection_open": "현장실사 결과 중대 지적사항 {count}건이 해소되지 않았음({items}).",
    "inspection_none": "현장실사 결과가 확정되지 않았음.",
    "score_passed": "지정심의위원회 심사 결과 종합점수 {aggregate}점으로 기준점수({pass_mark}점) 이상임.",
    "score_below": "지정심의위원회 심사 결과 종합점수 {aggregate}점으로 기준점수({pass_mark}점)에 미달함.",
    "criterion_floor": "평가항목 {id}({name}) 점수가 {score}점으로 배점({max}점)의 {ratio}% 미만임.",
    "no_score": "지정심의위원회의 심사 결과가 아직 확정되지 않았음.",
    "condition": "지정일부터 매년 평가실적을 제출할 것.",
    "separator": ", ",
}
EN = {
    "screening_ok": ("The document screening found every requirement of Article 12(2) of the Enforcement Decree "
                     "met (qualified staff, a dedicated unit, facilities and equipment)."),
    "screening_failed": "The document screening found these requirements not met: {items}.",
    "inspection_ok": "The on-site inspection scored {score} of {max} with no open major finding.",
    "inspection_open": "The on-site inspection left {count} major finding(s) unresolved ({items}).",
    "inspection_none": "The on-site inspection has not been concluded.",
    "score_passed": ("The Designation Review Committee's aggregate score is {aggregate}, at or above the pass mark "
                     "of {pass_mark}."),
    "score_below": ("The Designation Review Committee's aggregate score is {aggregate}, below the pass mark of "
                    "{pass_mark}."),
    "criterion_floor": "Criterion {id} ({name}) scored {score}, below {ratio}% of its maximum of {max}.",
    "no_score": "The Designation Review Committee has not concluded its review.",
    "condition": "Submit a report of the evaluations performed every year from the date of designation.",
    "separator": "; ",
}


@dataclass(frozen=True)
class DecisionProposal:
    """A prefilled draft: the outcome the results point to and the reasons, both languages, all editable."""

    application_id: int
    application_number: str
    institution_name: str
    outcome: DecisionOutcome
    reasons: str
    reasons_en: str
    conditions: str
    conditions_en: str
    aggregate: Decimal | None
    pass_mark: Decimal
    has_result: bool
    screening_passed: bool
    inspection_passed: bool


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral_value() else score_text(value)


def _screening(session: Session, application_id: int) -> tuple[bool, list[str], list[str]]:
    result = session.scalars(select(ScreeningResult).where(ScreeningResult.application_id == application_id)
                             .order_by(ScreeningResult.id.desc()).limit(1)).first()
    if result is None:
        return False, [], []
    failed = []
    for rule in result.rules:
        override = rule.get("override")
        passed = bool(override["passed"]) if override else bool(rule.get("passed"))
        if not passed:
            failed.append(rule.get("rule", ""))
    if not failed:
        return True, [KO["screening_ok"]], [EN["screening_ok"]]
    ko = KO["separator"].join(REQUIREMENTS.get(r, (r, r))[0] for r in failed)
    en = EN["separator"].join(REQUIREMENTS.get(r, (r, r))[1] for r in failed)
    return False, [KO["screening_failed"].format(items=ko)], [EN["screening_failed"].format(items=en)]


def _inspection(session: Session, application_id: int) -> tuple[bool, list[str], list[str]]:
    inspection = session.scalars(select(Inspection).where(Inspection.application_id == application_id)
                                 .order_by(Inspection.id.desc()).limit(1)).first()
    if inspection is None or inspection.score is None or inspection.max_score is None:
        return False, [KO["inspection_none"]], [EN["inspection_none"]]
    open_major = [f for f in inspection.findings if f.severity == FindingSeverity.MAJOR and f.is_open]
    if open_major:
        items = ", ".join(f"{f.item_id} {f.description}" for f in open_major)
        return False, [KO["inspection_open"].format(count=len(open_major), items=items)], \
            [EN["inspection_open"].format(count=len(open_major), items=items)]
    score, maximum = _points(inspection.score), _points(inspection.max_score)
    return True, [KO["inspection_ok"].format(score=score, max=maximum)], \
        [EN["inspection_ok"].format(score=score, max=maximum)]


def _scoring(result: ScoringResult | None, pass_mark: Decimal) -> tuple[list[str], list[str]]:
    if result is None:
        return [KO["no_score"]], [EN["no_score"]]
    values = {"aggregate": score_text(result.aggregate), "pass_mark": _points(pass_mark)}
    key = "score_passed" if result.aggregate >= pass_mark else "score_below"
    ko, en = [KO[key].format(**values)], [EN[key].format(**values)]
    ratio = CRITERION_FLOOR_RATIO.of(result.settings)
    try:
        criteria = load_criteria(result.criteria_version).criteria
    except Exception:  # a sheet file missing: the total still speaks
        criteria = ()
    for criterion in criteria:
        score = Decimal(str(result.criterion_aggregates.get(criterion.id, "0")))
        if score < criterion.max * ratio:
            values = {"id": criterion.id, "score": score_text(score), "max": _points(criterion.max),
                      "ratio": _points(ratio * 100)}
            ko.append(KO["criterion_floor"].format(name=criterion.ko, **values))
            en.append(EN["criterion_floor"].format(name=criterion.en, **values))
    return ko, en


def _numbered(lines: list[str], language: str) -> str:
    """Several reasons as the second level of the official hierarchy (가. 나. / a. b.), one as plain text."""
    if len(lines) <= 1:
        return "".join(lines)
    markers = "가나다라마바사아자차카타파하" if language == "ko" else "abcdefghijklmnopqrstuvwxyz"
    return "\n".join(f"{markers[n % len(markers)]}. {line}" for n, line in enumerate(lines))


def propose_decision(session: Session, actor: Actor, application_id: int) -> DecisionProposal:
    """The draft the committee results point to (designated only when screening, inspection and scoring pass)."""
    require(session, actor, Permission.DRAFT_DECISIONS)
    ensure_not_conflicted(session, actor, application_id)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if application.status not in (ApplicationStatus.COMMITTEE_REVIEW, ApplicationStatus.DESIGNATED,
                                  ApplicationStatus.NOT_DESIGNATED):
        raise WorkflowError(translate("Decisions", "A decision is drafted after the committee review."))
    result = session.scalars(select(ScoringResult).where(ScoringResult.application_id == application_id,
                                                         ScoringResult.current)
                             .order_by(ScoringResult.id.desc()).limit(1)).first()
    pass_mark = application.round.pass_mark
    screening_ok, screening_ko, screening_en = _screening(session, application_id)
    inspection_ok, inspection_ko, inspection_en = _inspection(session, application_id)
    scoring_ko, scoring_en = _scoring(result, pass_mark)
    designated = bool(result and result.passed) and screening_ok and inspection_ok
    if designated:  # a designation states the grounds briefly; a refusal every ground that failed
        ko, en = screening_ko + scoring_ko, screening_en + scoring_en
    else:
        failed = [(k, e) for ok, k, e in ((screening_ok, screening_ko, screening_en),
                                          (inspection_ok, inspection_ko, inspection_en)) if not ok]
        ko = [line for k, _ in failed for line in k] + (scoring_ko if not (result and result.passed) else [])
        en = [line for _, e in failed for line in e] + (scoring_en if not (result and result.passed) else [])
    return DecisionProposal(
        application.id, application.number, application.institution.name,
        DecisionOutcome.DESIGNATED if designated else DecisionOutcome.NOT_DESIGNATED,
        _numbered(ko, "ko"), _numbered(en, "en"),
        KO["condition"] if designated else "", EN["condition"] if designated else "",
        result.aggregate if result else None, pass_mark, result is not None, screening_ok, inspection_ok,
    )
