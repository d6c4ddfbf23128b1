"""Importing an offline file: every item changed since the export, base / database / file side by side; each
conflict (changed on both sides) is resolved by the user — nothing is overwritten without being shown."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import official_datetime
from desktop.domain.inspections.offline import CONFLICT, DATABASE, FILE, SAME, ItemMerge, MergePlan
from desktop.ui import theme
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.record_view import configure_table_view, fit_columns

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def describe(state: dict[str, Any]) -> str:
    """An item state as lines a person reads: answer, note, text, evidence, finding."""
    answers = {"conform": translate("Merge", "Conform"), "nonconform": translate("Merge", "Nonconform"),
               "not_applicable": translate("Merge", "N/A")}
    answer = answers.get(state.get("response") or "", "")
    if state.get("score") is not None:
        answer = translate("Merge", "Score {score}").format(score=state["score"])
    lines = [translate("Merge", "Answer: {answer}").format(answer=answer or translate("Merge", "(none)"))]
    if state.get("note"):
        lines.append(translate("Merge", "Note: {note}").format(note=state["note"]))
    if state.get("text"):
        lines.append(translate("Merge", "Text: {text}").format(text=state["text"]))
    if state.get("evidence"):
        files = ", ".join(e["filename"] for e in state["evidence"])
        lines.append(translate("Merge", "Evidence: {files}").format(files=files))
    finding = state.get("finding")
    if finding:
        lines.append(translate("Merge", "Finding ({severity}): {description}").format(
            severity=translate("Merge", "major") if finding["severity"] == "major"
            else translate("Merge", "minor"),
            description=finding["description"]))
        if finding.get("corrective_action"):
            lines.append(translate("Merge", "Corrective action: {action}")
                         .format(action=finding["corrective_action"]))
        if finding.get("deadline"):
            lines.append(translate("Merge", "Deadline: {deadline}").format(deadline=finding["deadline"]))
    return "\n".join(lines)


def _moment(iso: str) -> str:
    try:
        return official_datetime(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class MergeModel(QAbstractTableModel):
    """One row per changed item: who changed it, and (for conflicts) the user's choice."""

    ITEM, CHANGE, DATABASE_SIDE, FILE_SIDE, KEEP = range(5)

    def __init__(self, plan: MergePlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemMerge] = list(plan.changed)
        self.choices: dict[str, str] = {}

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("Merge", "Item"), translate("Merge", "Changed"), translate("Merge", "In the database"),
                    translate("Merge", "In the file"), translate("Merge", "Keep")][section]
        return None

    def change_text(self, row: ItemMerge) -> str:
        return {FILE: translate("Merge", "in the file"), DATABASE: translate("Merge", "in the database"),
                SAME: translate("Merge", "same on both sides"),
                CONFLICT: translate("Merge", "on both sides: choose")}[row.kind]

    def keep_text(self, row: ItemMerge) -> str:
        if row.kind == CONFLICT:
            choice = self.choices.get(row.item_id, "")
            if choice == FILE:
                return translate("Merge", "the file's")
            return translate("Merge", "the database's") if choice == DATABASE else translate(
                "Merge", "— choose (D or F) —")
        return translate("Merge", "the file's") if row.kind == FILE else translate("Merge", "the database's")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ITEM:
                return f"{row.item_id}  {row.item_text}"
            if column == self.CHANGE:
                return self.change_text(row)
            if column == self.DATABASE_SIDE:
                return describe(row.database).replace("\n", " · ")
            if column == self.FILE_SIDE:
                return describe(row.file).replace("\n", " · ")
            return self.keep_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == CONFLICT and column in (self.CHANGE, self.KEEP):
            return QBrush(theme.tone_colour(theme.Tone.BAD if row.item_id not in self.choices else theme.Tone.GOOD))
        return None

    def choose(self, row: int, choice: str) -> None:
        item = self.rows[row]
        if item.kind != CONFLICT:
            return
        self.choices[item.item_id] = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.KEEP), [Qt.ItemDataRole.DisplayRole,
                                                                              Qt.ItemDataRole.ForegroundRole])

    @property
    def unresolved(self) -> list[str]:
        return [r.item_id for r in self.rows if r.kind == CONFLICT and r.item_id not in self.choices]


class MergeView(QTableView):
    """D keeps the database's version of the selected conflict, F takes the file's."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        dialog = self.parent()
        if isinstance(dialog, MergeDialog) and event.key() in (Qt.Key.Key_D, Qt.Key.Key_F):
            dialog.choose(DATABASE if event.key() == Qt.Key.Key_D else FILE)
            return
        super().keyPressEvent(event)


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import the offline file of {number}").format(number=plan.number))
        self.setObjectName("mergeDialog")
        self.model = MergeModel(plan, self)
        self.view = MergeView(self)
        self.view.setObjectName("changes")
        self.view.setAccessibleName(self.tr("Changed items"))
        configure_table_view(self.view, sortable=False)
        self.view.setModel(self.model)
        fit_columns(self.view, 300)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        summary = self.tr("Exported {at} by {who}. %n item(s) changed since: {file} in the file only, "
                          "{conflicts} on both sides.", "", len(plan.changed)).format(
            at=_moment(plan.exported_at), who=plan.exported_by, file=len(plan.from_file),
            conflicts=len(plan.conflicts))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.base_text = QPlainTextEdit(self)
        self.database_text = QPlainTextEdit(self)
        self.file_text = QPlainTextEdit(self)
        sides = QHBoxLayout()
        for title, widget in ((self.tr("At the export"), self.base_text), (self.tr("In the database now"),
                                                                            self.database_text),
                              (self.tr("In the file"), self.file_text)):
            widget.setReadOnly(True)
            column = QVBoxLayout()
            column.addWidget(label_for(title, widget, self))
            column.addWidget(widget)
            sides.addLayout(column)
        self.keep_database = QPushButton(self.tr("Keep the database's (D)"), self)
        self.take_file = QPushButton(self.tr("Take the file's (F)"), self)
        self.keep_database.clicked.connect(lambda: self.choose(DATABASE))
        self.take_file.clicked.connect(lambda: self.choose(FILE))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.keep_database)
        choice_row.addWidget(self.take_file)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 2)
        layout.addLayout(sides, 1)
        layout.addLayout(choice_row)
        layout.addWidget(self.buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        if self.model.rowCount():
            first = next((n for n, r in enumerate(self.model.rows) if r.kind == CONFLICT), 0)
            self.view.setCurrentIndex(self.model.index(first, 0))
        self._update()
        self.resize(1000, 620)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        item = self.model.rows[row]
        self.base_text.setPlainText(describe(item.base))
        self.database_text.setPlainText(describe(item.database))
        self.file_text.setPlainText(describe(item.file))
        conflict = item.kind == CONFLICT
        self.keep_database.setEnabled(conflict)
        self.take_file.setEnabled(conflict)

    def choose(self, choice: str) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.choose(index.row(), choice)
            following = next((n for n, r in enumerate(self.model.rows)
                              if r.kind == CONFLICT and r.item_id not in self.model.choices), None)
            if following is not None:
                self.view.setCurrentIndex(self.model.index(following, 0))
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.model.unresolved)

    def choices(self) -> dict[str, str]:
        return dict(self.model.choices)
