"""A refresh that brings the same records back does not reset the table: the chosen row stays chosen and in view,
and a column the page derives from its own state still shows the new value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def test_the_same_records_again_keep_the_chosen_row_and_show_derived_values(qtbot):
    labels = {n: "open" for n in range(150)}
    table = RecordTable([Column("Name", lambda r: r.name), Column("State", lambda r: labels.get(r.id, "new"))])
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    rows = [Row(n, f"institute {n:03d}") for n in range(150)]
    table.set_records(rows)
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    index = table.proxy.index(3, 0)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.view.visualRect(index).center())
    chosen = table.current_record()
    assert chosen == Row(146, "institute 146")
    resets: list[bool] = []
    table.model.modelReset.connect(lambda: resets.append(True))
    announced: list[object] = []
    table.currentRecordChanged.connect(announced.append)

    labels[146] = "closed"  # the page's own state changed; the records did not
    table.set_records([Row(r.id, r.name) for r in rows])

    assert not resets
    assert table.current_record() is chosen
    assert announced == [chosen]  # announced once, so the page re-reads its detail
    assert table.proxy.index(3, 1).data() == "closed"
    assert table.count_label.text() == "150 rows"

    table.set_records([*rows, Row(150, "institute 150")])  # a new record: reloaded, the chosen row kept
    assert resets and table.current_record() == chosen
