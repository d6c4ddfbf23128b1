"""Settings → declared holidays (임시공휴일): shown among the year's public holidays, added and removed with the
mouse, saved audited, and then counted by every deadline."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from desktop.core.periods import period_to_act
from desktop.domain.audit.models import AuditEvent
from desktop.domain.settings.calendar import calendar
from desktop.domain.settings.service import get_settings
from desktop.ui.dialogs.business_settings import settings_dialog
from tests.conftest import REFERENCE_MOMENT


def _click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _rows(editor) -> list[tuple[str, str, str]]:
    model = editor.model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_the_years_public_holidays_are_listed_and_a_declared_day_is_added_saved_and_counted(
        qtbot, context_for, dialogs, demo_database):
    dialog = settings_dialog(context_for("admin"), dialogs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    editor = dialog.editors["declared_holidays"].widget
    assert editor.year.value() == 2026
    rows = _rows(editor)
    assert ("2026. 9. 25. (Fri)", "Chuseok", "public holiday by law") in rows
    assert ("2026. 10. 5. (Mon)", "Alternative holiday for National Foundation Day", "public holiday by law") in rows
    assert not editor.remove_button.isEnabled()
    editor.new_day.setDate(QDate(2026, 12, 7))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # no name yet: refused at the field
    assert editor.banner.text() == "Name the declared day, e.g. 임시공휴일." and editor.days() == []
    editor.new_name.setText("임시공휴일")  # (QTest cannot type Hangul)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert ("2026. 12. 7. (Mon)", "임시공휴일", "declared here") in _rows(editor)
    assert dialog.reset_buttons["declared_holidays"].isEnabled()
    # a library holiday cannot be removed; the declared one can
    _click_row(qtbot, editor.view, 0)
    assert not editor.remove_button.isEnabled()
    assert dialog.try_accept() and dialog.changed == ["declared_holidays"]
    with demo_database.read() as s:
        assert get_settings(s)["declared_holidays"] == [["2026-12-07", "임시공휴일"]]
        period = period_to_act(calendar(s), date(2026, 11, 25), 10)
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.update",
                                                         AuditEvent.at >= REFERENCE_MOMENT)))
    assert period.end == date(2026, 12, 8)  # 12. 5.–6. weekend, 12. 7. declared
    assert [e.summary for e in events] == ["declared_holidays"]


def test_a_declared_day_is_removed_with_the_mouse(qtbot, context_for, dialogs, demo_database, demo_actors):
    from desktop.domain.settings.service import set_setting

    with demo_database.transaction() as s:
        set_setting(s, demo_actors["admin"], "declared_holidays", [["2026-12-07", "임시공휴일"]])
    dialog = settings_dialog(context_for("admin"), dialogs)
    qtbot.addWidget(dialog)
    editor = dialog.editors["declared_holidays"].widget
    row = next(i for i, r in enumerate(_rows(editor)) if r[2] == "declared here")
    _click_row(qtbot, editor.view, row)
    assert editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.days() == [] and all(r[2] != "declared here" for r in _rows(editor))
    assert dialog.try_accept()
    with demo_database.read() as s:
        assert get_settings(s)["declared_holidays"] == []
