"""File → Settings…: the administrator edits the business settings (issuing authority, procedure defaults).

One typed field per setting with its default and a "Reset to default" button; Save checks every value in the
service (``save_settings``: all or nothing, audited) and a refused value is shown at its field, typing kept.
Numbers with decimals are typed as text so that exactly what was typed is checked (no binary floats).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError, StaleEdit, ValidationError
from desktop.domain.settings.catalogue import DOCUMENTS, GROUPS, SEAL_IMAGE, group_label
from desktop.domain.settings.service import SettingRow, validate_setting
from desktop.domain.settings.transfer import settings_in_export_file
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD, differing
from desktop.ui.dialogs.seal_image import ChooseFile, SealImageBox
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.declared_days import DeclaredDaysEditor
from desktop.ui.widgets.feedback import MessageBanner, mark_field

Save = Callable[[dict[str, Any]], list[str]]
Stale = Callable[[StaleEdit, dict[str, Any]], tuple[str | None, list[SettingRow]]]
"""Another window saved a setting meanwhile: the person's choice ("reload", "apply_mine" or None) and the rows as
stored now."""
TEXT_KINDS = ("text", "postcode", "phone", "email", "website")
DEFAULT_WIDTH = 180  # pixels of the default shown beside each field (the whole value in its tooltip)
LABEL_WIDTH = 230  # a longer setting name wraps onto a second line
CHOICE_CHARACTERS = 18  # a choice's field shows this many characters at least; its list shows the whole labels
ROOMY_WIDTH = 980  # wider than the fields need where the screen allows, so that long values show whole
SMALL_SCREEN = QSize(1280, 720)  # the smallest screen the dialog must fit, window frame and task bar included


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return "0" if text == "-0" else text


def percent_text(ratio: Any) -> str:
    """The stored ratio "0.4" as the percentage typed and shown: "40"."""
    try:
        return _plain(Decimal(str(ratio)) * 100)
    except InvalidOperation:
        return str(ratio)


def ratio_of(text: str) -> str:
    """The percentage typed ("40") as the ratio the service checks ("0.4"); anything else as typed (refused)."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return text
    return _plain(number / 100) if number.is_finite() else text


class SettingEditor:
    """The field of one setting: builds the widget for its kind, reads and writes the value the service knows."""

    def __init__(self, row: SettingRow, parent: QWidget) -> None:
        self.row = row
        self.widget = self._build(parent)
        self.widget.setObjectName(row.key)
        self.set_value(row.value)

    def _build(self, parent: QWidget) -> QWidget:
        kind = self.row.kind
        if kind == "bool":
            return QCheckBox(parent)
        if kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(int(self.row.minimum or 0), int(self.row.maximum or 9999))
            spin.setFixedWidth(120)
            return spin
        if kind == "days":
            return DeclaredDaysEditor(parent)
        if kind == "choice":
            combo = QComboBox(parent)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOICE_CHARACTERS)
            for value, label in self.row.choices:
                combo.addItem(label, value)
            return combo
        edit = QLineEdit(parent)
        if kind in ("decimal", "percent"):
            edit.setFixedWidth(120)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(f"{self.row.minimum}–{self.row.maximum}")
        return edit

    def set_value(self, value: Any) -> None:
        widget, kind = self.widget, self.row.kind
        if isinstance(widget, DeclaredDaysEditor):
            widget.set_days(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:  # a stored value no longer offered (e.g. a removed criteria file): shown, refused on save
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif isinstance(widget, QLineEdit):
            widget.setText(percent_text(value) if kind == "percent" else str(value))
            widget.setCursorPosition(0)  # a long address shows its beginning

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, DeclaredDaysEditor):
            return widget.days()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        return ratio_of(text) if self.row.kind == "percent" else text

    def is_default(self) -> bool:
        try:
            return validate_setting(self.row.key, self.value()) == self.row.default
        except ValidationError:
            return False

    def on_change(self, slot: Callable[[], None]) -> None:
        widget = self.widget
        if isinstance(widget, DeclaredDaysEditor):
            widget.changed.connect(slot)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda *_: slot())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda *_: slot())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: slot())
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda *_: slot())


def shown(row: SettingRow, value: Any, yes: str, no: str) -> str:
    """A value as a person reads it (the choice's label, yes/no, 40 %)."""
    if row.kind == "bool":
        return yes if value else no
    if row.kind == "choice":
        return next((label for v, label in row.choices if v == value), str(value))
    if row.kind == "percent":
        return f"{percent_text(value)} %"
    if row.kind == "days":
        return "; ".join(f"{day} {name}" for day, name in value) or "—"
    return str(value)


class SettingsDialog(QDialog):
    """Every business setting, grouped; ``save(values)`` is the caller's service call returning the changed keys."""

    def __init__(self, rows: list[SettingRow], save: Save, parent: QWidget | None = None,
                 choose_seal_file: ChooseFile = lambda: None, on_stale: Stale | None = None,
                 choose_export: ChooseFile = lambda: None) -> None:
        super().__init__(parent)
        self._save = save
        self._choose_export = choose_export
        self._on_stale = on_stale
        self._choose_seal_file = choose_seal_file
        self.seal: SealImageBox | None = None
        self.changed: list[str] = []
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, SettingEditor] = {}
        self.reset_buttons: dict[str, QPushButton] = {}
        note = MessageBanner(self)
        note.setObjectName("roundsNote")
        note.show_message(self.tr(
            "Procedure defaults are copied into a round when it is created and frozen when it opens: rounds that "
            "already exist keep their own values, and only rounds created after you save take the new defaults. "
            "The issuing authority's details appear on documents printed from now on; documents already issued "
            "are printed again as they were issued. Every change is recorded in the audit log."), "info")
        content = QWidget(self)
        self._fill(QGridLayout(content), rows, content)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        load = buttons.addButton(self.tr("Load from an export…"), QDialogButtonBox.ButtonRole.ResetRole)
        load.setObjectName("loadExport")
        load.setToolTip(self.tr("Put the settings of a JSON export (Export → JSON) into the fields; they are stored "
                                "when you save."))
        load.clicked.connect(self.load_export)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        screen = QGuiApplication.primaryScreen()
        self.resize(self.fitting_size(screen.availableSize() if screen is not None else SMALL_SCREEN))

    def fitting_size(self, available: QSize) -> QSize:
        """Wide enough for every field without scrolling sideways, tall enough for most; never beyond ``available``
        (nor beyond the smallest screen supported) less room for the window frame and the task bar."""
        content = self.scroll.widget().sizeHint()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        width = content.width() + bar + 2 * self.scroll.frameWidth() + margins.left() + margins.right()
        height = self.sizeHint().height() - self.scroll.sizeHint().height() + content.height()
        limit = available.boundedTo(SMALL_SCREEN) - QSize(40, 80)
        return QSize(max(width, ROOMY_WIDTH), height).boundedTo(limit)

    def _fill(self, grid: QGridLayout, rows: list[SettingRow], parent: QWidget) -> None:
        """One grid for every group, so that their columns line up; a heading row starts each group."""
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows) + len(GROUPS) + 1, 1)
        for column, header in enumerate((self.tr("Setting"), self.tr("Value"), self.tr("Default"),
                                         self.tr("Applies to"))):
            grid.addWidget(QLabel(f"<b>{header}</b>", parent), 0, column)
        n = 1
        for group in GROUPS:
            heading = QLabel(group_label(group), parent)
            heading.setObjectName(f"group_{group}")
            theme.make_heading(heading)
            theme.set_tone(heading, theme.Tone.INFO)
            heading.setContentsMargins(0, 10, 0, 0)
            grid.addWidget(heading, n, 0, 1, 5)
            n += 1
            seal = next((r for r in rows if r.group == group and r.kind == "seal"), None)
            if group == DOCUMENTS and seal is not None:  # --- layout ---: the seal image, previewed
                self.seal = SealImageBox(str(seal.value or ""), self._choose_seal_file, parent)
                grid.addWidget(QLabel(seal.label, parent), n, 0)
                grid.addWidget(self.seal, n, 1, 1, 4)
                n += 1
            for row in (r for r in rows if r.group == group and r.kind != "seal"):
                self._add_row(grid, n, row, parent)
                n += 1

    def _add_row(self, grid: QGridLayout, n: int, row: SettingRow, parent: QWidget) -> None:
        editor = SettingEditor(row, parent)
        self.editors[row.key] = editor
        label = QLabel(row.label, parent)
        label.setWordWrap(True)  # only beyond LABEL_WIDTH
        label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(row.label) + 2, LABEL_WIDTH))
        label.setMaximumWidth(LABEL_WIDTH)
        label.setBuddy(editor.widget)
        editor.widget.setAccessibleName(row.label)
        if row.help:  # the declaration's sentence on what the setting does
            label.setToolTip(row.help)
            editor.widget.setToolTip(row.help)
            editor.widget.setAccessibleDescription(row.help)
        field = QHBoxLayout()
        wide = row.kind in TEXT_KINDS or row.kind in ("choice", "days")
        field.addWidget(editor.widget, 1 if wide else 0)
        if row.kind == "percent":
            field.addWidget(QLabel("%", parent))
        if not wide:
            field.addStretch(1)
        text = shown(row, row.default, self.tr("Yes"), self.tr("No"))
        default = QLabel(parent)
        default.setText(default.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, DEFAULT_WIDTH))
        default.setToolTip(text)
        theme.set_tone(default, theme.Tone.MUTED)
        applies = QLabel(self.tr("new rounds") if row.per_round else self.tr("from now on"), parent)
        theme.set_tone(applies, theme.Tone.MUTED)
        reset = QPushButton(self.tr("Reset to default"), parent)
        reset.setObjectName(f"reset_{row.key}")
        reset.clicked.connect(lambda _=False, key=row.key: self.reset(key))
        self.reset_buttons[row.key] = reset
        editor.on_change(lambda key=row.key: self._update_reset(key))
        self._update_reset(row.key)
        grid.addWidget(label, n, 0)
        grid.addLayout(field, n, 1)
        grid.addWidget(default, n, 2)
        grid.addWidget(applies, n, 3)
        grid.addWidget(reset, n, 4)

    def _update_reset(self, key: str) -> None:
        self.reset_buttons[key].setEnabled(not self.editors[key].is_default())

    def reset(self, key: str) -> None:
        """Put the default back in the field (stored when saved)."""
        editor = self.editors[key]
        editor.set_value(editor.row.default)
        mark_field(editor.widget, None)

    def load_export(self) -> bool:
        """The settings of an export chosen by the person, into the fields (checked and stored on Save)."""
        path = self._choose_export()
        if path is None:
            return False
        try:
            values, unknown = settings_in_export_file(Path(path))
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            return False
        for key, value in values.items():  # the seal image stays as it is here
            if key in self.editors:
                self.editors[key].set_value(value)
        note = self.tr("The settings of {file} are in the fields: check them and save.").format(file=Path(path).name)
        if unknown:
            note += " " + self.tr("Not settings of this version, left out: {keys}.").format(keys=", ".join(unknown))
        self.banner.show_message(note, "info")
        return True

    def values(self) -> dict[str, Any]:
        values = {key: editor.value() for key, editor in self.editors.items()}
        if self.seal is not None:
            values[SEAL_IMAGE.key] = self.seal.value()
        return values

    def try_accept(self) -> bool:
        for editor in self.editors.values():
            mark_field(editor.widget, None)
        try:
            self.changed = self._save(self.values())
        except StaleEdit as error:
            return self._stale(error)
        except DomainError as error:
            self.banner.show_message(error.message, "error")
            editor = self.editors.get(error.field or "")
            if editor is not None:
                mark_field(editor.widget, "error")
                self.scroll.ensureWidgetVisible(editor.widget, 50, 120)
                editor.widget.setFocus()
            return False
        self.accept()
        return True


    def _stale(self, error: StaleEdit) -> bool:
        """Someone saved a setting meanwhile: theirs beside mine; reload theirs into the fields, or save mine over."""
        self.banner.show_message(error.message, "error")
        if self._on_stale is None:
            return False
        mine = self.values()
        choice, stored = self._on_stale(error, mine)
        if choice == RELOAD:
            for row in stored:
                if row.key in self.editors:
                    self.editors[row.key].set_value(row.value)
            self.banner.show_message(self.tr("The stored settings were loaded; check them and save again."), "info")
            return False
        if choice == APPLY_MINE:
            return self.try_accept()
        return False


def settings_dialog(context: AppContext, dialogs: DialogService,
                    parent: QWidget | None = None) -> SettingsDialog | None:
    """The dialog on the stored settings, saving through the service (and into ``context.settings``); None when the
    actor may not manage settings (the reason is shown)."""
    from desktop.domain.settings.service import get_settings, list_settings, save_settings

    try:
        with context.reading() as session:
            rows = list_settings(session, context.actor)
    except Exception as error:
        dialogs.show_error(parent, error)
        return None

    loaded = {row.key: row for row in rows}  # a value changed elsewhere since is refused, not overwritten

    def save(values: dict[str, Any]) -> list[str]:
        with context.writing() as session:
            changed = save_settings(session, context.actor, values, loaded)
            current = get_settings(session)
            loaded.update({row.key: row for row in list_settings(session, context.actor)})
        context.settings.update(current)
        return changed

    def choose_seal_file() -> Any:
        paths = dialogs.open_files(parent, QCoreApplication.translate("SealImageBox", "Load the seal image"),
                                   QCoreApplication.translate("SealImageBox", "PNG images (*.png);;All files (*)"))
        return paths[0] if paths else None

    dialog: SettingsDialog | None = None

    def on_stale(error: StaleEdit, mine: dict[str, Any]) -> tuple[str | None, list[SettingRow]]:
        with context.reading() as session:
            now = list_settings(session, context.actor)
        yes, no = (QCoreApplication.translate("SettingsDialog", word) for word in ("Yes", "No"))
        changed = [row for row in now if row.key in mine and row.version != loaded[row.key].version]
        values = differing([(row.label, shown(row, mine[row.key], yes, no), shown(row, row.value, yes, no))
                            for row in changed if row.kind != "seal"])
        choice = dialogs.resolve_edit_conflict(dialog, error, values)
        if choice in (RELOAD, APPLY_MINE):  # either way, the form now stands on the stored versions
            loaded.update({row.key: row for row in now})
        return choice, changed

    def choose_export() -> Any:
        paths = dialogs.open_files(parent, QCoreApplication.translate("SettingsDialog",
                                                                      "Load the settings of an export"),
                                   QCoreApplication.translate("SettingsDialog", "JSON exports (*.json);;All files (*)"))
        return paths[0] if paths else None

    dialog = SettingsDialog(rows, save, parent, choose_seal_file, on_stale, choose_export)
    return dialog
