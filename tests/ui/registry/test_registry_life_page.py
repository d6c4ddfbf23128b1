"""The Registry page after designation, with the mouse: record a change (refused without evidence, then saved),
set a review date, see the counts per year, export and print the public list of a chosen day."""

import io
from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from desktop.domain.registry.models import RegistryChangeKind
from desktop.ui.pages.registry.page import RegistryPage
from desktop.ui.widgets.feedback import field_level
from tests.conftest import DEMO_DAY
from tests.domain.helpers import PDF
from tests.ui.mouse import click_record, click_row


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _open_change(qtbot, page, name: str):
    row = click_record(qtbot, page.table, lambda r: r.institution_name == name)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    return row, dialog


def test_a_representative_change_is_refused_without_evidence_then_recorded_with_it(make_page, dialogs, qtbot,
                                                                                 tmp_path):
    page = make_page(RegistryPage)
    row, dialog = _open_change(qtbot, page, "한국기술가치연구원")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RegistryChangeKind.REPRESENTATIVE))
    assert dialog.value.text() == row.representative  # the field starts from the value in force
    dialog.value.clear()
    dialog.value.setText("홍길동")  # Korean comes through the input method
    day = row.designated_on + timedelta(days=30)
    dialog.effective_on.setDate(_qdate(day))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.text().startswith("Attach the evidence of the change")
    assert field_level(dialog.evidence) == "error"
    assert [e.kind.value for e in page.history.records()] == ["designated"]  # nothing saved
    evidence = tmp_path / "등기사항증명서.pdf"
    evidence.write_bytes(PDF)
    dialogs.open_paths = [evidence]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.evidence_name.text() == "등기사항증명서.pdf"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = next(r for r in page.table.records() if r.id == row.id)
    assert shown.representative == "홍길동"
    assert page.table.model.index(page.table.model.row_of(row.id), page.REPRESENTATIVE).data() == "홍길동"
    assert [e.kind.value for e in page.history.records()] == ["designated", "representative"]
    model = page.history.model
    assert [model.index(1, c).data() for c in (page.EVENT_KIND, page.EVENT_DETAIL, page.EVENT_EVIDENCE)] == \
        ["Representative changed", "홍길동", "등기사항증명서.pdf"]
    click_row(qtbot, page.history.view, 1)
    assert page.evidence_button.isEnabled()
    dialogs.save_path = tmp_path / "saved.pdf"
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes() == PDF


def test_a_date_before_the_designation_is_told_at_the_date_field(make_page, dialogs, qtbot, tmp_path):
    page = make_page(RegistryPage)
    row, dialog = _open_change(qtbot, page, "한국기술가치연구원")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RegistryChangeKind.ADDRESS))
    dialog.value.clear()
    dialog.value.setText("세종특별자치시 한누리대로 1")
    dialog.effective_on.setDate(_qdate(row.designated_on - timedelta(days=1)))
    (tmp_path / "e.pdf").write_bytes(PDF)
    dialogs.open_paths = [tmp_path / "e.pdf"]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text().startswith("A change cannot take effect before the designation on")
    assert field_level(dialog.effective_on) == "error" and field_level(dialog.evidence) == ""
    assert [e.kind.value for e in page.history.records()] == ["designated"]


def test_a_review_date_within_30_days_is_marked_and_sorts(make_page, qtbot):
    page = make_page(RegistryPage)
    row = click_record(qtbot, page.table, lambda r: r.institution_name == "한국기술가치연구원")
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.mouseClick(dialog.none, Qt.MouseButton.LeftButton)  # the entry had none: untick "No review date"
    dialog.review_on.setDate(_qdate(DEMO_DAY + timedelta(days=10)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    cell = page.table.model.index(page.table.model.row_of(row.id), page.REVIEW)
    assert cell.data().endswith("· within 30 days")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_chart_counts_the_year_by_sector(make_page, qtbot):
    page = make_page(RegistryPage)
    (year,) = page.chart.counts
    assert year.year == 2026 and sum(year.designated.values()) == 9 and sum(year.in_force.values()) == 8
    page.tabs.setCurrentWidget(page.chart)
    assert page.chart.bar_rect(0, 0, 9).height() > page.chart.bar_rect(0, 0, 4).height() > 0


def test_export_writes_the_list_of_the_chosen_day(make_page, dialogs, qtbot, tmp_path):
    page = make_page(RegistryPage)
    first = min(r.designated_on for r in page.table.records())
    page.as_of.setDate(_qdate(first + timedelta(days=10)))  # before the demo's changes
    dialogs.save_path = tmp_path / "list.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(io.BytesIO((tmp_path / "list.xlsx").read_bytes())).active
    rows = {r[1]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    assert sheet["A1"].value == "Designated Intellectual Property Valuation Institutes"  # the interface's language
    assert len(rows) == 9 and rows["Nuri Patent Law Firm"][2] != "윤태오"
    assert dialogs.suggested == f"designated-institutes-{(first + timedelta(days=10)).isoformat()}.xlsx"
    dialogs.save_path = tmp_path / "list.pdf"
    assert page.print_actions.save() == tmp_path / "list.pdf"
    assert (tmp_path / "list.pdf").read_bytes().startswith(b"%PDF")


def test_a_member_sees_the_registry_but_may_not_record_changes(make_page, qtbot):
    page = make_page(RegistryPage, "member")
    click_record(qtbot, page.table, lambda r: r.institution_name == "한국기술가치연구원")
    assert not page.change_button.isEnabled() and not page.review_button.isEnabled()
    assert page.export_button.isEnabled()
