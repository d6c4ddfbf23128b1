"""The list of designated institutes as the ministry publishes it (지식재산 평가기관 지정 현황), as of a day: its
words and cells in Korean or English and the XLSX workbook; the landscape PDF is ``public_lists`` (published: a
numbered, signed document; else a draft)."""


from desktop.core.formatting import english_date, official_date
from desktop.documents.labels import check_language, scope_text
from desktop.documents.layout import document_number
from desktop.documents.list_workbook import list_workbook
from desktop.domain.registry.models import MergerRole, RegistryStatus
from desktop.domain.registry.public_list import PublicList, PublicListRow

TEXT = {
    "ko": {
        "title": "지식재산 평가기관 지정 현황",
        "as_of": "({date} 기준)",
        "columns": ("연번", "기관명", "대표자", "소재지", "평가 대상", "지정일", "지정번호", "비고"),
        "former": "구 명칭: {name}",
        "absorbed": "{date} {partner} 흡수합병",
        "merged_into": "{date} {partner}에 합병",
        "suspended": "업무정지 중",
        "none": "지정된 평가기관이 없습니다.",
        "preamble": "「발명진흥법」 제28조에 따라 지정된 평가기관의 현황을 다음과 같이 공표합니다.",
        "basis": ("「발명진흥법」 제28조에 따라 지정된 평가기관의 현황입니다. 평가 대상은 같은 법 제2조제11호에 따른 "
                  "지식재산의 종류입니다."),
        "sheet": "지정 현황",
    },
    "en": {
        "title": "Designated Intellectual Property Valuation Institutes",
        "as_of": "(as of {date})",
        "columns": ("No.", "Institute", "Representative", "Address", "Scope", "Designated on",
                    "Designation No.", "Remarks"),
        "former": "formerly {name}",
        "absorbed": "absorbed {partner} on {date}",
        "merged_into": "merged into {partner} on {date}",
        "suspended": "suspended",
        "none": "No institute is designated.",
        "preamble": ("The institutes designated under Article 28 of the Invention Promotion Act are published as "
                     "follows."),
        "basis": ("Institutes designated under Article 28 of the Invention Promotion Act. The scope names the kinds "
                  "of intellectual property under Article 2(11) of the Act."),
        "sheet": "Designated institutes",
    },
}
WIDTHS = (0.05, 0.17, 0.09, 0.24, 0.13, 0.09, 0.10, 0.13)


def _date(value, language: str) -> str:  # type: ignore[no-untyped-def]
    return english_date(value) if language == "en" else official_date(value)


def row_name(row: PublicListRow, language: str) -> str:
    return row.name_en if language == "en" and row.name_en else row.name


def remarks(row: PublicListRow, language: str) -> str:
    """비고: former names, mergers and a suspension in force on the list's day."""
    t = TEXT[language]
    parts = [t["former"].format(name=name) for name in row.particulars.former_names]
    for merger in row.particulars.mergers:
        key = "merged_into" if merger.role == MergerRole.MERGED_INTO else "absorbed"
        parts.append(t[key].format(date=_date(merger.effective_on, language), partner=merger.partner))
    if row.status == RegistryStatus.SUSPENDED:
        parts.append(t["suspended"])
    return "; ".join(parts)


def list_cells(row: PublicListRow, language: str) -> list[str]:
    """The eight columns of a row as printed."""
    return [str(row.serial), row_name(row, language), row.representative, row.address,
            scope_text(language, row.scope), _date(row.designated_on, language),
            document_number(row.designation_number, language, prefix=False) if row.designation_number else "",
            remarks(row, language)]


def render_registry_list_pdf(data: PublicList, language: str = "ko") -> bytes:
    """A draft of the list as of its day (marked 초안 / DRAFT, no number): the layout of the published list."""
    from desktop.documents.public_lists import render_draft

    return render_draft(data, language)


def render_registry_list_xlsx(data: PublicList, language: str = "ko", number: str = "") -> bytes:
    """The list as a workbook: a title line, the day (and the publication's number), then the header and one row
    per institute."""
    language = check_language(language)
    t = TEXT[language]

    def cells(row: PublicListRow) -> list[object]:
        values: list[object] = list_cells(row, language)
        values[0], values[5] = row.serial, row.designated_on  # real numbers and dates: sortable in Excel
        return values

    return list_workbook(t["sheet"], t["title"], t["as_of"].format(date=_date(data.on, language)),
                         document_number(number, language) if number else "", t["columns"], WIDTHS,
                         (cells(row) for row in data.rows), date_column=6)
