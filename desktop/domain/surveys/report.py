"""The survey report (표본조사 결과보고): its content frozen when the survey is closed — the design, the draw with its
seed, the results per stratum and overall, and each institute's sampled and inappropriate counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.service import freeze
from desktop.domain.settings.service import get_settings
from desktop.domain.surveys.collection import analyse
from desktop.domain.surveys.models import SurveyStatus
from desktop.domain.surveys.service import load_survey

ENTITY_TYPE = "sample_surveys"


@dataclass(frozen=True)
class ReportStratum:
    institution_name: str  # "" when the strata are not by institute
    institution_name_en: str
    subject_kind: str
    purpose: str
    population: int
    weight: float
    allocated: int
    reviewed: int
    inappropriate: int
    share: float
    low: float
    high: float


@dataclass(frozen=True)
class ReportInstitute:
    institution_name: str
    institution_name_en: str
    sampled: int
    inappropriate: int


@dataclass(frozen=True)
class SurveyReportData:
    """Everything the survey report prints."""

    kind: str
    entity_id: int
    number: str
    issued_at: datetime
    title: str
    filed_from: date
    filed_to: date
    strata_by: str
    allocation: str
    sample_size: int
    minimum: int
    population: int
    population_sha256: str
    seed: int
    drawn_at: datetime | None
    strata: tuple[ReportStratum, ...]
    institutes: tuple[ReportInstitute, ...]
    reviewed: int
    inappropriate: int
    share: float | None
    low: float | None
    high: float | None
    standard_error: float | None
    drafter_title: str = ""
    drafter_name: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    title_en: str = ""  # the English report's title; empty (as in reports frozen before it existed): the Korean one


def build_report(session: Session, actor: Actor, survey_id: int) -> SurveyReportData:
    """The report as the survey stands (frozen when it is issued; a preview before)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    survey = load_survey(session, survey_id)
    analysis = analyse(session, actor, survey.id)
    names = {i.id: (i.name, i.name_en or i.name) for i in session.scalars(select(Institution))}
    strata = tuple(ReportStratum(*(names.get(s.institution_id, ("", "")) if s.institution_id else ("", "")),
                                 s.subject_kind, s.purpose, s.population, s.weight, s.allocated, s.reviewed,
                                 s.inappropriate, s.interval.share, s.interval.low, s.interval.high)
                   for s in analysis.strata)
    institutes = tuple(ReportInstitute(i.name, i.name_en, i.sampled, i.inappropriate) for i in analysis.institutes)
    user = session.get(User, survey.reported_by_id or actor.user_id) if (survey.reported_by_id or actor.user_id) \
        else None
    estimate = analysis.estimate
    return SurveyReportData(
        kind=DocumentKind.SURVEY_REPORT.value, entity_id=survey.id, number=survey.number,
        issued_at=survey.reported_at or now(), title=survey.title, filed_from=survey.filed_from,
        filed_to=survey.filed_to, strata_by=survey.strata_by.value, allocation=survey.allocation.value,
        sample_size=survey.sample_size, minimum=survey.minimum, population=survey.population,
        population_sha256=survey.population_sha256, seed=survey.seed or 0, drawn_at=survey.drawn_at,
        strata=strata, institutes=institutes, reviewed=analysis.reviewed, inappropriate=analysis.inappropriate,
        share=estimate.share if estimate else None, low=estimate.low if estimate else None,
        high=estimate.high if estimate else None, standard_error=estimate.standard_error if estimate else None,
        drafter_title=(user.title or "") if user else "", drafter_name=user.display_name if user else "",
        settings=dict(get_settings(session)), title_en=survey.title_en)


def issue_survey_report(session: Session, actor: Actor, survey_id: int) -> str:
    """Close the survey when every sampled report is reviewed and freeze its report (numbered as the survey)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    survey = load_survey(session, survey_id)
    if survey.status is SurveyStatus.REPORTED:
        raise WorkflowError(translate("Surveys", "The report of {number} is issued already.")
                            .format(number=survey.number))
    if survey.status is not SurveyStatus.DRAWN:
        raise WorkflowError(translate("Surveys", "Draw the sample first."))
    analysis = analyse(session, actor, survey.id)
    if not analysis.complete:
        raise WorkflowError(translate("Surveys", "{left} of {total} sampled reports are not reviewed yet.").format(
            left=analysis.sampled - analysis.reviewed, total=analysis.sampled))
    survey.status, survey.reported_by_id, survey.reported_at = SurveyStatus.REPORTED, actor.user_id or None, now()
    session.flush()
    record(session, actor, "survey.report", survey, summary=survey.number, after={
        "reviewed": analysis.reviewed, "inappropriate": analysis.inappropriate,
        "share": round(analysis.estimate.share, 6) if analysis.estimate else None})
    freeze(session, actor, DocumentKind.SURVEY_REPORT, ENTITY_TYPE, survey.id, survey.number,
           build_report(session, actor, survey.id))
    return survey.number


def survey_reported(session: Session, survey_id: int) -> bool:
    from desktop.domain.surveys.models import SampleSurvey

    survey = session.get(SampleSurvey, survey_id)
    return survey is not None and survey.status is SurveyStatus.REPORTED
