"""Declaring a conflict of interest for one applicant: no conflict, an exclusion with its ground, or a recusal;
the app's suggestion is shown and must be confirmed or explained."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.domain.applications.models import ConflictGround
from desktop.domain.committee.conflicts import DeclarationLine
from desktop.domain.committee.models import ConflictKind
from desktop.domain.committee.service import conflict_ground_label
from desktop.ui import theme
from desktop.ui.widgets.feedback import MessageBanner, mark_field

# (kind, ground, statement) → True when saved
Submit = Callable[[ConflictKind, ConflictGround | None, str], bool]


class DeclarationDialog(QDialog):
    def __init__(self, line: DeclarationLine, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("declarationDialog")
        self.submit = submit
        self.setWindowTitle(self.tr("Declare conflicts of interest"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("{number} {name}").format(number=line.application_number,
                                                            name=line.institution_name), self)
        heading.setStyleSheet("font-weight:bold;")
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        if line.suggestion:
            self.suggestion.setText(self.tr("The app found a possible conflict: {suggestion}. Confirm it, or "
                                            "explain below why there is none.").format(suggestion=line.suggestion))
            theme.set_banner(self.suggestion, theme.Tone.WARNING)
        self.none = QRadioButton(self.tr("No conflict of interest"), self)
        self.exclusion = QRadioButton(self.tr("Exclusion (제척): a ground applies"), self)
        self.recusal = QRadioButton(self.tr("Recusal (회피): I withdraw"), self)
        self.kinds = QButtonGroup(self)
        for n, button in enumerate((self.none, self.exclusion, self.recusal)):
            self.kinds.addButton(button, n)
        self.ground = QComboBox(self)
        self.ground.setObjectName("ground")
        for ground in ConflictGround:
            self.ground.addItem(conflict_ground_label(ground), ground)
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setPlaceholderText(self.tr("Your statement: the circumstances, or why there is no conflict."))
        self.statement.setFixedHeight(90)
        self.banner = MessageBanner(self)
        preset = {ConflictKind.EXCLUSION: self.exclusion, ConflictKind.RECUSAL: self.recusal}.get(line.kind)
        if preset is None and line.suggestion:
            preset = self.exclusion
        (preset or self.none).setChecked(True)
        if line.ground is not None:
            self.ground.setCurrentIndex(self.ground.findData(line.ground))
        elif line.suggestion and "directly involved" in line.suggestion.lower():
            self.ground.setCurrentIndex(self.ground.findData(ConflictGround.DIRECT_INVOLVEMENT))
        elif line.suggestion:
            self.ground.setCurrentIndex(self.ground.findData(ConflictGround.EMPLOYMENT))
        self.statement.setPlainText(line.statement)
        self.kinds.idToggled.connect(lambda *_: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Declare"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Ground"), self.ground)
        form.addRow(self.tr("Statement"), self.statement)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.suggestion)
        for button in (self.none, self.exclusion, self.recusal):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._update()

    def kind(self) -> ConflictKind:
        return {0: ConflictKind.NONE, 1: ConflictKind.EXCLUSION, 2: ConflictKind.RECUSAL}[self.kinds.checkedId()]

    def _update(self) -> None:
        self.ground.setEnabled(self.kind() == ConflictKind.EXCLUSION)

    def try_submit(self) -> None:
        kind = self.kind()
        ground = self.ground.currentData() if kind == ConflictKind.EXCLUSION else None
        if self.submit(kind, ground, self.statement.toPlainText()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        for name, widget in (("ground", self.ground), ("statement", self.statement)):
            mark_field(widget, "error" if name == field else None)
