"""The forms of a validity check: opening one on a filed report, the day a notice was received, a recipient's
comment, and the findings with the conclusion. A refusal stays in the form, at its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.errors import ValidationError
from desktop.domain.validity.models import Requester
from desktop.domain.validity.service import requester_label
from desktop.ui.pages.registry.change_dialog import date_edit, from_qdate
from desktop.ui.widgets.findings_form import FindingsForm
from desktop.ui.widgets.form_dialog import FormDialog


def _text_box(parent: QWidget, name: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setFixedHeight(height)
    return box


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


class OpenCheckDialog(FormDialog):
    """Which report, who asked, who commissioned the valuation, and why."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("openCheckDialog")
        self.setWindowTitle(self.tr("Open a validity check"))
        self.report = _line(self, "report")
        self.report.setPlaceholderText(self.tr("Number of the filed report, e.g. VR-2026-0100012"))
        self.requester = QComboBox(self)
        self.requester.setObjectName("requester")
        for requester in Requester:
            self.requester.addItem(requester_label(requester), requester.value)
        self.requester_name, self.requester_contact = _line(self, "requesterName"), _line(self, "requesterContact")
        self.client_name, self.client_contact = _line(self, "clientName"), _line(self, "clientContact")
        self.reason = _text_box(self, "reason")
        self.fields = {"report": self.report, "requester_name": self.requester_name,
                       "requester_contact": self.requester_contact, "client_name": self.client_name,
                       "client_contact": self.client_contact, "reason": self.reason}
        form = QFormLayout()
        form.addRow(self.tr("Filed report"), self.report)
        form.addRow(self.tr("Requested by"), self.requester)
        form.addRow(self.tr("Requester's name"), self.requester_name)
        form.addRow(self.tr("Requester's address or e-mail"), self.requester_contact)
        form.addRow(self.tr("Client (who commissioned the valuation)"), self.client_name)
        form.addRow(self.tr("Client's address or e-mail"), self.client_contact)
        form.addRow(self.tr("Reason for the check"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        self.ok_box = self.buttons(self.tr("Open check"))
        layout.addWidget(self.ok_box)
        self.requester.currentIndexChanged.connect(self._requester_changed)
        self._requester_changed()
        self.resize(620, self.sizeHint().height())

    def _requester_changed(self) -> None:
        """Ex officio or at the client's request, there is no separate requester to name."""
        separate = self.requester.currentData() in (Requester.STATE_BODY.value, Requester.RESULT_RECIPIENT.value)
        self.requester_name.setEnabled(separate)
        self.requester_contact.setEnabled(separate)

    def values(self) -> dict[str, Any]:
        return {"report": self.report.text(), "requester": Requester(self.requester.currentData()),
                "requester_name": self.requester_name.text(), "requester_contact": self.requester_contact.text(),
                "client_name": self.client_name.text(), "client_contact": self.client_contact.text(),
                "reason": self.reason.toPlainText()}


class NoticeDayDialog(FormDialog):
    """The day a notice was received (its comment period is counted from it), or a comment with its day."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], title: str, explanation: str, with_comment: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("commentDialog" if with_comment else "receiptDialog")
        self.setWindowTitle(title)
        name = "commented_on" if with_comment else "received_on"
        self.day = date_edit(self, name, today())
        self.comment = _text_box(self, "comment", 100) if with_comment else None
        self.fields = {name: self.day, **({"comment": self.comment} if self.comment else {})}
        self.day_field = name
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Comment received on") if with_comment else self.tr("Notice received on"), self.day)
        if self.comment is not None:
            form.addRow(self.tr("Comment"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(label)
        layout.addLayout(form)
        self.ok_box = self.buttons(self.tr("Record"))
        layout.addWidget(self.ok_box)

    def chosen_day(self) -> date:
        return from_qdate(self.day.date())

    def values(self) -> dict[str, Any]:
        return {"day": self.chosen_day(), "comment": self.comment.toPlainText() if self.comment else ""}


class ConcludeDialog(FormDialog):
    """The findings per criterion of the evaluation standard and the conclusion (FindingsForm)."""

    def __init__(self, save: Callable[[dict[str, Any]], Any], title: str, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("concludeDialog")
        self.setWindowTitle(title)
        self.form = FindingsForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        self.ok_box = self.buttons(self.tr("Conclude and issue the result letter"))
        layout.addWidget(self.ok_box)
        self.resize(820, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        if not self.form.validated():
            raise ValidationError(self.tr("Complete the findings first."), field="findings")
        return {"findings": self.form.findings(), "conclusion": self.form.conclusion(),
                "reasons": self.form.reasons()}
