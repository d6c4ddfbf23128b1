"""The notice of an on-site inspection to the applicant, from the demo's next inspection."""

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.formatting import english_date, official_date
from desktop.documents.inspection_notice import render_inspection_notice
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.domain.inspections.report import inspection_notice
from desktop.domain.settings.service import get_settings


@pytest.fixture
def notice(demo_database, demo_actors):
    with demo_database.read() as session:
        inspection_id = session.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)
                                        ).one()
        return inspection_notice(session, demo_actors["secretariat"], inspection_id, get_settings(session))


def test_the_korean_notice_says_when_where_who_and_what(notice, pdf_text):
    text = pdf_text(render_inspection_notice(notice))
    assert "평가기관 지정 신청에 따른 현장실사 실시 통지" in text
    assert f"{notice.applicant.name} (대표 {notice.applicant.representative})" in text
    assert f"신청번호 {notice.applicant.application_number}" in text
    assert f"실사 일시: {official_date(notice.scheduled_on)} 10:00" in text  # date and time of day
    assert f"실사위원: {', '.join(p.name for p in notice.inspectors)}" in text
    assert "① 상시 고용 전문인력" in text and "⑩ 평가 기록의 보존" in text
    assert "알려 주시기 바랍니다. 끝." in text and text.count("끝.") == 1
    assert f"시행 {notice.number} ({official_date(notice.issued_at)})" in text
    assert "1 / 1" in text  # the whole notice fits on one page


def test_the_english_notice_and_identical_bytes(notice, pdf_text):
    english = render_inspection_notice(notice, "en")
    text = pdf_text(english)
    assert "Notice of the on-site inspection of your application for designation" in text
    assert "Inspectors:" in text and "Please prepare:" in text and "End." in text
    assert f"Date and time: {english_date(notice.scheduled_on)}, 10:00 (Korean time)" in text
    assert f"Ref. INS-{notice.number.removeprefix('실사-')}" in text and "INSP-" not in text
    assert render_inspection_notice(notice, "en") == english


def test_the_command_line_prints_the_notice(demo_database, notice, tmp_path, capsys):
    output = tmp_path / "notice.pdf"
    number = notice.number.removeprefix("실사-")
    assert main(["--database", demo_database.url, "document", "inspection-notice", number, "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF")
    assert notice.number in capsys.readouterr().out
    assert main(["--database", demo_database.url, "document", "inspection-notice", "2026-999",
                 "-o", str(tmp_path / "x.pdf")]) == 1
    assert "There is no inspection 2026-999" in capsys.readouterr().err
