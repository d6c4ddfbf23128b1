"""A sample survey through its four steps on the demo's filed reports: designed (shown before saving), drawn with
its seed and redrawn identically, every sampled report reviewed, analysed, and its report issued and verified."""

from datetime import date

import pytest

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Finding
from desktop.domain.surveys.collection import analyse, list_samples, record_review, sample_review
from desktop.domain.surveys.models import Allocation, StrataBy, SurveyStatus
from desktop.domain.surveys.report import issue_survey_report
from desktop.domain.surveys.service import design_survey, draw_survey, list_surveys, plan_survey, redraw_check
from desktop.issuing.issue import issued_pdf
from desktop.issuing.verify import verify_pdf

START, END = date(2026, 4, 1), date(2026, 6, 30)


def design(database, actor, strata_by=StrataBy.INSTITUTE_SUBJECT, size=60, minimum=1) -> int:
    with database.transaction() as session:
        return design_survey(session, actor, "2026년 2분기 표본조사", START, END, strata_by, Allocation.NEYMAN, size,
                             minimum)


def review_all(database, actor, survey_id, inappropriate_every=4):
    with database.read() as session:
        samples = list_samples(session, actor, survey_id)
    for n, sample in enumerate(samples):
        short = n % inappropriate_every == 0
        findings = [Finding(c, Assessment.FALLS_SHORT if short and k == 0 else Assessment.MEETS,
                            "근거 부족" if short and k == 0 else "") for k, c in enumerate(CRITERIA)]
        with database.transaction() as session:
            record_review(session, actor, sample.id, findings,
                          Conclusion.INAPPROPRIATE if short else Conclusion.APPROPRIATE, "검토 결과 기재")
    return samples


def test_the_plan_is_shown_before_anything_is_saved(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        before = len(list_surveys(session, secretariat))
        plan = plan_survey(session, secretariat, START, END, StrataBy.PURPOSE, Allocation.PROPORTIONAL, 40, 2)
        assert len(list_surveys(session, secretariat)) == before
    assert plan.population == sum(s.plan.population for s in plan.strata) > 0
    assert sum(s.plan.allocated for s in plan.strata) == 40
    assert all(s.plan.allocated >= 2 for s in plan.strata)
    assert sum(s.plan.weight for s in plan.strata) == pytest.approx(1.0)
    assert {s.label for s in plan.strata} >= {"Collateral loan", "Investment"}


def test_bad_periods_are_refused_at_the_period_field(demo_database, demo_actors):
    with demo_database.read() as session:
        for start, end, words in ((END, START, "ends"), (date(2030, 1, 1), date(2030, 3, 31), "empty"),
                                  (None, END, "Choose the period")):
            with pytest.raises(ValidationError, match=words) as refused:
                plan_survey(session, demo_actors["secretariat"], start, end, StrataBy.PURPOSE,
                            Allocation.PROPORTIONAL, 10, 1)
            assert refused.value.field == "period"


def test_draw_redraw_review_analyse_and_report(demo_database, demo_actors, tmp_path):
    secretariat = demo_actors["secretariat"]
    survey_id = design(demo_database, secretariat)
    with demo_database.transaction() as session:
        assert draw_survey(session, secretariat, survey_id, 12345) == 60
    with demo_database.transaction() as session:
        check = redraw_check(session, secretariat, survey_id)
        assert check.same and check.stored == 60
        with pytest.raises(WorkflowError, match="drawn already"):
            draw_survey(session, secretariat, survey_id, 1)
        with pytest.raises(WorkflowError, match="not reviewed yet"):
            issue_survey_report(session, secretariat, survey_id)
    samples = review_all(demo_database, secretariat, survey_id)
    with demo_database.read() as session:
        stored = sample_review(session, secretariat, samples[0].id)
        analysis = analyse(session, secretariat, survey_id)
    assert stored.conclusion is Conclusion.INAPPROPRIATE and len(stored.findings) == len(CRITERIA)
    assert analysis.complete and analysis.inappropriate == 15  # samples 0, 4, …, 56
    assert analysis.estimate is not None and analysis.estimate.low <= analysis.estimate.share <= analysis.estimate.high
    assert sum(i.sampled for i in analysis.institutes) == 60
    assert sum(i.inappropriate for i in analysis.institutes) == 15
    with demo_database.transaction() as session:
        number = issue_survey_report(session, secretariat, survey_id)
        pdf = issued_pdf(session, secretariat, "survey_report", survey_id, "ko").data
        with pytest.raises(WorkflowError, match="reviews are closed"):
            record_review(session, secretariat, samples[1].id, stored.findings, Conclusion.INAPPROPRIATE, "x")
    assert number.startswith("표본조사-2026-")
    with demo_database.read() as session:
        assert next(r for r in list_surveys(session, secretariat) if r.id == survey_id).status \
            is SurveyStatus.REPORTED
        assert verify_pdf(session, secretariat, pdf).valid


def test_the_same_design_with_another_seed_draws_another_sample(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    first, second = design(demo_database, secretariat), design(demo_database, secretariat)
    with demo_database.transaction() as session:
        draw_survey(session, secretariat, first, 1)
        draw_survey(session, secretariat, second, 2)
        a = {s.report_id for s in list_samples(session, secretariat, first)}
        b = {s.report_id for s in list_samples(session, secretariat, second)}
    assert len(a) == len(b) == 60 and a != b


def test_bad_input_changes_nothing(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        before = len(list_surveys(session, secretariat))
    for kwargs, field in (({"size": 0}, "size"), ({"size": 100_000}, "size"), ({"minimum": 50}, "minimum")):
        with pytest.raises(ValidationError) as refused:
            design(demo_database, secretariat, **kwargs)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as session:
        design_survey(session, secretariat, " ", START, END, StrataBy.PURPOSE, Allocation.NEYMAN, 10, 1)
    assert refused.value.field == "title"
    survey_id = design(demo_database, secretariat)
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as session:
        draw_survey(session, secretariat, survey_id, -1)
    assert refused.value.field == "seed"
    with demo_database.read() as session:
        assert len(list_surveys(session, secretariat)) == before + 1
        assert list_samples(session, secretariat, survey_id) == []
    samples_id = None
    with demo_database.transaction() as session:
        draw_survey(session, secretariat, survey_id, 9)
        samples_id = list_samples(session, secretariat, survey_id)[0].id
    incomplete = [Finding(CRITERIA[0], Assessment.FALLS_SHORT, "")]
    with pytest.raises(ValidationError), demo_database.transaction() as session:
        record_review(session, secretariat, samples_id, incomplete, Conclusion.INAPPROPRIATE, "이유")
    with demo_database.read() as session:
        assert sample_review(session, secretariat, samples_id).conclusion is None


def test_the_demo_has_a_completed_survey(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        surveys = list_surveys(session, secretariat)
        assert [s.status for s in surveys] == [SurveyStatus.REPORTED]
        assert surveys[0].reviewed == surveys[0].size == 40 and surveys[0].seed is not None
        assert analyse(session, secretariat, surveys[0].id).complete
