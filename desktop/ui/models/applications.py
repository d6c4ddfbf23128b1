"""The applications table: a model over ``list_applications`` rows and a filtering proxy."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.core.formatting import official_datetime
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import ApplicationRow
from desktop.domain.applications.workflow import status_label
from desktop.domain.institutions.models import InstitutionKind
from desktop.domain.institutions.service import kind_label, sector_label
from desktop.ui import theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

NUMBER, INSTITUTION, SECTOR, KIND, BRN, ROUND, STATUS, RECEIVED, LATE, STAFF = range(10)
COLUMN_COUNT = 10

_STATUS_TONES = {
    ApplicationStatus.DESIGNATED: theme.Tone.GOOD,
    ApplicationStatus.NOT_DESIGNATED: theme.Tone.BAD,
    ApplicationStatus.INELIGIBLE: theme.Tone.BAD,
    ApplicationStatus.WITHDRAWN: theme.Tone.MUTED,
    ApplicationStatus.SUPPLEMENT_REQUESTED: theme.Tone.WARNING,
}
_Index = QModelIndex | QPersistentModelIndex


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


class ApplicationsTableModel(QAbstractTableModel):
    """One row per application; display text is translated, ``SORT_ROLE`` gives comparable values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self._text_keys: list[str] = []
        self._digit_keys: list[str] = []
        self.generation = 0  # changes with every reload or sort, so filters know their cached matches are stale
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading ------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ApplicationRow]) -> None:
        ordered = self._sorted(list(rows))
        if ordered == self._rows:
            # Nothing changed (a refresh after another page's change): no reset, so the view keeps its selection
            # and scroll position and the filter its matches; the cells are re-read all the same.
            if ordered:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ordered) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows = ordered
        self._text_keys = [f"{r.institution_name.casefold()}\x00{r.number.casefold()}" for r in self._rows]
        self._digit_keys = [f"{digits_of(r.brn)}\x00{digits_of(r.crn)}" for r in self._rows]
        self.generation += 1
        self.endResetModel()

    def _sorted(self, rows: list[ApplicationRow]) -> list[ApplicationRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(rows, key=lambda r: self._sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (one ``sorted`` call), keeping selections: far cheaper than per-comparison calls from Qt."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {r.id: n for n, r in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        self._text_keys = [f"{r.institution_name.casefold()}\x00{r.number.casefold()}" for r in self._rows]
        self._digit_keys = [f"{digits_of(r.brn)}\x00{digits_of(r.crn)}" for r in self._rows]
        position = {old[r.id]: n for n, r in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(position[i.row()], i.column()) for i in persistent])
        self.generation += 1
        self.layoutChanged.emit()

    def matching(self, search: str, digits: str, status: ApplicationStatus | None, round_id: int | None,
                 kind: InstitutionKind | None) -> set[int]:
        """Source rows passing the filters: the search in the name or number, or its digits in the BRN/CRN."""
        found = set()
        for n, row in enumerate(self._rows):
            if (status is not None and row.status != status) or (round_id is not None and row.round_id != round_id) \
                    or (kind is not None and row.kind != kind):
                continue
            if not search or search in self._text_keys[n] or (digits and digits in self._digit_keys[n]):
                found.add(n)
        return found

    def rows(self) -> list[ApplicationRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def row_of(self, application_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == application_id), -1)

    def status_counts(self) -> Counter[ApplicationStatus]:
        return Counter(r.status for r in self._rows)

    # -- Qt model API -------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_labels()[section]

    def header_labels(self) -> list[str]:
        return [self.tr("Number"), self.tr("Institution"), self.tr("Sector"), self.tr("Kind"),
                self.tr("Business reg. no."), self.tr("Round"), self.tr("Status"), self.tr("Received"),
                self.tr("Late"), self.tr("Staff")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == INSTITUTION:
            return f"{row.institution_name}\n{row.crn}" if row.crn else row.institution_name
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS and row.status in _STATUS_TONES:
                return QBrush(theme.tone_colour(_STATUS_TONES[row.status]))
            if column == LATE and row.late:
                return QBrush(theme.tone_colour(theme.Tone.BAD))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (STAFF, LATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ApplicationRow, column: int) -> str | int | None:
        if column == NUMBER:
            return row.number
        if column == INSTITUTION:
            return row.institution_name
        if column == SECTOR:
            return sector_label(row.sector)
        if column == KIND:
            return kind_label(row.kind)
        if column == BRN:
            return row.brn
        if column == ROUND:
            return row.round_code
        if column == STATUS:
            return status_label(row.status)
        if column == RECEIVED:
            return official_datetime(row.received_at) if row.received_at else ""
        if column == LATE:
            return self.tr("Late") if row.late else ""
        if column == STAFF:
            return row.staff_count
        return None

    def _sort_key(self, row: ApplicationRow, column: int) -> Any:
        if column == STATUS:
            return list(ApplicationStatus).index(row.status)
        if column == RECEIVED:
            return row.received_at.isoformat() if row.received_at else ""
        if column == LATE:
            return int(row.late)
        if column == STAFF:
            return row.staff_count
        if column == BRN:
            return digits_of(row.brn)
        return str(self._display(row, column) or "")


class ApplicationsFilterProxy(QSortFilterProxyModel):
    """Search as you type (name, number, BRN or CRN with or without hyphens), plus status, round and kind filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self._search = ""
        self._search_digits = ""
        self._status: ApplicationStatus | None = None
        self._round_id: int | None = None
        self._kind: InstitutionKind | None = None
        self._cache_key: tuple = ()
        self._cache: set[int] = set()

    def _accepted(self, model: ApplicationsTableModel) -> set[int]:
        """The passing source rows, computed once per filter change in one Python loop (not row by row via Qt)."""
        key = (model.generation, id(model), self._search, self._search_digits, self._status, self._round_id,
               self._kind)
        if key != self._cache_key:
            self._cache = model.matching(self._search, self._search_digits, self._status, self._round_id,
                                         self._kind)
            self._cache_key = key
        return self._cache

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (in Python, once); the proxy only filters, keeping the source order."""
        source = self.sourceModel()
        if isinstance(source, ApplicationsTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        compact = self._search.replace("-", "").replace(" ", "")
        self._search_digits = compact if compact.isdigit() else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: ApplicationStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_round(self, round_id: int | None) -> None:
        self.beginFilterChange()
        self._round_id = round_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: InstitutionKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, ApplicationsTableModel):
            return source_row in self._accepted(model)
        row: ApplicationRow = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if self._round_id is not None and row.round_id != self._round_id:
            return False
        if self._kind is not None and row.kind != self._kind:
            return False
        if not self._search:
            return True
        if self._search in row.institution_name.casefold() or self._search in row.number.casefold():
            return True
        return bool(self._search_digits) and (self._search_digits in digits_of(row.brn)
                                              or self._search_digits in digits_of(row.crn))

    def visible_rows(self) -> list[ApplicationRow]:
        """The rows the filters let through, in the order shown."""
        return [self.data(self.index(n, 0), ROW_ROLE) for n in range(self.rowCount())]

    def application_id(self, proxy_row: int) -> int | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        return self.data(self.index(proxy_row, 0), ID_ROLE)
