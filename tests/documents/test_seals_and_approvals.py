"""Who seals and who approves, on the demo's documents: the registered seal image on what the authority sends,
"직인생략" without one, none on internal reports; letters name their approver with 전결; open minutes are drafts."""

import dataclasses

import pytest
from sqlalchemy import select

from desktop.documents.certificate import render_certificate
from desktop.documents.decision import render_decision_notice
from desktop.documents.inspection_notice import render_inspection_notice
from desktop.documents.inspection_report import render_inspection_report
from desktop.documents.minutes import MinutesDocument, render_minutes
from desktop.documents.supplement_request import render_supplement_request
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.committee.models import Meeting
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.domain.inspections.report import inspection_notice, inspection_report
from desktop.domain.scoring.minutes import meeting_minutes
from desktop.domain.screening.supplements import list_supplements, supplement_letter
from desktop.domain.settings.service import get_settings


def without_seal(data):
    return dataclasses.replace(data, settings={**data.settings, "seal_image": ""})


@pytest.fixture
def records(demo_database, demo_actors):
    """One of each kind of document data from the demo (which loaded its 견본 DEMO seal image)."""
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as s:
        settings = get_settings(s)
        meetings = s.scalars(select(Meeting).order_by(Meeting.held_at)).all()
        scheduled = s.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)).one()
        signed = s.scalars(select(Inspection.id).join(Application, Application.id == Inspection.application_id)
                           .where(Application.status == ApplicationStatus.COMMITTEE_REVIEW,
                                  Inspection.status == InspectionStatus.SIGNED)).first()
        return {
            "letter": supplement_letter(s, secretariat, list_supplements(s, secretariat)[-1].id, settings),
            "inspection_notice": inspection_notice(s, secretariat, scheduled, settings),
            "report": inspection_report(s, demo_actors["chair"], signed, settings),
            "closed_minutes": meeting_minutes(s, secretariat, meetings[0].id, settings),
            "open_minutes": meeting_minutes(s, secretariat, meetings[1].id, settings),
        }


def test_letters_carry_the_director_s_approval_as_delegated_and_the_seal_image(records, pdf_text, pdf_reader):
    for data, render in ((records["letter"], render_supplement_request),
                         (records["inspection_notice"], render_inspection_notice)):
        pdf = render(data)
        text = pdf_text(pdf)
        assert "기안자 주무관 김하늘" in text
        assert "결재권자 과장 전결 한서윤" in text  # the demo's 과장 holds the position of the 위임전결 table
        assert len(pdf_reader(pdf).pages[0].images) == 1 and "직인생략" not in text
        english = pdf_text(render(data, "en"))
        assert "Approved by Director 한서윤 (delegated)" in english
        assert "직인생략" in pdf_text(render(without_seal(data)))


def test_the_decision_and_certificate_are_sealed_with_the_image_or_say_seal_omitted(notices, certificate, pdf_text,
                                                                                    pdf_reader):
    for pdf in (render_decision_notice(notices["designated"]), render_certificate(certificate)):
        assert len(pdf_reader(pdf).pages[0].images) == 1
    assert "지식재산처장 직인생략" in pdf_text(render_certificate(without_seal(certificate)))
    assert "Minister of Intellectual Property (Seal omitted)" in pdf_text(
        render_decision_notice(without_seal(notices["not_designated"]), "en"))


def test_internal_reports_carry_no_ministry_seal(records, pdf_text, pdf_reader):
    for pdf in (render_inspection_report(records["report"]), render_minutes(records["closed_minutes"]),
                render_inspection_report(records["report"], "en"), render_minutes(records["closed_minutes"], "en")):
        reader = pdf_reader(pdf)
        assert not any(page.images for page in reader.pages)
        assert "직인생략" not in pdf_text(pdf) and "Seal omitted" not in pdf_text(pdf)


def test_open_minutes_print_as_a_draft_and_closed_ones_as_final(records, pdf_text):
    open_minutes = records["open_minutes"]
    assert not MinutesDocument(open_minutes).final  # a challenge vote pending, an applicant without a result
    text = pdf_text(render_minutes(open_minutes))
    assert "[초안] 평가기관 지정심의위원회 회의록" in text and text.count("초안") >= 3  # title + watermark per page
    assert "[DRAFT] Minutes of the Designation Review Committee" in pdf_text(render_minutes(open_minutes, "en"))
    closed = records["closed_minutes"]
    assert MinutesDocument(closed).final
    assert "초안" not in pdf_text(render_minutes(closed)) and "DRAFT" not in pdf_text(render_minutes(closed, "en"))
