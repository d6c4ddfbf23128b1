"""What the Reports page runs off the GUI thread, each in a unit of work of its own (sessions never cross threads)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ValidationError
from desktop.domain.reports.register import (
    RegisterFilter,
    institutions_of_reports,
    register_batch,
    register_count,
)
from desktop.domain.reports.service import (
    CorrectionRow,
    InstituteFigures,
    ReportRow,
    institute_figures,
    list_corrections,
)
from desktop.ui.context import AppContext

MAX_FILE_BYTES = 100 * 1024 * 1024
translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


@dataclass(frozen=True)
class Register:
    """The first batch of the filtered register, its counts and the correction requests (with the institute of
    each requested report); each institute's figures load apart, when their tab is shown."""

    wanted: RegisterFilter
    reports: list[ReportRow]
    shown: int  # how many reports the filter keeps
    total: int  # how many reports are filed
    corrections: list[CorrectionRow]
    institution_of: dict[int, int]


def load_register(context: AppContext, wanted: RegisterFilter, batch: int) -> Register:
    with context.reading() as session:
        actor = context.actor
        total = register_count(session, actor, RegisterFilter())
        shown = total if wanted == RegisterFilter(column=wanted.column, descending=wanted.descending) \
            else register_count(session, actor, wanted)
        corrections = list_corrections(session, actor)
        return Register(wanted, register_batch(session, actor, wanted, 0, batch), shown, total, corrections,
                        institutions_of_reports(session, actor, {c.report_id for c in corrections}))


def load_figures(context: AppContext) -> list[InstituteFigures]:
    with context.reading() as session:
        return institute_figures(session, context.actor)


def import_file(context: AppContext, path: Path):  # type: ignore[no-untyped-def]
    """Read, check and (when every row passes) import ``path``; a generator for ``run_with_progress``. Cancelling
    closes it inside the unit of work, which then rolls back: nothing is imported half-way."""
    from desktop.domain.reports.importing import import_reports

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(translate("ReportsPage", "{name} is larger than {limit} MB.").format(
                name=path.name, limit=MAX_FILE_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(translate("ReportsPage", "{name} cannot be read: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    yield 0, 1, translate("ReportsPage", "Reading {name}").format(name=path.name)
    with context.writing() as session:  # committed, then announced like every change
        return (yield from import_reports(session, context.actor, path.name, data))
