"""Reading and writing the tabular files users exchange: XLSX workbooks and CSV in UTF-8, UTF-8 with BOM or CP949."""

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

CSV_SUFFIXES = frozenset({".csv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_text(filename: str, data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding found: UTF-8 (with or without BOM), else CP949 (Korean Excel)."""
    if data.startswith(_WIDE_BOMS) or b"\x00" in data[:4096]:
        raise ValidationError(translate(
            "Spreadsheets", "{name} is not UTF-8 or CP949 text (it looks like UTF-16 or a binary file). Save it "
            "from Excel as 'CSV UTF-8' or 'CSV (comma delimited)'.").format(name=filename), field="file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text, "UTF-8 BOM" if data.startswith(codecs.BOM_UTF8) else "UTF-8"
    try:
        return data.decode("cp949"), "CP949"
    except UnicodeDecodeError as error:
        raise ValidationError(translate(
            "Spreadsheets", "{name} is neither UTF-8 nor CP949 (EUC-KR) text: byte {offset} cannot be read. Save "
            "it from Excel as 'CSV UTF-8' or 'CSV (comma delimited)'.").format(name=filename, offset=error.start),
            field="file") from None


def _csv_rows(filename: str, data: bytes) -> tuple[list[list[Any]], str]:
    text, encoding = decode_text(filename, data)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect)), encoding
    except csv.Error as error:
        raise ValidationError(translate("Spreadsheets", "{name} cannot be read as CSV: {reason}")
                              .format(name=filename, reason=error), field="file") from None


def _xlsx_rows(filename: str, data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # zipfile.BadZipFile, KeyError, InvalidFileException …: all mean "not a workbook"
        raise ValidationError(translate("Spreadsheets", "{name} cannot be read as an Excel workbook (.xlsx): it "
                                        "is damaged or of another type.").format(name=filename),
                              field="file") from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_table(filename: str, data: bytes) -> tuple[list[list[Any]], str]:
    """Every row of the first sheet (XLSX) or of the CSV, and what the file was read as (e.g. "CSV, CP949")."""
    name = Path(filename).name
    if not data:
        raise ValidationError(translate("Spreadsheets", "{name} is empty.").format(name=name), field="file")
    suffix = Path(filename).suffix.lower()
    if suffix in CSV_SUFFIXES:
        rows, encoding = _csv_rows(name, data)
        return rows, f"CSV, {encoding}"
    if suffix in XLSX_SUFFIXES:
        return _xlsx_rows(name, data), "XLSX"
    if suffix == ".xls":
        raise ValidationError(translate("Spreadsheets", "{name} is in the old Excel format (.xls). Save it as an "
                                        "Excel workbook (.xlsx) or as CSV and import that.").format(name=name),
                              field="file")
    raise ValidationError(translate("Spreadsheets", "{name}: only Excel workbooks (.xlsx) and CSV files can be "
                                    "imported.").format(name=name), field="file")


def cell_text(value: Any) -> str:
    """A cell as the text a person sees (whole numbers without ".0")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def normalised(header: str) -> str:
    """Headers compared without spaces, case or punctuation: "평가 경력(년)" equals "평가경력 (년)"."""
    return "".join(c for c in header.casefold() if c.isalnum())


def find_columns(header: Sequence[Any], columns: Sequence[Any]) -> dict[str, tuple[int, str]]:
    """field → (column index, header as written) of ``columns`` (each with ``field``, ``ko``, ``en`` and
    ``aliases``) found in the header row; the first of a repeated column counts."""
    names = {normalised(text): c.field for c in columns for text in (c.ko, c.en, c.field, *c.aliases)}
    found: dict[str, tuple[int, str]] = {}
    for index, value in enumerate(header):
        written = cell_text(value)
        field = names.get(normalised(written))
        if field and field not in found:
            found[field] = (index, written)
    return found


def write_xlsx(sheet_title: str, headers: Sequence[str], rows: Iterator[Sequence[Any]] | Sequence[Sequence[Any]],
               widths: Sequence[int] = ()) -> bytes:
    """A one-sheet workbook: bold frozen header, given column widths, autofilter; deterministic timestamps."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF7")
    for row in rows:
        sheet.append(list(row))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    fixed = datetime(2000, 1, 1)
    workbook.properties.created = workbook.properties.modified = fixed
    workbook.properties.creator = "designation-review"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
