"""Tab titles that carry a count ("Inspections (504)"), set on every refresh."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def set_tab_text(tabs: QTabWidget, index: int, text: str) -> None:
    """``tabs.setTabText`` only when the title changes: Qt lays the tab bar and the page out again on every call,
    even with the same text (7 ms of each refresh of the Inspections page on ten years of data)."""
    if tabs.tabText(index) != text:
        tabs.setTabText(index, text)
