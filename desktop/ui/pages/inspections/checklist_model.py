"""The checklist as a table model: one row per item with its answer, points, note and evidence."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.domain.inspections.rules import NOT_APPLICABLE
from desktop.ui import theme
from desktop.ui.pages.inspections.stores import FormItem

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def answer_text(row: FormItem) -> str:
    """``Conform`` / ``Nonconform`` / ``N/A`` / ``4 / 5`` / the text; empty when unanswered."""
    answer = row.answer
    if answer is None:
        return ""
    if answer.response == NOT_APPLICABLE:
        return translate("Checklist", "N/A")
    if row.item.response == "conform":
        if answer.response == "conform":
            return translate("Checklist", "Conform")
        return translate("Checklist", "Nonconform") if answer.response == "nonconform" else ""
    if row.item.response == "score":
        return "" if answer.score is None else f"{number(answer.score)} / {number(row.item.max)}"
    return (answer.text or "").splitlines()[0] if answer.text else ""


class ChecklistModel(QAbstractTableModel):
    """Rows are ``FormItem``s; ``set_items`` keeps the row count when the checklist is the same."""

    ID, ITEM, ANSWER, POINTS, NOTE, EVIDENCE = range(6)

    def __init__(self, language: str = "ko", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.rows: list[FormItem] = []

    def headers(self) -> list[str]:
        return [translate("Checklist", "No."), translate("Checklist", "Item"), translate("Checklist", "Answer"),
                translate("Checklist", "Points"), translate("Checklist", "Note"), translate("Checklist", "Evidence")]

    def set_items(self, rows: tuple[FormItem, ...]) -> None:
        if [r.item.id for r in rows] == [r.item.id for r in self.rows]:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.EVIDENCE),
                                      [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                       Qt.ItemDataRole.ToolTipRole])
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ANSWER and row.nonconform:
                return QBrush(theme.tone_colour(theme.Tone.BAD))
            if column == self.ID and row.problems:
                return QBrush(theme.tone_colour(theme.Tone.WARNING))
            if column == self.ANSWER and row.answered:
                return QBrush(theme.tone_colour(theme.Tone.GOOD))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.problems) or row.item.text(self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POINTS, self.EVIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: FormItem, column: int) -> str:
        if column == self.ID:
            return ("⚠ " if row.problems else "") + row.item.id
        if column == self.ITEM:
            return row.item.text(self.language)
        if column == self.ANSWER:
            return answer_text(row)
        if column == self.POINTS:
            return "" if row.points is None else f"{number(row.points[0])} / {number(row.points[1])}"
        if column == self.NOTE:
            note = (row.answer.note if row.answer else None) or ""
            return note.splitlines()[0] if note else ""
        if column == self.EVIDENCE:
            return str(len(row.evidence)) if row.evidence else ""
        return ""
