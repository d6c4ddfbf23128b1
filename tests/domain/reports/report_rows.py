"""Export files for the report tests: rows of the evaluation information system in CSV (any encoding) or XLSX."""

import csv
import io

from desktop.domain.applications.spreadsheets import write_xlsx
from desktop.domain.reports.report_file import COLUMNS

KO = [c.ko for c in COLUMNS]
EN = [c.en for c in COLUMNS]


def row(designation: str = "", number: str = "T-0001", valuation: str = "2026-08-20", issue: str = "2026-09-01",
        filed: str = "2026-09-10", subject: str = "특허", status: str = "등록", origin: str = "국내",
        purpose: str = "담보대출", method: str = "수익접근법", amount: str = "1,250,000,000", grade: str = "",
        score: str = "", brn: str = "", name: str = "") -> list[str]:
    return [designation, brn, name, number, valuation, issue, filed, subject, status, origin, purpose, method, amount,
            grade, score]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", headers: list[str] = KO) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[str]], headers: list[str] = KO) -> bytes:
    return write_xlsx("보고서", headers, rows)
