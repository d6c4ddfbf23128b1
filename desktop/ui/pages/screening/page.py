"""The Screening page: applications under document screening, each requirement's result, the documents,
overrides and confirmation, and supplement requests with their letters; overdue requests stand out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.errors import StaleEdit
from desktop.core.formatting import official_date, official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.attachments import REVIEWABLE, attachment_status_label
from desktop.domain.applications.models import ApplicationStatus, AttachmentStatus
from desktop.domain.applications.workflow import action_label, status_label
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.screening.service import DocumentRow, ScreeningRow, outcome_label, rule_label
from desktop.domain.screening.supplements import SupplementRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, differing
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.pages.screening import controller
from desktop.ui.pages.screening.detail import ScreeningDetailPanel
from desktop.ui.pages.screening.letters import LetterActions
from desktop.ui.pages.screening.supplement_dialog import SupplementDialog
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable, fit_texts

OPEN_STATUSES = frozenset({
    ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED,
})


def _outcome_tone(outcome: ScreeningOutcome | None) -> str:
    if outcome is None:
        return "muted"
    return "good" if outcome == ScreeningOutcome.ELIGIBLE else "bad"


class ScreeningPage(LetterActions, Page):
    """Lists applications in (or past) screening; the selected one shows its latest result rule by rule."""

    key = "screening"
    areas = frozenset({"applications", "screening_results", "supplement_requests", "attachments", "settings"})
    NUMBER, INSTITUTION, STATUS, OUTCOME, SUPPLEMENT, SCREENED_AT, FAILED = range(7)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self.preview_dialog: PdfPreviewDialog | None = None
        self.table = RecordTable(self._columns(), id_of=lambda r: r.application_id, parent=self)
        self.table.set_title(self.tr("Applications to screen"))
        self.table.view.sortByColumn(self.NUMBER, Qt.SortOrder.AscendingOrder)
        self.open_only = QCheckBox(self.tr("Only applications awaiting screening"), self)
        self.open_only.toggled.connect(self._apply_open_only)
        self.overdue_banner = MessageBanner(self)
        self.overdue_banner.setObjectName("overdueBanner")
        self.expire_button = QPushButton(self.tr("Mark overdue requests ineligible…"), self)
        self.expire_button.clicked.connect(self.expire_overdue)

        self.start_button = QPushButton(action_label(ApplicationStatus.SCREENING), self)
        self.run_button = QPushButton(self.tr("Run screening"), self)
        self.confirm_button = QPushButton(self.tr("Confirm result"), self)
        self.override_button = QPushButton(self.tr("Override…"), self)
        self.supplement_button = QPushButton(self.tr("Request supplement…"), self)
        self.pass_button = QPushButton(action_label(ApplicationStatus.INSPECTION), self)
        self.start_button.clicked.connect(lambda: self._take_step(ApplicationStatus.SCREENING))
        self.run_button.clicked.connect(self.run_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.override_button.clicked.connect(self.override_selected_rule)
        self.supplement_button.clicked.connect(self.request_supplement)
        self.pass_button.clicked.connect(lambda: self._take_step(ApplicationStatus.INSPECTION))
        for button in (*self._action_buttons(), self.expire_button):
            gate(button, context.actor, Permission.SCREEN_APPLICATIONS)

        self.detail = ScreeningDetailPanel(self)
        self.detail.preview_button.clicked.connect(self.preview_document)
        self.detail.accept_button.clicked.connect(lambda: self.review_document(True))
        self.detail.reject_button.clicked.connect(lambda: self.review_document(False))
        self.detail.letter_preview_button.clicked.connect(self.preview_letter)
        self.detail.letter_print_button.clicked.connect(self.print_letter)
        self.detail.letter_save_button.clicked.connect(self.save_letter)
        self.detail.receive_button.clicked.connect(self.receive_supplement)
        for view in (self.detail.rules_view, self.detail.documents_view, self.detail.supplements_view):
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for button in (self.detail.accept_button, self.detail.reject_button, self.detail.receive_button):
            gate(button, context.actor, Permission.SCREEN_APPLICATIONS)
        for button in (self.detail.letter_preview_button, self.detail.letter_print_button,
                       self.detail.letter_save_button):
            gate(button, context.actor, Permission.PRINT_DOCUMENTS)

        overdue = QHBoxLayout()
        overdue.addWidget(self.overdue_banner, 1)
        overdue.addWidget(self.expire_button)
        buttons = QHBoxLayout()
        for button in self._action_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_only)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 580])  # the list shows its outcome column without scrolling sideways
        layout = QVBoxLayout(self)
        layout.addLayout(overdue)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.table.currentRecordChanged.connect(self._show_detail)
        self._show_detail(None)
        self._show_overdue([])

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ScreeningPage", "Screening")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Application"), lambda r: r.number),
            Column(self.tr("Institution"), lambda r: r.institution_name),
            Column(self.tr("Status"), lambda r: status_label(r.status), tone=lambda r: "bad" if r.overdue else None),
            Column(self.tr("Outcome"), lambda r: outcome_label(r.outcome) if r.outcome else self.tr("Not screened"),
                   tone=lambda r: _outcome_tone(r.outcome)),
            Column(self.tr("Supplement due"), self._supplement_text, sort_key=lambda r: r.supplement_deadline,
                   tone=lambda r: "bad" if r.overdue else None),
            Column(self.tr("Screened at"), lambda r: official_datetime(r.screened_at) if r.screened_at else "",
                   sort_key=lambda r: r.screened_at),
            Column(self.tr("Failed requirements"), lambda r: ", ".join(rule_label(x) for x in r.failed_rules),
                   sort_key=lambda r: len(r.failed_rules)),
        ]

    def _supplement_text(self, row: ScreeningRow) -> str:
        if row.supplement_deadline is None:
            return ""
        text = f"{official_date(row.supplement_deadline)} ({row.supplement_number})"
        return self.tr("OVERDUE {text}").format(text=text) if row.overdue else text

    def _action_buttons(self) -> list[QPushButton]:
        return [self.start_button, self.run_button, self.confirm_button, self.override_button,
                self.supplement_button, self.pass_button]

    # Loading ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = self._attempt(controller.list_rows)
        if rows is None:
            return
        self.table.set_records(rows)
        self.table.view.setColumnWidth(self.SUPPLEMENT, 150)
        fit_texts(self.table.view, self.STATUS, [status_label(s) for s in ApplicationStatus])
        fit_texts(self.table.view, self.OUTCOME, [*map(outcome_label, ScreeningOutcome), self.tr("Not screened")])
        self._show_overdue(self._attempt(controller.overdue) or [])

    def _show_overdue(self, overdue: list[SupplementRow]) -> None:
        """The check on load: open requests past their deadline are named at the top of the page."""
        self.overdue = overdue
        if not overdue:
            self.overdue_banner.clear_message()
            self.expire_button.hide()
            return
        names = ", ".join(self.tr("{application} (deadline {deadline})").format(
            application=r.application_number, deadline=official_date(r.deadline)) for r in overdue)
        overdue_text = self.tr("%n supplement request(s) past the deadline: {names}.", "", len(overdue))
        self.overdue_banner.show_message(overdue_text.format(names=names), "warning")
        self.expire_button.show()

    def _apply_open_only(self, checked: bool) -> None:
        self.table.set_predicate((lambda r: r.status in OPEN_STATUSES) if checked else None)

    def _show_detail(self, row: ScreeningRow | None) -> None:
        found = None
        if row is not None:
            try:
                found = controller.detail(self.context, row.application_id)
            except Exception as error:
                self.dialogs.show_error(self, error)
        self.detail.show_detail(*(found or (None, [])))
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail.detail
        status = detail.status if detail else None
        screening = status == ApplicationStatus.SCREENING
        screened = screening and detail is not None and detail.outcome is not None
        self.start_button.setEnabled(status == ApplicationStatus.SUBMITTED)
        self.run_button.setEnabled(screening)
        self.confirm_button.setEnabled(screened and detail is not None and detail.confirmed_at is None)
        self.override_button.setEnabled(screened)
        self.supplement_button.setEnabled(screened and detail is not None
                                          and detail.outcome == ScreeningOutcome.DEFICIENT)
        self.pass_button.setEnabled(screening)
        document = self.detail.selected_document()
        self.detail.preview_button.setEnabled(document is not None)
        reviewable = document is not None and status in REVIEWABLE
        self.detail.accept_button.setEnabled(reviewable)
        self.detail.reject_button.setEnabled(reviewable)
        has_letter = self.detail.selected_supplement() is not None
        for button in (self.detail.letter_preview_button, self.detail.letter_print_button,
                       self.detail.letter_save_button):
            button.setEnabled(has_letter)
        self.detail.receive_button.setEnabled(status == ApplicationStatus.SUPPLEMENT_REQUESTED
                                              and self.detail.open_supplement() is not None)

    def _changed(self, message: str) -> None:
        self.statusMessage.emit(message)
        self.refresh()
        self.recordsChanged.emit("applications")

    def _attempt(self, function, *args):  # type: ignore[no-untyped-def]
        """Call a controller function; a refusal is shown as its plain message and gives None."""
        try:
            return function(self.context, *args)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None

    # Screening -------------------------------------------------------------------------------------------

    def run_selected(self) -> None:
        """Run the requirement rules on the selected application and record the result."""
        row = self.table.current_record()
        if row is None:
            return
        outcome = self._attempt(controller.run, row.application_id)
        if outcome is not None:
            self._changed(self.tr("Screening of {number}: {outcome}.").format(number=row.number,
                                                                             outcome=outcome_label(outcome)))

    def confirm_selected(self) -> None:
        row = self.table.current_record()
        if row is None or self.detail.detail is None:
            return
        outcome = self.detail.detail.outcome
        if not self.dialogs.confirm(self, self.tr("Confirm the screening of {number} as {outcome}?").format(
                number=row.number, outcome=outcome_label(outcome) if outcome else "")):
            return
        if self._attempt(controller.confirm, row.application_id):
            self._changed(self.tr("Screening of {number} confirmed.").format(number=row.number))

    def override_selected_rule(self) -> bool:
        """Decide the selected requirement the other way, with a reason (recorded and audited)."""
        row = self.table.current_record()
        line = self.detail.selected_rule()
        if row is None:
            return False
        if line is None:
            self.dialogs.error(self, self.tr("Select the requirement to override in the Requirements tab."))
            return False
        target = not line.passed
        verdict = self.tr("passed") if target else self.tr("failed")
        reason = self.dialogs.ask_text(self, self.tr("Override"), self.tr(
            "Mark '{rule}' of {number} as {verdict}. Enter the reason (it is recorded).").format(
            rule=rule_label(line.rule), number=row.number, verdict=verdict))
        if reason is None:
            return False
        outcome = self._attempt(controller.override, row.application_id, line.rule, target, reason)
        if outcome is None:
            return False
        self._changed(self.tr("{number}: '{rule}' overridden; outcome {outcome}.").format(
            number=row.number, rule=rule_label(line.rule), outcome=outcome_label(outcome)))
        self.detail.select_rule(line.rule)
        return True

    def _take_step(self, target: ApplicationStatus) -> None:
        row = self.table.current_record()
        if row is None:
            return
        if target != ApplicationStatus.SCREENING and not self.dialogs.confirm(
                self, self.tr("{action}: {number} {name}?").format(
                    action=action_label(target), number=row.number, name=row.institution_name)):
            return
        try:
            controller.take_step(self.context, row.application_id, target)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self._changed(self.tr("{number} is now: {status}.").format(number=row.number, status=status_label(target)))

    # Documents -------------------------------------------------------------------------------------------

    def review_document(self, accepted: bool) -> bool:
        document = self.detail.selected_document()
        if document is None:
            return False
        reason = None
        if not accepted:
            reason = self.dialogs.ask_text(self, self.tr("Reject document"), self.tr(
                "Why is {file} rejected? The reason goes into the supplement request.").format(file=document.filename))
            if reason is None:
                return False
        try:
            controller.review_document(self.context, document.id, accepted, reason, document.version)
        except StaleEdit as error:
            return self._review_again(error, document, accepted, reason)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self._changed(self.tr("{file}: {state}.").format(
            file=document.filename, state=self.tr("accepted") if accepted else self.tr("rejected")))
        self.detail.select_document(document.id)
        return True

    def _review_again(self, error: StaleEdit, mine: DocumentRow, accepted: bool, reason: str | None) -> bool:
        """Another desktop reviewed the document meanwhile: its review beside this one; reload or apply mine."""
        self.refresh()
        self.detail.select_document(mine.id)
        stored = self.detail.selected_document()
        if stored is None:
            self.dialogs.show_error(self, error)
            return False
        typed = self._review_text(AttachmentStatus.ACCEPTED if accepted else AttachmentStatus.REJECTED, reason)
        choice = self.dialogs.resolve_edit_conflict(self, error, differing([
            (self.tr("Review of {file}").format(file=mine.filename), typed,
             self._review_text(stored.status, stored.rejection_reason))]))
        if choice != APPLY_MINE:
            return False
        try:
            controller.review_document(self.context, stored.id, accepted, reason, stored.version)
        except Exception as failure:
            self.dialogs.show_error(self, failure)
            return False
        self._changed(self.tr("{file}: {state}.").format(
            file=stored.filename, state=self.tr("accepted") if accepted else self.tr("rejected")))
        self.detail.select_document(stored.id)
        return True

    @staticmethod
    def _review_text(status: AttachmentStatus, reason: str | None) -> str:
        text = attachment_status_label(status)
        return f"{text}: {reason}" if status is AttachmentStatus.REJECTED and reason else text

    def preview_document(self) -> PdfPreviewDialog | None:
        document = self.detail.selected_document()
        if document is None:
            return None
        if not document.filename.lower().endswith(".pdf"):
            self.dialogs.info(self, self.tr("Only PDF files can be previewed here; {file} is a {type} file.")
                              .format(file=document.filename, type=Path(document.filename).suffix or "?"))
            return None
        content = self._attempt(controller.document_content, document.id)
        if content is None:
            return None
        return self._show_pdf(content[1], content[0])

    def _show_pdf(self, pdf: bytes, title: str) -> PdfPreviewDialog:
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PdfPreviewDialog(pdf, title, self)
        self.preview_dialog.show()
        return self.preview_dialog

    # Supplements -----------------------------------------------------------------------------------------

    def supplement_dialog(self) -> SupplementDialog | None:
        """The request dialog for the selected application, pre-filled from its screening."""
        row = self.table.current_record()
        if row is None:
            return None
        draft = self._attempt(controller.supplement_draft, row.application_id)
        if draft is None:
            return None

        def submit(deficiencies: list[str], deadline, note):  # type: ignore[no-untyped-def]
            request = controller.request_supplement(self.context, row.application_id, deficiencies, deadline, note)
            self._changed(self.tr("Supplement request {number} sent to {name}; deadline {deadline}.").format(
                number=request.number, name=row.institution_name, deadline=official_date(request.deadline)))
            return request

        return SupplementDialog(draft, submit, self)

    def request_supplement(self) -> None:
        dialog = self.supplement_dialog()
        if dialog is not None:
            dialog.exec()

    def receive_supplement(self) -> bool:
        """Record the supplement as received; the screening then runs again."""
        request = self.detail.open_supplement()
        if request is None:
            return False
        late_reason = None
        if request.overdue:
            late_reason = self.dialogs.ask_text(self, self.tr("Supplement received late"), self.tr(
                "The deadline of {number} was {deadline}. Enter why the late supplement is accepted.").format(
                number=request.number, deadline=official_date(request.deadline)))
            if late_reason is None:
                return False
        note = self.dialogs.ask_text(self, self.tr("Supplement received"), self.tr(
            "What did {name} supply for {number}? (optional)").format(name=request.institution_name,
                                                                       number=request.number), required=False)
        if note is None:
            return False
        outcome = self._attempt(controller.receive, request.id, note, late_reason)
        if outcome is None:
            return False
        self._changed(self.tr("{number} received; screening again: {outcome}.").format(
            number=request.number, outcome=outcome_label(outcome)))
        return True

    def expire_overdue(self) -> list[str]:
        if not self.overdue or not self.dialogs.confirm(self, self.tr(
                "Mark the %n application(s) whose supplement deadline passed as ineligible? The reason is recorded "
                "with each.", "", len(self.overdue))):
            return []
        numbers = self._attempt(controller.expire_overdue)
        if numbers is None:
            return []
        self._changed(self.tr("Ineligible (not supplemented in time): {numbers}.").format(numbers=", ".join(numbers)))
        return numbers
