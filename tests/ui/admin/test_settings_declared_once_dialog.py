"""A business setting declared once has its row in File → Settings…: its label, typed field, help, default and
"new rounds", edited with the mouse and the keyboard and saved like every other setting."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QPushButton, QSpinBox

from desktop.domain.settings.service import get_settings
from desktop.ui.dialogs.business_settings import settings_dialog
from desktop.ui.widgets.feedback import field_level
from tests.domain.test_settings_declared_once import declare_reminder


def row_of(dialog, label_text):
    """The texts of the grid row whose first cell is ``label_text``, and that label."""
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == label_text)
    grid = dialog.scroll.widget().layout()
    assert isinstance(grid, QGridLayout)
    row = grid.getItemPosition(grid.indexOf(label))[0]
    cells = [grid.itemAtPosition(row, column) for column in range(grid.columnCount())]
    return label, [c.widget().text() for c in cells if c is not None and isinstance(c.widget(), QLabel)]


def test_a_declared_setting_gets_its_row_and_is_saved_with_the_mouse(qtbot, context_for, dialogs, demo_database,
                                                                     monkeypatch):
    declare_reminder(monkeypatch)
    dialog = settings_dialog(context_for("admin"), dialogs)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    label, texts = row_of(dialog, "Reminder before a deadline (days)")
    assert texts == ["Reminder before a deadline (days)", "5", "new rounds"]  # label, default, applies to
    spin = label.buddy()
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum(), spin.value()) == (1, 30, 5)
    assert spin.toolTip() == label.toolTip() == "Days before a deadline the secretariat is reminded."
    assert not dialog.reset_buttons["reminder_days"].isEnabled()  # at its default
    dialog.scroll.ensureWidgetVisible(spin)
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin.lineEdit(), "12")
    assert dialog.reset_buttons["reminder_days"].isEnabled()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and field_level(spin) != "error"
    assert dialog.changed == ["reminder_days"]
    with demo_database.read() as s:
        assert get_settings(s)["reminder_days"] == 12


def test_the_settings_of_an_export_are_loaded_into_the_fields_and_stored_on_save(qtbot, context_for, dialogs,
                                                                                  demo_database, tmp_path):
    export = tmp_path / "other-desktop.json"  # an export of before the settings section: its stored rows count
    export.write_text(json.dumps({"format": "designation-review-export", "format_version": 1, "tables": {
        "settings": [{"key": "pass_mark", "value": "72.5"}, {"key": "supplement_days", "value": 14},
                     {"key": "retired_setting", "value": 1}]}}), encoding="utf-8")
    dialogs.open_paths = [export]
    dialog = settings_dialog(context_for("admin"), dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "loadExport"), Qt.MouseButton.LeftButton)
    assert dialog.editors["pass_mark"].widget.text() == "72.5"
    assert dialog.editors["supplement_days"].widget.value() == 14
    assert dialog.banner.text() == ("The settings of other-desktop.json are in the fields: check them and save. "
                                    "Not settings of this version, left out: retired_setting.")
    with demo_database.read() as s:
        assert get_settings(s)["pass_mark"] == "70"  # nothing stored before Save
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_database.read() as s:
        stored = get_settings(s)
    assert (stored["pass_mark"], stored["supplement_days"]) == ("72.5", 14)


def test_a_file_that_is_not_an_export_is_refused_in_the_banner(qtbot, context_for, dialogs, tmp_path):
    (tmp_path / "notes.json").write_text("[1, 2", encoding="utf-8")
    dialogs.open_paths = [tmp_path / "notes.json"]
    dialog = settings_dialog(context_for("admin"), dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "loadExport"), Qt.MouseButton.LeftButton)
    assert dialog.banner.text().startswith("The file notes.json cannot be read as JSON: ")
    assert dialog.editors["pass_mark"].widget.text() == "70"
