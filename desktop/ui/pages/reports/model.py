"""The register's table: a model that holds the filed reports loaded so far and asks for the next batch as the view
scrolls (``canFetchMore``/``fetchMore``); searching, the late-only filter and sorting are done by the database.

Sixty thousand reports read and keyed in Python took a second to open; one batch of ``BATCH_ROWS`` in the view's
sort order takes milliseconds, whatever the register's length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.core.formatting import official_date
from desktop.domain.reports.register import (
    FILED,
    INSTITUTE,
    ISSUED,
    LATE,
    METHOD,
    NUMBER,
    PURPOSE,
    RESULT,
    SUBJECT,
    RegisterFilter,
)
from desktop.domain.reports.service import (
    ReportRow,
    method_label,
    origin_label,
    purpose_label,
    status_label,
    subject_label,
)
from desktop.ui import theme
from desktop.ui.widgets.record_table import BATCH_ROWS

ROW_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMN_COUNT = 9
_Index = QModelIndex | QPersistentModelIndex
# Reads ``limit`` rows from ``offset`` of the register as filtered and sorted (None when the read failed).
BatchLoader = Callable[[RegisterFilter, int, int], "list[ReportRow] | None"]

def result_text(row: ReportRow) -> str:
    """``1,250,000,000원``, ``BBB``, ``BBB · 72점``."""
    parts = []
    if row.amount_won is not None:
        parts.append(f"{row.amount_won:,}")
    if row.grade:
        parts.append(row.grade)
    if row.score is not None:
        parts.append(f"{row.score.normalize():f}")
    return " · ".join(parts)


class ReportsTableModel(QAbstractTableModel):
    """The reports loaded so far of those the filter keeps, in its order; the next batch when the view asks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self._loader: BatchLoader | None = None
        self._has_more = False
        self.filter = RegisterFilter()

    def set_loader(self, loader: BatchLoader) -> None:
        self._loader = loader

    def set_rows(self, rows: list[ReportRow], wanted: RegisterFilter | None = None) -> None:
        """Show a first batch read elsewhere (off the GUI thread) for ``wanted`` (the current filter if None)."""
        self.beginResetModel()
        self.filter = wanted or self.filter
        self._rows = list(rows)
        self._has_more = len(rows) >= BATCH_ROWS
        self.endResetModel()

    def set_filter(self, wanted: RegisterFilter) -> bool:
        """Read the first batch of what ``wanted`` keeps; False (nothing changed) if the read failed."""
        rows = self._loader(wanted, 0, BATCH_ROWS) if self._loader is not None else []
        if rows is None:
            return False
        self.set_rows(rows, wanted)
        return True

    def complete(self) -> bool:
        """Whether every report the filter keeps is loaded (then their count is the number of rows)."""
        return not self._has_more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and self._has_more and self._loader is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid() or not self.canFetchMore():
            return
        self._has_more = False  # a failing read must not be asked again and again
        rows = self._loader(self.filter, len(self._rows), BATCH_ROWS)  # type: ignore[misc]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_more = rows is not None and len(rows) >= BATCH_ROWS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database: the first batch again in the new order."""
        if not 0 <= column < COLUMN_COUNT:
            return
        wanted = replace(self.filter, column=column, descending=order == Qt.SortOrder.DescendingOrder)
        if self._loader is None:
            self.filter = wanted
        else:
            self.set_filter(wanted)

    def rows(self) -> list[ReportRow]:
        """The reports loaded so far, in the shown order."""
        return list(self._rows)

    def row_of(self, report_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == report_id), None)

    def row_at(self, row: int) -> ReportRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Institute"), self.tr("Report number"), self.tr("Issued"), self.tr("Filed"),
                self.tr("Late"), self.tr("Subject"), self.tr("Purpose"), self.tr("Method"), self.tr("Result")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == LATE and row.late:
            return QBrush(theme.tone_colour(theme.Tone.BAD))
        if role == Qt.ItemDataRole.ToolTipRole and column in (FILED, LATE):
            return self.tr("Due by {date} (30 days from the day after issue)").format(
                date=official_date(row.filing_deadline))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RESULT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ReportRow, column: int) -> str:
        if column == INSTITUTE:
            return row.institution_name
        if column == NUMBER:
            return row.report_number
        if column == ISSUED:
            return official_date(row.issue_date)
        if column == FILED:
            return official_date(row.filing_date)
        if column == LATE:
            return self.tr("Late") if row.late else ""
        if column == SUBJECT:
            return f"{subject_label(row.subject_kind)} ({status_label(row.subject_status)}, " \
                   f"{origin_label(row.subject_origin)})"
        if column == PURPOSE:
            return purpose_label(row.purpose)
        if column == METHOD:
            return method_label(row.method)
        return result_text(row)
