"""Choosing rows the way people do: a left click on the row (or on a column header) in the shown window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

from desktop.ui.widgets.record_view import RecordTable


def show_window(qtbot, widget: QWidget) -> None:
    """Show the window holding ``widget`` (clicks land only on laid-out, visible views)."""
    window = widget.window()
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)


def bring_forward(widget: QWidget) -> None:
    """Make every tab on the way to ``widget`` the current one, as a person would click through them."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Left-click the ``row``-th shown row of ``view`` at the centre of its cell in ``column``."""
    bring_forward(view)
    show_window(qtbot, view)
    index = view.model().index(row, column)
    assert index.isValid(), f"no shown row {row}"
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    assert view.viewport().rect().contains(centre), "the row is not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, centre)


def click_record(qtbot, table: RecordTable, which: Callable[[Any], bool], column: int = 0) -> Any:
    """Left-click the shown row of the first record for which ``which`` holds; returns that record."""
    shown = table.visible_records()
    row = next(n for n, record in enumerate(shown) if which(record))
    click_row(qtbot, table.view, row, column)
    return shown[row]


def click_header(qtbot, view: QAbstractItemView, column: int) -> None:
    """Left-click the header of ``column`` (sorts the view by it, or reverses the order)."""
    bring_forward(view)
    show_window(qtbot, view)
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), "the header is not on screen"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
