"""What a person does with the pointer in GUI tests: rest it on a widget to read its tooltip."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def hover_tooltip(qtbot, widget: QWidget) -> str:
    """Move the mouse onto ``widget`` and ask for its tooltip, as resting the pointer there does."""
    window = widget.window()
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    QToolTip.hideText()
    centre = widget.rect().center()
    qtbot.mouseMove(widget, centre)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre)))
    return QToolTip.text() if QToolTip.isVisible() else ""
