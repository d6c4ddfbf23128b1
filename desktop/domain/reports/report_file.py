"""The evaluation information system's export as a file: its columns, and one row read into a checked report.

Headers are matched without spaces, case or punctuation, in Korean or English (``COLUMNS``); values are read in
the words the system and people write (``특허``/``invention``, ``담보대출``/``collateral loan`` …). A row is either a
``ReportData`` or the list of its problems, each naming the column as written in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.applications.roster import RowProblem
from desktop.domain.applications.spreadsheets import cell_text, find_columns, normalised
from desktop.domain.reports.models import Method, Purpose, SubjectKind, SubjectOrigin, SubjectStatus

GRADES = ("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D")  # the grading scale, best first
MAX_SCORE = Decimal(100)
MAX_NUMBER_LENGTH = 60


@dataclass(frozen=True)
class ReportColumn:
    field: str
    ko: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False


COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn("designation_number", "지정번호", "Designation number", ("지정 번호", "평가기관 지정번호")),
    ReportColumn("brn", "사업자등록번호", "Business registration number", ("사업자번호", "BRN")),
    ReportColumn("institute_name", "평가기관명", "Institute", ("평가기관", "기관명", "institute name")),
    ReportColumn("report_number", "보고서 번호", "Report number", ("평가보고서 번호", "보고서번호", "report no"),
                 required=True),
    ReportColumn("valuation_date", "평가기준일", "Valuation date", ("기준일",), required=True),
    ReportColumn("issue_date", "발급일", "Issue date", ("발행일", "보고서 발급일"), required=True),
    ReportColumn("filing_date", "등록일", "Filing date", ("제출일", "정보시스템 등록일"), required=True),
    ReportColumn("subject_kind", "평가 대상", "Subject", ("대상", "권리 구분", "subject type"), required=True),
    ReportColumn("subject_status", "권리 상태", "Right status", ("출원등록 구분", "status"), required=True),
    ReportColumn("subject_origin", "국내외 구분", "Domestic or foreign", ("국내외", "origin"), required=True),
    ReportColumn("purpose", "평가 목적", "Purpose", ("목적",), required=True),
    ReportColumn("method", "평가 방법", "Method", ("방법", "평가방법론"), required=True),
    ReportColumn("amount_won", "평가금액(원)", "Amount (won)", ("평가금액", "가치(원)", "amount", "value (won)")),
    ReportColumn("grade", "등급", "Grade", ("평가등급",)),
    ReportColumn("score", "점수", "Score", ("평가점수",)),
)
WORDS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    SubjectKind: {SubjectKind.INVENTION: ("발명", "특허", "실용신안", "invention", "patent"),
                  SubjectKind.TRADEMARK: ("상표", "trademark", "mark"),
                  SubjectKind.TRADE_SECRET: ("영업비밀", "trade secret"),
                  SubjectKind.LAYOUT: ("배치설계", "반도체 배치설계", "layout", "semiconductor layout")},
    SubjectStatus: {SubjectStatus.PENDING: ("출원", "출원중", "pending", "applied"),
                    SubjectStatus.REGISTERED: ("등록", "registered", "granted")},
    SubjectOrigin: {SubjectOrigin.DOMESTIC: ("국내", "korean", "domestic", "korea"),
                    SubjectOrigin.FOREIGN: ("해외", "국외", "foreign", "overseas")},
    Purpose: {Purpose.COLLATERAL_LOAN: ("담보대출", "IP 담보대출", "collateral loan", "collateral"),
              Purpose.INVESTMENT: ("투자", "investment"), Purpose.GUARANTEE: ("보증", "guarantee"),
              Purpose.TECHNOLOGY_TRANSFER: ("기술이전", "기술거래", "technology transfer", "transfer"),
              Purpose.LITIGATION: ("소송", "litigation"), Purpose.OTHER: ("기타", "other")},
    Method: {Method.MARKET: ("시장접근법", "시장", "market", "market approach"),
             Method.INCOME: ("수익접근법", "수익", "income", "income approach"),
             Method.COST: ("원가접근법", "원가", "cost", "cost approach"),
             Method.GRADING: ("등급평가", "평점", "등급", "grading", "grading system", "rating")},
}
_LOOKUP = {kind: {normalised(w): value for value, words in table.items() for w in (*words, value.value)}
           for kind, table in WORDS.items()}


def written_as(value: StrEnum, language: str = "ko") -> str:
    """The word an export file uses for ``value`` (the first Korean or English word of ``WORDS``)."""
    words = WORDS[type(value)][value]
    return words[0] if language == "ko" else next(w for w in words if w.isascii())


@dataclass(frozen=True)
class ReportData:
    """One checked row: the institute found and every value read."""

    row: int
    institution_id: int
    report_number: str
    valuation_date: date
    issue_date: date
    filing_date: date
    subject_kind: SubjectKind
    subject_status: SubjectStatus
    subject_origin: SubjectOrigin
    purpose: Purpose
    method: Method
    amount_won: int | None
    grade: str | None
    score: Decimal | None

    def content_sha256(self) -> str:
        """A fingerprint of the imported values: the same row imported again has the same one."""
        parts = [self.report_number, self.valuation_date, self.issue_date, self.filing_date, self.subject_kind,
                 self.subject_status, self.subject_origin, self.purpose, self.method, self.amount_won, self.grade,
                 None if self.score is None else self.score.normalize()]
        return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


@dataclass(frozen=True)
class Institutes:
    """Designated institutes by designation number and by business registration number (digits only)."""

    by_designation: dict[str, int]
    by_brn: dict[str, int]


def header_map(header: Sequence[Any], filename: str) -> dict[str, tuple[int, str]]:
    """field → (column index, header as written); missing columns are one message naming them."""
    found = find_columns(header, COLUMNS)
    missing = [c for c in COLUMNS if c.required and c.field not in found]
    if "designation_number" not in found and "brn" not in found:
        missing.insert(0, COLUMNS[0])
    if missing:
        raise ValidationError(translate(
            "Reports", "{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}."
        ).format(name=filename, missing=", ".join(f"'{c.ko}' ({c.en})" for c in missing),
                 expected=", ".join(c.ko for c in COLUMNS)), field="file")
    return found


_DATE = re.compile(r"^\s*(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?\s*$")


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    match = _DATE.match(text)
    if match is None and len(text) == 8 and text.isdigit():
        match = re.match(r"(\d{4})(\d{2})(\d{2})", text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _amount(text: str) -> int | None:
    cleaned = text.replace(",", "").replace("원", "").replace("₩", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value != value.to_integral_value():
        return None
    return int(value)


def _score(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace("점", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and 0 <= value <= MAX_SCORE else None


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


_DESIGNATION = re.compile(r"(\d{4})\s*-\s*(\d{1,6})")


def designation_key(text: str) -> str | None:
    """``제2026-0001호``, ``2026-0001`` and ``2026-1`` are one designation number: ``2026-1``."""
    match = _DESIGNATION.search(text)
    return f"{match[1]}-{int(match[2])}" if match else None


class RowReader:
    """Reads the rows of one file against the designated institutes and the number of the file's header."""

    def __init__(self, columns: dict[str, tuple[int, str]], institutes: Institutes) -> None:
        self.columns = columns
        self.headers = {field: written for field, (_, written) in columns.items()}
        self.institutes = institutes

    def read(self, row_number: int, row: Sequence[Any]) -> tuple[ReportData | None, list[RowProblem]]:
        raw = {field: row[index] if index < len(row) else None for field, (index, _) in self.columns.items()}
        text = {field: cell_text(value) for field, value in raw.items()}
        problems: list[RowProblem] = []

        def problem(field: str, message: str) -> None:
            problems.append(RowProblem(row_number, self.headers.get(field, field), message))

        institution_id = self._institute(text, problem)
        number = text.get("report_number", "")
        if not number:
            problem("report_number", translate("Reports", "the report number is empty."))
        elif len(number) > MAX_NUMBER_LENGTH:
            problem("report_number", translate("Reports", "longer than {n} characters.").format(n=MAX_NUMBER_LENGTH))
        dates: dict[str, date] = {}
        for field in ("valuation_date", "issue_date", "filing_date"):
            day = _date(raw.get(field))
            if day is None:
                problem(field, translate("Reports", "'{value}' is not a date (e.g. 2026-03-15).")
                        .format(value=text.get(field, "")))
            else:
                dates[field] = day
        if len(dates) == 3:
            if dates["valuation_date"] > dates["issue_date"]:
                problem("issue_date", translate("Reports", "the issue date {issue} lies before the valuation date "
                                                "{valuation}.").format(issue=dates["issue_date"],
                                                                       valuation=dates["valuation_date"]))
            if dates["issue_date"] > dates["filing_date"]:
                problem("filing_date", translate("Reports", "the filing date {filing} lies before the issue date "
                                                 "{issue}.").format(filing=dates["filing_date"],
                                                                    issue=dates["issue_date"]))
        kinds = {field: self._word(kind, field, text, problem) for field, kind in (
            ("subject_kind", SubjectKind), ("subject_status", SubjectStatus), ("subject_origin", SubjectOrigin),
            ("purpose", Purpose), ("method", Method))}
        amount = grade = score = None
        if text.get("amount_won"):
            amount = _amount(text["amount_won"])
            if amount is None:
                problem("amount_won", translate("Reports", "'{value}' is not an amount in won (a whole number, e.g. "
                                                "1,250,000,000).").format(value=text["amount_won"]))
        if text.get("grade"):
            grade = text["grade"].upper().replace(" ", "")
            if grade not in GRADES:
                problem("grade", translate("Reports", "'{value}' is not a grade of the scale ({scale}).")
                        .format(value=text["grade"], scale=", ".join(GRADES)))
        if text.get("score"):
            score = _score(text["score"])
            if score is None:
                problem("score", translate("Reports", "'{value}' is not a score between 0 and 100.")
                        .format(value=text["score"]))
        method = kinds["method"]
        if method is not None and not problems:
            if method is Method.GRADING and grade is None and score is None:
                problem("grade", translate("Reports", "a valuation by grading states its grade or score."))
            elif method is not Method.GRADING and amount is None:
                problem("amount_won", translate("Reports", "a valuation by the market, income or cost approach "
                                                "states its amount."))
        if problems:
            return None, problems
        assert institution_id is not None and all(kinds.values())
        return ReportData(row_number, institution_id, number, dates["valuation_date"], dates["issue_date"],
                          dates["filing_date"], kinds["subject_kind"], kinds["subject_status"],  # type: ignore[arg-type]
                          kinds["subject_origin"], kinds["purpose"], kinds["method"],  # type: ignore[arg-type]
                          amount, grade, score), []

    def _institute(self, text: dict[str, str], problem: Any) -> int | None:
        designation, brn = text.get("designation_number", ""), digits(text.get("brn", ""))
        if designation:
            found = self.institutes.by_designation.get(designation_key(designation) or "")
            if found is None:
                problem("designation_number", translate("Reports", "no designated institute has the designation "
                                                        "number '{value}'.").format(value=designation))
            return found
        if brn:
            found = self.institutes.by_brn.get(brn)
            if found is None:
                problem("brn", translate("Reports", "no designated institute has the business registration number "
                                         "'{value}'.").format(value=text["brn"]))
            return found
        problem("designation_number" if "designation_number" in self.columns else "brn",
                translate("Reports", "neither a designation number nor a business registration number is given."))
        return None

    def _word(self, kind: type[StrEnum], field: str, text: dict[str, str], problem: Any) -> Any:
        value = text.get(field, "")
        found = _LOOKUP[kind].get(normalised(value))
        if found is None:
            problem(field, translate("Reports", "'{value}' is not one of: {known}.").format(
                value=value, known=", ".join(written_as(v) for v in kind)))
        return found
