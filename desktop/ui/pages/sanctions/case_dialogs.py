"""Opening a sanction case (the institute, the ground of Art. 31 ①, the facts, when the breach ended, the intended
disposition and the evidence) and recording the opinion received after the prior notice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import ValidationError
from desktop.core.formatting import official_date
from desktop.domain.registry.models import RegistryStatus
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.progress import CaseProgress
from desktop.domain.sanctions.rules import (
    MAX_SUSPENSION_MONTHS,
    check_kind_for_ground,
    check_limitation,
    last_day_to_sanction,
)
from desktop.domain.sanctions.service import EntryChoice, EvidenceInput, ground_label, kind_label
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.sanctions.forms import CaseForm, Rule, date_field, from_qdate, hint_label, text_box

Save = Callable[[dict[str, Any]], Any]


class OpenCaseDialog(CaseForm):
    """A new case: fraud allows only revocation (the form switches to it), and the limitation is said at the date."""

    def __init__(self, save: Save, entries: Sequence[EntryChoice], dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.dialogs = dialogs
        self.evidence_path: Path | None = None
        self.setObjectName("openCaseDialog")
        self.setWindowTitle(self.tr("Open a sanction case"))
        self.setMinimumWidth(620)
        self.entry = QComboBox()
        self.entry.setObjectName("entry")
        for choice in entries:
            suffix = self.tr(", suspended now") if choice.status == RegistryStatus.SUSPENDED else ""
            self.entry.addItem(self.tr("{name} ({number}, designated {day}{suffix})").format(
                name=choice.institution_name, number=choice.decision_number, day=official_date(choice.designated_on),
                suffix=suffix), choice.entry_id)
        self.ground = QComboBox()
        self.ground.setObjectName("ground")
        for ground in (Ground.BREACH_OF_STANDARD, Ground.LOST_ABILITY, Ground.FRAUD):
            self.ground.addItem(ground_label(ground), ground.value)
        self.facts = text_box("facts", self.tr("What happened, with the reports or records concerned (Korean)"))
        self.facts_en = text_box("facts_en", self.tr("The same in English, for the English documents (optional)"), 2)
        self.breach_ended_on = date_field("breach_ended_on", today())
        self.limitation = hint_label("limitationHint")
        self.intended = QComboBox()
        self.intended.setObjectName("intended")
        for kind in (DispositionKind.SUSPENSION, DispositionKind.REVOCATION):
            self.intended.addItem(kind_label(kind), kind.value)
        self.months = QSpinBox()
        self.months.setObjectName("intended_months")
        self.months.setRange(1, MAX_SUSPENSION_MONTHS)
        self.months.setValue(3)
        self.months.setSuffix(self.tr(" month(s)"))
        self.months_label = QLabel(self.tr("Suspension of"))
        self.months_label.setBuddy(self.months)
        self.evidence_title = QLineEdit()
        self.evidence_title.setObjectName("title")
        self.evidence_title.setPlaceholderText(self.tr("e.g. 타당성조사 결과 (부적정)"))
        self.evidence_name = QLabel(self.tr("No file chosen"))
        self.evidence_name.setObjectName("evidenceName")
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseEvidence")
        self.choose_button.clicked.connect(lambda _=False: self.choose_evidence())
        self.evidence_file = QWidget()
        self.evidence_file.setObjectName("file")
        file_row = QHBoxLayout(self.evidence_file)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.evidence_name, 1)
        file_row.addWidget(self.choose_button)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("e.g. 타당성-2026-0003, or the record the evidence refers to"))
        self.fields = {"entry": self.entry, "ground": self.ground, "facts": self.facts, "facts_en": self.facts_en,
                       "breach_ended_on": self.breach_ended_on, "intended": self.intended, "kind": self.intended,
                       "intended_months": self.months, "title": self.evidence_title, "file": self.evidence_file,
                       "reference": self.reference}
        form = QFormLayout()
        form.addRow(self.tr("Designated institute"), self.entry)
        form.addRow(self.tr("Ground (Act Art. 31 ①)"), self.ground)
        form.addRow(self.tr("Facts"), self.facts)
        form.addRow(self.tr("Facts in English"), self.facts_en)
        form.addRow(self.tr("Breach ended on"), self.breach_ended_on)
        form.addRow("", self.limitation)
        form.addRow(self.tr("Intended disposition"), self.intended)
        form.addRow(self.months_label, self.months)
        form.addRow(QLabel(self.tr("<b>Evidence</b> (a file, a reference, or both)")))
        form.addRow(self.tr("Title"), self.evidence_title)
        form.addRow(self.tr("File"), self.evidence_file)
        form.addRow(self.tr("Reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Open case")))
        self.ground.currentIndexChanged.connect(lambda _: self._ground_changed())
        self.intended.currentIndexChanged.connect(lambda _: self._intended_changed())
        self.breach_ended_on.dateChanged.connect(lambda _: self._breach_day_changed())
        self._ground_changed()

    def chosen_ground(self) -> Ground:
        return Ground(self.ground.currentData())

    def chosen_intended(self) -> DispositionKind:
        return DispositionKind(self.intended.currentData())

    def rules(self) -> Sequence[Rule]:
        day = from_qdate(self.breach_ended_on.date())
        return (("intended", lambda: check_kind_for_ground(self.chosen_ground(), self.chosen_intended())),
                ("breach_ended_on", lambda: check_limitation(self.chosen_ground(), day, today())))

    def _ground_changed(self) -> None:
        if self.chosen_ground() == Ground.FRAUD:  # revocation is mandatory (Act Art. 31 ① proviso): the form follows
            self.intended.setCurrentIndex(self.intended.findData(DispositionKind.REVOCATION.value))
        self._intended_changed()
        self._breach_day_changed()

    def _intended_changed(self) -> None:
        suspension = self.chosen_intended() == DispositionKind.SUSPENSION
        self.months.setVisible(suspension)
        self.months_label.setVisible(suspension)
        self.check_live()

    def _breach_day_changed(self) -> None:
        if self.chosen_ground() == Ground.FRAUD:
            self.limitation.setText(self.tr("No limitation: a designation obtained by fraud is revoked at any time "
                                            "(행정기본법 Art. 23 ② 1)."))
        else:
            last = last_day_to_sanction(from_qdate(self.breach_ended_on.date()))
            self.limitation.setText(self.tr("A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).")
                                    .format(day=official_date(last)))
        self.check_live()

    def choose_evidence(self) -> None:
        paths = self.dialogs.open_files(self, self.tr("Choose the evidence of the case"),
                                        self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)"))
        if paths:
            self.evidence_path = paths[0]
            self.evidence_name.setText(paths[0].name)

    def _evidence(self) -> EvidenceInput:
        data = None
        if self.evidence_path is not None:
            try:
                data = self.evidence_path.read_bytes()
            except OSError as error:
                raise ValidationError(self.tr("The evidence file cannot be read: {reason}").format(
                    reason=error.strerror or error), field="file") from error
        return EvidenceInput(self.evidence_title.text(), data, self.evidence_path.name if self.evidence_path else "",
                             self.reference.text())

    def values(self) -> dict[str, Any]:
        if self.entry.currentData() is None:
            raise ValidationError(self.tr("Choose the designated institute the case is against."), field="entry")
        suspension = self.chosen_intended() == DispositionKind.SUSPENSION
        return {"entry_id": int(self.entry.currentData()), "ground": self.chosen_ground(),
                "facts": self.facts.toPlainText(), "facts_en": self.facts_en.toPlainText(),
                "breach_ended_on": from_qdate(self.breach_ended_on.date()), "intended": self.chosen_intended(),
                "intended_months": self.months.value() if suspension else 0, "evidence": self._evidence()}


class OpinionDialog(CaseForm):
    """The opinion the institute submitted in answer to the prior notice, and the day it arrived."""

    def __init__(self, save: Save, progress: CaseProgress, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.progress = progress
        self.setObjectName("opinionDialog")
        self.setWindowTitle(self.tr("Record the opinion on {number}").format(number=progress.notice_number))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Prior notice {number} to {name} was sent on {sent}; the opinion was due by {due}")
                       .format(number=progress.notice_number, name=progress.institution_name,
                               sent=official_date(progress.notice_sent_on or today()),
                               due=official_date(progress.opinion_deadline or today())))
        intro.setWordWrap(True)
        self.opinion = text_box("opinion", self.tr("What the institute submitted, in short"), 5)
        self.received_on = date_field("received_on", today())
        self.lateness = hint_label("latenessHint")
        self.fields = {"opinion": self.opinion, "received_on": self.received_on}
        form = QFormLayout()
        form.addRow(self.tr("Opinion"), self.opinion)
        form.addRow(self.tr("Received on"), self.received_on)
        form.addRow("", self.lateness)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons(self.tr("Record opinion")))
        self.received_on.dateChanged.connect(lambda _: self._day_changed())
        self._day_changed()

    def _day_changed(self) -> None:
        day, due = from_qdate(self.received_on.date()), self.progress.opinion_deadline
        late = due is not None and day > due
        self.lateness.setText(self.tr("Received after the deadline ({due}): it is recorded as a late opinion.")
                              .format(due=official_date(due)) if late and due else
                              self.tr("Received within the period to submit an opinion."))

    def values(self) -> dict[str, Any]:
        return {"opinion": self.opinion.toPlainText(), "received_on": from_qdate(self.received_on.date())}
