"""The staff roster tab: an editable table model of ``StaffData`` with a qualification combo delegate."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.applications.models import Qualification
from desktop.domain.applications.service import StaffData
from desktop.domain.screening.rules import qualification_label
from desktop.ui import theme
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.feedback import MessageBanner

_Index = QModelIndex | QPersistentModelIndex

(NAME, POSITION, PERMANENT, EMPLOYMENT_EVIDENCE, QUALIFICATION, DOCTORATE_FIELD, DOCTORATE_RELATED, YEARS,
 EXPERIENCE_EVIDENCE) = range(9)
FIELD_OF_COLUMN = ("name", "position", "permanent", "employment_evidence", "qualification", "doctorate_field",
                   "doctorate_related", "experience_years", "experience_evidence")
CHECK_COLUMNS = (PERMANENT, DOCTORATE_RELATED)


class StaffTableModel(QAbstractTableModel):
    """The roster being edited; rows are ``StaffData`` values replaced on each edit."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffData] = []
        self.read_only = False

    def set_staff(self, staff: tuple[StaffData, ...]) -> None:
        self.beginResetModel()
        self._rows = list(staff)
        self.endResetModel()

    def staff(self) -> tuple[StaffData, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELD_OF_COLUMN)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return [self.tr("Name"), self.tr("Position"), self.tr("Permanent"), self.tr("Employment evidence"),
                self.tr("Qualification"), self.tr("Doctorate field"), self.tr("Related doctorate"),
                self.tr("Years"), self.tr("Experience evidence")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        column = index.column()
        if column in CHECK_COLUMNS:
            if role == Qt.ItemDataRole.CheckStateRole:
                value = person.permanent if column == PERMANENT else person.doctorate_related
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if column == QUALIFICATION:
            if role == Qt.ItemDataRole.DisplayRole:
                return qualification_label(person.qualification)
            if role == Qt.ItemDataRole.EditRole:
                return person.qualification.value
            return None
        if column == YEARS:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{Decimal(str(person.experience_years)).normalize():f}"
            if role == Qt.ItemDataRole.EditRole:
                return float(person.experience_years)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(person, FIELD_OF_COLUMN[column])
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = index.column()
        person = self._rows[index.row()]
        if column in CHECK_COLUMNS and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            person = replace(person, **{FIELD_OF_COLUMN[column]: checked})
        elif role != Qt.ItemDataRole.EditRole or column in CHECK_COLUMNS:
            return False
        elif column == QUALIFICATION:
            person = replace(person, qualification=Qualification(value))
        elif column == YEARS:
            try:
                years = Decimal(str(value)).quantize(Decimal("0.1"))
            except InvalidOperation:
                return False
            person = replace(person, experience_years=years)
        else:
            person = replace(person, **{FIELD_OF_COLUMN[column]: str(value)})
        self._rows[index.row()] = person
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.edited.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() in CHECK_COLUMNS:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def add_person(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(StaffData(name=""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_person(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()


class QualificationDelegate(QStyledItemDelegate):
    """A combo of the qualifications the Decree knows (and those it does not count)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for qualification in Qualification:
            combo.addItem(qualification_label(qualification), qualification.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class StaffPanel(QWidget):
    """The roster table with add/remove, import (XLSX/CSV) and export (XLSX), and a hint on the requirements."""

    def __init__(self, dialogs: DialogService | None = None, language: str = "ko",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs or DialogService()
        self.language = language
        self.import_task = None
        self.model = StaffTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("staff")
        self.view.setAccessibleName(self.tr("Staff roster"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(QUALIFICATION, QualificationDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NAME, 90), (POSITION, 90), (EMPLOYMENT_EVIDENCE, 140), (QUALIFICATION, 140),
                              (DOCTORATE_FIELD, 110)):
            self.view.setColumnWidth(column, width)
        for column in (PERMANENT, DOCTORATE_RELATED, YEARS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(self.tr(
            "Requirements: at least 2 permanent staff who are patent attorneys, CPAs, professional engineers or "
            "hold a related doctorate, and at least 3 with 3 or more years of evaluation experience."))
        hint.setWordWrap(True)
        theme.set_tone(hint, theme.Tone.MUTED)
        self.add_button = QPushButton(self.tr("Add person"))
        self.remove_button = QPushButton(self.tr("Remove person"))
        self.import_button = QPushButton(self.tr("Import from Excel/CSV…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.import_button.setObjectName("importRoster")
        self.export_button.setObjectName("exportRoster")
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(lambda: self.model.remove_person(self.view.currentIndex().row()))
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)
        self.banner = MessageBanner()
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("rosterProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(150)
        self.problems.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def add_person(self) -> None:
        row = self.model.add_person()
        index = self.model.index(row, NAME)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def focus_cell(self, row: int, field: str) -> None:
        """Select the cell a validation message names (``row`` is 1-based)."""
        column = FIELD_OF_COLUMN.index(field) if field in FIELD_OF_COLUMN else NAME
        index = self.model.index(row - 1, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setVisible(not read_only)

    def import_roster(self):  # type: ignore[no-untyped-def]
        from desktop.ui.pages.applications import roster_transfer

        return roster_transfer.choose_and_import(self)

    def export_roster(self):  # type: ignore[no-untyped-def]
        from desktop.ui.pages.applications import roster_transfer

        return roster_transfer.export(self)

    def show_problems(self, lines: list[str]) -> None:
        """Every bad row of the last import (row, column, reason); hidden when there is none."""
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
