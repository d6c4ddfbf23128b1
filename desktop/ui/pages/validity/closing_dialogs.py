"""What ends a validity check besides its conclusion: a sanction case opened from an inappropriate one (the intended
disposition, the day the breach ended, the facts prefilled from the reasons) and a withdrawal with its reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.core.clock import today
from desktop.core.formatting import official_date
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.rules import MAX_SUSPENSION_MONTHS, check_limitation, last_day_to_sanction
from desktop.domain.sanctions.service import ground_label, kind_label
from desktop.domain.validity.conclusion import SanctionProposal
from desktop.ui.pages.sanctions.forms import CaseForm, Rule, date_field, from_qdate, hint_label, text_box

Save = Callable[[dict[str, Any]], Any]


class SanctionFromCheckDialog(CaseForm):
    """A case for breach of the standard (Act Art. 31 ① 3) with the check as its evidence: suspension for 1–6
    months or revocation; the limitation's last day is shown under the breach day, refused there when passed."""

    def __init__(self, save: Save, proposal: SanctionProposal, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("sanctionFromCheckDialog")
        self.setWindowTitle(self.tr("Open a sanction case from {number}").format(number=proposal.check_number))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("A case against {name} on the ground: {ground}. Check {number} is added as its "
                               "evidence; the disposition is decided after the prior notice and the hearing.")
                       .format(name=proposal.institution_name, ground=ground_label(Ground.BREACH_OF_STANDARD),
                               number=proposal.check_number))
        intro.setWordWrap(True)
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
        self.breach_ended_on = date_field("breach_ended_on", proposal.breach_ended_on)
        self.limitation = hint_label("limitationHint")
        self.facts = text_box("facts", self.tr("What happened (Korean)"), 4)
        self.facts.setPlainText(proposal.facts)
        self.facts_en = text_box("facts_en", self.tr("The same in English, for the English documents (optional)"), 3)
        self.facts_en.setPlainText(proposal.facts_en)
        self.fields = {"intended": self.intended, "intended_months": self.months,
                       "breach_ended_on": self.breach_ended_on, "facts": self.facts, "facts_en": self.facts_en}
        self.form = form = QFormLayout()
        form.addRow(self.tr("Intended disposition"), self.intended)
        form.addRow(self.months_label, self.months)
        form.addRow(self.tr("Breach ended on"), self.breach_ended_on)
        form.addRow("", self.limitation)
        form.addRow(self.tr("Facts"), self.facts)
        form.addRow(self.tr("Facts in English"), self.facts_en)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        self.ok_box = self.buttons(self.tr("Open case"))
        layout.addWidget(self.ok_box)
        self.intended.currentIndexChanged.connect(lambda _: self._intended_changed())
        self.breach_ended_on.dateChanged.connect(lambda _: self._breach_day_changed())
        self._intended_changed()
        self._breach_day_changed()

    def chosen_intended(self) -> DispositionKind:
        return DispositionKind(self.intended.currentData())

    def rules(self) -> Sequence[Rule]:
        day = from_qdate(self.breach_ended_on.date())
        return (("breach_ended_on", lambda: check_limitation(Ground.BREACH_OF_STANDARD, day, today())),)

    def _intended_changed(self) -> None:
        self.form.setRowVisible(self.months, self.chosen_intended() == DispositionKind.SUSPENSION)
        self.adjustSize()

    def _breach_day_changed(self) -> None:
        last = last_day_to_sanction(from_qdate(self.breach_ended_on.date()))
        self.limitation.setText(self.tr("A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).")
                                .format(day=official_date(last)))
        self.check_live()

    def values(self) -> dict[str, Any]:
        suspension = self.chosen_intended() == DispositionKind.SUSPENSION
        return {"intended": self.chosen_intended(), "months": self.months.value() if suspension else 0,
                "breach_ended_on": from_qdate(self.breach_ended_on.date()), "facts": self.facts.toPlainText(),
                "facts_en": self.facts_en.toPlainText()}


class WithdrawCheckDialog(CaseForm):
    """Why the check is withdrawn (e.g. its notices were not sent in time, the request was withdrawn)."""

    def __init__(self, save: Save, number: str, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("withdrawCheckDialog")
        self.setWindowTitle(self.tr("Withdraw {number}").format(number=number))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("A withdrawn check takes no further step; the report may be checked again by a new "
                               "check."))
        intro.setWordWrap(True)
        self.reason = text_box("reason", self.tr("e.g. 통지기한(개시일부터 10일) 경과, or: the request was withdrawn"),
                               3)
        self.fields = {"reason": self.reason}
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        self.ok_box = self.buttons(self.tr("Withdraw check"))
        layout.addWidget(self.ok_box)

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText()}
