"""Inline feedback: a message banner for forms and a red/amber frame on the field at fault."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui import theme

_TONES = {"error": theme.Tone.BAD, "warning": theme.Tone.WARNING, "info": theme.Tone.INFO}


class MessageBanner(QLabel):
    """A word-wrapped message above or below a form; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageBanner")
        self.level = ""
        self._wrapped_height = 0
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrapped()

    def _rewrapped(self) -> None:
        """As tall as the wrapped text needs at the present width, so the window grows instead of clipping it."""
        height = max(0, self.heightForWidth(self.width())) if self.text() and self.width() > 0 else 0
        if height != self._wrapped_height:
            self._wrapped_height = height
            self.setMinimumHeight(height)

    def show_message(self, text: str, level: str = "error") -> None:
        self.level = level
        self.setText(text)
        theme.set_banner(self, _TONES.get(level, theme.Tone.BAD))
        self.setVisible(bool(text))
        self._rewrapped()

    def clear_message(self) -> None:
        self.level = ""
        self.setText("")
        self.hide()


def mark_field(widget: QWidget, level: str | None) -> None:
    """Frame ``widget`` as in error (``"error"``), doubtful (``"warning"``) or fine (``None``)."""
    widget.setProperty("feedback", level or "")
    theme.set_field_level(widget, level)


def field_level(widget: QWidget) -> str:
    return str(widget.property("feedback") or "")
