"""Conflicts of interest: a member's declaration board (each applicant, the declaration, the app's suggestion)
with Declare and Recuse; the declared exclusions, recusals and upheld challenges, which the chair confirms."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ConflictGround
from desktop.domain.committee.conflicts import DeclarationLine, confirm_declaration, declaration_board, declare, recuse
from desktop.domain.committee.models import ConflictKind
from desktop.domain.committee.service import conflict_ground_label, conflict_kind_label, list_conflicts
from desktop.ui.pages.committee.declaration_dialog import DeclarationDialog
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable


class ConflictsTab(CommitteeTab):
    areas = frozenset({"conflict_declarations", "committee_members", "applications"})

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.dialog: DeclarationDialog | None = None
        self.declares = self.context.may(Permission.DECLARE_CONFLICTS)
        self.board = RecordTable(self._board_columns(), id_of=lambda r: r.application_id, parent=self)
        self.board.set_title(self.tr("Declarations of interest"))
        self.board.setObjectName("declarationBoard")
        self.declare_button = QPushButton(self.tr("Declare…"), self)
        self.recuse_button = QPushButton(self.tr("Recuse…"), self)
        self.recuse_button.setToolTip(self.tr("Withdraw from this applicant (회피) with a reason, in one step."))
        self.declare_button.clicked.connect(self.open_declaration)
        self.recuse_button.clicked.connect(self.recuse_selected)
        self.board.recordActivated.connect(lambda _: self.open_declaration())
        self.board_box = QGroupBox(self.tr("Your declarations"), self)
        board_bar = QHBoxLayout()
        board_bar.addWidget(QLabel(self.tr("Declare, for each applicant, no conflict or the ground before scoring "
                                           "it."), self), 1)
        board_bar.addWidget(self.declare_button)
        board_bar.addWidget(self.recuse_button)
        board_layout = QVBoxLayout(self.board_box)
        board_layout.addLayout(board_bar)
        board_layout.addWidget(self.board)
        self.board_box.setVisible(self.declares)

        self.conflicts = RecordTable(self._conflict_columns(), parent=self)
        self.conflicts.set_title(self.tr("Conflicts of interest"))
        self.conflicts.setObjectName("conflicts")
        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        gate(self.confirm_button, self.context.actor, Permission.CHAIR_MEETINGS)
        self.confirm_button.clicked.connect(self.confirm_selected)
        declared = QGroupBox(self.tr("Exclusions, recusals and upheld challenges"), self)
        declared_layout = QVBoxLayout(declared)
        declared_layout.addWidget(self.conflicts)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.confirm_button)
        declared_layout.addLayout(bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board_box, 1)
        layout.addWidget(declared, 1)

    def _board_columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Applicant"), lambda r: r.institution_name),
            Column(self.tr("Your declaration"), lambda r: conflict_kind_label(r.kind) if r.kind else
                   self.tr("Not declared"), tone=lambda r: "bad" if r.kind is None or r.kind != ConflictKind.NONE
                   else "good"),
            Column(self.tr("Ground"), lambda r: conflict_ground_label(r.ground) if r.ground else ""),
            Column(self.tr("Suggested by the app"), lambda r: r.suggestion, tone=lambda r: "bad" if r.suggestion
                   else None),
            Column(self.tr("Statement"), lambda r: r.statement),
        ]

    def _conflict_columns(self) -> list[Column]:
        return [
            Column(self.tr("Member"), lambda r: r.member_name),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Applicant"), lambda r: r.institution_name),
            Column(self.tr("Kind"), lambda r: conflict_kind_label(r.kind)),
            Column(self.tr("Ground"), lambda r: conflict_ground_label(r.ground) if r.ground else ""),
            Column(self.tr("Statement"), lambda r: r.statement),
            Column(self.tr("Declared"), lambda r: official_datetime(r.declared_at) if r.declared_at else "",
                   sort_key=lambda r: r.declared_at),
            Column(self.tr("Confirmed by"), lambda r: r.confirmed_by),
        ]

    def refresh(self) -> None:
        if self.declares and self.round_id is not None:
            self.board.set_records(self.query(declaration_board, self.round_id) or [])
        conflicts = self.query(list_conflicts, self.round_id) if self.round_id is not None else []
        self.conflicts.set_records(conflicts or [])

    def open_declaration(self) -> DeclarationDialog | None:
        line: DeclarationLine | None = self.board.current_record()
        if line is None:
            self.dialogs.error(self, self.tr("Select an applicant first."))
            return None

        def submit(kind: ConflictKind, ground: ConflictGround | None, statement: str) -> bool:
            assert self.dialog is not None
            return self.act(declare, line.application_id, kind, ground, statement, form=self.dialog,
                            done=self.tr("Declaration for {number} saved.").format(
                                number=line.application_number)) is not None

        self.dialog = DeclarationDialog(line, submit, self)
        self.dialog.open()
        return self.dialog

    def recuse_selected(self) -> None:
        line: DeclarationLine | None = self.board.current_record()
        if line is None:
            self.dialogs.error(self, self.tr("Select an applicant first."))
            return
        reason = self.dialogs.ask_text(self, self.tr("Recuse"), self.tr(
            "Why do you withdraw from {number} {name}?").format(number=line.application_number,
                                                              name=line.institution_name))
        if reason is None:
            return
        self.act(recuse, line.application_id, reason, done=self.tr("You withdrew from {number}.").format(
            number=line.application_number))

    def confirm_selected(self) -> None:
        row = self.conflicts.current_record()
        if row is None:
            self.dialogs.error(self, self.tr("Select a declaration first."))
            return
        self.act(confirm_declaration, row.id, done=self.tr("Declaration confirmed."))
