"""A search box over a sortable table of records: the list part of the simple pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QTimer, Signal
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

from desktop.ui.widgets.record_table import Column, FetchMore, RecordFilterProxy, RecordTableModel

MAX_COLUMN_WIDTH = 360
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
    header.setStretchLastSection(True)
    header.setHighlightSections(False)


def fit_columns(view: QTableView, limit: int = MAX_COLUMN_WIDTH) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


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
        self._emitted: object = None  # the id of the record last announced by currentRecordChanged

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("RecordTable", "Search…"))
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
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._emit_current())
        # A mouse press makes the row current before it selects it: tell the page once the row is selected too.
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._emit_if_moved())
        self.view.activated.connect(self._activated)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # Records -----------------------------------------------------------------------------------------

    def set_records(self, records: Iterable[Any], *, fetch_more: FetchMore | None = None,
                    has_more: bool = False) -> None:
        """Replace the rows, keeping the selected record selected when it is still there."""
        previous = self.current_id()
        self.model.set_records(records, fetch_more=fetch_more, has_more=has_more)
        if not self._fitted and self.model.rowCount():
            fit_columns(self.view)
            self._fitted = True
        if previous is not None:
            self.select_id(previous)
        self._update_count()
        self._emit_current()

    def records(self) -> list[Any]:
        return self.model.records()

    def visible_records(self) -> list[Any]:
        """The records the filter lets through, in the shown order."""
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    def current_record(self) -> Any | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

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
        self.proxy.set_predicate(predicate)
        self._update_count()

    # Internals ---------------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if self._local_search:
            self.proxy.set_search(text)
            self._update_count()
        else:
            self._search_timer.start()

    def _update_count(self, *_: object) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        if shown == loaded:
            self.count_label.setText(self.tr("%n{more} row(s)", "", loaded).format(more=more))
        else:
            text = self.tr("{shown} of %n{more} row(s)", "", loaded)
            self.count_label.setText(text.format(shown=shown, more=more))

    def _emit_current(self) -> None:
        record = self.current_record()
        self._emitted = None if record is None else self.model.id_of(record)
        self.currentRecordChanged.emit(record)

    def _emit_if_moved(self) -> None:
        record = self.current_record()
        if (None if record is None else self.model.id_of(record)) != self._emitted:
            self._emit_current()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recordActivated.emit(self.model.record(self.proxy.mapToSource(index).row()))

