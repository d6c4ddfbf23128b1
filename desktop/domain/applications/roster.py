"""The staff roster as a file: import from XLSX or CSV (every row checked first), export to XLSX.

An import reports every bad row with its row number, column and reason, and yields nothing to save until the
file is fixed. ``read_roster`` is a generator yielding ``(done, total, message)`` so it can run in the background.
"""

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.applications.models import Qualification
from desktop.domain.applications.service import StaffData
from desktop.domain.applications.spreadsheets import cell_text, find_columns, normalised, read_table, write_xlsx

MAX_ROWS = 5000
MAX_YEARS = Decimal(60)


@dataclass(frozen=True)
class RosterColumn:
    field: str
    ko: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    width: int = 14


COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn("name", "성명", "Name", ("이름", "성함", "full name"), required=True, width=12),
    RosterColumn("position", "직위", "Position", ("직급", "직책", "title")),
    RosterColumn("permanent", "상근 여부", "Permanent", ("상근", "상근여부", "permanent employment", "상시고용"),
                 required=True, width=10),
    RosterColumn("employment_evidence", "재직 증빙", "Employment evidence",
                 ("상근 증빙", "재직증빙서류", "고용보험", "4대보험"), width=20),
    RosterColumn("qualification", "자격", "Qualification", ("보유자격", "자격증", "자격구분"), required=True),
    RosterColumn("doctorate_field", "박사 분야", "Doctorate field", ("박사학위 분야", "학위분야", "전공")),
    RosterColumn("doctorate_related", "관련 분야 박사", "Related doctorate", ("관련분야 여부", "related field"),
                 width=12),
    RosterColumn("experience_years", "평가 경력(년)", "Years of evaluation experience",
                 ("평가경력", "경력(년)", "경력연수", "years", "experience years", "years of experience"),
                 required=True, width=12),
    RosterColumn("experience_evidence", "경력 증빙", "Experience evidence", ("경력증빙서류", "평가실적"), width=20),
)

_TRUE = {"y", "yes", "true", "1", "o", "○", "v", "✓", "예", "네", "상근", "해당", "t"}
_FALSE = {"n", "no", "false", "0", "x", "×", "-", "아니오", "아니요", "비상근", "해당없음", "f"}
def _key(text: str) -> str:
    return normalised(text) or text.strip()


_QUALIFICATIONS: dict[str, Qualification] = {
    **{_key(q.value): q for q in Qualification},
    **{_key(text): q for text, q in (
        ("변리사", Qualification.PATENT_ATTORNEY), ("patent attorney", Qualification.PATENT_ATTORNEY),
        ("공인회계사", Qualification.CPA), ("회계사", Qualification.CPA),
        ("certified public accountant", Qualification.CPA),
        ("기술사", Qualification.PROFESSIONAL_ENGINEER), ("professional engineer", Qualification.PROFESSIONAL_ENGINEER),
        ("박사", Qualification.DOCTORATE), ("박사학위", Qualification.DOCTORATE), ("phd", Qualification.DOCTORATE),
        ("변호사", Qualification.LAWYER), ("감정평가사", Qualification.APPRAISER),
        ("real-estate appraiser", Qualification.APPRAISER), ("없음", Qualification.NONE), ("-", Qualification.NONE),
    )},
}
QUALIFICATION_KO = {
    Qualification.PATENT_ATTORNEY: "변리사", Qualification.CPA: "공인회계사",
    Qualification.PROFESSIONAL_ENGINEER: "기술사", Qualification.DOCTORATE: "박사", Qualification.LAWYER: "변호사",
    Qualification.APPRAISER: "감정평가사", Qualification.NONE: "없음",
}
QUALIFICATION_EN = {
    Qualification.PATENT_ATTORNEY: "patent attorney", Qualification.CPA: "CPA",
    Qualification.PROFESSIONAL_ENGINEER: "professional engineer", Qualification.DOCTORATE: "doctorate",
    Qualification.LAWYER: "lawyer", Qualification.APPRAISER: "real-estate appraiser", Qualification.NONE: "none",
}
_LIMITS = {"name": 100, "position": 100, "employment_evidence": 200, "doctorate_field": 100,
           "experience_evidence": 200}


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it (the header is usually row 1)
    column: str  # the header as written in the file
    message: str

    def text(self) -> str:
        return translate("Roster", "Row {row}, {column}: {message}").format(
            row=self.row, column=self.column, message=self.message)


@dataclass(frozen=True)
class RosterImport:
    staff: tuple[StaffData, ...]
    problems: tuple[RowProblem, ...]
    read_as: str  # e.g. "CSV, CP949"

    @property
    def ok(self) -> bool:
        return not self.problems


def _header_map(header: Sequence[Any], filename: str) -> dict[str, tuple[int, str]]:
    """field → (column index, header as written); missing required columns are one clear message."""
    found = find_columns(header, COLUMNS)
    missing = [c for c in COLUMNS if c.required and c.field not in found]
    if missing:
        raise ValidationError(translate(
            "Roster", "{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}."
        ).format(name=filename, missing=", ".join(f"'{c.ko}' ({c.en})" for c in missing),
                 expected=", ".join(c.ko for c in COLUMNS)), field="file")
    return found


_TRUE_KEYS = frozenset(_key(t) for t in _TRUE)
_FALSE_KEYS = frozenset(_key(t) for t in _FALSE)


def _flag(text: str) -> bool | None:
    value = _key(text)
    if value in _TRUE_KEYS:
        return True
    if value in _FALSE_KEYS:
        return False
    return None


def _years(text: str) -> Decimal | None:
    cleaned = text.replace("년", "").replace("years", "").replace("year", "").replace(",", ".").strip()
    try:
        years = Decimal(cleaned)
    except InvalidOperation:
        return None
    return years if years.is_finite() else None


def _parse_row(values: dict[str, str], headers: dict[str, str], row: int) -> tuple[StaffData | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(RowProblem(row, headers.get(field, field), message))

    name = values.get("name", "")
    if not name:
        problem("name", translate("Roster", "the name is empty."))
    for field, limit in _LIMITS.items():
        if len(values.get(field, "")) > limit:
            problem(field, translate("Roster", "longer than {n} characters.").format(n=limit))
    permanent = _flag(values.get("permanent", ""))
    if permanent is None:
        problem("permanent", translate("Roster", "'{value}' is not Y or N.").format(value=values.get("permanent", "")))
    related = _flag(values.get("doctorate_related", "")) if values.get("doctorate_related") else False
    if related is None:
        problem("doctorate_related", translate("Roster", "'{value}' is not Y or N.")
                .format(value=values["doctorate_related"]))
    text = values.get("qualification", "")
    qualification = _QUALIFICATIONS.get(_key(text)) if text else Qualification.NONE
    if qualification is None:
        problem("qualification", translate("Roster", "'{value}' is not a qualification the roster knows ({known}).")
                .format(value=text, known=", ".join(QUALIFICATION_KO.values())))
    elif qualification == Qualification.DOCTORATE and not values.get("doctorate_field"):
        problem("doctorate_field", translate("Roster", "a doctorate needs its field."))
    years = _years(values.get("experience_years", "") or "0")
    if years is None or years < 0 or years > MAX_YEARS:
        problem("experience_years", translate("Roster", "'{value}' is not a number of years between 0 and 60.")
                .format(value=values.get("experience_years", "")))
    if problems:
        return None, problems
    assert permanent is not None and qualification is not None and years is not None and related is not None
    return StaffData(
        name=name, position=values.get("position", ""), permanent=permanent,
        employment_evidence=values.get("employment_evidence", ""), qualification=qualification,
        doctorate_field=values.get("doctorate_field", ""), doctorate_related=related,
        experience_years=years.quantize(Decimal("0.1")).normalize(),
        experience_evidence=values.get("experience_evidence", ""),
    ), []


def read_roster(filename: str, data: bytes) -> Generator[tuple[int, int, str], None, RosterImport]:
    """Check every row of a roster file; the result holds the people only when no row has a problem."""
    table, read_as = read_table(filename, data)
    rows = [(n, r) for n, r in enumerate(table, start=1) if any(cell_text(v) for v in r)]
    if not rows:
        raise ValidationError(translate("Roster", "{name} holds no rows.").format(name=filename), field="file")
    header = rows[0][1]
    columns = _header_map(header, filename)
    body = rows[1:]
    if not body:
        raise ValidationError(translate("Roster", "{name} has column names but no people.").format(name=filename),
                              field="file")
    if len(body) > MAX_ROWS:
        raise ValidationError(translate("Roster", "{name} has {n} rows; a roster holds at most {max}.")
                              .format(name=filename, n=len(body), max=MAX_ROWS), field="file")
    headers = {field: written for field, (_, written) in columns.items()}
    staff: list[StaffData] = []
    problems: list[RowProblem] = []
    step = max(1, len(body) // 20)  # 5 % steps are enough for a progress bar
    for done, (row_number, row) in enumerate(body, start=1):
        values = {field: cell_text(row[index]) if index < len(row) else "" for field, (index, _) in columns.items()}
        person, found = _parse_row(values, headers, row_number)
        problems += found
        if person is not None:
            staff.append(person)
        if done % step == 0 or done == len(body):
            yield done, len(body), translate("Roster", "Checked {done} of {total} rows").format(done=done,
                                                                                                total=len(body))
    return RosterImport(() if problems else tuple(staff), tuple(problems), read_as)


def roster_xlsx(staff: Sequence[StaffData], language: str = "ko") -> bytes:
    """The roster as an Excel workbook whose columns the import reads back (an empty roster is a template)."""
    english = language == "en"
    labels = QUALIFICATION_EN if english else QUALIFICATION_KO
    yes, no = ("Y", "N")

    def row(p: StaffData) -> list[Any]:
        return [p.name, p.position, yes if p.permanent else no, p.employment_evidence, labels[p.qualification],
                p.doctorate_field, yes if p.doctorate_related else no, float(p.experience_years),
                p.experience_evidence]

    return write_xlsx("Roster" if english else "전문인력", [c.en if english else c.ko for c in COLUMNS],
                      [row(p) for p in staff], [c.width for c in COLUMNS])
