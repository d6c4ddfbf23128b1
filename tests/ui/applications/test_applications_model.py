"""The applications table model and its filter proxy, tested without any widget."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import ApplicationRow
from desktop.domain.institutions.models import InstitutionKind, Sector
from desktop.ui.models.applications import (
    BRN,
    COLUMN_COUNT,
    ID_ROLE,
    INSTITUTION,
    STAFF,
    STATUS,
    ApplicationsFilterProxy,
    ApplicationsTableModel,
)


def row(id_: int, number: str, name: str, brn: str, status: ApplicationStatus, staff: int = 5,
        round_id: int = 1) -> ApplicationRow:
    return ApplicationRow(
        id_, number, round_id, f"2026-{round_id}", id_, name, Sector.PRIVATE, InstitutionKind.BANK, brn, "",
        status, datetime(2026, 11, id_, tzinfo=UTC), id_ == 3, staff, datetime(2026, 11, 1, tzinfo=UTC),
    )


ROWS = [
    row(1, "2026-2-001", "새빛지식재산연구원", "431-82-28794", ApplicationStatus.DRAFT, 5, 2),
    row(2, "2026-2-002", "한국중소기업혁신금융", "779-81-78340", ApplicationStatus.SUBMITTED, 8, 2),
    row(3, "2026-1-001", "가온특허법인", "658-86-07903", ApplicationStatus.DESIGNATED, 3, 1),
]


@pytest.fixture
def proxy(qapp) -> ApplicationsFilterProxy:  # qapp: Qt models need a QCoreApplication, not a window
    model = ApplicationsTableModel()
    model.set_rows(ROWS)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    proxy._model = model  # keep the source alive
    return proxy


def column(proxy: ApplicationsFilterProxy, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def test_model_shape_headers_and_roles(qapp) -> None:
    model = ApplicationsTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == COLUMN_COUNT
    assert model.headerData(BRN, Qt.Orientation.Horizontal) == "Business reg. no."
    assert model.index(0, BRN).data() == "431-82-28794"
    assert model.index(2, STATUS).data() == "Designated"
    assert model.index(1, 0).data(ID_ROLE) == 2
    assert model.status_counts()[ApplicationStatus.DRAFT] == 1


def test_sorting_uses_the_sort_role(proxy: ApplicationsFilterProxy) -> None:
    proxy.sort(STAFF, Qt.SortOrder.DescendingOrder)
    assert column(proxy, STAFF) == [8, 5, 3]
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)  # workflow order, not alphabetical
    assert column(proxy, 0, ID_ROLE) == [1, 2, 3]
    proxy.sort(INSTITUTION, Qt.SortOrder.AscendingOrder)
    assert column(proxy, INSTITUTION)[0] == "가온특허법인"


@pytest.mark.parametrize("text", ["779-81-78340", "7798178340", "81783", "779 81"])
def test_search_by_brn_with_or_without_hyphens(proxy: ApplicationsFilterProxy, text: str) -> None:
    proxy.set_search(text)
    assert column(proxy, 0, ID_ROLE) == [2]


def test_search_by_name_and_number(proxy: ApplicationsFilterProxy) -> None:
    proxy.set_search("특허")
    assert column(proxy, 0, ID_ROLE) == [3]
    proxy.set_search("2026-2")
    assert sorted(column(proxy, 0, ID_ROLE)) == [1, 2]
    proxy.set_search("nothing like this")
    assert proxy.rowCount() == 0


def test_status_and_round_filters(proxy: ApplicationsFilterProxy) -> None:
    proxy.set_status(ApplicationStatus.SUBMITTED)
    assert column(proxy, 0, ID_ROLE) == [2]
    proxy.set_status(None)
    proxy.set_round(1)
    assert column(proxy, 0, ID_ROLE) == [3]
    proxy.set_round(None)
    assert proxy.rowCount() == 3


def test_kind_filter_and_search_by_corporate_number(qapp) -> None:
    import dataclasses

    rows = [ROWS[0], dataclasses.replace(ROWS[1], kind=InstitutionKind.PATENT_FIRM, crn="110111-1234567"), ROWS[2]]
    model = ApplicationsTableModel()
    model.set_rows(rows)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_kind(InstitutionKind.PATENT_FIRM)
    assert column(proxy, 0, ID_ROLE) == [2]
    proxy.set_kind(None)
    proxy.set_search("1101111234567")
    assert [r.id for r in proxy.visible_rows()] == [2]
    proxy.set_search("110111-12")
    assert [r.id for r in proxy.visible_rows()] == [2]


def test_the_same_rows_again_keep_the_view_and_a_changed_row_is_shown(qtbot):
    """A refresh after a change elsewhere brings the same rows back: the table is not reset (the chosen row stays
    chosen, the filter keeps its matches); a row that did change is shown changed."""
    from dataclasses import replace

    from PySide6.QtWidgets import QTableView

    from tests.ui.mouse import click_row

    model = ApplicationsTableModel()
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 300)
    view.show()
    model.set_rows(ROWS)
    proxy.set_search("2026-2")
    click_row(qtbot, view, 1, INSTITUTION)
    chosen = proxy.data(view.currentIndex(), ID_ROLE)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.set_rows(list(ROWS))

    assert not resets and proxy.rowCount() == 2
    assert proxy.data(view.currentIndex(), ID_ROLE) == chosen == 2
    renamed = [replace(r, institution_name="한국혁신금융") if r.id == 2 else r for r in ROWS]
    model.set_rows(renamed)
    assert resets and [proxy.index(n, INSTITUTION).data() for n in range(proxy.rowCount())] == \
        ["새빛지식재산연구원", "한국혁신금융"]
