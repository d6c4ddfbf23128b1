"""Exporting a round's results to an XLSX workbook: a Results sheet (one row per applicant, ranked) and a
Sheets sheet (each member's scores, labelled as the round labels them)."""

import io
from collections.abc import Generator, Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.core.progress import run_to_end
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.scoring.results import ResultDetail, round_results
from desktop.domain.scoring.service import method_label


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def results_workbook(details: Sequence[ResultDetail]) -> Generator[tuple[int, int, str], None, bytes]:
    """Build the workbook, yielding progress (done, total, message); returns the XLSX bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    results = workbook.active
    results.title = translate("Scoring", "Results")
    criteria = details[0].criteria if details else ()
    header = [translate("Scoring", "Rank"), translate("Scoring", "Application"), translate("Scoring", "Institution"),
              translate("Scoring", "Sheets"), translate("Scoring", "Aggregate"),
              *(translate("Scoring", "Criterion {id}").format(id=c.id) for c in criteria),
              translate("Scoring", "Result"), translate("Scoring", "Reasons"), translate("Scoring", "Flags"),
              translate("Scoring", "Normalised (information only)"), translate("Scoring", "Method"),
              translate("Scoring", "Criteria version"), translate("Scoring", "Pass mark"),
              translate("Scoring", "Recomputed")]
    results.append(header)
    sheets = workbook.create_sheet(translate("Scoring", "Sheets"))
    sheets.append([translate("Scoring", "Application"), translate("Scoring", "Member"),
                   *(translate("Scoring", "Criterion {id}").format(id=c.id) for c in criteria),
                   translate("Scoring", "Total"), translate("Scoring", "Counted")])
    total = len(details)
    for n, d in enumerate(details):
        results.append([
            d.rank, d.application_number, d.institution_name, len(d.members), _number(d.aggregate),
            *(_number(c.aggregate) for c in d.criteria),
            translate("Scoring", "Pass") if d.passed else translate("Scoring", "Fail"), "\n".join(d.reasons),
            "\n".join(d.flags), _number(d.normalised), method_label(d.method), d.criteria_version,
            _number(d.pass_mark),
            translate("Scoring", "Matches") if d.matches else translate("Scoring", "Differs"),
        ])
        for m, member in enumerate(d.members):
            sheets.append([d.application_number, member.display, *(_number(c.scores[m]) for c in d.criteria),
                           _number(member.total), member.counted_text()])
        yield n + 1, total, d.application_number
    for worksheet in (results, sheets):
        for cell in worksheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        worksheet.freeze_panes = "A2"
        for column in worksheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            worksheet.column_dimensions[column[0].column_letter].width = min(max(8, width + 2), 60)
        for row in worksheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, float):
                    cell.number_format = "0.00"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_round_results(session: Session, actor: Actor, round_id: int) -> list[ResultDetail]:
    """The results an export of the round carries (the actor's view: conflicted applicants left out)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return round_results(session, actor, round_id)


def results_xlsx(details: Sequence[ResultDetail]) -> bytes:
    """The workbook without progress reports."""
    return run_to_end(results_workbook(details))
