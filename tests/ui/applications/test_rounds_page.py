"""The Rounds page: the demo's rounds with counts, a new round through its dialog, opening it freezes settings."""

from datetime import timedelta

from PySide6.QtCore import QDate

from desktop.core.clock import today
from desktop.domain.applications.models import ApplicationStatus, RoundStatus
from desktop.ui.pages.rounds.page import RoundsPage
from desktop.ui.widgets.feedback import field_level


def make_page(qtbot, context, dialogs) -> RoundsPage:
    page = RoundsPage(context, dialogs)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.refresh()
    return page


def qdate(days: int) -> QDate:
    day = today() + timedelta(days=days)
    return QDate(day.year, day.month, day.day)


def test_lists_the_rounds_with_counts_per_status(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    rows = page.table.records()
    assert [r.status for r in rows] == [RoundStatus.OPEN, RoundStatus.COMPLETED]
    open_round = rows[0]
    assert open_round.total == 9 and open_round.counts[ApplicationStatus.DRAFT] == 2
    page.table.select_id(open_round.id)
    assert page.settings_labels["count_both_groups"].text() == "yes"
    assert page.settings_labels["supplement_days"].text() == "10 days"
    counts = {page.counts_model.record(n)[0]: page.counts_model.record(n)[1]
              for n in range(page.counts_model.rowCount())}
    assert counts[ApplicationStatus.SUBMITTED] == 2 and sum(counts.values()) == 9
    assert page.step_button.text() == "Close round…"


def test_a_new_round_with_its_settings_then_opened(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("secretariat"), dialogs)
    dialog = page.round_dialog()
    qtbot.addWidget(dialog)
    dialog.code.setText("2099-1")
    dialog.title_edit.setText("Test call")
    dialog.period_start.setDate(qdate(40))
    dialog.period_end.setDate(qdate(30))  # wrong order
    assert dialog.try_accept() is False
    assert "ends before it starts" in dialog.banner.text() and field_level(dialog.period_end) == "error"
    dialog.period_end.setDate(qdate(70))
    dialog.deadline_date.setDate(qdate(70))
    dialog.count_both_groups.setChecked(False)
    dialog.supplement_days.setValue(14)
    assert dialog.try_accept() is True
    created = page.table.current_record()
    assert created.code == "2099-1" and created.status == RoundStatus.PLANNED
    assert not created.count_both_groups and created.supplement_days == 14
    assert page.next_step() is True  # confirmed by the fake dialogs
    assert page.table.current_record().status == RoundStatus.OPEN
    frozen = page.round_dialog(page.table.current_record())
    qtbot.addWidget(frozen)
    assert not frozen.supplement_days.isEnabled() and "frozen" in frozen.banner.text()


def test_roles_without_the_permission_see_the_buttons_disabled_with_the_reason(qtbot, context_for, dialogs) -> None:
    page = make_page(qtbot, context_for("approver"), dialogs)
    assert len(page.table.records()) == 2
    open_round = page.table.records()[0]
    assert page.table.select_id(open_round.id)  # the secretariat could now edit it and close it
    for button in (page.new_button, page.edit_button, page.step_button):
        assert not button.isEnabled() and button.toolTip() == "Your role (Approver) may not manage rounds."
    assert dialogs.errors == []
