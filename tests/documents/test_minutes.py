"""The committee minutes: attendance and quorum, conflicts and challenges, the results table, signatures, in the
official layout (Korean and English), byte-identical for the same record, and printed from the command line."""

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.documents.minutes import render_minutes
from desktop.domain.committee.models import Meeting
from desktop.domain.scoring.minutes import meeting_minutes
from desktop.domain.settings.service import get_settings
from tests.documents.conftest import flat


@pytest.fixture
def minutes(demo_database, demo_actors):
    """The minutes data of both demo meetings: ``completed`` (closed) and ``open`` (in session)."""
    with demo_database.read() as s:
        settings = get_settings(s)
        meetings = s.scalars(select(Meeting).order_by(Meeting.held_at)).all()
        return {name: meeting_minutes(s, demo_actors["secretariat"], m.id, settings)
                for name, m in zip(("completed", "open"), meetings, strict=True)}


def test_the_completed_meeting_minutes_say_who_attended_who_was_excluded_and_the_results(minutes, pdf_text):
    text = pdf_text(render_minutes(minutes["completed"]))
    assert "평가기관 지정심의위원회 회의록" in text
    assert flat("재적위원 7명 중 6명이 출석하여 의사정족수 4명을 충족하였음.") in text
    assert "불참: 신재원" in text
    assert flat("장도현 위원은 누리특허법인(신청번호 2026-1-005)의 심사에서 제척되었음(사유: 신청기관 재직).") in text
    assert "다른 위원의 평가점수를 열람하지 아니하였음" in text
    assert flat("1 2026-1-001 한국기술가치연구원 6명 86.75 적합") in text
    assert flat("2026-1-005 누리특허법인 5명") in text  # the excluded member did not score it
    assert text.count("부적합") == 2
    assert "위원 서명" in text and "끝." in text and "1 / 2" in text
    assert flat("최고 또는 최저 총점이 같은 평가표가 여럿이면 제외분을 똑같이 나누어 반영") in text  # the tie rule


def test_the_open_meeting_minutes_record_the_challenge_vote_and_only_concluded_results(minutes, pdf_text):
    text = pdf_text(render_minutes(minutes["open"]))
    assert "윤미래 위원은" in text and "제척되었음(사유: 해당 안건에 직접 관여)" in text
    assert flat("서지안 위원에 대하여 한울기술경제연구소에서 기피를 신청하였음") in text
    assert flat("표결이 아직 끝나지 아니하였음(의결권이 있는 위원 5명 중 지금까지 인용 1표, 기각 2표)") in text
    results = text[text.index("4. 심사 결과"):]
    assert flat("1 2026-2-009 세움기술평가 주식회사 7명 81.70 적합") in results  # scored by all seven
    assert "2026-2-008" not in results  # still being scored: no result yet


def test_english_minutes_and_identical_bytes_for_the_same_record(minutes, pdf_text):
    first = render_minutes(minutes["completed"], "en")
    assert first == render_minutes(minutes["completed"], "en")
    text = pdf_text(first)
    assert "Minutes of the Designation Review Committee" in text
    assert flat("6 of the 7 members were present; the quorum of 4 was met.") in text
    assert flat("장도현 was excluded from the review of Nuri Patent Law Firm (application 2026-1-005) (ground: "
                "works or worked for the applicant).") in text
    assert "End." in text
    assert flat("sheets tied for the highest or lowest total share the exclusion equally") in text


def test_the_command_line_prints_the_minutes_and_names_an_unknown_meeting(demo_database, tmp_path, capsys,
                                                                         pdf_text):
    with demo_database.read() as s:
        number = s.scalars(select(Meeting.number).order_by(Meeting.held_at)).first()
    output = tmp_path / "minutes.pdf"
    assert main(["--database", demo_database.url, "document", "minutes", number, "-o", str(output)]) == 0
    assert "의사정족수 4명을 충족하였음" in pdf_text(output.read_bytes())
    assert main(["--database", demo_database.url, "document", "minutes", "심의-1999-99", "-o", str(output)]) == 1
    assert "There is no meeting 심의-1999-99" in capsys.readouterr().err
