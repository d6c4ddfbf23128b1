"""What a screen reader says for a control: the visible label beside a field, tied to it as its buddy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def label_for(text: str, field: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label shown beside ``field`` that also names it (its buddy: the screen reader reads it with the field)."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label

