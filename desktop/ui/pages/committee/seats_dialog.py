"""Composing the committee of a round: which members sit (in seat order A, B, …) and who chairs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.domain.committee.service import MemberRow
from desktop.ui.widgets.feedback import MessageBanner, mark_field


class SeatsDialog(QDialog):
    """Tick the members who sit, choose the chair; ``submit(member_ids, chair_id)`` saves (True on success)."""

    def __init__(self, round_code: str, members: list[MemberRow], seated: list[int], chair_id: int | None,
                 submit: Callable[[list[int], int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatsDialog")
        self.setWindowTitle(self.tr("Committee of round {code}").format(code=round_code))
        self.submit = submit
        self.banner = MessageBanner(self)
        self.members = QListWidget(self)
        self.members.setObjectName("members")
        order = {member_id: n for n, member_id in enumerate(seated)}
        for member in sorted(members, key=lambda m: (order.get(m.id, len(order)), m.name)):
            item = QListWidgetItem(f"{member.name} — {member.affiliation}", self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in order else Qt.CheckState.Unchecked)
        self.members.itemChanged.connect(lambda _: self._fill_chairs())
        self.chair = QComboBox(self)
        self.chair.setObjectName("chair")
        self._chair_id = chair_id
        self._fill_chairs()
        form = QFormLayout()
        form.addRow(self.tr("Members (seat order A, B, … as listed)"), self.members)
        form.addRow(self.tr("Chair"), self.chair)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   parent=self)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [self.members.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.members.count())
                if self.members.item(n).checkState() == Qt.CheckState.Checked]

    def _fill_chairs(self) -> None:
        current = self.chair.currentData() or self._chair_id
        self.chair.clear()
        for n in range(self.members.count()):
            item = self.members.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                self.chair.addItem(item.text().split(" — ")[0], item.data(Qt.ItemDataRole.UserRole))
        index = self.chair.findData(current)
        self.chair.setCurrentIndex(max(index, 0))

    def try_submit(self) -> None:
        if self.submit(self.chosen(), self.chair.currentData()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        mark_field(self.members, "error" if field == "members" else None)
        mark_field(self.chair, "error" if field == "chair" else None)
