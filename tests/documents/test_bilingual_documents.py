"""English documents print what the app writes in English (Hangul only where a person typed it), and every
numbered record has one numbering style per language that no other kind shares."""

import re

import pytest
from sqlalchemy import select

from desktop.core.bilingual import pick
from desktop.documents.inspection_notice import render_inspection_notice
from desktop.documents.inspection_report import render_inspection_report
from desktop.documents.labels import NUMBER_STYLES, legal_basis, printed_number
from desktop.documents.layout import document_number
from desktop.documents.minutes import render_minutes
from desktop.documents.supplement_request import render_supplement_request
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.committee.models import Meeting
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.domain.inspections.report import inspection_notice, inspection_report
from desktop.domain.scoring.minutes import meeting_minutes
from desktop.domain.screening.supplements import list_supplements, supplement_letter
from desktop.domain.settings.service import get_settings

HANGUL = re.compile("[가-힣]+")


def without(text: str, *typed: str) -> str:
    """The text with what people typed taken out (longest first, so a name inside an address goes too)."""
    for value in sorted({t for t in typed if t}, key=len, reverse=True):
        text = text.replace(value, " ")
    return " ".join(text.split())


def hangul_left(text: str, *typed: str) -> list[str]:
    flat = " ".join(text.split())
    return HANGUL.findall(without(flat, *(" ".join(t.split()) for t in typed)))


@pytest.fixture
def records(demo_database, demo_actors):
    actor = demo_actors["chair"]
    with demo_database.read() as s:
        settings = get_settings(s)
        letters = [supplement_letter(s, demo_actors["secretariat"], r.id, settings)
                   for r in list_supplements(s, demo_actors["secretariat"])]
        scheduled = s.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)).one()
        signed = s.scalars(select(Inspection.id).join(Application, Application.id == Inspection.application_id)
                           .where(Application.status == ApplicationStatus.COMMITTEE_REVIEW,
                                  Inspection.status == InspectionStatus.SIGNED)).first()
        meetings = s.scalars(select(Meeting.id).order_by(Meeting.held_at)).all()
        staff = {a.number: [p.name for p in a.staff] for a in s.scalars(select(Application))}
        return {"letters": letters, "staff": staff,
                "notice": inspection_notice(s, demo_actors["secretariat"], scheduled, settings),
                "report": inspection_report(s, actor, signed, settings),
                "minutes": [meeting_minutes(s, demo_actors["secretariat"], m, settings) for m in meetings]}


def test_the_english_supplement_request_lists_its_deficiencies_in_english(records, pdf_text):
    for letter in records["letters"]:
        assert all(isinstance(d, dict) for d in letter.deficiencies)  # the demo's proposals, kept in both
        text = pdf_text(render_supplement_request(letter, "en"))
        for deficiency in letter.deficiencies:
            assert " ".join(pick(deficiency, "en").split()) in " ".join(text.split())
        assert "counted" in text and "required." in text  # a sentence, not "필요 2명: 이하준"
        staff = [d for d in letter.deficiencies if "Qualified staff" in d["en"]]
        assert staff and "을 인정함" in staff[0]["ko"] and "필요 2명:" not in staff[0]["ko"]
        assert hangul_left(text, letter.representative, letter.address, letter.drafter_name, letter.approver_name,
                           *records["staff"][letter.application_number]) == []


def test_the_english_inspection_notice_has_no_korean_of_its_own(records, pdf_text):
    notice = records["notice"]
    text = pdf_text(render_inspection_notice(notice, "en"))
    typed = [notice.applicant.representative, notice.applicant.address, notice.place,
             notice.drafted.name if notice.drafted else "", notice.approved.name if notice.approved else "",
             *(p.name for p in notice.inspectors)]
    assert hangul_left(text, *typed) == []
    assert notice.applicant.round_title not in text  # the call is named by its code in English


def test_the_english_inspection_report_prints_bases_attestation_and_titles_in_english(records, pdf_text):
    report = records["report"]
    text = " ".join(pdf_text(render_inspection_report(report, "en")).split())
    assert "Enforcement Decree Art. 12(2), item 1(a)" in text and "Act Art. 31-7" in text
    assert "I confirm that the results of this on-site inspection are true." in text
    assert "On-site inspector" in text
    typed = [report.place, *(p.name for p in report.signatures), *(f.description for f in report.findings),
             *(f.corrective_action for f in report.findings), *(f.applicant_response or "" for f in report.findings),
             *(f.verified_by for f in report.findings),
             *((i.answer.note or "") for i in report.items if i.answer), *((i.answer.text or "") for i in report.items
                                                                           if i.answer)]
    assert hangul_left(text, *typed) == []
    korean = " ".join(pdf_text(render_inspection_report(report, "ko")).split())
    assert "제1호가목" in korean and "법 제31조의7" in korean
    assert "본인은 위 현장실사 결과가 사실과 같음을 확인합니다." in korean


def test_the_english_minutes_name_institutions_in_english_and_write_sentences(records, pdf_text):
    for minutes in records["minutes"]:
        text = " ".join(pdf_text(render_minutes(minutes, "en")).split())
        assert "applicant(s)" not in text
        for result in minutes.results:
            assert result.institution_name_en and result.institution_name_en in text
            assert result.institution_name not in text
        typed = [minutes.place, minutes.notes, *(a.name for a in minutes.attendees),
                 *(c.member_name for c in minutes.conflicts), *(c.statement for c in minutes.conflicts),
                 *(c.member_name for c in minutes.challenges), *(c.reason for c in minutes.challenges)]
        assert hangul_left(text, *typed) == [], minutes.meeting_number
        assert f"CM-{minutes.meeting_number.removeprefix('심의-')}" in text


def test_an_institution_without_an_english_name_keeps_its_korean_name_in_english_minutes(records, pdf_text):
    import dataclasses

    minutes = records["minutes"][0]
    first = dataclasses.replace(minutes.results[0], institution_name_en="")
    text = pdf_text(render_minutes(dataclasses.replace(minutes, results=(first, *minutes.results[1:])), "en"))
    assert first.institution_name in text  # what was recorded, rather than nothing


def test_every_kind_has_its_own_visible_number_in_both_languages():
    stored = {"decision": "제2026-0001호", "public_notice": "제2026-001호", "supplement": "보완-2026-0001",
              "inspection": "실사-2026-0001", "meeting": "심의-2026-0001", "sanction_case": "제재사건-2026-0001",
              "sanction": "제재-2026-0001", "survey": "표본조사-2026-0001",
              "validity_check": "타당성-2026-0001", "validity": "타당성통지-2026-0001", "publication": "공표-2026-0001"}
    for language in ("ko", "en"):
        shown = {kind: document_number(number, language) for kind, number in stored.items()}
        shown["inspection_report"] = document_number(stored["inspection"], language, kind="inspection_report")
        assert len(set(shown.values())) == len(shown) == len(NUMBER_STYLES), shown
        assert not any("No. No." in number for number in shown.values())
    assert document_number("보완-2026-0001", "en") == "SUP-2026-0001"
    assert document_number("실사-2026-012", "en") == "INS-2026-012"
    assert document_number("실사-2026-012", "en", kind="inspection_report") == "INR-2026-012"
    assert document_number("심의-2026-01", "en") == "CM-2026-01"
    assert document_number("제2026-0001호", "en") == "No. 2026-0001"
    assert document_number("제2026-0001호", "en", prefix=False) == "2026-0001"
    assert all(document_number(n, "ko") == n for n in stored.values())  # stored numbers keep their value
    assert printed_number("2026-1-001", "en") == "2026-1-001"  # not a document number: as stored


def test_english_letters_never_print_a_doubled_no(records, pdf_text):
    text = pdf_text(render_supplement_request(records["letters"][0], "en"))
    assert "No. No." not in text and "Enforcement No." not in text and "Ref." in text
    assert text.count("SUP-") >= 1 and "보완-" not in text
    report = pdf_text(render_inspection_report(records["report"], "en"))
    assert "INR-" in report and "INSP-" not in report and "INS-" not in report.replace("INR-", "")


def test_legal_bases_read_in_english():
    assert legal_basis("en", "시행령 제12조제2항제1호가목") == "Enforcement Decree Art. 12(2), item 1(a)"
    assert legal_basis("en", "법 제31조의2") == "Act Art. 31-2"
    assert legal_basis("en", "시행령 제14조의5") == "Enforcement Decree Art. 14-5"
    assert legal_basis("en", "법 제31조의7", "Invention Promotion Act Art. 31-7") == "Invention Promotion Act Art. 31-7"
    assert legal_basis("ko", "법 제31조의7") == "법 제31조의7"
