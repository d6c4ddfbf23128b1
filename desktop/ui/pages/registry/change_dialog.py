"""Recording a change of a designated institute (scope, output types, name, representative, address, merger) with
its effective day and evidence file, and setting its review date. A refusal stays in the dialog, at its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import DomainError
from desktop.domain.decisions.models import OUTPUTS
from desktop.domain.registry.changes import ChangeInput
from desktop.domain.registry.models import MergerRole, RegistryChangeKind
from desktop.domain.registry.particulars import SCOPES, EntryParticulars
from desktop.domain.registry.service import change_kind_label, output_label, scope_label
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.feedback import MessageBanner, mark_field

K = RegistryChangeKind
TEXT_KINDS = (K.NAME, K.REPRESENTATIVE, K.ADDRESS, K.MERGER)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy. M. d.")
    edit.setCalendarPopup(True)
    return edit


class RegistryChangeDialog(QDialog):
    """``submit(ChangeInput)`` returns True when the change was recorded (then the dialog closes)."""

    def __init__(self, institute: str, current: EntryParticulars, submit: Callable[[ChangeInput], bool],
                 dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registryChangeDialog")
        self.setWindowTitle(self.tr("Record a change of {name}").format(name=institute))
        self.submit, self.dialogs, self.current = submit, dialogs, current
        self.evidence_path: Path | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in RegistryChangeKind:
            self.kind.addItem(change_kind_label(kind), kind)
        self.effective_on = date_edit(self, "effectiveOn", today())
        self.value = QLineEdit(self)
        self.value.setObjectName("value")
        self.role = QComboBox(self)
        self.role.setObjectName("mergerRole")
        self.role.addItem(self.tr("Choose…"), None)
        self.role.addItem(self.tr("It absorbed the institute named"), MergerRole.ABSORBED)
        self.role.addItem(self.tr("It was merged into the institute named"), MergerRole.MERGED_INTO)
        self.scope_boxes = {name: QCheckBox(scope_label(name), self) for name in SCOPES}
        self.output_boxes = {name: QCheckBox(output_label(name), self) for name in OUTPUTS}
        self.pages = QStackedWidget(self)
        self.text_page = QWidget(self)
        text_form = QFormLayout(self.text_page)
        text_form.setContentsMargins(0, 0, 0, 0)
        self.value_label = QLabel(self)
        text_form.addRow(self.value_label, self.value)
        self.role_label = QLabel(self.tr("Merger"), self)
        text_form.addRow(self.role_label, self.role)
        self.scope_page = self._boxes_page("scope", self.scope_boxes)
        self.outputs_page = self._boxes_page("outputs", self.output_boxes)
        for page in (self.text_page, self.scope_page, self.outputs_page):
            self.pages.addWidget(page)
        self.evidence_name = QLabel(self.tr("No file chosen"), self)
        self.evidence_name.setObjectName("evidenceName")
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseEvidence")
        self.choose_button.clicked.connect(lambda _=False: self.choose_evidence())
        evidence = QWidget(self)
        evidence.setObjectName("evidence")
        evidence_row = QHBoxLayout(evidence)
        evidence_row.setContentsMargins(0, 0, 0, 0)
        evidence_row.addWidget(self.evidence_name, 1)
        evidence_row.addWidget(self.choose_button)
        self.evidence = evidence
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setObjectName("recordButton")
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Change"), self.kind)
        form.addRow(self.tr("Effective from"), self.effective_on)
        form.addRow(self.pages)
        form.addRow(self.tr("Evidence"), evidence)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.fields: dict[str, QWidget] = {"effective_on": self.effective_on, "value": self.value,
                                           "merger_role": self.role, "scope": self.scope_page,
                                           "outputs": self.outputs_page, "evidence": evidence,
                                           "attachment": evidence}
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self._kind_changed()

    def _boxes_page(self, name: str, boxes: dict[str, QCheckBox]) -> QWidget:
        page = QWidget(self)
        page.setObjectName(name)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        for box in boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        return page

    def chosen_kind(self) -> RegistryChangeKind:
        return RegistryChangeKind(self.kind.currentData())  # Qt hands the StrEnum back as a plain str

    def chosen_role(self) -> MergerRole | None:
        role = self.role.currentData()
        return MergerRole(role) if role else None

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        self.pages.setCurrentWidget({K.SCOPE: self.scope_page, K.OUTPUTS: self.outputs_page}.get(kind, self.text_page))
        self.value_label.setText({K.NAME: self.tr("New name"), K.REPRESENTATIVE: self.tr("New representative"),
                                  K.ADDRESS: self.tr("New address"), K.MERGER: self.tr("Other institute")}
                                 .get(kind, ""))
        self.value.setText({K.NAME: self.current.name, K.REPRESENTATIVE: self.current.representative,
                            K.ADDRESS: self.current.address}.get(kind, ""))
        self.role.setVisible(kind == K.MERGER)
        self.role_label.setVisible(kind == K.MERGER)
        for name, box in self.scope_boxes.items():
            box.setChecked(name in self.current.scope)
        for name, box in self.output_boxes.items():
            box.setChecked(name in self.current.outputs)

    def choose_evidence(self) -> None:
        paths = self.dialogs.open_files(self, self.tr("Choose the evidence of the change"),
                                        self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx)"))
        if paths:
            self.evidence_path = paths[0]
            self.evidence_name.setText(paths[0].name)

    def change_input(self) -> ChangeInput:
        kind = self.chosen_kind()
        if kind == K.SCOPE:
            value: str | tuple[str, ...] = tuple(n for n, box in self.scope_boxes.items() if box.isChecked())
        elif kind == K.OUTPUTS:
            value = tuple(n for n, box in self.output_boxes.items() if box.isChecked())
        else:
            value = self.value.text()
        data = self.evidence_path.read_bytes() if self.evidence_path else b""
        return ChangeInput(kind, from_qdate(self.effective_on.date()), value,
                           self.evidence_path.name if self.evidence_path else "", data, self.note.text(),
                           self.chosen_role() if kind == K.MERGER else None)

    def try_submit(self) -> None:
        for widget in self.fields.values():
            mark_field(widget, None)
        self.banner.clear_message()
        try:
            change = self.change_input()
        except OSError as error:
            self.banner.show_message(self.tr("The evidence file cannot be read: {reason}")
                                     .format(reason=error.strerror or error), "error")
            mark_field(self.evidence, "error")
            return
        if self.submit(change):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        widget = self.fields.get(field or "")
        if widget is not None:
            mark_field(widget, "error")


class ReviewDateDialog(QDialog):
    """``submit(day or None)`` returns True when saved; "No review date" clears it."""

    def __init__(self, institute: str, review_on: date | None, submit: Callable[[date | None], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDateDialog")
        self.setWindowTitle(self.tr("Review date of {name}").format(name=institute))
        self.submit = submit
        self.review_on = date_edit(self, "reviewOn", review_on or today())
        self.none = QCheckBox(self.tr("No review date"), self)
        self.none.setObjectName("noReviewDate")
        self.none.toggled.connect(lambda on: self.review_on.setEnabled(not on))
        self.none.setChecked(review_on is None)
        self.review_on.setEnabled(review_on is not None)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("saveReviewDate")
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Review (re-designation or inspection) on"), self.review_on)
        form.addRow("", self.none)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The Registry marks entries whose review date is within 30 days or past."),
                                self))
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def try_submit(self) -> None:
        mark_field(self.review_on, None)
        if self.submit(None if self.none.isChecked() else from_qdate(self.review_on.date())):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        mark_field(self.review_on, "error")
