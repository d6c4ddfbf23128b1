"""Starting a new application: choose the round, then an existing institution or register a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import official_datetime
from desktop.domain.applications.rounds import RoundRow, round_status_label
from desktop.domain.institutions.service import InstitutionRow
from desktop.ui.widgets.feedback import MessageBanner


class NewApplicationDialog(QDialog):
    """Returns ``round_id``, ``round_code`` and ``institution_id`` (None: a new institution)."""

    def __init__(self, rounds: list[RoundRow], institutions: list[InstitutionRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New application"))
        self.setMinimumWidth(520)
        self.round = QComboBox()
        self.round.setObjectName("round")
        for r in rounds:
            self.round.addItem(self.tr("{code} {title} ({status}, deadline {deadline})").format(
                code=r.code, title=r.title, status=round_status_label(r.status),
                deadline=official_datetime(r.deadline)), r.id)
            self.round.setItemData(self.round.count() - 1, r.code, Qt.ItemDataRole.UserRole + 1)
        self.existing = QRadioButton(self.tr("An institution already registered"))
        self.new = QRadioButton(self.tr("Register a new institution"))
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new)
        self.institution = QComboBox()
        self.institution.setObjectName("institution")
        self.institution.setEditable(True)
        self.institution.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for i in institutions:
            self.institution.addItem(f"{i.name} ({i.brn})" if i.brn else i.name, i.id)
        completer = self.institution.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.institution.setCurrentIndex(-1)
        self.institution.lineEdit().setPlaceholderText(self.tr("Type to search by name or number"))
        (self.existing if institutions else self.new).setChecked(True)
        self.existing.setEnabled(bool(institutions))
        self.existing.toggled.connect(self.institution.setEnabled)
        self.institution.setEnabled(self.existing.isChecked())
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(self.tr("Round"), self.round)
        form.addRow(self.existing)
        form.addRow(self.tr("Institution"), self.institution)
        form.addRow(self.new)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    @property
    def round_id(self) -> int | None:
        return self.round.currentData()

    @property
    def round_code(self) -> str:
        return str(self.round.currentData(Qt.ItemDataRole.UserRole + 1) or "")

    @property
    def institution_id(self) -> int | None:
        if self.new.isChecked():
            return None
        index = self.institution.findText(self.institution.currentText())
        return self.institution.itemData(index) if index >= 0 else None

    def try_accept(self) -> None:
        if self.round_id is None:
            self.banner.show_message(self.tr("Choose a round."))
            return
        if self.existing.isChecked() and self.institution_id is None:
            self.banner.show_message(self.tr("Choose the institution from the list, or register a new one."))
            self.institution.setFocus()
            return
        self.accept()
