"""An inspector declares a conflict of interest with an applicant (the secretariat may record it for one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.domain.applications.models import ConflictGround
from desktop.domain.inspections.scheduling import ApplicationChoice, InspectorChoice, ground_label
from desktop.ui.widgets.feedback import MessageBanner, mark_field


@dataclass(frozen=True)
class ConflictInput:
    application_id: int
    ground: ConflictGround
    statement: str
    user_id: int | None


class ConflictDialog(QDialog):
    def __init__(self, applications: Sequence[ApplicationChoice], inspectors: Sequence[InspectorChoice] | None,
                 submit: Callable[[ConflictInput], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.setObjectName("conflictDialog")
        self.submit = submit
        self.banner = MessageBanner(self)
        self.application = QComboBox(self)
        self.application.setObjectName("application")
        for choice in applications:
            self.application.addItem(f"{choice.number}  {choice.institution_name}", choice.id)
        self.inspector = QComboBox(self)
        self.inspector.setObjectName("inspector")
        for person in inspectors or ():
            self.inspector.addItem(person.name, person.user_id)
        self.ground = QComboBox(self)
        self.ground.setObjectName("ground")
        for ground in ConflictGround:
            self.ground.addItem(ground_label(ground), ground)
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setPlaceholderText(self.tr("The facts in your own words, e.g. when and what you did for the "
                                                  "applicant"))
        form = QFormLayout()
        form.addRow(self.tr("Applicant:"), self.application)
        if inspectors is not None:
            form.addRow(self.tr("Inspector:"), self.inspector)
        else:
            self.inspector.hide()  # an inspector declares for themself: no choice (it would sit on the form's corner)
        form.addRow(self.tr("Ground:"), self.ground)
        form.addRow(self.tr("Statement:"), self.statement)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.with_inspector = inspectors is not None
        self.resize(520, 320)

    def data(self) -> ConflictInput:
        inspector = self.inspector.currentData() if self.with_inspector else None
        return ConflictInput(self.application.currentData(), ConflictGround(self.ground.currentData()),
                             self.statement.toPlainText(),
                             inspector)

    def try_accept(self) -> bool:
        mark_field(self.statement, None)
        try:
            self.submit(self.data())
        except DomainError as error:
            self.banner.show_message(error.message)
            if error.field == "statement":
                mark_field(self.statement, "error")
                self.statement.setFocus()
            return False
        self.accept()
        return True
