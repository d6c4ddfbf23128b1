"""A survey's optional English title: stored with the design, printed on the English report (the Korean report
keeps the Korean title), the Korean title printed when there is none; a title too long is refused at its field."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from desktop.core.errors import ValidationError
from desktop.documents.survey_report import render_survey_report
from desktop.domain.surveys.models import Allocation, SampleSurvey, StrataBy, SurveyStatus
from desktop.domain.surveys.report import build_report
from desktop.domain.surveys.service import design_survey, list_surveys
from desktop.issuing.issue import issued_pdf
from tests.domain.surveys.test_survey_flow import END, START


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(BytesIO(pdf)).pages)


def test_the_demo_survey_prints_its_english_title_in_english_and_its_korean_title_in_korean(demo_database,
                                                                                          demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        (survey,) = list_surveys(session, secretariat)
    assert survey.status is SurveyStatus.REPORTED and survey.title_en.startswith("Sample survey of the valuation")
    with demo_database.transaction() as session:
        english = text_of(issued_pdf(session, secretariat, "survey_report", survey.id, "en").data)
        korean = text_of(issued_pdf(session, secretariat, "survey_report", survey.id, "ko").data)
    assert f"Results of the sample survey of filed valuation reports ({survey.title_en})" in english
    assert survey.title not in english
    assert survey.title_en not in korean and survey.title.replace(" ", "") in korean.replace(" ", "")


def test_without_an_english_title_the_english_report_prints_the_korean_one(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as session:
        survey_id = design_survey(session, secretariat, "2026년 2분기 표본조사", START, END, StrataBy.PURPOSE,
                                  Allocation.NEYMAN, 20, 1, title_en="  ")
        assert session.get(SampleSurvey, survey_id).title_en == ""
        data = build_report(session, secretariat, survey_id)
    english = text_of(render_survey_report(data, "en"))
    assert "Results of the sample survey of filed valuation reports (2026" in english
    with demo_database.transaction() as session:
        survey_id = design_survey(session, secretariat, "2026년 2분기 표본조사", START, END, StrataBy.PURPOSE,
                                  Allocation.NEYMAN, 20, 1, title_en=" Q2 2026 survey ")
        assert session.get(SampleSurvey, survey_id).title_en == "Q2 2026 survey"
        data = build_report(session, secretariat, survey_id)
    assert "valuation reports (Q2 2026 survey)" in text_of(render_survey_report(data, "en"))


def test_a_title_too_long_is_refused_at_its_field_and_nothing_is_saved(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        before = len(list_surveys(session, secretariat))
    for title, title_en, field in (("표본조사", "x" * 201, "title_en"), ("가" * 201, "", "title")):
        with pytest.raises(ValidationError, match="201 characters long; at most 200 fit") as refused, \
                demo_database.transaction() as session:
            design_survey(session, secretariat, title, START, END, StrataBy.PURPOSE, Allocation.NEYMAN, 20, 1,
                          title_en=title_en)
        assert refused.value.field == field
    with demo_database.read() as session:
        assert len(list_surveys(session, secretariat)) == before


def test_the_chart_labels_are_at_least_8_points_and_fit_beside_the_bars(demo_database, demo_actors):
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.documents.fonts import FONT
    from desktop.documents.survey_report import SurveyReportDocument

    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as session:  # institute × subject: the longest labels there are
        survey_id = design_survey(session, secretariat, "기관별 표본조사", START, END, StrataBy.INSTITUTE_SUBJECT,
                                  Allocation.NEYMAN, 60, 1)
        data = build_report(session, secretariat, survey_id)
    for language in ("ko", "en"):
        chart = SurveyReportDocument(data, language).chart()
        texts = [shape for shape in chart.contents if isinstance(shape, String)]
        labels = [t for t in texts if t.textAnchor == "end"]
        assert len(labels) == len(data.strata) and min(t.fontSize for t in texts) >= 8
        assert all(stringWidth(t.text, FONT, t.fontSize) <= t.x for t in labels)  # none runs off the left edge
