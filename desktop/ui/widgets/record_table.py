"""A table model of plain records (the services' row dataclasses) whose columns are declared once.

Each column is a header, a display function and an optional sort key; the model answers the display, sort,
entity-id and record roles, and can load further batches lazily (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.ui import theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

# A batch loader for lazy tables: given how many records are loaded, the next records and whether more remain.
FetchMore = Callable[[int], tuple[Sequence[Any], bool]]
Index = QModelIndex | QPersistentModelIndex

BATCH_ROWS = 200  # a long list shows this many rows at first, and as many more each time the view scrolls near its end
TONES = (theme.Tone.GOOD, theme.Tone.BAD, theme.Tone.MUTED)


@dataclass(frozen=True)
class Column:
    """One column: ``value`` gives the shown text, ``sort_key`` the value to sort by (the text if omitted)."""

    header: str
    value: Callable[[Any], object]
    sort_key: Callable[[Any], object] | None = None
    numeric: bool = False
    tone: Callable[[Any], str | None] | None = None  # "good", "bad" or "muted" colours the text


def _text(value: object) -> str:
    return "" if value is None else str(value)


class RecordTableModel(QAbstractTableModel):
    """Records in rows, declared columns across; never touches the database itself."""

    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], object] = lambda r: r.id,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of
        self._records: list[Any] = []
        self._fetch_more: FetchMore | None = None
        self._has_more = False
        self._pending: list[Any] = []  # records given but not yet shown (a long list is inserted in batches)
        self._batch = 0

    # Loading -------------------------------------------------------------------------------------------

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the column declarations (same count), e.g. after a language change."""
        if len(columns) != len(self._columns):
            self.beginResetModel()
            self._columns = list(columns)
            self.endResetModel()
            return
        self._columns = list(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
        self.refresh_columns()

    def set_records(self, records: Iterable[Any], *, fetch_more: FetchMore | None = None,
                    has_more: bool = False, batch: int = 0) -> None:
        """Show ``records``; with ``batch`` only that many at first, the rest as the view asks (``fetchMore``);
        with ``fetch_more`` the view asks the loader for further batches while ``has_more``."""
        records = list(records)
        if fetch_more is None and self._fetch_more is None and not self._has_more \
                and len(records) == len(self._records) + len(self._pending) and records == self.records():
            # The same records: no reset (the view keeps its rows, selection and scroll position); the cells are
            # re-read all the same, as a column may show more than its record (a status derived by the page).
            self.refresh_columns()
            return
        self.beginResetModel()
        self._batch = batch
        self._records, self._pending = (records[:batch], records[batch:]) if batch else (records, [])
        self._fetch_more = fetch_more
        self._has_more = has_more and fetch_more is not None
        self.endResetModel()

    def refresh_columns(self, *columns: int) -> None:
        """Re-read the display of some columns (all when none is named) without reloading the records."""
        if not self._records:
            return
        for column in columns or range(len(self._columns)):
            self.dataChanged.emit(self.index(0, column), self.index(len(self._records) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, SORT_ROLE])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and (bool(self._pending) or self._has_more)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid():
            return
        if self._pending:
            self._show_pending(self._batch or len(self._pending))
            return
        if not self._has_more or self._fetch_more is None:
            return
        self._has_more = False  # a failing loader must not be asked again and again
        batch, more = self._fetch_more(len(self._records))
        if batch:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._records.extend(batch)
            self.endInsertRows()
        self._has_more = bool(more)

    def fetch_all(self) -> None:
        """Show every record given (before a search, a filter or a sort, which must see them all)."""
        if self._pending:
            self._show_pending(len(self._pending))

    def _show_pending(self, count: int) -> None:
        batch, self._pending = self._pending[:count], self._pending[count:]
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._records.extend(batch)
        self.endInsertRows()

    def sorted_records(self, records: list[Any], column: int, descending: bool) -> list[Any]:
        """``records`` in the order the proxy sorts them by ``column`` (so a first batch is the list's start)."""
        try:
            return sorted(records, key=lambda r: _ordered(self._key_of(r, column)), reverse=descending)
        except TypeError:
            return sorted(records, key=lambda r: (lambda k: (k[0], str(k[1])))(_ordered(self._key_of(r, column))),
                          reverse=descending)

    # Reading ----------------------------------------------------------------------------------------

    def records(self) -> list[Any]:
        """Every record given, those not shown yet included."""
        return self._records + self._pending

    def record(self, row: int) -> Any:
        return self._records[row]

    def id_of(self, record: Any) -> object:
        return self._id_of(record)

    def row_of(self, entity_id: object) -> int | None:
        """The row of the record, shown first if it was still waiting in a later batch."""
        found = next((n for n, r in enumerate(self._records) if self._id_of(r) == entity_id), None)
        if found is None:
            waiting = next((n for n, r in enumerate(self._pending) if self._id_of(r) == entity_id), None)
            if waiting is not None:
                self._show_pending(waiting + 1)
                found = len(self._records) - 1
        return found

    def sort_key(self, row: int, column: int) -> object:
        return self._key_of(self._records[row], column)

    def _key_of(self, record: Any, column: int) -> object:
        spec = self._columns[column]
        return spec.sort_key(record) if spec.sort_key else _text(spec.value(record))

    # Qt model API -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._records):
            return None  # (the view asks each cell for a dozen roles while it sizes columns: most are not ours)
        record = self._records[index.row()]
        spec = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(spec.value(record))
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        if role == ID_ROLE:
            return self._id_of(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and spec.tone:
            tone = spec.tone(record)
            return QBrush(theme.tone_colour(tone)) if tone in TONES else None
        return None


_ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, SORT_ROLE, ID_ROLE, RECORD_ROLE))
"""The roles ``RecordTableModel.data`` answers."""


def _ordered(key: object) -> tuple[bool, object]:
    return (key is None or key == "", key)


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by the source's Python sort keys (missing values last) and filters by text and a predicate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def has_predicate(self) -> bool:
        return self._predicate is not None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only the records for which ``predicate`` holds (all when None)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if self._predicate is not None and isinstance(source, RecordTableModel) \
                and not self._predicate(source.record(source_row)):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return super().lessThan(left, right)
        a = _ordered(source.sort_key(left.row(), left.column()))
        b = _ordered(source.sort_key(right.row(), right.column()))
        try:
            return a < b  # type: ignore[operator]
        except TypeError:
            return (a[0], str(a[1])) < (b[0], str(b[1]))
