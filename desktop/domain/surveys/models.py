"""A sample survey of filed reports (Act Art. 31-4 ④): its design, its strata, the drawn sample and each sampled
report's findings on the evaluation standard."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.clock import now
from desktop.db.base import Base, UTCDateTime, enum_column
from desktop.domain.reports.standard import Assessment, Conclusion, Criterion


class StrataBy(StrEnum):
    """How the population is divided into strata."""

    INSTITUTE_SUBJECT = "institute_subject"
    INSTITUTE_PURPOSE = "institute_purpose"
    SUBJECT = "subject"
    PURPOSE = "purpose"


class Allocation(StrEnum):
    PROPORTIONAL = "proportional"  # n_h ∝ N_h
    NEYMAN = "neyman"  # n_h ∝ N_h·S_h, S_h from the stratum's late-filing rate (desktop/domain/surveys/design.py)


class SurveyStatus(StrEnum):
    DESIGNED = "designed"
    DRAWN = "drawn"  # the sample is drawn; its reports are being reviewed
    REPORTED = "reported"  # the survey report is issued


class SampleSurvey(Base):
    """One survey: the population (reports filed in a period, up to the highest report id at design), its strata,
    size, allocation and minimum; the seed of its draw; the issued report."""

    __tablename__ = "sample_surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200), default="", server_default="")  # the English report's title
    filed_from: Mapped[date] = mapped_column(Date)
    filed_to: Mapped[date] = mapped_column(Date)
    strata_by: Mapped[StrataBy] = mapped_column(enum_column(StrataBy))
    allocation: Mapped[Allocation] = mapped_column(enum_column(Allocation))
    sample_size: Mapped[int] = mapped_column(Integer)
    minimum: Mapped[int] = mapped_column(Integer)
    population: Mapped[int] = mapped_column(Integer)
    population_max_id: Mapped[int] = mapped_column(Integer)  # reports are never deleted: the population is fixed
    population_sha256: Mapped[str] = mapped_column(String(64))  # of the ordered (stratum, id) lines
    status: Mapped[SurveyStatus] = mapped_column(enum_column(SurveyStatus), default=SurveyStatus.DESIGNED)
    designed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    designed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now)
    seed: Mapped[int | None] = mapped_column(Integer)
    drawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SurveyStratum(Base):
    """One stratum as designed: its population N_h, its prior spread input (late-filing rate) and allocation n_h."""

    __tablename__ = "survey_strata"
    __table_args__ = (UniqueConstraint("survey_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("sample_surveys.id"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    subject_kind: Mapped[str] = mapped_column(String(32), default="")
    purpose: Mapped[str] = mapped_column(String(32), default="")
    population: Mapped[int] = mapped_column(Integer)
    late: Mapped[int] = mapped_column(Integer)
    prior: Mapped[float] = mapped_column(Float)  # p_h = (late + 1) / (N_h + 2)
    allocated: Mapped[int] = mapped_column(Integer)


class SurveySample(Base):
    """A sampled report and, once reviewed, the conclusion on it with its reasons."""

    __tablename__ = "survey_samples"
    __table_args__ = (UniqueConstraint("survey_id", "report_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("sample_surveys.id"), index=True)
    stratum_id: Mapped[int] = mapped_column(ForeignKey("survey_strata.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("evaluation_reports.id"), index=True)
    conclusion: Mapped[Conclusion | None] = mapped_column(enum_column(Conclusion))
    reasons: Mapped[str] = mapped_column(Text, default="", server_default="")
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SurveyFinding(Base):
    """The examiner's judgment of a sampled report on one criterion of the evaluation standard (Art. 31-2)."""

    __tablename__ = "survey_findings"
    __table_args__ = (UniqueConstraint("sample_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("survey_samples.id"), index=True)
    criterion: Mapped[Criterion] = mapped_column(enum_column(Criterion))
    assessment: Mapped[Assessment] = mapped_column(enum_column(Assessment))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
