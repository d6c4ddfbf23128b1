"""The printed supplement request: content, deadline, languages, byte-identical output, the CLI and the kept letter."""

import dataclasses

import pytest

from desktop.cli import main
from desktop.core.bilingual import pick
from desktop.core.formatting import official_date
from desktop.documents.supplement_request import render_supplement_request
from desktop.domain.screening.supplements import SupplementLetter, list_supplements, supplement_letter
from desktop.domain.settings.service import get_settings


@pytest.fixture
def letters(demo_database, demo_actors) -> list[SupplementLetter]:
    """The letters of the demo's two requests (the completed round's, expired; the open round's, overdue)."""
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as session:
        settings = get_settings(session)
        return [supplement_letter(session, secretariat, r.id, settings)
                for r in list_supplements(session, secretariat)]


def test_the_korean_letter_lists_each_deficiency_and_the_deadline(letters, pdf_text):
    letter = letters[-1]
    text = pdf_text(render_supplement_request(letter))
    assert "수신" in text and f"{letter.institution_name} (대표 {letter.representative})" in text
    assert "제목 평가기관 지정신청 서류 보완 요청" in text
    assert f"신청번호 {letter.application_number}" in text
    deadline = official_date(letter.deadline)
    assert f"{deadline}까지 보완 서류를 제출하여 주시기 바랍니다" in text
    assert f"제출 기한: {deadline}" in text
    for n, deficiency in enumerate(letter.deficiencies, start=1):
        assert f"{n}) {' '.join(pick(deficiency, 'ko').split())}" in text
    assert text.count("끝.") == 1 and text.index("끝.") > text.index("부적격 처리")
    assert f"시행 {letter.number} ({official_date(letter.requested_at)})" in text
    assert f"기안자 {letter.drafter_title} {letter.drafter_name}" in text
    assert "지식재산처장" in text and "1 / 1" in text


def test_the_english_letter(letters, pdf_text):
    letter = letters[-1]
    text = pdf_text(render_supplement_request(letter, "en"))
    assert "Request to supplement your application for designation" in text
    assert f"Ref. SUP-{letter.number.removeprefix('보완-')}" in text and "No. No." not in text
    assert "Deadline:" in text and "End." in text and "보완-" not in text


def test_the_same_letter_gives_the_same_bytes(letters):
    letter = letters[0]
    assert render_supplement_request(letter) == render_supplement_request(dataclasses.replace(letter))


def test_many_deficiencies_flow_onto_a_second_page_with_page_numbers(letters, pdf_pages):
    letter = dataclasses.replace(letters[0], deficiencies=tuple(f"보완 사항 {n}: 증빙 서류 제출" for n in range(60)))
    pages = pdf_pages(render_supplement_request(letter))
    assert len(pages) >= 2 and f"1 / {len(pages)}" in pages[0] and f"2 / {len(pages)}" in pages[1]


def test_command_line_writes_the_letter(tmp_path, capsys):
    database = tmp_path / "cli.sqlite3"
    assert main(["--database", str(database), "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "letter.pdf"
    from desktop.db.engine import Database
    from desktop.domain.accounts.permissions import Actor

    db = Database(f"sqlite:///{database}")
    with db.read() as session:
        number = list_supplements(session, Actor.command_line())[-1].number
    db.dispose()
    short = number.removeprefix("보완-").replace("-000", "-")  # e.g. 2026-2
    assert main(["--database", str(database), "document", "supplement-request", short, "-o", str(out),
                 "--language", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF") and number in capsys.readouterr().out
    assert main(["--database", str(database), "document", "supplement-request", "보완-1999-0001", "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert "There is no supplement request 보완-1999-0001." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
