"""The list of sanctions as the ministry publishes it on its website (평가기관 행정처분 현황, Decree Art. 14 ②), as
of a day: its words and cells in Korean or English, and the XLSX workbook; the PDF is ``public_lists``."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.formatting import english_date, official_date
from desktop.documents.labels import check_language
from desktop.documents.layout import document_number
from desktop.documents.list_workbook import list_workbook
from desktop.documents.sanctions import GROUND, GROUND_ITEM
from desktop.domain.sanctions.public_list import SanctionList, SanctionListRow, SanctionState

TEXT = {
    "ko": {
        "title": "지식재산 평가기관 행정처분 현황",
        "as_of": "({date} 기준)",
        "columns": ("연번", "기관명", "대표자", "처분일", "처분 내용", "처분 기간", "처분 사유", "처분번호", "비고"),
        "revocation": "지정 취소", "suspension": "지정 효력정지 {length}",
        "months": "{n}개월", "days": "{n}일",
        "period": "{start} ~ {end}", "from": "{start}부터",
        "ground": "법 제31조제1항제{item}호: {text}",
        "upcoming": "처분 시행 전", "in_force": "효력정지 중", "ended": "{day}부터 지정 효력 회복",
        "revoked": "지정 취소됨",
        "none": "공표할 행정처분이 없습니다.",
        "preamble": ("「발명진흥법」 제31조제1항 및 같은 법 시행령 제14조제2항에 따라 평가기관에 대한 행정처분 현황을 "
                     "다음과 같이 공표합니다."),
        "basis": ("「발명진흥법」 제31조제1항 및 같은 법 시행령 제14조제2항에 따라 평가기관에 대한 지정 취소 및 "
                  "효력정지 처분을 공표합니다. 처분 기간은 첫날을 산입하여 계산합니다(「행정기본법」 제6조제2항)."),
        "sheet": "행정처분 현황",
    },
    "en": {
        "title": "Sanctions against Intellectual Property Valuation Institutes",
        "as_of": "(as of {date})",
        "columns": ("No.", "Institute", "Representative", "Disposed on", "Disposition", "Period", "Ground",
                    "Disposition No.", "Remarks"),
        "revocation": "revocation of the designation", "suspension": "suspension of the designation for {length}",
        "months": "{n} months", "days": "{n} days", "month": "1 month", "day": "1 day",
        "period": "{start} – {end}", "from": "from {start}",
        "ground": "Act Art. 31(1)({item}): {text}",
        "upcoming": "not yet in effect", "in_force": "suspended", "ended": "designated again from {day}",
        "revoked": "revoked",
        "none": "No sanction to publish.",
        "preamble": ("The dispositions against valuation institutes are published as follows under Article 31(1) of "
                     "the Invention Promotion Act and Article 14(2) of its Enforcement Decree."),
        "basis": ("Revocations and suspensions of designations published under Article 31(1) of the Invention "
                  "Promotion Act and Article 14(2) of its Enforcement Decree. A period counts its first day "
                  "(Article 6(2) of the Framework Act on Public Administration)."),
        "sheet": "Sanctions",
    },
}
WIDTHS = (0.04, 0.14, 0.08, 0.09, 0.12, 0.18, 0.13, 0.13, 0.09)


def _date(value: date, language: str) -> str:
    return english_date(value) if language == "en" else official_date(value)


def _count(language: str, unit: str, n: int) -> str:
    t = TEXT[language]
    return t[unit] if n == 1 and unit in t else t[f"{unit}s"].format(n=n)


def length_text(row: SanctionListRow, language: str) -> str:
    """``3개월`` / ``3 months``; a period in months and days names both."""
    parts = [_count(language, "month", row.months)] if row.months else []
    if row.days:
        parts.append(_count(language, "day", row.days))
    return " ".join(parts)


def disposition_text(row: SanctionListRow, language: str) -> str:
    t = TEXT[language]
    return t["revocation"] if row.kind == "revocation" else t["suspension"].format(length=length_text(row, language))


def period_text(row: SanctionListRow, language: str, glue: str = " ") -> str:
    """``2026. 10. 3. ~ 2027. 1. 2.``; ``glue`` joins the parts of each date (a no-break space on paper)."""
    t = TEXT[language]
    start = _date(row.starts_on, language).replace(" ", glue)
    if row.ends_on is None:
        return t["from"].format(start=start)
    return t["period"].format(start=start, end=_date(row.ends_on, language).replace(" ", glue))


def remarks(row: SanctionListRow, language: str) -> str:
    t = TEXT[language]
    if row.state == SanctionState.ENDED and row.ends_on is not None:
        return t["ended"].format(day=_date(row.ends_on + timedelta(days=1), language))
    return t[row.state.value]


def ground_text(row: SanctionListRow, language: str) -> str:
    return TEXT[language]["ground"].format(item=GROUND_ITEM[row.ground], text=GROUND[language][row.ground])


def sanction_cells(row: SanctionListRow, language: str, glue: str = " ") -> list[str]:
    """The nine columns of a row as printed (``glue``: see ``period_text``)."""
    name = row.institution_name_en if language == "en" and row.institution_name_en else row.institution_name
    return [str(row.serial), name, row.representative, _date(row.disposed_on, language),
            disposition_text(row, language), period_text(row, language, glue), ground_text(row, language),
            document_number(row.number, language) if row.number else "", remarks(row, language)]


def render_sanctions_list_xlsx(data: SanctionList, language: str = "ko", number: str = "") -> bytes:
    """The list as a workbook: a title line, the day (and the publication's number), the header, one row each."""
    language = check_language(language)
    t = TEXT[language]

    def cells(row: SanctionListRow) -> list[object]:
        values: list[object] = list(sanction_cells(row, language))
        values[0], values[3] = row.serial, row.disposed_on  # real numbers and dates: sortable in Excel
        return values

    return list_workbook(t["sheet"], t["title"], t["as_of"].format(date=_date(data.on, language)),
                         document_number(number, language) if number else "", t["columns"], WIDTHS,
                         (cells(row) for row in data.rows), date_column=4)
