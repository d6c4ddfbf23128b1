"""Members of the committee (internal or external, affiliation, expertise, term) with their seat in the selected
round; the secretariat adds members and records past affiliations for the conflict suggestions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.core.errors import DomainError
from desktop.core.formatting import official_date
from desktop.domain.accounts.permissions import Permission
from desktop.domain.committee.members import (
    AffiliationData,
    MemberData,
    add_affiliation,
    create_member,
    list_seats,
    seat_members,
)
from desktop.domain.committee.models import MemberKind
from desktop.domain.committee.service import list_members, member_kind_label
from desktop.ui.pages.committee.seats_dialog import SeatsDialog
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.feedback import MessageBanner, mark_field
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MemberDialog(QDialog):
    def __init__(self, submit, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Add a committee member"))
        self.submit = submit
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in MemberKind:
            self.kind.addItem(member_kind_label(kind), kind)
        self.affiliation = QLineEdit(self)
        self.expertise = QLineEdit(self)
        self.term_start = QDateEdit(_qdate(today()), self)
        self.term_end = QDateEdit(_qdate(today() + timedelta(days=730)), self)
        for edit in (self.term_start, self.term_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy. M. d.")
        self.fields = {"name": self.name, "affiliation": self.affiliation, "term_end": self.term_end}
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Internal/external"), self.kind)
        form.addRow(self.tr("Affiliation"), self.affiliation)
        form.addRow(self.tr("Expertise"), self.expertise)
        form.addRow(self.tr("Term from"), self.term_start)
        form.addRow(self.tr("Term until"), self.term_end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def data(self) -> MemberData:
        return MemberData(self.name.text(), self.kind.currentData(), self.affiliation.text(), self.expertise.text(),
                          self.term_start.date().toPython(), self.term_end.date().toPython())

    def try_submit(self) -> None:
        if self.submit(self.data()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        for name, widget in self.fields.items():
            mark_field(widget, "error" if name == field else None)


class AffiliationDialog(QDialog):
    """A current or past employer, or a service done for an institution (feeds the conflict suggestions)."""

    def __init__(self, member_name: str, submit, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("affiliationDialog")
        self.setWindowTitle(self.tr("Affiliation of {name}").format(name=member_name))
        self.submit = submit
        self.organisation = QLineEdit(self)
        self.relation = QComboBox(self)
        self.relation.addItem(self.tr("Employment"), "employment")
        self.relation.addItem(self.tr("Service (consulting, advice, research)"), "service")
        self.start = QDateEdit(_qdate(today() - timedelta(days=1460)), self)
        self.end = QDateEdit(_qdate(today()), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy. M. d.")
        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Organisation (as registered)"), self.organisation)
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Until"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

    def data(self) -> AffiliationData:
        return AffiliationData(self.organisation.text(), self.relation.currentData(), None,
                               self.start.date().toPython(), self.end.date().toPython())

    def try_submit(self) -> None:
        if self.submit(self.data()):
            self.accept()

    def show_error(self, error: Exception) -> None:
        self.banner.show_message(error.message if isinstance(error, DomainError) else str(error), "error")
        field = getattr(error, "field", None)
        for name, widget in (("organisation", self.organisation), ("end", self.end)):
            mark_field(widget, "error" if name == field else None)


class MembersTab(CommitteeTab):
    areas = frozenset({"committee_members", "member_affiliations", "rounds"})

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.dialog: MemberDialog | AffiliationDialog | SeatsDialog | None = None
        self._seats: dict[int, str] = {}
        self._seat_rows: list = []
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Committee members"))
        self.table.setObjectName("members")
        self.add_button = QPushButton(self.tr("Add member…"), self)
        self.add_button.clicked.connect(self.open_add)
        self.affiliation_button = QPushButton(self.tr("Add affiliation…"), self)
        self.affiliation_button.setToolTip(self.tr("A current or past employer, or a service to an institution: "
                                                   "the app then suggests the conflict when that institution applies."))
        self.affiliation_button.clicked.connect(self.open_affiliation)
        self.seats_button = QPushButton(self.tr("Committee of this round…"), self)
        self.seats_button.setObjectName("seatsButton")
        self.seats_button.setToolTip(self.tr("Choose the members who sit on this round's committee and its chair "
                                             "(possible until scoring starts)."))
        self.seats_button.clicked.connect(self.open_seats)
        for button in (self.add_button, self.affiliation_button, self.seats_button):
            gate(button, self.context.actor, Permission.MANAGE_COMMITTEE)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.affiliation_button)
        bar.addWidget(self.seats_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Seat"), lambda r: self._seats.get(r.id, ""), sort_key=lambda r: self._seats.get(r.id, "~")),
            Column(self.tr("Internal/external"), lambda r: member_kind_label(r.kind)),
            Column(self.tr("Affiliation"), lambda r: r.affiliation),
            Column(self.tr("Expertise"), lambda r: r.expertise),
            Column(self.tr("Term"), lambda r: f"{official_date(r.term_start)} – {official_date(r.term_end)}",
                   sort_key=lambda r: (r.term_start, r.term_end)),
        ]

    def refresh(self) -> None:
        seats = self.query(list_seats, self.round_id) if self.round_id is not None else []
        self._seat_rows = seats or []
        self._seats = {s.member_id: s.label + (self.tr(" (chair)") if s.is_chair else "") for s in seats or []}
        self.table.set_records(self.query(list_members) or [])

    def records(self) -> list:
        return self.table.records()

    def open_add(self) -> MemberDialog:
        def submit(data: MemberData) -> bool:
            return self.act(create_member, data, form=self.dialog, done=self.tr("Member added.")) is not None

        self.dialog = MemberDialog(submit, self)
        self.dialog.open()
        return self.dialog

    def open_affiliation(self) -> AffiliationDialog | None:
        member = self.table.current_record()
        if member is None:
            self.dialogs.error(self, self.tr("Select a member first."))
            return None

        def submit(data: AffiliationData) -> bool:
            return self.act(add_affiliation, member.id, data, form=self.dialog,
                            done=self.tr("Affiliation recorded.")) is not None

        self.dialog = AffiliationDialog(member.name, submit, self)
        self.dialog.open()
        return self.dialog

    def open_seats(self) -> SeatsDialog | None:
        if self.round_id is None:
            self.dialogs.error(self, self.tr("Choose a round first."))
            return None
        round_id = self.round_id
        seated = [s.member_id for s in self._seat_rows]
        chair = next((s.member_id for s in self._seat_rows if s.is_chair), None)

        def submit(member_ids: list[int], chair_id: int) -> bool:
            return self.act(seat_members, round_id, member_ids, chair_id, form=self.dialog,
                            done=self.tr("Committee of the round saved.")) is not None

        self.dialog = SeatsDialog(self.page.round_code(), self.table.records(), seated, chair, submit, self)
        self.dialog.open()
        return self.dialog
