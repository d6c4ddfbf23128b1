"""Sample surveys, steps 3 and 4: each sampled report reviewed with the findings form of the evaluation standard,
and the analysis per stratum (Wilson interval) and overall (stratified estimate with its weights)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import NotFound, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.standard import Conclusion, Finding, check_findings
from desktop.domain.surveys.estimate import Interval, StratifiedEstimate, StratumCount, stratified, wilson
from desktop.domain.surveys.models import SurveyFinding, SurveySample, SurveyStatus, SurveyStratum
from desktop.domain.surveys.service import load_survey, strata_of, stratum_label


@dataclass(frozen=True)
class SampleRow:
    id: int
    report_id: int
    report_number: str
    institution_id: int
    institution_name: str
    stratum: str
    filing_date: date
    conclusion: Conclusion | None
    reviewed_at: datetime | None


def _labels(session: Session, strata: Sequence[SurveyStratum]) -> dict[int, str]:
    names = dict(session.execute(select(Institution.id, Institution.name)).all())
    return {s.id: stratum_label(names.get(s.institution_id, "") if s.institution_id else "", s.subject_kind,
                                s.purpose) for s in strata}


def list_samples(session: Session, actor: Actor, survey_id: int) -> list[SampleRow]:
    """The drawn reports, by stratum then report number."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    labels = _labels(session, strata_of(session, survey_id))
    rows = session.execute(
        select(SurveySample, EvaluationReport.report_number, EvaluationReport.institution_id, Institution.name,
               EvaluationReport.filing_date)
        .join(EvaluationReport, EvaluationReport.id == SurveySample.report_id)
        .join(Institution, Institution.id == EvaluationReport.institution_id)
        .where(SurveySample.survey_id == survey_id)).all()
    out = [SampleRow(s.id, s.report_id, number, institution, name, labels[s.stratum_id], filed, s.conclusion,
                     s.reviewed_at) for s, number, institution, name, filed in rows]
    return sorted(out, key=lambda r: (r.stratum, r.report_number))


@dataclass(frozen=True)
class SampleReview:
    findings: list[Finding]
    conclusion: Conclusion | None
    reasons: str


def sample_review(session: Session, actor: Actor, sample_id: int) -> SampleReview:
    """The stored findings of a sampled report (empty before its review)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    sample = _sample(session, sample_id)
    findings = [Finding(f.criterion, f.assessment, f.note) for f in session.scalars(
        select(SurveyFinding).where(SurveyFinding.sample_id == sample.id).order_by(SurveyFinding.id))]
    return SampleReview(findings, sample.conclusion, sample.reasons)


def _sample(session: Session, sample_id: int) -> SurveySample:
    sample = session.get(SurveySample, sample_id)
    if sample is None:
        raise NotFound(translate("Surveys", "The sampled report no longer exists."))
    return sample


def record_review(session: Session, actor: Actor, sample_id: int, findings: Sequence[Finding],
                  conclusion: Conclusion, reasons: str) -> None:
    """Step 3 (collection): the findings on one sampled report, checked as every findings form is; a review may be
    corrected until the survey's report is issued (the audit trail keeps the earlier one)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    sample = _sample(session, sample_id)
    survey = load_survey(session, sample.survey_id)
    if survey.status is not SurveyStatus.DRAWN:
        raise WorkflowError(translate("Surveys", "The report of {number} is issued: its reviews are closed.")
                            .format(number=survey.number))
    check_findings(findings, conclusion, reasons)
    before = {"conclusion": sample.conclusion.value if sample.conclusion else None, "reasons": sample.reasons}
    session.execute(delete(SurveyFinding).where(SurveyFinding.sample_id == sample.id))
    session.add_all(SurveyFinding(sample_id=sample.id, criterion=f.criterion, assessment=f.assessment,
                                  note=f.note.strip()) for f in findings)
    sample.conclusion, sample.reasons = Conclusion(conclusion), reasons.strip()
    sample.reviewed_by_id, sample.reviewed_at = actor.user_id or None, now()
    session.flush()
    number = session.get_one(EvaluationReport, sample.report_id).report_number
    record(session, actor, "survey.review", sample, summary=f"{survey.number} {number}", before=before,
           after={"conclusion": sample.conclusion.value,
                  "shortfalls": sum(1 for f in findings if f.assessment.value == "falls_short")})


@dataclass(frozen=True)
class StratumResult:
    label: str
    institution_id: int | None
    subject_kind: str
    purpose: str
    population: int  # N_h
    weight: float  # W_h
    allocated: int
    reviewed: int  # n_h
    inappropriate: int
    interval: Interval  # Wilson, of the reviewed


@dataclass(frozen=True)
class InstituteResult:
    institution_id: int
    name: str
    name_en: str
    sampled: int
    reviewed: int
    inappropriate: int


@dataclass(frozen=True)
class Analysis:
    strata: list[StratumResult]
    estimate: StratifiedEstimate | None  # None until every stratum has a reviewed report
    institutes: list[InstituteResult]
    sampled: int
    reviewed: int
    inappropriate: int

    @property
    def complete(self) -> bool:
        return self.sampled > 0 and self.reviewed == self.sampled


def analyse(session: Session, actor: Actor, survey_id: int) -> Analysis:
    """Step 4 (analysis) of the reviews so far."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    survey = load_survey(session, survey_id)
    strata = strata_of(session, survey.id)
    labels = _labels(session, strata)
    samples = session.execute(select(SurveySample.stratum_id, SurveySample.conclusion,
                                     EvaluationReport.institution_id)
                              .join(EvaluationReport, EvaluationReport.id == SurveySample.report_id)
                              .where(SurveySample.survey_id == survey.id)).all()
    reviewed: dict[int, int] = {}
    found: dict[int, int] = {}
    by_institute: dict[int, list[int]] = {}
    for stratum_id, conclusion, institution_id in samples:
        counts = by_institute.setdefault(institution_id, [0, 0, 0])
        counts[0] += 1
        if conclusion is not None:
            reviewed[stratum_id] = reviewed.get(stratum_id, 0) + 1
            counts[1] += 1
        if conclusion is Conclusion.INAPPROPRIATE:
            found[stratum_id] = found.get(stratum_id, 0) + 1
            counts[2] += 1
    total = sum(s.population for s in strata) or 1
    results = [StratumResult(labels[s.id], s.institution_id, s.subject_kind, s.purpose, s.population,
                             s.population / total, s.allocated, reviewed.get(s.id, 0), found.get(s.id, 0),
                             wilson(found.get(s.id, 0), reviewed.get(s.id, 0))) for s in strata]
    estimate = stratified([StratumCount(r.population, r.reviewed, r.inappropriate) for r in results]) \
        if samples else None
    institutions = {i.id: i for i in session.scalars(select(Institution).where(Institution.id.in_(by_institute)))}
    institutes = sorted((InstituteResult(i, institutions[i].name, institutions[i].name_en or institutions[i].name,
                                         *counts) for i, counts in by_institute.items()), key=lambda r: r.name)
    return Analysis(results, estimate, institutes, len(samples), sum(reviewed.values()), sum(found.values()))
