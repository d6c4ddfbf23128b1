"""The institution tab of the editor: identity, registration numbers validated as typed, contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.identifiers import parse_brn, parse_crn
from desktop.domain.institutions.models import InstitutionKind, Sector
from desktop.domain.institutions.service import ContactData, InstitutionData, kind_label, sector_label
from desktop.ui import theme
from desktop.ui.widgets.feedback import mark_field

_Index = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    """Editable contact persons: name, position, phone, e-mail."""

    FIELDS = ("name", "position", "phone", "email")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.read_only = False

    def set_contacts(self, contacts: tuple[ContactData, ...]) -> None:
        self.beginResetModel()
        self._rows = [[c.name, c.position, c.phone, c.email] for c in contacts]
        self.endResetModel()

    def contacts(self) -> tuple[ContactData, ...]:
        return tuple(ContactData(*row) for row in self._rows if any(v.strip() for v in row))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(["", "", "", ""])
        self.endInsertRows()
        return len(self._rows) - 1

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class InstitutionForm(QWidget):
    """Fields of ``InstitutionData``; BRN/CRN are checked on every keystroke."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.name_en.setPlaceholderText(self.tr("As printed on English documents"))
        self.name_en_hint = QLabel()  # a warning, not an error: English documents then print the Korean name
        self.name_en_hint.setObjectName("name_en_hint")
        self.name_en_hint.setWordWrap(True)
        self.sector = QComboBox()
        for sector in Sector:
            self.sector.addItem(sector_label(sector), sector)
        self.kind = QComboBox()
        for kind in InstitutionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.brn = QLineEdit()
        self.brn.setPlaceholderText("000-00-00000")
        self.brn_feedback = QLabel()
        self.brn_feedback.setWordWrap(True)
        self.brn_override_reason = QLineEdit()
        self.brn_override_reason.setPlaceholderText(self.tr("Why the number is right although its check digit fails"))
        self.brn_override_label = QLabel(self.tr("Override reason"))
        self.crn = QLineEdit()
        self.crn.setPlaceholderText("000000-0000000")
        self.crn_feedback = QLabel()
        self.crn_feedback.setWordWrap(True)
        self.representative = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(120)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self._parent_id: int | None = None
        self.fields: dict[str, QWidget] = {
            "name": self.name, "name_en": self.name_en, "sector": self.sector, "kind": self.kind, "brn": self.brn,
            "brn_override_reason": self.brn_override_reason, "crn": self.crn,
            "representative": self.representative, "address": self.address, "postcode": self.postcode,
            "phone": self.phone, "email": self.email, "website": self.website,
        }
        for name, widget in self.fields.items():
            widget.setObjectName(name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.edited)
            else:
                widget.currentIndexChanged.connect(self.edited)  # type: ignore[attr-defined]

        identity = QFormLayout()
        identity.addRow(self.tr("Name"), self.name)
        identity.addRow(self.tr("English name"), self.name_en)
        identity.addRow("", self.name_en_hint)
        identity.addRow(self.tr("Sector"), self.sector)
        identity.addRow(self.tr("Kind"), self.kind)
        identity.addRow(self.tr("Business reg. no."), self.brn)
        identity.addRow("", self.brn_feedback)
        identity.addRow(self.brn_override_label, self.brn_override_reason)
        identity.addRow(self.tr("Corporate reg. no."), self.crn)
        identity.addRow("", self.crn_feedback)
        self._identity = identity
        reach = QFormLayout()
        reach.addRow(self.tr("Representative"), self.representative)
        reach.addRow(self.tr("Address"), self.address)
        reach.addRow(self.tr("Postcode"), self.postcode)
        reach.addRow(self.tr("Phone"), self.phone)
        reach.addRow(self.tr("E-mail"), self.email)
        reach.addRow(self.tr("Website"), self.website)
        columns = QHBoxLayout()
        columns.addLayout(identity, 1)
        columns.addSpacing(16)
        columns.addLayout(reach, 1)

        self.contacts_model = ContactsModel(self)
        self.contacts_view = QTableView()
        self.contacts_view.setObjectName("contacts")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.verticalHeader().hide()
        self.contacts_view.setMaximumHeight(140)
        self.fields["contacts"] = self.contacts_view
        self.add_contact = QPushButton(self.tr("Add contact"))
        self.remove_contact = QPushButton(self.tr("Remove contact"))
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(
            lambda: self.contacts_model.remove_row(self.contacts_view.currentIndex().row()))
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact)
        contact_buttons.addWidget(self.remove_contact)
        contact_buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("Contact persons"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts_view)
        contacts_layout.addLayout(contact_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(contacts_box)
        layout.addStretch(1)
        self.name_en.textChanged.connect(self.check_name_en)
        self.brn.textChanged.connect(self.check_brn)
        self.crn.textChanged.connect(self.check_crn)
        self.brn_override_reason.textChanged.connect(self.check_brn)
        self.check_name_en()
        self.check_brn()
        self.check_crn()

    def _add_contact(self) -> None:
        row = self.contacts_model.add_row()
        index = self.contacts_model.index(row, 0)
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)

    # -- inline validation ----------------------------------------------------------------------------------
    def _set_override_visible(self, visible: bool) -> None:
        self._identity.setRowVisible(self.brn_override_reason, visible)

    def _feedback(self, label: QLabel, text: str, level: str | None) -> None:
        theme.set_tone(label, {"error": theme.Tone.BAD, "warning": theme.Tone.WARNING}.get(level or "",
                                                                                          theme.Tone.GOOD))
        label.setText(text)
        label.setVisible(bool(text))

    def check_name_en(self) -> str | None:
        """Hint when the English name is empty; returns "warning" then (saving stays possible)."""
        if self.name_en.text().strip():
            self._feedback(self.name_en_hint, "", None)
            return None
        self._feedback(self.name_en_hint, self.tr(
            "No English name: English documents (notices, minutes, the public notice) will print the Korean name. "
            "Enter the name the institution uses in English."), "warning")
        return "warning"

    def check_brn(self) -> str | None:
        """Validate the BRN as typed; returns the feedback level (None, "warning" or "error")."""
        text = self.brn.text()
        level: str | None = None
        if not text.strip():
            self._feedback(self.brn_feedback, "", None)
            self._set_override_visible(bool(self.brn_override_reason.text().strip()))
        else:
            try:
                parsed = parse_brn(text)
            except ValidationError as error:
                level = "error"
                self._feedback(self.brn_feedback, error.message, level)
                self._set_override_visible(False)
            else:
                if parsed.checksum_ok:
                    self._feedback(self.brn_feedback, self.tr("Valid number: {brn}").format(brn=parsed.formatted),
                                   None)
                    self._set_override_visible(bool(self.brn_override_reason.text().strip()))
                else:
                    level = "warning"
                    self._feedback(self.brn_feedback, self.tr(
                        "The check digit does not match. If the number is right as printed on the certificate, "
                        "enter the reason to accept it anyway."), level)
                    self._set_override_visible(True)
                    mark_field(self.brn_override_reason,
                               None if self.brn_override_reason.text().strip() else "warning")
        mark_field(self.brn, level)
        return level

    def check_crn(self) -> str | None:
        text = self.crn.text()
        level: str | None = None
        if not text.strip():
            self._feedback(self.crn_feedback, "", None)
        else:
            try:
                parse_crn(text)
            except ValidationError as error:
                level = "error"
                self._feedback(self.crn_feedback, error.message, level)
            else:
                self._feedback(self.crn_feedback, self.tr("Valid number"), None)
        mark_field(self.crn, level)
        return level

    # -- data -----------------------------------------------------------------------------------------------
    def set_data(self, data: InstitutionData) -> None:
        self.name.setText(data.name)
        self.name_en.setText(data.name_en)
        self.check_name_en()
        self.sector.setCurrentIndex(max(0, self.sector.findData(data.sector)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.brn_override_reason.setText(data.brn_override_reason)
        self.brn.setText(data.brn)
        self.crn.setText(data.crn)
        self.representative.setText(data.representative)
        self.address.setText(data.address)
        self.postcode.setText(data.postcode)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.website.setText(data.website)
        self._parent_id = data.parent_id
        self.contacts_model.set_contacts(data.contacts)
        self.check_brn()
        self.check_crn()

    def data(self) -> InstitutionData:
        return InstitutionData(
            name=self.name.text(), sector=Sector(self.sector.currentData()),
            kind=InstitutionKind(self.kind.currentData()),
            representative=self.representative.text(), address=self.address.text(), brn=self.brn.text(),
            brn_override_reason=self.brn_override_reason.text(), crn=self.crn.text(), name_en=self.name_en.text(),
            postcode=self.postcode.text(), phone=self.phone.text(), email=self.email.text(),
            website=self.website.text(), parent_id=self._parent_id, contacts=self.contacts_model.contacts(),
        )

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
        self.contacts_model.read_only = read_only
        self.add_contact.setVisible(not read_only)
        self.remove_contact.setVisible(not read_only)
