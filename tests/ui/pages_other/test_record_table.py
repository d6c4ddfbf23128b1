"""The generic record table model and its proxy, without widgets."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from desktop.ui.widgets.record_table import ID_ROLE, RECORD_ROLE, SORT_ROLE, Column, RecordFilterProxy, RecordTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    on: date | None


ROWS = [Row(1, "한빛", date(2026, 3, 1)), Row(2, "누리", None), Row(3, "가온", date(2026, 1, 5))]
COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Date", lambda r: r.on.isoformat() if r.on else "", sort_key=lambda r: r.on),
]


def model_with(rows=ROWS) -> RecordTableModel:
    model = RecordTableModel(COLUMNS)
    model.set_records(rows)
    return model


def shown_names(proxy: RecordFilterProxy) -> list[str]:
    return [proxy.index(n, 0).data() for n in range(proxy.rowCount())]


def test_model_answers_display_sort_id_and_record_roles():
    model = model_with()
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Date"
    index = model.index(0, 1)
    assert index.data() == "2026-03-01"
    assert model.data(index, ID_ROLE) == 1
    assert model.data(index, RECORD_ROLE) is ROWS[0]
    assert model.sort_key(0, 1) == date(2026, 3, 1)
    assert model.data(model.index(1, 0), SORT_ROLE) == "누리"
    assert model.row_of(3) == 2 and model.row_of(99) is None


def test_proxy_sorts_by_python_keys_with_missing_values_last():
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model_with())
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert shown_names(proxy) == ["가온", "한빛", "누리"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown_names(proxy) == ["가온", "누리", "한빛"]


def test_proxy_filters_by_text_and_by_predicate():
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model_with())
    proxy.set_search("2026-01")
    assert shown_names(proxy) == ["가온"]
    proxy.set_search("")
    proxy.set_predicate(lambda r: r.on is not None)
    assert sorted(shown_names(proxy)) == ["가온", "한빛"]


def test_lazy_loading_fetches_batches_until_the_loader_says_no_more():
    everything = [Row(n, f"row {n}", None) for n in range(25)]
    asked = []

    def fetch_more(loaded: int):
        asked.append(loaded)
        batch = everything[loaded:loaded + 10]
        return batch, loaded + len(batch) < len(everything)

    model = RecordTableModel(COLUMNS)
    model.set_records(everything[:10], fetch_more=fetch_more, has_more=True)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert asked == [10, 20]
    assert model.rowCount() == 25 and not model.canFetchMore()


def test_set_columns_keeps_records_and_changes_headers():
    model = model_with()
    model.set_columns([Column("이름", lambda r: r.name), COLUMNS[1]])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "이름"
    assert model.rowCount() == 3
