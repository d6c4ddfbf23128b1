"""A long list shows its first rows at once and the rest as the view scrolls, while search, filter, sort and the
selection still see every record."""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.ui.widgets.record_table import BATCH_ROWS, Column
from desktop.ui.widgets.record_view import RecordTable


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount: int


ROWS = [Row(n, f"기관{n:04d}", (n * 37) % 1000) for n in range(1, 1001)]


def make_table(qtbot) -> RecordTable:  # type: ignore[no-untyped-def]
    table = RecordTable([Column("Name", lambda r: r.name), Column("Amount", lambda r: r.amount,
                                                                  sort_key=lambda r: r.amount, numeric=True)])
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    return table


def test_a_long_list_shows_a_batch_and_the_rest_as_it_scrolls(qtbot):
    table = make_table(qtbot)
    table.set_records(ROWS)
    assert table.model.rowCount() == BATCH_ROWS and table.model.canFetchMore()
    assert "1000 rows" in table.count_label.text()  # the count is of every record, not of the shown batch
    table.view.scrollToBottom()
    qtbot.waitUntil(lambda: table.model.rowCount() > BATCH_ROWS)  # the view asked for the next batch
    assert len(table.records()) == len(ROWS)


def test_search_filter_and_selection_reach_rows_of_a_later_batch(qtbot):
    table = make_table(qtbot)
    table.set_records(ROWS)
    table.search.setFocus()
    QTest.keyClicks(table.search, "0977")  # typed: the name of a record beyond the first batch
    assert [r.id for r in table.visible_records()] == [977]
    table.search.clear()
    table.set_records(ROWS)
    assert table.select_id(999) and table.current_record().id == 999
    table.set_predicate(lambda r: r.amount == 999)
    assert [r.amount for r in table.visible_records()] == [999] * len([r for r in ROWS if r.amount == 999])


def test_a_sorted_long_list_starts_with_the_whole_lists_first_rows(qtbot):
    table = make_table(qtbot)
    table.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    table.set_records(ROWS)
    assert table.model.rowCount() == BATCH_ROWS
    shown = [r.amount for r in table.visible_records()]
    assert shown == sorted((r.amount for r in ROWS), reverse=True)[:BATCH_ROWS]
    header = table.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert [r.amount for r in table.visible_records()] == sorted(r.amount for r in ROWS)  # re-sorted: all of them
