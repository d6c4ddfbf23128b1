"""Someone else saved the record being edited: their stored values beside the person's own, to reload theirs or
apply one's own again over them. Used by every form that saves a whole edited copy (``StaleEdit``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StaleEdit
from desktop.ui.widgets.feedback import MessageBanner

RELOAD, APPLY_MINE = "reload", "apply_mine"


@dataclass(frozen=True)
class DifferingValue:
    """One field whose value in the form differs from the stored one."""

    label: str
    mine: str
    stored: str


def differing(fields: Sequence[tuple[str, object, object]]) -> list[DifferingValue]:
    """The (label, mine, stored) triples whose values differ, as text."""
    return [DifferingValue(label, _text(mine), _text(stored)) for label, mine, stored in fields if mine != stored]


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


class EditConflictDialog(QDialog):
    """The refusal's sentence, then each differing field: yours | stored. Reload, Apply mine again or Cancel."""

    def __init__(self, error: StaleEdit, values: Sequence[DifferingValue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice: str | None = None
        banner = MessageBanner(self)
        banner.show_message(error.message, "warning")
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, heading in ((1, self.tr("Yours (not saved)")),
                                (2, self.tr("Stored, saved by {name}").format(name=error.changed_by))):
            title = QLabel(f"<b>{heading}</b>")
            grid.addWidget(title, 0, column)
        for row, value in enumerate(values, start=1):
            grid.addWidget(QLabel(value.label), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, text in ((1, value.mine), (2, value.stored)):
                label = QLabel(text or self.tr("(empty)"))
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setObjectName("mine" if column == 1 else "stored")
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
        if not values:
            grid.addWidget(QLabel(self.tr("Your form and the stored record hold the same values.")), 1, 0, 1, 3)
        grid.setRowStretch(len(values) + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setToolTip(self.tr("Discard your input and show the stored record"))
        self.apply_button = QPushButton(self.tr("Apply mine again"))
        self.apply_button.setObjectName("applyMineButton")
        self.apply_button.setToolTip(self.tr("Save your input over the stored record"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.apply_button.clicked.connect(lambda: self._choose(APPLY_MINE))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def resolve_edit_conflict(parent: QWidget | None, error: StaleEdit, values: Sequence[DifferingValue]) -> str | None:
    """Ask modally: ``RELOAD``, ``APPLY_MINE`` or None (cancelled: the form stays as it is)."""
    dialog = EditConflictDialog(error, values, parent)
    dialog.exec()
    return dialog.choice
