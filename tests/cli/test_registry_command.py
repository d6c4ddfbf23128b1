"""``registry list --on DATE -o FILE``: the public list of designated institutes as XLSX or PDF, headless."""

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def test_the_list_of_today_as_a_workbook_names_the_changes_of_the_demo(db_path, folder, capsys):
    out = folder / "list.xlsx"
    assert main(["--database", str(db_path), "registry", "list", "--on", "2026-11-25", "-o", str(out)]) == 0
    assert "8 designated institutes as of 2026-11-25" in capsys.readouterr().out  # 9, one revoked for fraud
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet["A1"].value == "지식재산 평가기관 지정 현황" and sheet["A2"].value == "(2026. 11. 25. 기준)"
    assert [c.value for c in sheet[3]] == ["연번", "기관명", "대표자", "소재지", "평가 대상", "지정일", "지정번호",
                                           "비고"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    assert len(rows) == 8 and rows["누리특허법인"][2] == "윤태오"  # 9, one revoked for fraud
    assert "새솔기술평가 주식회사 흡수합병" in rows["바른아이피평가 주식회사"][7]


def test_the_list_of_a_day_before_the_changes_as_a_pdf_in_english(db_path, folder, capsys):
    out = folder / "list.pdf"
    assert main(["--database", str(db_path), "registry", "list", "--on", "2026-08-01", "-o", str(out),
                 "--language", "en"]) == 0
    text = _text(out)
    assert "DesignatedIntellectualPropertyValuationInstitutes" in text and "(asof1August2026)" in text
    assert "NuriPatentLawFirm" in text and "윤태오" not in text and "absorbed" not in text


def test_a_day_before_any_designation_lists_none_and_a_wrong_suffix_is_refused(db_path, folder, capsys):
    out = folder / "list.pdf"
    assert main(["--database", str(db_path), "registry", "list", "--on", "2020-01-01", "-o", str(out)]) == 0
    assert "0 designated institutes" in capsys.readouterr().out and "지정된평가기관이없습니다" in _text(out)
    assert main(["--database", str(db_path), "registry", "list", "-o", str(folder / "list.txt")]) == 2
    assert "must end in .xlsx or .pdf" in capsys.readouterr().err and not (folder / "list.txt").exists()
