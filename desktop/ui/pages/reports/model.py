"""The register's table: a model over every filed report and a filtering proxy fast enough for 100,000 rows.

A ``QSortFilterProxyModel`` asks ``filterAcceptsRow`` once per source row, from C++ into Python: over 100,000 rows
that alone is 50–110 ms a keystroke (measured). ``ReportsFilterProxy`` is a ``QAbstractProxyModel`` that keeps the
passing rows in one list computed by one Python loop over precomputed keys, so the view only maps the rows it paints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.formatting import official_date
from desktop.domain.reports.service import (
    ReportRow,
    method_label,
    origin_label,
    purpose_label,
    status_label,
    subject_label,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 3
INSTITUTE, NUMBER, ISSUED, FILED, LATE, SUBJECT, PURPOSE, METHOD, RESULT = range(9)
COLUMN_COUNT = 9
_Index = QModelIndex | QPersistentModelIndex


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
    """One row per filed report; the search keys (institute, number, words shown) are built once per load."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReportRow] = []
        self.keys: list[str] = []
        self.generation = 0

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._build_keys()
        self.endResetModel()

    def _build_keys(self) -> None:
        labels = {}  # the shown words of each kind, looked up once per value rather than per row
        for row in self._rows:
            for value, label in ((row.purpose, purpose_label), (row.subject_kind, subject_label),
                                 (row.method, method_label)):
                if value not in labels:
                    labels[value] = label(value).casefold()
        self.keys = [f"{r.institution_name.casefold()}\x00{r.report_number.casefold()}\x00{labels[r.purpose]}\x00"
                     f"{labels[r.subject_kind]}\x00{labels[r.method]}\x00{r.grade or ''}".casefold()
                     for r in self._rows]
        self.generation += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One ``sorted`` call in Python (a per-comparison call from Qt would be far slower)."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.beginResetModel()
        self._rows.sort(key=lambda r: self._sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._build_keys()
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

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
            return QBrush(QColor("#b91c1c"))
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

    def _sort_key(self, row: ReportRow, column: int) -> Any:
        if column == ISSUED:
            return row.issue_date
        if column == FILED:
            return row.filing_date
        if column == LATE:
            return row.late
        if column == RESULT:
            return (row.amount_won or 0, row.grade or "", row.score or 0)
        return self._display(row, column)


class ReportsFilterProxy(QAbstractProxyModel):
    """Search as you type in the institute, number and shown words; optionally late filings only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._late_only = False
        self._rows: list[int] = []
        self._positions: dict[int, int] | None = None

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._refilter)
        super().setSourceModel(model)
        model.modelReset.connect(self._refilter)
        self._refilter()

    def set_search(self, text: str) -> None:
        self._search = text.strip().casefold()
        self._refilter()

    def set_late_only(self, late_only: bool) -> None:
        self._late_only = late_only
        self._refilter()

    def _refilter(self) -> None:
        model: ReportsTableModel = self.sourceModel()
        self.beginResetModel()
        search, keys = self._search, model.keys
        if self._late_only:
            rows = [n for n in range(len(keys)) if model.row_at(n).late and search in keys[n]]
        elif search:
            rows = [n for n, key in enumerate(keys) if search in key]
        else:
            rows = list(range(len(keys)))
        self._rows, self._positions = rows, None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def visible_rows(self) -> list[ReportRow]:
        model: ReportsTableModel = self.sourceModel()
        return [model.row_at(n) for n in self._rows]

    def row_at(self, proxy_row: int) -> ReportRow | None:
        return self.sourceModel().row_at(self._rows[proxy_row]) if 0 <= proxy_row < len(self._rows) else None

    # -- QAbstractProxyModel ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._positions is None:
            self._positions = {source: n for n, source in enumerate(self._rows)}
        position = self._positions.get(source_index.row())
        return QModelIndex() if position is None else self.createIndex(position, source_index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
