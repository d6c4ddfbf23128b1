"""Filling the Sanctions page's forms as a person does: choosing from a combo box's list with the mouse, typing into
spin boxes, pressing the form's OK button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QSpinBox

from tests.ui.mouse import show_window


def choose(qtbot, combo: QComboBox, data: Any) -> None:
    """Open the combo box's list with a click and click the item holding ``data``."""
    show_window(qtbot, combo)
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 20)  # the list ignores a release that soon after it opened
    item = combo.model().index(index, 0)
    view.scrollTo(item)
    centre = view.visualRect(item).center()
    qtbot.mouseMove(view.viewport(), centre + QPoint(0, 3))  # the pointer moves onto the item, as a hand does
    qtbot.mouseMove(view.viewport(), centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == index


def type_number(qtbot, spin: QSpinBox, value: int) -> None:
    """Select what the spin box shows and type the number."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def noticed_case(database, actors, entry_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """A case against a designated institute whose prior notice went out on the tests' day."""
    from desktop.domain.sanctions.service import send_prior_notice
    from tests.domain.sanctions.steps import open_breach_case

    case_id = open_breach_case(database, actors, entry_id)
    with database.transaction() as s:
        send_prior_notice(s, actors["secretariat"], case_id, 10)
    return case_id
