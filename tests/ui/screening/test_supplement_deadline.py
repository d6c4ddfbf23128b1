"""The supplement dialog counts the deadline by the law as the person edits it, and refuses a date before the
request or on a non-working day at the field."""

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.clock import KST
from desktop.core.periods import Calendar
from desktop.domain.screening.supplements import SupplementDraft, check_deadline
from desktop.ui.pages.screening.supplement_dialog import SupplementDialog
from desktop.ui.widgets.feedback import field_level

REQUESTED = datetime(2026, 11, 25, 10, tzinfo=KST)


def make_dialog(qtbot, calendar: Calendar | None = None):
    days_off = calendar or Calendar()
    draft = SupplementDraft(7, "2026-0003", "한빛평가", ("Evidence missing",), date(2026, 12, 7), 10, REQUESTED,
                            days_off)
    sent = []

    def submit(lines, deadline, note):  # the service's check, as the page's controller calls it
        check_deadline(days_off, REQUESTED, deadline, 10)
        sent.append(deadline)
        return deadline

    dialog = SupplementDialog(draft, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, sent


def press_send(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_date(dialog, day: date) -> None:
    """As picked in the calendar pop-up (typing into a QDateEdit is unreliable offscreen)."""
    dialog.deadline.setDate(QDate(day.year, day.month, day.day))


def test_the_default_deadline_is_shown_with_the_reason_it_moved_over_the_weekend(qtbot):
    dialog, sent = make_dialog(qtbot)
    assert dialog.chosen_deadline() == date(2026, 12, 7)
    assert dialog.deadline_hint.text() == ("10 days: 26 November 2026 – 5 December; 5–6 December: Saturday, Sunday → "
                                           "7 December 2026. (the round's default)")
    press_send(qtbot, dialog)
    assert sent == [date(2026, 12, 7)] and dialog.result() == dialog.DialogCode.Accepted


def test_a_date_typed_before_the_request_is_refused_at_the_field(qtbot):
    dialog, sent = make_dialog(qtbot)
    choose_date(dialog, date(2026, 11, 20))
    assert dialog.chosen_deadline() == date(2026, 11, 20)
    assert dialog.deadline_hint.text() == ("The deadline 2026. 11. 20. lies before the first day of the period "
                                           "(2026. 11. 26.).")
    assert field_level(dialog.deadline) == "error"
    press_send(qtbot, dialog)
    assert sent == [] and dialog.result() != dialog.DialogCode.Accepted
    assert field_level(dialog.deadline) == "error" and "before the first day" in dialog.banner.text()


def test_a_saturday_is_explained_live_and_refused_and_a_working_day_is_accepted(qtbot):
    dialog, sent = make_dialog(qtbot, Calendar([(date(2026, 12, 14), "임시공휴일")]))
    choose_date(dialog, date(2026, 12, 12))  # a Saturday; the next Monday is declared
    assert dialog.deadline_hint.text().endswith(
        "12–14 December: public holiday, Saturday, Sunday → 15 December 2026. 2026. 12. 12. is not a working day: "
        "choose 2026. 12. 15. (where the law ends the period) or another working day.")
    assert dialog.deadline_hint.toolTip() == "임시공휴일" and field_level(dialog.deadline) == "warning"
    press_send(qtbot, dialog)
    assert sent == [] and "is a Saturday, not a working day" in dialog.banner.text()
    choose_date(dialog, date(2026, 12, 11))
    assert dialog.deadline_hint.text() == "16 days: 26 November 2026 – 11 December."
    press_send(qtbot, dialog)
    assert sent == [date(2026, 12, 11)]
