"""The roster file: XLSX and CSV in UTF-8, UTF-8 with BOM and CP949; every bad row reported; export reads back."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core.errors import ValidationError
from desktop.core.progress import run_to_end
from desktop.domain.applications.models import Qualification
from desktop.domain.applications.roster import RosterImport, read_roster, roster_xlsx
from desktop.domain.applications.service import StaffData

HEADER = "성명,직위,상근 여부,재직 증빙,자격,박사 분야,관련 분야 박사,평가 경력(년),경력 증빙"
ROWS = [
    "김변리,수석연구원,Y,4대보험 가입내역,변리사,,N,5,평가보고서 12건",
    "이박사,책임연구원,예,고용보험,박사,기술경영학,Y,3.5년,평가보고서 목록",
    "박경력,선임연구원,O,재직증명서,없음,,,4,평가실적 목록",
]


def run(filename: str, data: bytes) -> tuple[RosterImport, list[tuple[int, int, str]]]:
    progress: list[tuple[int, int, str]] = []
    return run_to_end(read_roster(filename, data), progress.append), progress


def csv_bytes(rows: list[str], encoding: str, header: str = HEADER) -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode(encoding)


@pytest.mark.parametrize("encoding,read_as", [("utf-8", "CSV, UTF-8"), ("utf-8-sig", "CSV, UTF-8 BOM"),
                                              ("cp949", "CSV, CP949")])
def test_csv_in_each_encoding_imports_the_same_people(encoding, read_as):
    result, progress = run("인력현황.csv", csv_bytes(ROWS, encoding))
    assert result.ok and result.read_as == read_as
    assert [p.name for p in result.staff] == ["김변리", "이박사", "박경력"]
    kim, lee, park = result.staff
    assert kim.qualification == Qualification.PATENT_ATTORNEY and kim.experience_years == Decimal(5)
    assert lee.qualification == Qualification.DOCTORATE and lee.doctorate_related
    assert lee.doctorate_field == "기술경영학"
    assert lee.experience_years == Decimal("3.5") and park.permanent and park.qualification == Qualification.NONE
    assert progress[-1][:2] == (3, 3)


def test_english_headers_and_labels_are_read_too():
    header = "Name,Position,Permanent,Employment evidence,Qualification,Doctorate field,Related doctorate,Years," \
             "Experience evidence"
    result, _ = run("staff.csv", csv_bytes(["Kim,Lead,yes,insurance,CPA,,no,7,reports"], "utf-8", header))
    assert result.ok and result.staff[0].qualification == Qualification.CPA


def test_xlsx_imports_with_numbers_as_cells():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    sheet.append(["김변리", "수석", "Y", "4대보험", "공인회계사", None, None, 5.0, "보고서"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result, _ = run("roster.xlsx", buffer.getvalue())
    assert result.ok and result.read_as == "XLSX"
    assert result.staff[0].qualification == Qualification.CPA and result.staff[0].experience_years == Decimal(5)


def test_every_bad_row_is_reported_with_row_column_and_reason_and_nothing_is_imported():
    rows = [ROWS[0], "박,선임,maybe,,세무사,,,-2,", ",선임,Y,,없음,,,1,", "최박사,책임,Y,,박사,,Y,4,"]
    result, _ = run("r.csv", csv_bytes(rows, "cp949"))
    assert not result.ok and result.staff == ()
    assert [p.text() for p in result.problems] == [
        "Row 3, 상근 여부: 'maybe' is not Y or N.",
        "Row 3, 자격: '세무사' is not a qualification the roster knows (변리사, 공인회계사, 기술사, 박사, 변호사, "
        "감정평가사, 없음).",
        "Row 3, 평가 경력(년): '-2' is not a number of years between 0 and 60.",
        "Row 4, 성명: the name is empty.",
        "Row 5, 박사 분야: a doctorate needs its field.",
    ]


def test_blank_lines_are_skipped_and_rows_keep_the_spreadsheet_numbers():
    result, _ = run("r.csv", csv_bytes([ROWS[0], ",,,,,,,,", "X,,Z,,,,,1,"], "utf-8"))
    assert [(p.row, p.column) for p in result.problems] == [(4, "상근 여부")]


@pytest.mark.parametrize("name,data,message", [
    ("r.csv", b"", "r.csv is empty."),
    ("r.csv", "성명,직위\n김,수석\n".encode(), "r.csv lacks the column(s) '상근 여부' (Permanent), '자격' "
     "(Qualification), '평가 경력(년)' (Years of evaluation experience)."),
    ("r.csv", HEADER.encode("utf-16"), "not UTF-8 or CP949 text"),
    ("r.csv", b"\xff\xfe\xfa" * 10, "not UTF-8 or CP949"),
    ("r.csv", (HEADER + "\n").encode(), "has column names but no people"),
    ("r.xlsx", b"PK\x03\x04 not really a workbook", "cannot be read as an Excel workbook"),
    ("r.xls", b"\xd0\xcf\x11\xe0", "old Excel format"),
    ("r.pdf", b"%PDF", "only Excel workbooks (.xlsx) and CSV files"),
])
def test_bad_files_get_one_clear_message(name, data, message):
    with pytest.raises(ValidationError) as error:
        run(name, data)
    assert message in error.value.message


def test_export_reads_back_as_the_same_roster():
    staff = (StaffData("김변리", "수석", True, "4대보험", Qualification.PATENT_ATTORNEY, "", False, Decimal(5),
                       "보고서"),
             StaffData("이박사", "책임", False, "", Qualification.DOCTORATE, "경영학", True, Decimal("3.5"), "목록"))
    for language in ("ko", "en"):
        data = roster_xlsx(staff, language)
        result, _ = run("roster.xlsx", data)
        assert result.ok and result.staff == staff, language
    header = [c.value for c in next(load_workbook(io.BytesIO(roster_xlsx(staff, "ko"))).active.iter_rows())]
    assert header[0] == "성명" and header[-1] == "경력 증빙"


def test_a_thousand_rows_report_progress_in_steps():
    rows = [f"사람{n},연구원,Y,보험,없음,,,{n % 20},목록" for n in range(1000)]
    result, progress = run("big.csv", csv_bytes(rows, "cp949"))
    assert result.ok and len(result.staff) == 1000
    assert len(progress) == 20 and progress[-1] == (1000, 1000, "Checked 1000 of 1000 rows")
