"""The website workbook of a public list (designated institutes, sanctions): a title line, the day and the
publication's number, a bold shaded header, one row per entry with its date column as a real date, fixed widths,
frozen header and a filter. Invariant bytes for the same content (fixed creation time and creator)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime

from desktop.documents.layout import CREATOR

_HEADER_FILL = "E8EEF7"
_WIDTH_SCALE = 190  # a column's share of the page width → Excel character widths


def list_workbook(sheet_title: str, title: str, as_of: str, number: str, columns: Sequence[str],
                  widths: Sequence[float], rows: Iterable[Sequence[object]], date_column: int) -> bytes:
    """``number`` goes at the end of the day's line when given; ``date_column`` (1-based) is formatted as a date."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([as_of])
    if number:
        sheet.cell(2, len(widths), number)
    sheet.append(list(columns))
    for c in sheet[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        c.alignment = Alignment(horizontal="center")
    for row in rows:
        sheet.append(list(row))
        sheet.cell(sheet.max_row, date_column).number_format = "yyyy-mm-dd"
    for column, share in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(8, round(share * _WIDTH_SCALE))
    sheet.freeze_panes = "A4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(widths))}{max(3, sheet.max_row)}"
    workbook.properties.created = workbook.properties.modified = datetime(2000, 1, 1)
    workbook.properties.creator = CREATOR
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
