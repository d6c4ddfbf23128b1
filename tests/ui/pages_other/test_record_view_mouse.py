"""The shared record table chosen with the mouse: a click opens the clicked record, once, on any table size."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable
from tests.ui.mouse import click_header, click_record, click_row


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    size: int


ROWS = [Row(1, "한빛", 30), Row(2, "누리", 10), Row(3, "가온", 20)]


@pytest.fixture
def table(qtbot):
    """A record table in a shown window, with what it announced collected in ``table.chosen``."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(500, 300)
    table = RecordTable([Column("Name", lambda r: r.name), Column("Size", lambda r: r.size, sort_key=lambda r: r.size,
                                                                  numeric=True)], parent=window)
    QVBoxLayout(window).addWidget(table)
    table.chosen = []
    table.currentRecordChanged.connect(table.chosen.append)
    table.set_records(ROWS)
    window.show()
    qtbot.waitExposed(window)
    table.chosen.clear()
    yield table  # the window lives as long as the test


def test_a_click_opens_the_clicked_record_once(table, qtbot):
    click_row(qtbot, table.view, 1)
    assert table.current_record() == ROWS[1]
    assert table.chosen == [ROWS[1]]
    click_row(qtbot, table.view, 2, column=1)
    assert table.chosen == [ROWS[1], ROWS[2]]
    click_row(qtbot, table.view, 2)
    assert table.chosen == [ROWS[1], ROWS[2]]  # the same row again changes nothing


def test_the_only_row_of_a_table_opens_with_one_click(table, qtbot):
    table.set_records([ROWS[0]])
    table.chosen.clear()
    click_row(qtbot, table.view, 0)
    assert table.chosen == [ROWS[0]] and table.current_id() == 1


def test_the_only_row_left_by_the_search_opens_with_one_click(table, qtbot):
    table.search.setText("누리")
    assert table.visible_records() == [ROWS[1]]
    click_row(qtbot, table.view, 0)
    assert table.chosen[-1] == ROWS[1]


def test_the_first_row_made_current_by_the_keyboard_is_opened(table, qtbot):
    window = table.window()
    window.activateWindow()
    qtbot.waitActive(window)
    table.search.setFocus()
    qtbot.keyClick(table.search, Qt.Key.Key_Tab)  # focus moves into the table, whose first row becomes current
    assert table.view.hasFocus()
    assert table.current_record() == table.visible_records()[0]
    assert table.chosen == [table.visible_records()[0]]
    qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert table.chosen[-1] == table.visible_records()[1]


def test_a_control_click_on_the_open_record_closes_it(table, qtbot):
    click_row(qtbot, table.view, 0)
    click_row(qtbot, table.view, 0, modifier=Qt.KeyboardModifier.ControlModifier)
    assert table.current_record() is None and table.chosen[-1] is None


def test_after_sorting_by_a_header_click_the_click_opens_the_record_shown_there(table, qtbot):
    click_header(qtbot, table.view, 1)
    sizes = [r.size for r in table.visible_records()]
    assert sizes in ([10, 20, 30], [30, 20, 10])
    first = table.visible_records()[0]
    click_row(qtbot, table.view, 0)
    assert table.chosen == [first]
    click_header(qtbot, table.view, 1)  # reversed: the open record stays open, now on another row
    assert table.visible_records()[-1] == first and table.current_record() == first
    assert table.chosen == [first]
    chosen = click_record(qtbot, table, lambda r: r.name == "가온")
    assert table.chosen[-1] == chosen == ROWS[2]


def test_a_reload_keeps_the_open_record_and_announces_it_once(table, qtbot):
    click_row(qtbot, table.view, table.visible_records().index(ROWS[2]))
    table.chosen.clear()
    fresh = [Row(1, "한빛", 31), Row(3, "가온", 21)]
    table.set_records(fresh)
    assert table.current_record() == fresh[1] and table.chosen == [fresh[1]]
    table.set_records([fresh[0]])
    assert table.current_record() is None and table.chosen[-1] is None
