"""Sample surveys, steps 1 and 2: the design (population, strata, allocation — shown before anything is saved) and
the reproducible draw with its seed recorded, and the check that the stored sample equals a redraw from the seed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.issued import number_text
from desktop.domain.issued.numbering import take_number
from desktop.domain.reports.models import EvaluationReport, Purpose, SubjectKind
from desktop.domain.reports.service import purpose_label, subject_label
from desktop.domain.surveys.design import StratumFrame, StratumPlan, allocate
from desktop.domain.surveys.draw import draw, group, population_digest
from desktop.domain.surveys.models import Allocation, SampleSurvey, StrataBy, SurveySample, SurveyStatus, SurveyStratum

SERIES, PREFIX, ENGLISH_PREFIX = "survey", "표본조사", "SUR"
MAX_SEED = 2**31 - 1


def format_number(year: int, sequence: int) -> str:
    return number_text.format_number(PREFIX, year, sequence)


def parse_number(text: str) -> str:
    """A survey number as typed (``표본조사-2026-0001``, ``SUR-2026-0001``, ``2026-1``) in its stored form."""
    return number_text.read_number(text, PREFIX, translate(
        "Surveys", "{text} is not a survey number such as {example}."), {ENGLISH_PREFIX: PREFIX})


def stratum_key(strata_by: StrataBy, institution_id: int, subject: str, purpose: str) -> str:
    """The key that orders the strata (and the draw): the institute's id zero-padded, then the type or purpose."""
    return stratum_keys(strata_by)(institution_id, subject, purpose)


def stratum_keys(strata_by: StrataBy) -> Callable[[int, str, str], str]:
    """``stratum_key`` for one way of stratifying, chosen once for a whole population."""
    return {StrataBy.INSTITUTE_SUBJECT: lambda institution, subject, _: f"{institution:06d}|{subject}",
            StrataBy.INSTITUTE_PURPOSE: lambda institution, _, purpose: f"{institution:06d}|{purpose}",
            StrataBy.SUBJECT: lambda _, subject, __: subject,
            StrataBy.PURPOSE: lambda _, __, purpose: purpose}[StrataBy(strata_by)]


def key_parts(strata_by: StrataBy, key: str) -> tuple[int | None, str, str]:
    """(institution id, subject kind, purpose) of a stratum key; the parts it does not have are None or ''."""
    strata_by = StrataBy(strata_by)
    if strata_by in (StrataBy.INSTITUTE_SUBJECT, StrataBy.INSTITUTE_PURPOSE):
        institution, rest = key.split("|", 1)
        return (int(institution), rest, "") if strata_by is StrataBy.INSTITUTE_SUBJECT else (int(institution), "",
                                                                                             rest)
    return (None, key, "") if strata_by is StrataBy.SUBJECT else (None, "", key)


def stratum_label(institution_name: str, subject: str, purpose: str) -> str:
    """The stratum in words, in the current language: "가치평가 주식회사 · Invention"."""
    parts = [institution_name] if institution_name else []
    if subject:
        parts.append(subject_label(SubjectKind(subject)))
    if purpose:
        parts.append(purpose_label(Purpose(purpose)))
    return " · ".join(parts)


@dataclass(frozen=True)
class Population:
    """The reports filed in the period (ids up to ``max_id``), by stratum, and each stratum's late filings."""

    strata: dict[str, list[int]]
    late: dict[str, int]
    max_id: int

    @property
    def size(self) -> int:
        return sum(len(ids) for ids in self.strata.values())


def population(session: Session, filed_from: date, filed_to: date, strata_by: StrataBy,
               max_id: int | None = None) -> Population:
    r = EvaluationReport
    query = select(r.id, r.institution_id, r.subject_kind, r.purpose, r.late).where(
        r.filing_date >= filed_from, r.filing_date <= filed_to)
    if max_id is not None:
        query = query.where(r.id <= max_id)
    rows = session.execute(query).all()
    key_of = stratum_keys(strata_by)
    keyed = [(report_id, key_of(institution, str(subject), str(purpose)), late)
             for report_id, institution, subject, purpose, late in rows]
    late: dict[str, int] = {}
    for _, key, was_late in keyed:
        late[key] = late.get(key, 0) + int(bool(was_late))
    highest = max_id if max_id is not None else int(session.scalar(select(func.max(r.id))) or 0)
    return Population(group((report_id, key) for report_id, key, _ in keyed), late, highest)


@dataclass(frozen=True)
class PlannedStratum:
    plan: StratumPlan
    label: str
    institution_id: int | None
    subject_kind: str
    purpose: str


@dataclass(frozen=True)
class SurveyPlan:
    """A design as it would be saved: the population and every stratum with N_h, W_h, the prior and n_h."""

    filed_from: date
    filed_to: date
    strata_by: StrataBy
    allocation: Allocation
    size: int
    minimum: int
    population: int
    max_id: int
    digest: str
    strata: list[PlannedStratum]


def _check_period(filed_from: date | None, filed_to: date | None) -> tuple[date, date]:
    if filed_from is None or filed_to is None:
        raise ValidationError(translate("Surveys", "Choose the period of filing dates."), field="period")
    if filed_from > filed_to:
        raise ValidationError(translate("Surveys", "The period ends ({end}) before it begins ({start}).").format(
            end=official_date(filed_to), start=official_date(filed_from)), field="period")
    return filed_from, filed_to


def _planned(session: Session, strata_by: StrataBy, plans: list[StratumPlan]) -> list[PlannedStratum]:
    names = dict(session.execute(select(Institution.id, Institution.name)).all())
    out = []
    for plan in plans:
        institution, subject, purpose = key_parts(strata_by, plan.key)
        name = names.get(institution, "") if institution is not None else ""
        out.append(PlannedStratum(plan, stratum_label(name, subject, purpose), institution, subject, purpose))
    return sorted(out, key=lambda s: (s.label, s.plan.key))


def plan_survey(session: Session, actor: Actor, filed_from: date | None, filed_to: date | None,
                strata_by: StrataBy, allocation: Allocation, size: int, minimum: int) -> SurveyPlan:
    """The design shown before drawing (nothing saved); bad input refused at its field."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    filed_from, filed_to = _check_period(filed_from, filed_to)
    found = population(session, filed_from, filed_to, strata_by)
    frames = [StratumFrame(key, len(ids), found.late.get(key, 0)) for key, ids in found.strata.items()]
    plans = allocate(frames, size, Allocation(allocation), minimum)
    return SurveyPlan(filed_from, filed_to, StrataBy(strata_by), Allocation(allocation), size, minimum, found.size,
                      found.max_id, population_digest(found.strata), _planned(session, strata_by, plans))


TITLE_LENGTH = 200


def _check_titles(title: str, title_en: str) -> None:
    """A Korean title is required, the English one optional; neither longer than the column holds."""
    if not title.strip():
        raise ValidationError(translate("Surveys", "Give the survey a title."), field="title")
    if len(title.strip()) > TITLE_LENGTH:
        raise ValidationError(translate("Surveys", "The title is {n} characters long; at most {limit} fit.").format(
            n=len(title.strip()), limit=TITLE_LENGTH), field="title")
    if len(title_en.strip()) > TITLE_LENGTH:
        raise ValidationError(translate("Surveys", "The English title is {n} characters long; at most {limit} fit."
                                        ).format(n=len(title_en.strip()), limit=TITLE_LENGTH), field="title_en")


def design_survey(session: Session, actor: Actor, title: str, filed_from: date | None, filed_to: date | None,
                  strata_by: StrataBy, allocation: Allocation, size: int, minimum: int, title_en: str = "") -> int:
    """Step 1 (design), recorded: the population is fixed at the reports imported so far. ``title_en`` (optional)
    is the English report's title; without it that report prints the Korean one."""
    require(session, actor, Permission.MANAGE_REPORTS)
    _check_titles(title, title_en)
    plan = plan_survey(session, actor, filed_from, filed_to, strata_by, allocation, size, minimum)
    year = today().year
    survey = SampleSurvey(number=format_number(year, take_number(session, SERIES, year)), title=title.strip(),
                          title_en=title_en.strip(), filed_from=plan.filed_from, filed_to=plan.filed_to,
                          strata_by=plan.strata_by, allocation=plan.allocation, sample_size=size, minimum=minimum,
                          population=plan.population,
                          population_max_id=plan.max_id, population_sha256=plan.digest,
                          designed_by_id=actor.user_id or None, designed_at=now())
    session.add(survey)
    session.flush()
    for position, stratum in enumerate(plan.strata):
        p = stratum.plan
        session.add(SurveyStratum(survey_id=survey.id, key=p.key, position=position,
                                  institution_id=stratum.institution_id, subject_kind=stratum.subject_kind,
                                  purpose=stratum.purpose, population=p.population, late=p.late, prior=p.prior,
                                  allocated=p.allocated))
    session.flush()
    summary = f"{survey.number} {survey.title} ({strata_by_label(survey.strata_by)}, " \
        f"{allocation_label(survey.allocation)})"
    record(session, actor, "survey.design", survey, summary=summary, after={
        "title_en": survey.title_en,
        "filed_from": plan.filed_from.isoformat(), "filed_to": plan.filed_to.isoformat(), "sample_size": size,
        "minimum": minimum, "population": plan.population, "strata": len(plan.strata),
        "population_sha256": plan.digest})
    return survey.id


def load_survey(session: Session, survey_id: int) -> SampleSurvey:
    survey = session.get(SampleSurvey, survey_id)
    if survey is None:
        raise NotFound(translate("Surveys", "The sample survey no longer exists."))
    return survey


def strata_of(session: Session, survey_id: int) -> list[SurveyStratum]:
    return list(session.scalars(select(SurveyStratum).where(SurveyStratum.survey_id == survey_id)
                                .order_by(SurveyStratum.position)))


def _redraw(session: Session, survey: SampleSurvey, seed: int) -> tuple[Population, dict[str, list[int]]]:
    found = population(session, survey.filed_from, survey.filed_to, survey.strata_by, survey.population_max_id)
    allocation = {s.key: s.allocated for s in strata_of(session, survey.id)}
    return found, draw(seed, found.strata, allocation)


def draw_survey(session: Session, actor: Actor, survey_id: int, seed: int) -> int:
    """Step 2 (extraction), recorded with its seed; returns how many reports were drawn."""
    require(session, actor, Permission.MANAGE_REPORTS)
    survey = load_survey(session, survey_id)
    if survey.status is not SurveyStatus.DESIGNED:
        raise WorkflowError(translate("Surveys", "The sample of {number} is drawn already; redraw it from its seed "
                                      "to check it.").format(number=survey.number))
    if not 0 <= seed <= MAX_SEED:
        raise ValidationError(translate("Surveys", "The seed is a whole number from 0 to {limit}.").format(
            limit=f"{MAX_SEED:,}"), field="seed")
    found, sample = _redraw(session, survey, seed)
    if population_digest(found.strata) != survey.population_sha256:
        raise WorkflowError(translate("Surveys", "The population of {number} no longer matches its design."
                                      ).format(number=survey.number))
    strata = {s.key: s.id for s in strata_of(session, survey.id)}
    for key, ids in sample.items():
        session.add_all(SurveySample(survey_id=survey.id, stratum_id=strata[key], report_id=i) for i in ids)
    survey.seed, survey.status = seed, SurveyStatus.DRAWN
    survey.drawn_by_id, survey.drawn_at = actor.user_id or None, now()
    session.flush()
    drawn = sum(len(ids) for ids in sample.values())
    record(session, actor, "survey.draw", survey, summary=f"{survey.number} seed {seed}",
           after={"seed": seed, "drawn": drawn, "population_sha256": survey.population_sha256})
    return drawn


@dataclass(frozen=True)
class RedrawCheck:
    """A redraw from the recorded seed compared with the stored sample."""

    seed: int
    population_same: bool
    stored: int
    redrawn: int
    differing: int  # reports in one sample and not the other

    @property
    def same(self) -> bool:
        return self.population_same and self.differing == 0 and self.stored == self.redrawn


def redraw_check(session: Session, actor: Actor, survey_id: int) -> RedrawCheck:
    """Redraw from the seed and compare (recorded in the audit trail, as anyone's check may be asked for)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    survey = load_survey(session, survey_id)
    if survey.seed is None:
        raise WorkflowError(translate("Surveys", "Draw the sample first."))
    found, sample = _redraw(session, survey, survey.seed)
    redrawn = {i for ids in sample.values() for i in ids}
    stored = set(session.scalars(select(SurveySample.report_id).where(SurveySample.survey_id == survey.id)))
    check = RedrawCheck(survey.seed, population_digest(found.strata) == survey.population_sha256, len(stored),
                        len(redrawn), len(stored ^ redrawn))
    record(session, actor, "survey.redraw_check", survey, summary=f"{survey.number} seed {survey.seed}",
           after={"same": check.same, "differing": check.differing})
    return check


@dataclass(frozen=True)
class SurveyRow:
    id: int
    number: str
    title: str
    title_en: str
    filed_from: date
    filed_to: date
    strata_by: StrataBy
    allocation: Allocation
    size: int
    minimum: int
    population: int
    status: SurveyStatus
    seed: int | None
    designed_at: datetime
    reviewed: int


def list_surveys(session: Session, actor: Actor) -> list[SurveyRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    reviewed = dict(session.execute(select(SurveySample.survey_id, func.count()).where(
        SurveySample.reviewed_at.is_not(None)).group_by(SurveySample.survey_id)).all())
    return [SurveyRow(s.id, s.number, s.title, s.title_en, s.filed_from, s.filed_to, s.strata_by, s.allocation,
                      s.sample_size, s.minimum, s.population, s.status, s.seed, s.designed_at,
                      int(reviewed.get(s.id, 0)))
            for s in session.scalars(select(SampleSurvey).order_by(SampleSurvey.id.desc()))]


def find_survey(session: Session, number: str) -> int:
    stored = parse_number(number)
    found = session.scalar(select(SampleSurvey.id).where(SampleSurvey.number == stored))
    if found is None:
        raise NotFound(translate("Surveys", "There is no sample survey {number}.").format(number=stored))
    return int(found)


def strata_by_label(strata_by: StrataBy | str) -> str:
    return {StrataBy.INSTITUTE_SUBJECT: translate("Surveys", "Institute × subject type"),
            StrataBy.INSTITUTE_PURPOSE: translate("Surveys", "Institute × purpose"),
            StrataBy.SUBJECT: translate("Surveys", "Subject type"),
            StrataBy.PURPOSE: translate("Surveys", "Purpose")}[StrataBy(strata_by)]


def allocation_label(allocation: Allocation | str) -> str:
    return {Allocation.PROPORTIONAL: translate("Surveys", "Proportional"),
            Allocation.NEYMAN: translate("Surveys", "Neyman")}[Allocation(allocation)]


def status_label(status: SurveyStatus | str) -> str:
    return {SurveyStatus.DESIGNED: translate("Surveys", "Designed"),
            SurveyStatus.DRAWN: translate("Surveys", "Drawn, under review"),
            SurveyStatus.REPORTED: translate("Surveys", "Reported")}[SurveyStatus(status)]
