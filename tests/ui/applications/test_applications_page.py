"""The applications page on the demo data: listing, searching, workflow steps and role-limited actions."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop.core.clock import set_clock
from desktop.domain.applications.models import ApplicationStatus
from desktop.ui.pages.applications.page import ApplicationsPage


def make_page(qtbot, context, dialogs) -> ApplicationsPage:
    page = ApplicationsPage(context, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    return page


def select_number(page: ApplicationsPage, number: str) -> None:
    row = next(r for r in page.model.rows() if r.number == number)
    assert page.select(row.id)


def test_lists_the_demo_applications(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    numbers = [r.number for r in page.model.rows()]
    assert len(numbers) == 21 and "2026-1-001" in numbers and "2026-2-008" in numbers
    assert page.counts.text().startswith("21 of 21 applications")
    page.round_filter.setCurrentIndex(page.round_filter.findText("2026-2"))
    assert page.proxy.rowCount() == 9
    page.search.setText(page.model.rows()[12].brn.replace("-", ""))
    assert page.proxy.rowCount() == 1
    assert dialogs.errors == []


def test_secretariat_gets_edit_and_workflow_actions(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    select_number(page, "2026-2-003")  # submitted
    assert page.new_action.isEnabled()
    names = [a.objectName() for a in page.step_actions]
    assert names == ["step_screening", "step_withdrawn"]


def test_refused_step_is_a_plain_message(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    select_number(page, "2026-2-003")  # submitted: may not jump to inspection
    assert page.take_step(ApplicationStatus.INSPECTION) is False
    assert dialogs.errors and "cannot go to" in dialogs.errors[0]
    assert "Traceback" not in dialogs.errors[0]


def test_permission_refusal_is_a_plain_message(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("inspector"), dialogs)
    select_number(page, "2026-2-003")
    assert page.take_step(ApplicationStatus.SCREENING) is False
    assert dialogs.errors and dialogs.errors[0].startswith("Your role (Inspector) may not do this")


def test_step_needing_a_reason_asks_and_cancel_does_nothing(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    select_number(page, "2026-2-003")
    dialogs.answers = [None]  # cancelled
    assert page.take_step(ApplicationStatus.WITHDRAWN) is False
    dialogs.answers = ["The applicant asked to withdraw."]
    with qtbot.waitSignal(page.recordsChanged):
        assert page.take_step(ApplicationStatus.WITHDRAWN) is True
    assert page.selected_row().status == ApplicationStatus.WITHDRAWN
    assert len(dialogs.prompts) == 2


def test_late_submission_asks_for_the_reason(qtbot, context_for, dialogs) -> None:
    set_clock(lambda: datetime(2026, 12, 20, 3, 0, tzinfo=UTC))  # after the 2026-2 deadline
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    select_number(page, "2026-2-001")  # draft
    dialogs.answers = ["Postal delay, stamped before the deadline."]
    assert page.take_step(ApplicationStatus.SUBMITTED) is True
    assert "deadline" in dialogs.prompts[0]
    row = page.selected_row()
    assert row.status == ApplicationStatus.SUBMITTED and row.late


def test_member_and_approver_get_no_edit_actions(qtbot, context_for, dialogs) -> None:
    for username in ("member", "approver"):
        page = make_page(qtbot, context_for(username), dialogs)
        assert not page.new_action.isEnabled() and not page.new_button.isEnabled()
        assert page.new_button.isVisibleTo(page) and page.new_button.toolTip().endswith("may not edit applications.")
        assert not page.export_button.isEnabled() and "may not export data" in page.export_button.toolTip()
        for row in page.model.rows():
            page.select(row.id)
            assert page.step_actions == [], (username, row.number)
        assert page.open_action.text() == "View…"


def test_status_filter_combo(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ApplicationStatus.DESIGNATED))
    assert page.proxy.rowCount() == 9
    assert page.counts.text().startswith("9 of 21")


def test_new_application_chooser(qtbot, context_for) -> None:
    from desktop.ui.pages.applications import controller
    from desktop.ui.pages.applications.new_application import NewApplicationDialog

    context = context_for("secretariat")
    institutions = controller.list_institutions(context)
    dialog = NewApplicationDialog(controller.rounds_taking_applications(context), institutions)
    qtbot.addWidget(dialog)
    assert dialog.round_code == "2026-2"
    dialog.try_accept()  # existing chosen but no institution picked yet
    assert "Choose the institution" in dialog.banner.text()
    dialog.institution.setCurrentIndex(0)
    assert dialog.institution_id == institutions[0].id
    dialog.new.setChecked(True)
    assert dialog.institution_id is None and not dialog.institution.isEnabled()
    dialog.try_accept()
    assert dialog.result() == NewApplicationDialog.DialogCode.Accepted


def test_kind_filter_and_export_of_the_shown_rows(qtbot, context_for, dialogs, tmp_path) -> None:
    from openpyxl import load_workbook

    from desktop.domain.institutions.models import InstitutionKind

    page = make_page(qtbot, context_for("secretariat"), dialogs)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(InstitutionKind.PATENT_FIRM))
    shown = page.proxy.visible_rows()
    assert shown and {r.kind for r in shown} == {InstitutionKind.PATENT_FIRM}
    assert page.counts.text().startswith(f"{len(shown)} of 21")
    dialogs.save_path = tmp_path / "list"
    page.export_list()
    qtbot.waitUntil(lambda: page.export_task is not None and page.export_task.done, timeout=10000)
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert sheet["A1"].value == "Number" and sheet.max_row == len(shown) + 1
    assert [sheet.cell(row=n + 2, column=1).value for n in range(len(shown))] == [r.number for r in shown]


def test_sorting_by_a_column_keeps_the_selection(qtbot, context_for, dialogs) -> None:
    from desktop.ui.models.applications import INSTITUTION

    page = make_page(qtbot, context_for("secretariat"), dialogs)
    select_number(page, "2026-2-003")
    page.view.sortByColumn(INSTITUTION, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(n, INSTITUTION).data() for n in range(page.proxy.rowCount())]
    assert names == sorted(names)
    assert page.selected_row().number == "2026-2-003"
