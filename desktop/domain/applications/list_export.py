"""The list of applications as an Excel workbook (the rows the user filtered, in the order shown)."""

from collections.abc import Generator, Sequence
from typing import Any

from desktop.core.clock import KST
from desktop.core.i18n import translate
from desktop.domain.applications.service import ApplicationRow
from desktop.domain.applications.spreadsheets import write_xlsx
from desktop.domain.applications.workflow import status_label
from desktop.domain.institutions.service import kind_label, sector_label


def _headers() -> list[str]:
    return [translate("ApplicationList", "Number"), translate("ApplicationList", "Institution"),
            translate("ApplicationList", "Sector"), translate("ApplicationList", "Kind"),
            translate("ApplicationList", "Business reg. no."), translate("ApplicationList", "Corporate reg. no."),
            translate("ApplicationList", "Round"), translate("ApplicationList", "Status"),
            translate("ApplicationList", "Received (KST)"), translate("ApplicationList", "Late"),
            translate("ApplicationList", "Staff")]


def _row(r: ApplicationRow) -> list[Any]:
    received = r.received_at.astimezone(KST).replace(tzinfo=None) if r.received_at else None
    return [r.number, r.institution_name, sector_label(r.sector), kind_label(r.kind), r.brn, r.crn, r.round_code,
            status_label(r.status), received, translate("ApplicationList", "Late") if r.late else "", r.staff_count]


def applications_xlsx(rows: Sequence[ApplicationRow]) -> Generator[tuple[int, int, str], None, bytes]:
    """Yields progress while the rows are prepared; returns the workbook's bytes."""
    prepared: list[list[Any]] = []
    step = max(1, len(rows) // 20)
    for n, row in enumerate(rows, start=1):
        prepared.append(_row(row))
        if n % step == 0:
            yield n, len(rows) + 1, translate("ApplicationList", "Prepared {n} of {total} rows").format(
                n=n, total=len(rows))
    yield len(rows), len(rows) + 1, translate("ApplicationList", "Writing the workbook")
    data = write_xlsx(translate("ApplicationList", "Applications"), _headers(), prepared,
                      (12, 30, 8, 24, 14, 16, 8, 14, 18, 6, 6))
    return data
