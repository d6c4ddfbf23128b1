"""A search box over a sortable table of records: the list part of the simple pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.record_table import BATCH_ROWS, Column, FetchMore, RecordFilterProxy, RecordTableModel

MAX_COLUMN_WIDTH = 360
FIT_SAMPLE_ROWS = 100  # fitting a column to its contents reads the shown rows and at most this many others
SEARCH_DELAY_MS = 300


translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def configure_table_view(view: QTableView, *, sortable: bool = True) -> None:
    """The look every record list shares: whole-row single selection, sortable headers, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)  # columns sized from a sample, never from every row
    header.setStretchLastSection(True)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, limit: int = MAX_COLUMN_WIDTH) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


def selected_index(view: QAbstractItemView) -> QModelIndex:
    """The selected row of a single-selection view (its first cell), invalid when nothing is selected.

    The selection, not the current index: the highlighted row is the one a person chose, and a mouse click
    moves the current index before it selects (the current-row signal comes too early to read the choice).
    """
    rows = view.selectionModel().selectedRows()
    return rows[0] if rows else QModelIndex()


def follow_selection(view: QAbstractItemView, changed: Callable[[], None]) -> None:
    """Call ``changed`` whenever the selected row of ``view`` may have changed (call after ``setModel``).

    The first row made current while nothing is selected (focus entering a freshly loaded table) is selected
    too, so it opens; a current row that only moved because a filter removed rows is not chosen for the user.
    """
    selection = view.selectionModel()

    def current_moved(current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not previous.isValid() and not selection.hasSelection():
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)

    selection.currentChanged.connect(current_moved)
    selection.selectionChanged.connect(lambda *_: changed())
    model = view.model()
    for signal in (model.rowsRemoved, model.modelReset, model.layoutChanged):  # a filter or reload dropped it
        signal.connect(lambda *_: changed())


def fit_texts(view: QTableView, column: int, texts: Iterable[str]) -> None:
    """Widen ``column`` so that each of ``texts`` (every value it can show, in the current language) fits whole,
    whichever of them happen to be loaded now."""
    style = view.style()
    padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 6
    needed = max((view.fontMetrics().horizontalAdvance(text) for text in texts), default=0) + padding
    header = view.horizontalHeader()
    if header.sectionSize(column) < needed:
        header.resizeSection(column, needed)


class RecordTable(QWidget):
    """Records in a sortable, searchable table; selection keeps following the same record across reloads.

    ``currentRecordChanged`` announces the selected (highlighted) record whenever it changes, however it was
    chosen — a mouse click, the keyboard, ``select_id`` or a reload — and ``None`` when nothing is selected.
    With ``local_search`` the search box filters the loaded rows; without it the box emits ``searchEdited``
    (after a short pause) so the page can ask the service instead.
    """

    currentRecordChanged = Signal(object)
    recordActivated = Signal(object)
    searchEdited = Signal(str)

    def __init__(self, columns: Sequence[Column], *, id_of: Callable[[Any], object] = lambda r: r.id,
                 local_search: bool = True, sortable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, id_of, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._local_search = local_search
        self._fitted = False
        self._reloading = False
        self._announced: Any | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("RecordTable", "Search…"))
        self.search.setAccessibleName(translate("RecordTable", "Search"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.view = QTableView(self)
        configure_table_view(self.view, sortable=sortable)
        self.view.setModel(self.proxy)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.searchEdited.emit(self.search.text().strip()))
        self.search.textChanged.connect(self._search_changed)
        follow_selection(self.view, self._announce)
        self.view.activated.connect(self._activated)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        # A new sort order must see every record (after the view's own slot has sorted the shown ones).
        self.view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.model.fetch_all())

    def set_title(self, title: str) -> None:
        """The name a screen reader gives the table and its search box (e.g. "Rounds", "Search Rounds")."""
        self.view.setAccessibleName(title)
        self.search.setAccessibleName(translate("RecordTable", "Search: {table}").format(table=title))

    # Records -----------------------------------------------------------------------------------------

    def set_records(self, records: Iterable[Any], *, fetch_more: FetchMore | None = None,
                    has_more: bool = False) -> None:
        """Replace the rows, keeping the selected record selected when it is still there."""
        previous = self.current_id()
        records = list(records)
        self._reloading = True
        try:
            batch = BATCH_ROWS if len(records) > BATCH_ROWS else 0  # a long list shows its start, the rest lazily
            if batch and self.proxy.sortColumn() >= 0:
                records = self.model.sorted_records(records, self.proxy.sortColumn(),
                                                    self.proxy.sortOrder() == Qt.SortOrder.DescendingOrder)
            if batch and (self.search.text().strip() or self.proxy.has_predicate()):
                batch = 0  # a search or a filter is on: it must see every record
            self.model.set_records(records, fetch_more=fetch_more, has_more=has_more, batch=batch)
            if not self._fitted and self.model.rowCount():
                fit_columns(self.view)
                self._fitted = True
            if previous is not None:
                self.select_id(previous)
        finally:
            self._reloading = False
        self._update_count()
        self._announce(again=True)  # once, with the reloaded record (or None when it is gone)

    def records(self) -> list[Any]:
        return self.model.records()

    def visible_records(self) -> list[Any]:
        """The records the filter lets through, in the shown order."""
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    def current_record(self) -> Any | None:
        """The selected record: the highlighted row, which is the one the page shows and acts on."""
        source = self.proxy.mapToSource(selected_index(self.view))
        return self.model.record(source.row()) if source.isValid() else None

    def current_id(self) -> object | None:
        record = self.current_record()
        return None if record is None else self.model.id_of(record)

    def select_id(self, entity_id: object) -> bool:
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def select_row(self, row: int) -> None:
        """Select the ``row``-th shown row."""
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is not None:
            self.model.fetch_all()
        self.proxy.set_predicate(predicate)
        self._update_count()

    # Internals ---------------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if self._local_search:
            if text.strip():
                self.model.fetch_all()
            self.proxy.set_search(text)
            self._update_count()
        else:
            self._search_timer.start()

    def _update_count(self, *_: object) -> None:
        shown, loaded = self.proxy.rowCount(), len(self.model.records())  # rows of a later batch count too
        more = "+" if self.model.canFetchMore() and loaded == self.model.rowCount() else ""  # the loader has more
        if shown == self.model.rowCount() and not (self.search.text().strip() or self.proxy.has_predicate()):
            shown = loaded
        if shown == loaded:
            self.count_label.setText(self.tr("%n{more} row(s)", "", loaded).format(more=more))
        else:
            text = self.tr("{shown} of %n{more} row(s)", "", loaded)
            self.count_label.setText(text.format(shown=shown, more=more))

    def _announce(self, again: bool = False) -> None:
        """Emit ``currentRecordChanged`` when the selected record differs from the last one announced."""
        if self._reloading:
            return
        record = self.current_record()
        if record is self._announced and not again:
            return
        self._announced = record
        self.currentRecordChanged.emit(record)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recordActivated.emit(self.model.record(self.proxy.mapToSource(index).row()))

