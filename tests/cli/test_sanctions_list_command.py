"""``sanctions list --on DATE -o FILE``: the list of sanctions as of a day, headless (a draft); ``--publication``
writes the workbook stored with a published list, the same bytes every time."""

import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.publication_kinds import publish


def test_the_sanctions_of_a_day_as_a_workbook_and_a_draft_pdf(database_url, folder, capsys):
    out = folder / "sanctions.xlsx"
    assert main(["--database", database_url, "sanctions", "list", "--on", "2026-11-25", "-o", str(out)]) == 0
    assert "2 sanctions as of 2026-11-25" in capsys.readouterr().out
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet["A1"].value == "지식재산 평가기관 행정처분 현황"
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert [r[4] for r in rows] == ["지정 취소", "지정 효력정지 3개월"] and rows[1][8] == "효력정지 중"
    before = folder / "before.pdf"
    assert main(["--database", database_url, "sanctions", "list", "--on", "2026-09-01", "-o", str(before),
                 "--language", "en"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(before).pages).replace(" ", "")
    assert "Nosanctiontopublish." in text and "draft:notpublished" in text


def test_a_published_workbook_is_written_as_stored_and_its_pdf_is_an_issued_document(demo_database, demo_actors,
                                                                                     folder, capsys):
    with demo_database.transaction() as s:
        publish(s, demo_actors["secretariat"], DocumentKind.SANCTIONS_LIST, date(2026, 11, 25))
    # 공표-2026-0003: the demo published its own two lists first (desktop/demo/publications.py)
    first, second = folder / "a.xlsx", folder / "b.xlsx"
    for out in (first, second):
        assert main(["--database", demo_database.url, "sanctions", "list", "--publication", "PUB-2026-0003",
                     "-o", str(out)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert load_workbook(io.BytesIO(first.read_bytes())).active["I2"].value == "공표-2026-0003"
    assert main(["--database", demo_database.url, "registry", "list", "--publication", "공표-2026-0003",
                 "-o", str(folder / "c.xlsx")]) == 1  # a list of sanctions, not of designated institutes
    assert main(["--database", demo_database.url, "sanctions", "list", "--publication", "공표-2026-0003",
                 "-o", str(folder / "c.pdf")]) == 2
    assert "document sanctions-list 공표-2026-0003" in capsys.readouterr().err
