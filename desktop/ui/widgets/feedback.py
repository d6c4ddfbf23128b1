"""Inline feedback: a message banner for forms and a red/amber frame on the field at fault."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #e3a59e; border-radius:4px; padding:6px;",
    "warning": "background:#fff4e0; color:#7a4b00; border:1px solid #f0c36d; border-radius:4px; padding:6px;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #a9c7ea; border-radius:4px; padding:6px;",
}
_FIELD_STYLES = {"error": "border:2px solid #d93025;", "warning": "border:2px solid #f29900;"}


class MessageBanner(QLabel):
    """A word-wrapped message above or below a form; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageBanner")
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        self.level = level
        self.setText(text)
        self.setStyleSheet(_STYLES.get(level, _STYLES["error"]))
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.level = ""
        self.setText("")
        self.hide()


def mark_field(widget: QWidget, level: str | None) -> None:
    """Frame ``widget`` as in error (``"error"``), doubtful (``"warning"``) or fine (``None``)."""
    widget.setProperty("feedback", level or "")
    widget.setStyleSheet(_FIELD_STYLES.get(level or "", ""))


def field_level(widget: QWidget) -> str:
    return str(widget.property("feedback") or "")
