"""Challenges (기피): the secretariat records an applicant's challenge; the other members vote to uphold or reject;
the chair closes the vote. The tally is shown as it stands."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.service import list_applications
from desktop.domain.committee.challenges import (
    ChallengeRow,
    cast_vote,
    decide_challenge,
    list_challenges,
    outcome_label,
    raise_challenge,
)
from desktop.domain.committee.meetings import list_meetings
from desktop.domain.committee.members import list_seats
from desktop.domain.committee.models import ChallengeOutcome
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


class ChallengeDialog(QDialog):
    """Applicant, challenged member, the applicant's grounds and the meeting that votes."""

    def __init__(self, applicants, members, meetings, submit, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("challengeDialog")
        self.setWindowTitle(self.tr("Record a challenge"))
        self.submit = submit
        self.applicant = QComboBox(self)
        for a in applicants:
            self.applicant.addItem(f"{a.number} {a.institution_name}", a.id)
        self.member = QComboBox(self)
        self.member.setObjectName("member")
        for m in members:
            self.member.addItem(f"{m.label} {m.name}", m.member_id)
        self.meeting = QComboBox(self)
        self.meeting.addItem(self.tr("(no meeting)"), None)
        for m in meetings:
            self.meeting.addItem(m.number, m.id)
        if meetings:
            self.meeting.setCurrentIndex(1)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(80)
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("Challenged member"), self.member)
        form.addRow(self.tr("Grounds given by the applicant"), self.reason)
        form.addRow(self.tr("Voting meeting"), self.meeting)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def try_submit(self) -> None:
        if self.submit(self.applicant.currentData(), self.member.currentData(), self.reason.toPlainText(),
                       self.meeting.currentData()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        for name, widget in (("member", self.member), ("reason", self.reason)):
            mark_field(widget, "error" if name == field else None)


class ChallengesTab(CommitteeTab):
    areas = frozenset({"challenges", "conflict_declarations"})

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.dialog: ChallengeDialog | None = None
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Challenges"))
        self.table.setObjectName("challenges")
        self.record_button = QPushButton(self.tr("Record challenge…"), self)
        gate(self.record_button, self.context.actor, Permission.MANAGE_COMMITTEE)
        self.uphold_button = QPushButton(self.tr("Vote to uphold"), self)
        self.reject_button = QPushButton(self.tr("Vote to reject"), self)
        for button in (self.uphold_button, self.reject_button):
            gate(button, self.context.actor, Permission.DECLARE_CONFLICTS)
        self.decide_button = QPushButton(self.tr("Close the vote"), self)
        gate(self.decide_button, self.context.actor, Permission.CHAIR_MEETINGS)
        self.record_button.clicked.connect(self.open_record)
        self.uphold_button.clicked.connect(lambda: self.vote(True))
        self.reject_button.clicked.connect(lambda: self.vote(False))
        self.decide_button.clicked.connect(self.decide)
        self.table.currentRecordChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        for button in (self.record_button, self.uphold_button, self.reject_button, self.decide_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._update_buttons(None)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Applicant"), lambda r: r.institution_name),
            Column(self.tr("Challenged member"), lambda r: r.member_name),
            Column(self.tr("Grounds"), lambda r: r.reason),
            Column(self.tr("To uphold"), lambda r: r.votes_to_uphold, numeric=True),
            Column(self.tr("To reject"), lambda r: r.votes_to_reject, numeric=True),
            Column(self.tr("Entitled to vote"), lambda r: r.eligible_voters, numeric=True),
            Column(self.tr("Your vote"), lambda r: "" if r.my_vote is None else
                   (self.tr("uphold") if r.my_vote else self.tr("reject"))),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.outcome),
                   tone=lambda r: {ChallengeOutcome.UPHELD: "bad", ChallengeOutcome.REJECTED: "good"}.get(r.outcome)),
            Column(self.tr("Meeting"), lambda r: r.meeting_number),
            Column(self.tr("Raised"), lambda r: official_datetime(r.raised_at), sort_key=lambda r: r.raised_at),
        ]

    def refresh(self) -> None:
        rows = self.query(list_challenges, self.round_id) if self.round_id is not None else []
        self.table.set_records(rows or [])

    def _update_buttons(self, row: ChallengeRow | None) -> None:
        pending = row is not None and row.outcome == ChallengeOutcome.PENDING
        for button in (self.uphold_button, self.reject_button, self.decide_button):
            button.setEnabled(pending)

    def open_record(self) -> ChallengeDialog | None:
        if self.round_id is None:
            return None
        applicants = [a for a in self.query(list_applications, self.round_id) or []
                      if a.status == ApplicationStatus.COMMITTEE_REVIEW]
        members = self.query(list_seats, self.round_id) or []
        meetings = self.query(list_meetings, self.round_id) or []

        def submit(application_id: int, member_id: int, reason: str, meeting_id: int | None) -> bool:
            return self.act(raise_challenge, application_id, member_id, reason, meeting_id, form=self.dialog,
                            done=self.tr("Challenge recorded.")) is not None

        self.dialog = ChallengeDialog(applicants, members, meetings, submit, self)
        self.dialog.open()
        return self.dialog

    def vote(self, uphold: bool) -> None:
        row = self.table.current_record()
        if row is not None:
            self.act(cast_vote, row.id, uphold, done=self.tr("Your vote is recorded."))

    def decide(self) -> None:
        row = self.table.current_record()
        if row is None:
            return
        outcome = self.act(decide_challenge, row.id)
        if outcome is not None:
            self.dialogs.info(self, self.tr("The challenge of {member} is {outcome}.").format(
                member=row.member_name, outcome=outcome_label(outcome).lower()), self.tr("Close the vote"))
