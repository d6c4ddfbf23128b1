"""The Decisions page: draft from the committee results, review, issue (four eyes), correct; every document of
a decision or of a round previewed, printed or saved, one at a time or as a batch; files verified."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.decisions.details import awaiting_decision, decision_detail
from desktop.domain.decisions.models import DecisionOutcome, DecisionStatus
from desktop.domain.decisions.round_documents import RoundSummary, issue_public_notice, round_summaries
from desktop.domain.decisions.service import (
    DecisionRow,
    discard_draft,
    list_decisions,
    outcome_label,
    review_decision,
    status_label,
)
from desktop.domain.issued.models import DocumentKind
from desktop.issuing.batch import DocumentRequest
from desktop.issuing.decisions import issue_with_documents
from desktop.issuing.kinds import spec_of
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.decisions.detail import detail_html
from desktop.ui.pages.decisions.documents import DecisionDocuments
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

DECISION_KINDS = (DocumentKind.DECISION_NOTICE, DocumentKind.CERTIFICATE)

DRAFTS_FIRST = "\uffff"  # sorts after every number, so drafts lead the list newest-first


class DecisionsPage(Page):
    """Decisions (drafts first, then newest number first) with the actions each role may take."""

    key = "decisions"
    areas = frozenset({"decisions", "issued_documents", "scoring_results", "applications", "rounds", "registry_entries",
                       "settings"})
    (NUMBER, APPLICATION, INSTITUTION, OUTCOME, STATUS, DRAFTED_BY, REVIEWED_BY, APPROVED_BY, ISSUED_AT,
     CORRECTION) = range(10)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.rounds: list[RoundSummary] = []
        self.table = RecordTable(self._columns(), parent=self)
        self.table.set_title(self.tr("Decisions"))
        self.table.view.sortByColumn(self.NUMBER, Qt.SortOrder.DescendingOrder)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("decisionDetail")
        self.detail.setAccessibleName(self.tr("The decision's details"))
        self.documents = DecisionDocuments(self)
        self.preview_dialog = None

        def button(text: str, slot, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
            widget = QPushButton(text, self)
            widget.setObjectName(name)
            widget.clicked.connect(lambda _=False: slot())
            return widget

        self.draft_button = button(self.tr("Draft from results…"), self.draft_new, "draftButton")
        self.edit_button = button(self.tr("Edit draft…"), self.edit_draft, "editButton")
        self.review_button = button(self.tr("Mark reviewed"), self.review, "reviewButton")
        self.discard_button = button(self.tr("Discard draft"), self.discard, "discardButton")
        self.issue_button = button(self.tr("Approve and issue…"), self.issue, "issueButton")
        self.correct_button = button(self.tr("Correct…"), self.correct, "correctButton")
        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        for kind in DECISION_KINDS:  # the kinds a decision has, named as the registry of kinds names them
            self.kind.addItem(spec_of(kind).label(), kind)
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        self.preview_button = button(self.tr("Preview"), self.preview, "previewButton")
        self.print_button = button(self.tr("Print…"), self.print_notice, "printButton")
        self.save_button = button(self.tr("Save as PDF…"), self.save_pdf, "saveButton")
        self.verify_button = button(self.tr("Verify a file…"), self.verify, "verifyButton")
        self.round = QComboBox(self)
        self.round.setObjectName("round")
        self.round_summary = QLabel(self)
        self.round_summary.setObjectName("roundSummary")
        self.notice_button = button(self.tr("Publish public notice…"), self.publish_notice, "noticeButton")
        self.print_all_button = button(self.tr("Print all…"), self.print_round, "printAllButton")
        self.save_all_button = button(self.tr("Save all (ZIP)…"), self.save_round, "saveAllButton")
        self.kind.currentIndexChanged.connect(lambda _: self._update_buttons(self.table.current_record()))
        self.round.currentIndexChanged.connect(lambda _: self._round_changed())
        self.table.recordActivated.connect(lambda _: self.preview() if self.preview_button.isEnabled() else None)
        self.table.currentRecordChanged.connect(self._current_changed)

        for widget in (self.draft_button, self.edit_button, self.review_button, self.discard_button,
                       self.correct_button):
            gate(widget, context.actor, Permission.DRAFT_DECISIONS)
        for widget in (self.issue_button, self.notice_button):
            gate(widget, context.actor, Permission.APPROVE_DECISIONS)
        for widget in (self.kind, self.language, self.preview_button, self.print_button, self.save_button,
                       self.print_all_button, self.save_all_button):
            gate(widget, context.actor, Permission.PRINT_DOCUMENTS)

        decisions_bar = QHBoxLayout()
        for widget in (self.draft_button, self.edit_button, self.review_button, self.discard_button,
                       self.issue_button, self.correct_button):
            decisions_bar.addWidget(widget)
        decisions_bar.addStretch(1)
        decisions_bar.addWidget(self.verify_button)
        documents_bar = QHBoxLayout()
        documents_bar.addWidget(label_for(self.tr("Document:"), self.kind, self))
        documents_bar.addWidget(self.kind)
        documents_bar.addWidget(label_for(self.tr("Language:"), self.language, self))
        documents_bar.addWidget(self.language)
        for widget in (self.preview_button, self.print_button, self.save_button):
            documents_bar.addWidget(widget)
        documents_bar.addStretch(1)
        round_box = QGroupBox(self.tr("Documents of a round"), self)
        round_bar = QHBoxLayout(round_box)
        round_bar.addWidget(self.round)
        round_bar.addWidget(self.round_summary, 1)
        for widget in (self.notice_button, self.print_all_button, self.save_all_button):
            round_bar.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(decisions_bar)
        layout.addLayout(documents_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(round_box)
        self._update_buttons(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("DecisionsPage", "Decisions")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Number"), lambda r: r.number or self.tr("(draft)"),
                   sort_key=lambda r: r.number or DRAFTS_FIRST),
            Column(self.tr("Application"), lambda r: r.application_number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.outcome),
                   tone=lambda r: "good" if r.outcome == DecisionOutcome.DESIGNATED else "bad"),
            Column(self.tr("Status"), lambda r: status_label(r.status),
                   tone=lambda r: "muted" if r.status == DecisionStatus.SUPERSEDED else None),
            Column(self.tr("Drafted by"), lambda r: r.drafted_by),
            Column(self.tr("Reviewed by"), lambda r: r.reviewed_by),
            Column(self.tr("Approved by"), lambda r: r.approved_by),
            Column(self.tr("Issued at"), lambda r: official_datetime(r.issued_at) if r.issued_at else "",
                   sort_key=lambda r: r.issued_at),
            Column(self.tr("Correction"), self._correction_text),
        ]

    def _correction_text(self, row: DecisionRow) -> str:
        if row.superseded_by_number:
            return self.tr("superseded by {number}").format(number=row.superseded_by_number)
        if row.supersedes_number:
            return self.tr("corrects {number}").format(number=row.supersedes_number)
        return ""

    # -- loading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.query(list_decisions)
        if rows is None:
            return
        self.table.set_records(rows)
        rounds = self.query(round_summaries)
        if rounds is not None:
            self._set_rounds(rounds)
        self._current_changed(self.table.current_record())

    def _set_rounds(self, rounds: list[RoundSummary]) -> None:
        current = self.round.currentData()
        self.rounds = rounds
        self.round.blockSignals(True)
        self.round.clear()
        self.round.addItem(self.tr("All rounds"), None)
        for summary in rounds:
            self.round.addItem(f"{summary.code}  {summary.title}", summary.id)
        index = self.round.findData(current)
        self.round.setCurrentIndex(index if index >= 0 else 0)
        self.round.blockSignals(False)
        self._round_changed()

    def selected_round(self) -> RoundSummary | None:
        round_id = self.round.currentData()
        return next((r for r in self.rounds if r.id == round_id), None)

    def _round_changed(self) -> None:
        summary = self.selected_round()
        self.table.set_predicate(None if summary is None else (lambda r, rid=summary.id: r.round_id == rid))
        if summary is None:
            self.round_summary.setText(self.tr("Choose a round to publish its notice or print all its documents."))
        else:
            notices = ", ".join(summary.public_notices) or self.tr("none yet")
            self.round_summary.setText(self.tr(
                "Issued: {issued} ({designated} designated); drafts: {drafts}; awaiting a draft: {undecided}; "
                "public notice: {notices}").format(issued=summary.issued, designated=summary.designated,
                                                   drafts=summary.drafts, undecided=summary.undecided,
                                                   notices=notices))
        for widget in (self.print_all_button, self.save_all_button):
            widget.setEnabled(summary is not None and summary.issued > 0)
        self.notice_button.setEnabled(summary is not None and summary.designated > 0)

    def _current_changed(self, row: DecisionRow | None) -> None:
        self._update_buttons(row)
        if row is None:
            self.detail.clear()
            return
        detail = self.query(decision_detail, row.id)
        self.detail.setHtml(detail_html(detail) if detail is not None else "")

    def _update_buttons(self, row: DecisionRow | None) -> None:
        draft = row is not None and row.status == DecisionStatus.DRAFT
        issued = row is not None and row.status == DecisionStatus.ISSUED
        certificate = self.kind.currentData() == DocumentKind.CERTIFICATE
        printable = row is not None and row.status != DecisionStatus.DRAFT and not (
            certificate and (row.outcome != DecisionOutcome.DESIGNATED or row.status == DecisionStatus.SUPERSEDED))
        self.edit_button.setEnabled(draft)
        self.discard_button.setEnabled(draft)
        self.review_button.setEnabled(draft and row is not None and row.drafted_by_id != self.context.actor.user_id)
        self.issue_button.setEnabled(draft)
        self.correct_button.setEnabled(issued)
        self.preview_button.setEnabled(printable or (draft and not certificate))
        self.print_button.setEnabled(printable)
        self.save_button.setEnabled(printable)

    def document_language(self) -> str:
        return self.language.currentData() or "ko"

    def document_kind(self) -> str:
        return self.kind.currentData() or DocumentKind.DECISION_NOTICE

    def request_for(self, row: DecisionRow) -> DocumentRequest:
        return DocumentRequest(self.document_kind(), row.id, self.document_language(), row.institution_name)

    # -- decision actions ----------------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this to drive the dialog without an event loop)."""
        return dialog.exec()

    def _changed(self, decision_id: int | None, message: str) -> None:
        self.refresh()
        if decision_id is not None:
            self.table.select_id(decision_id)
        self.statusMessage.emit(message)
        self.recordsChanged.emit(self.key)

    def draft_new(self) -> None:
        from desktop.ui.pages.decisions.draft_dialog import DecisionDraftDialog

        awaiting = self.query(awaiting_decision)
        if awaiting is None:
            return
        if not awaiting:
            self.dialogs.info(self, self.tr("No application in committee review is waiting for a decision."))
            return
        dialog = DecisionDraftDialog(self.context, self.dialogs, "new", awaiting=awaiting, parent=self)
        dialog.saved.connect(lambda decision_id: self._changed(decision_id, self.tr("Draft saved.")))
        self.run_dialog(dialog)

    def _open_detail_dialog(self, mode: str) -> None:
        from desktop.ui.pages.decisions.draft_dialog import DecisionDraftDialog

        row = self.table.current_record()
        if row is None:
            return
        detail = self.query(decision_detail, row.id)
        if detail is None:
            return
        dialog = DecisionDraftDialog(self.context, self.dialogs, mode, detail=detail, parent=self)
        message = self.tr("Draft saved.") if mode == "edit" else self.tr(
            "Correction drafted; it supersedes {number} when issued.").format(number=row.number)
        dialog.saved.connect(lambda decision_id: self._changed(decision_id, message))
        self.run_dialog(dialog)

    def edit_draft(self) -> None:
        self._open_detail_dialog("edit")

    def correct(self) -> None:
        self._open_detail_dialog("correct")

    def _write(self, function, row: DecisionRow, message: str) -> object | None:  # type: ignore[no-untyped-def]
        try:
            with self.context.writing() as session:
                result = function(session, self.context.actor, row.id)
        except Exception as error:
            self.dialogs.show_error(self, error)
            self.refresh()
            return None
        self._changed(row.id if function is not discard_draft else None, message.format(result=result))
        return result

    def review(self) -> None:
        row = self.table.current_record()
        if row is not None:
            self._write(review_decision, row, self.tr("Review recorded."))

    def discard(self) -> None:
        row = self.table.current_record()
        if row is None or not self.dialogs.confirm(self, self.tr("Discard the draft decision on {application}?")
                                                   .format(application=row.application_number)):
            return
        self._write(discard_draft, row, self.tr("Draft discarded."))

    def issue(self) -> str | None:
        """Approve and issue the selected draft (the service checks the four-eyes rules)."""
        row = self.table.current_record()
        if row is None or row.status != DecisionStatus.DRAFT:
            return None
        question = self.tr(
            "Issue the decision on {application} ({institution}): {outcome}?\n\nIt takes the next decision number "
            "and cannot be changed afterwards; a mistake needs a correcting decision.").format(
            application=row.application_number, institution=row.institution_name, outcome=outcome_label(row.outcome))
        if not self.dialogs.confirm(self, question, self.tr("Approve and issue")):
            return None
        try:  # the signing key is unlocked first: the decision is issued together with its signed documents
            identity = self.context.unlock_signing(self)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None
        number = self._write(partial(issue_with_documents, identity=identity), row,
                             self.tr("Decision {result} issued."))
        return str(number) if number is not None else None

    # -- documents -----------------------------------------------------------------------------------------
    def notice_pdf(self, row: DecisionRow) -> bytes:
        """The selected kind of document of ``row`` as issued PDF bytes (recorded with its code)."""
        return self.documents.issued_pdf(self.request_for(row))

    def preview(self):  # type: ignore[no-untyped-def]
        return self.documents.preview(self.table.current_record())

    def print_notice(self) -> None:
        self.documents.print_one(self.table.current_record())

    def save_pdf(self) -> Path | None:
        return self.documents.save_one(self.table.current_record())

    def verify(self) -> list:
        from desktop.ui.pages.decisions.verify import verify_documents

        return verify_documents(self, self.context, self.dialogs)

    def publish_notice(self) -> str | None:
        summary = self.selected_round()
        if summary is None:
            return None
        question = self.tr("Publish the public notice of round {code} listing the %n institute(s) designated "
                           "and in force? It takes effect 5 days after publication.", "",
                           summary.designated).format(code=summary.code)
        if not self.dialogs.confirm(self, question, self.tr("Publish public notice")):
            return None
        try:
            with self.context.writing() as session:
                number = issue_public_notice(session, self.context.actor, summary.id)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None
        self._changed(None, self.tr("Public notice {number} published.").format(number=number))
        return number

    def print_round(self):  # type: ignore[no-untyped-def]
        return self.documents.print_round(self.selected_round())

    def save_round(self):  # type: ignore[no-untyped-def]
        return self.documents.save_round(self.selected_round())
