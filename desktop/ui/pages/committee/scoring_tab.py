"""Blind scoring: the applicants in committee review with their progress; the member's own sheet; the other
members' sheets once the service lets the actor see them; the chair returns a sheet with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout

from desktop.core.errors import StaleEdit
from desktop.core.formatting import official_datetime, score_text
from desktop.domain.accounts.permissions import Permission
from desktop.domain.committee.meetings import list_meetings, meeting_status_label
from desktop.domain.committee.models import MeetingStatus
from desktop.domain.scoring.criteria import load_criteria
from desktop.domain.scoring.rules import points
from desktop.domain.scoring.sheets import (
    EntryInput,
    ScoringRow,
    SheetsView,
    SheetView,
    my_sheet,
    return_sheet,
    save_sheet,
    scoring_overview,
    sheet_status_label,
    sheets_for,
)
from desktop.ui.changes import Change
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD, differing
from desktop.ui.pages.committee.sheet_form import ScoreSheetForm
from desktop.ui.pages.committee.tab_base import CommitteeTab
from desktop.ui.widgets.draft_keeper import DraftKeeper, Snapshot
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view, fit_columns

SHEET_DRAFT = "score-sheet"  # drafts (desktop.core.drafts) of a member's own sheet, one per application


class ScoringTab(CommitteeTab):
    areas = frozenset({"score_sheets", "committee_meetings", "conflict_declarations", "challenges",
                       "scoring_results", "applications"})

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.others: SheetsView | None = None
        self.shown_application: int | None = None  # whose sheet the form holds
        self._keeping_input = False
        self.meeting_note = QLabel(self)
        self.meeting_note.setObjectName("meetingNote")
        self.meeting_note.setWordWrap(True)
        self.table = RecordTable(self._columns(), id_of=lambda r: r.application_id, parent=self)
        self.table.set_title(self.tr("Applicants to score"))
        self.table.setObjectName("scoringApplicants")
        self.form = ScoreSheetForm(self)
        self.form.saveRequested.connect(self.save)
        self.form.staleRefused.connect(self.resolve_stale)
        self.drafts = DraftKeeper(self.context.drafts, SHEET_DRAFT, self._unsaved_sheet, self,
                                  current=lambda: self.shown_application)
        self.form.edited.connect(self.drafts.edited)
        self.others_note = QLabel(self)
        self.others_note.setObjectName("othersNote")
        self.others_note.setWordWrap(True)
        self.others_model = RecordTableModel([], id_of=lambda v: v.member_id, parent=self)
        self.others_view = QTableView(self)
        self.others_view.setObjectName("otherSheets")
        configure_table_view(self.others_view, sortable=False)
        self.others_view.setModel(self.others_model)
        self.return_button = QPushButton(self.tr("Return sheet…"), self)
        gate(self.return_button, self.context.actor, Permission.CHAIR_MEETINGS)
        for button in (self.form.save_button, self.form.submit_button):
            gate(button, self.context.actor, Permission.SCORE)
        self.return_button.clicked.connect(self.return_selected)

        own = QGroupBox(self.tr("Your score sheet"), self)
        QVBoxLayout(own).addWidget(self.form)
        others = QGroupBox(self.tr("Submitted sheets"), self)
        others_layout = QVBoxLayout(others)
        others_layout.addWidget(self.others_note)
        others_layout.addWidget(self.others_view, 1)
        others_bar = QHBoxLayout()
        others_bar.addStretch(1)
        others_bar.addWidget(self.return_button)
        others_layout.addLayout(others_bar)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(own)
        bottom.addWidget(others)
        bottom.setSizes([520, 520])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([180, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting_note)
        layout.addWidget(splitter)
        self.table.currentRecordChanged.connect(self.show_applicant)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Your sheet"), lambda r: sheet_status_label(r.my_status) if r.member else "—"),
            Column(self.tr("Submitted"), lambda r: f"{r.submitted} / {r.expected}",
                   sort_key=lambda r: (r.submitted, r.expected), numeric=True),
            Column(self.tr("Scoring"), lambda r: self.tr("Complete") if r.complete else self.tr("In progress"),
                   tone=lambda r: "good" if r.complete else None),
            Column(self.tr("Result"), lambda r: self.tr("Computed") if r.has_result else ""),
        ]

    def refresh(self) -> None:
        rows = self.query(scoring_overview, self.round_id) if self.round_id is not None else []
        self._show_meeting()
        self.table.set_records(rows or [])
        if self.table.current_record() is None and rows:
            self.table.select_row(0)
        self.show_applicant(self.table.current_record())

    def refresh_changed(self, change: Change) -> None:
        """Sheets arriving from other desktops: the progress and the others' sheets reload, the member's own sheet
        keeps what they have typed and not saved (unless its status changed, e.g. the chair returned it)."""
        self._keeping_input = True
        try:
            self.refresh()
        finally:
            self._keeping_input = False

    def _show_meeting(self) -> None:
        """The open (else the latest) meeting's attendance and quorum, which the chair watches while sheets arrive."""
        meetings = self.query(list_meetings, self.round_id) if self.round_id is not None else None
        if not meetings:
            self.meeting_note.clear()
            self.meeting_note.setVisible(False)
            return
        meeting = next((m for m in meetings if m.status == MeetingStatus.OPEN), meetings[0])
        q = meeting.quorum
        if not meeting.attendance_recorded:
            text = self.tr("Meeting {number} ({status}): attendance not recorded yet.")
        elif q.met:
            text = self.tr("Meeting {number} ({status}): {present} of {seats} members present, quorum present "
                           "({required} needed).")
        else:
            text = self.tr("Meeting {number} ({status}): {present} of {seats} members present, no quorum "
                           "({required} needed).")
        self.meeting_note.setText(text.format(number=meeting.number, status=meeting_status_label(meeting.status),
                                              present=q.present, seats=q.seats, required=q.required))
        self.meeting_note.setVisible(True)

    def show_applicant(self, row: ScoringRow | None) -> None:
        if self.shown_application is not None and (row is None or row.application_id != self.shown_application):
            self.drafts.keep_now()  # what was typed on the sheet left is kept, and restored when it is shown again
        previous = self.others.application_id if self.others is not None else None
        chosen = self.selected_sheet()
        self.others = None
        self.others_model.set_records([])
        self.return_button.setEnabled(False)
        if row is None or not row.member:
            self.shown_application = None
        if row is None:
            self.form.clear(self.tr("Select an applicant to score."))
            self.others_note.clear()
            return
        title = f"{row.application_number} {row.institution_name}"
        if row.member:
            view = self.query(my_sheet, row.application_id)
            keep = (self._keeping_input and self.shown_application == row.application_id and view is not None
                    and view.status == self.form.loaded_status and self.form.has_unsaved_input())
            if view is not None and not keep:
                self.form.load(view, load_criteria(self.page.criteria_version()), title)
                self.shown_application = row.application_id
                self._restore_draft(row.application_id)
        else:
            self.form.clear(self.tr("{title}: you do not score this applicant.").format(title=title))
        self.others = self.query(sheets_for, row.application_id)
        if self.others is None:
            return
        criteria = load_criteria(self.others.criteria_version)
        columns = [Column(self.tr("Member"), lambda v: v.display_name + (self.tr(" (you)") if v.own else "")),
                   *(Column(c.id, (lambda cid: lambda v: _score(v, cid))(c.id), numeric=True)
                     for c in criteria.criteria),
                   Column(self.tr("Total"), lambda v: score_text(v.total), numeric=True),
                   Column(self.tr("Status"), lambda v: sheet_status_label(v.status))]
        self.others_model.set_columns(columns)
        self.others_model.set_records([v for v in self.others.sheets if not v.own or self.others.others_visible])
        fit_columns(self.others_view)
        again = self.others_model.row_of(chosen.member_id) if chosen and previous == row.application_id else None
        if again is not None:
            self.others_view.selectRow(again)
        note = self.others.note or self.tr("{submitted} of %n expected sheet(s) submitted.", "",
                                           self.others.expected).format(submitted=self.others.submitted)
        self.others_note.setText(note)
        self.return_button.setEnabled(self.others.others_visible and bool(self.others.sheets))

    def save(self, entries: dict, submit: bool) -> None:
        row = self.table.current_record()
        if row is None:
            return
        if submit and not self.dialogs.confirm(self, self.tr("Submit your sheet for {number}? It is then locked; "
                                                             "only the chair can return it.")
                                               .format(number=row.application_number), self.tr("Submit")):
            return
        done = self.tr("Sheet for {number} submitted.") if submit else self.tr("Draft for {number} saved.")
        self.drafts.keep_now()  # on this computer first: a lost server or a crash during the save loses nothing
        saved = self.act(save_sheet, row.application_id, entries, submit, getattr(self.form, "version", None),
                         done=done.format(number=row.application_number), form=self.form)
        if saved is not None:
            self.form.version = saved.version
            self.drafts.discard(row.application_id)

    # -- the draft kept on this computer until saved -------------------------------------------------------
    def _unsaved_sheet(self) -> Snapshot:
        if self.shown_application is None or not self.form.has_unsaved_input():
            return None
        content = {cid: [str(e.score or ""), e.comment] for cid, e in self.form.entries().items()}
        return self.shown_application, content, getattr(self.form, "version", None)

    def _restore_draft(self, application_id: int) -> None:
        """Input typed here and never saved (the server was gone, the app was closed): back in the form, unsaved."""
        draft = self.drafts.find(application_id)
        if draft is None:
            return
        if not self.form.editable:  # submitted meanwhile: the sheet is locked, the draft has no place any more
            self.drafts.discard(application_id)
            return
        try:
            entries = {str(cid): EntryInput(str(v[0]), str(v[1])) for cid, v in dict(draft.content).items()}
        except (TypeError, ValueError, IndexError):
            return
        if all(self.form.entries().get(cid) == e for cid, e in entries.items() if cid in self.form.scores):
            self.drafts.discard(application_id)  # the same as what is stored: nothing to restore
            return
        self.form.restore(entries, draft.base_version, self.tr(
            "Restored what you typed on this computer at {time} and had not saved yet; save it to keep it.")
                          .format(time=official_datetime(draft.kept_at)))

    def resolve_stale(self, error: StaleEdit) -> None:
        """Another window saved this sheet: theirs beside the typed one; reload it, or save the typed one over it."""
        row = self.table.current_record()
        stored = self.query(my_sheet, row.application_id) if row is not None else None
        if row is None or stored is None:
            return
        mine = self.form.entries()
        values = differing([(f"{e.criterion}", _typed(mine.get(e.criterion)),
                             "" if e.score is None else f"{points(e.score)} {e.comment}".strip())
                            for e in stored.entries])
        choice = self.dialogs.resolve_edit_conflict(self, error, values)
        if choice == RELOAD:
            self.drafts.discard(row.application_id)
            self.form.load(stored, load_criteria(self.page.criteria_version()),
                           f"{row.application_number} {row.institution_name}")
        elif choice == APPLY_MINE:
            self.form.version = stored.version
            self.save(mine, False)

    def selected_sheet(self) -> SheetView | None:
        index = self.others_view.currentIndex()
        return self.others_model.record(index.row()) if index.isValid() else None

    def return_selected(self) -> None:
        sheet = self.selected_sheet()
        if sheet is None or sheet.id is None:
            self.dialogs.error(self, self.tr("Select the sheet to return."))
            return
        reason = self.dialogs.ask_text(self, self.tr("Return sheet"), self.tr(
            "Why is the sheet of {member} returned? The member sees this reason.").format(member=sheet.display_name))
        if reason is None:
            return
        self.act(return_sheet, sheet.id, reason, done=self.tr("Sheet of {member} returned.").format(
            member=sheet.display_name))


def _score(view: SheetView, criterion: str) -> str:
    entry = next((e for e in view.entries if e.criterion == criterion), None)
    return "" if entry is None or entry.score is None else points(entry.score)


def _typed(entry: EntryInput | None) -> str:
    """A typed entry as the conflict dialog shows it: the score and its comment."""
    return "" if entry is None else f"{entry.score or ''} {entry.comment or ''}".strip()
