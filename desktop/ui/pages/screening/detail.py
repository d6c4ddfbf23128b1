"""The right half of the Screening page: one application's requirements, documents and supplement requests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import official_date, official_datetime
from desktop.domain.applications.attachments import attachment_status_label, kind_label
from desktop.domain.applications.models import AttachmentStatus
from desktop.domain.applications.workflow import status_label
from desktop.domain.screening.checklist import ChecklistLine, DocumentState, state_label
from desktop.domain.screening.models import SupplementStatus
from desktop.domain.screening.service import DocumentRow, RuleLine, ScreeningDetail, outcome_label, rule_label
from desktop.domain.screening.supplements import SupplementRow
from desktop.domain.screening.supplements import status_label as supplement_status_label
from desktop.ui import theme
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import configure_table_view, fit_texts

RULES_TAB, DOCUMENTS_TAB, SUPPLEMENTS_TAB = range(3)


def _table(model: RecordTableModel, name: str, parent: QWidget, wrap: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    configure_table_view(view, sortable=False)
    view.setWordWrap(wrap)
    view.setModel(model)
    return view


class ScreeningDetailPanel(QWidget):
    """Shows a ``ScreeningDetail``; the page owns the buttons that act on the selection here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ScreeningDetail | None = None
        self.supplements: list[SupplementRow] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("detailHeading")
        theme.make_heading(self.heading)
        self.heading.setWordWrap(True)
        self.status_value, self.outcome_value, self.screened_value = QLabel(self), QLabel(self), QLabel(self)
        self.confirmed_value = QLabel(self)
        self.confirmed_value.setObjectName("confirmed")
        summary = QFormLayout()
        summary.addRow(self.tr("Status:"), self.status_value)
        summary.addRow(self.tr("Outcome:"), self.outcome_value)
        summary.addRow(self.tr("Screened at:"), self.screened_value)
        summary.addRow(self.tr("Confirmed:"), self.confirmed_value)
        self.banner = MessageBanner(self)

        self.rules_model = RecordTableModel(self._rule_columns(), id_of=lambda r: r.rule, parent=self)
        self.rules_view = _table(self.rules_model, "rules", self, wrap=True)
        self.rules_view.setAccessibleName(self.tr("Requirements"))
        self.rules_view.setColumnWidth(0, 190)
        self.rules_view.setColumnWidth(1, 90)
        self.rules_view.setColumnWidth(2, 320)
        fit_texts(self.rules_view, 1, [self._result_text(passed, overridden)
                                       for passed in (True, False) for overridden in (True, False)])
        self.rules_view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows())

        self.checklist_model = RecordTableModel(self._checklist_columns(), id_of=lambda r: r.kind, parent=self)
        self.checklist_view = _table(self.checklist_model, "checklist", self, wrap=True)
        self.checklist_view.setColumnWidth(0, 230)
        self.checklist_view.setColumnWidth(1, 80)
        fit_texts(self.checklist_view, 1, map(state_label, DocumentState))
        self.documents_model = RecordTableModel(self._document_columns(), parent=self)
        self.documents_view = _table(self.documents_model, "documents", self)
        self.documents_view.setColumnWidth(0, 220)
        self.documents_view.setColumnWidth(1, 220)
        self.documents_view.setColumnWidth(2, 80)
        fit_texts(self.documents_view, 2, map(attachment_status_label, AttachmentStatus))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        documents_bar = QHBoxLayout()
        for button in (self.preview_button, self.accept_button, self.reject_button):
            documents_bar.addWidget(button)
        documents_bar.addStretch(1)
        documents = QWidget(self)
        documents_layout = QVBoxLayout(documents)
        documents_layout.setContentsMargins(0, 0, 0, 0)
        documents_layout.addWidget(label_for(self.tr("Required documents (Decree Art. 12 ①)"), self.checklist_view,
                                             self))
        documents_layout.addWidget(self.checklist_view, 1)
        documents_layout.addWidget(label_for(self.tr("Attached files"), self.documents_view, self))
        documents_layout.addWidget(self.documents_view, 1)
        documents_layout.addLayout(documents_bar)

        self.supplements_model = RecordTableModel(self._supplement_columns(), parent=self)
        self.supplements_view = _table(self.supplements_model, "supplements", self)
        self.supplements_view.setAccessibleName(self.tr("Supplement requests"))
        for column, width in enumerate((115, 95, 170, 75, 120)):
            self.supplements_view.setColumnWidth(column, width)
        self.letter_language = QComboBox(self)
        self.letter_language.setObjectName("letterLanguage")
        self.letter_language.addItem(self.tr("Korean"), "ko")
        self.letter_language.addItem(self.tr("English"), "en")
        self.letter_language.setAccessibleName(self.tr("Language of the letter"))
        self.letter_preview_button = QPushButton(self.tr("Preview letter"), self)
        self.letter_print_button = QPushButton(self.tr("Print letter…"), self)
        self.letter_save_button = QPushButton(self.tr("Save letter as PDF…"), self)
        self.receive_button = QPushButton(self.tr("Supplement received…"), self)
        letter_bar = QHBoxLayout()
        letter_bar.addWidget(QLabel(self.tr("Letter:"), self))
        letter_bar.addWidget(self.letter_language)
        for button in (self.letter_preview_button, self.letter_print_button, self.letter_save_button):
            letter_bar.addWidget(button)
        letter_bar.addStretch(1)
        receive_bar = QHBoxLayout()  # a row of its own, so that the panel stays narrow enough beside the list
        receive_bar.addStretch(1)
        receive_bar.addWidget(self.receive_button)
        supplements = QWidget(self)
        supplements_layout = QVBoxLayout(supplements)
        supplements_layout.setContentsMargins(0, 0, 0, 0)
        supplements_layout.addWidget(self.supplements_view, 1)
        supplements_layout.addLayout(letter_bar)
        supplements_layout.addLayout(receive_bar)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rules_view, self.tr("Requirements"))
        self.tabs.addTab(documents, self.tr("Documents"))
        self.tabs.addTab(supplements, self.tr("Supplement requests"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # Columns ---------------------------------------------------------------------------------------------

    def _rule_columns(self) -> list[Column]:
        return [
            Column(self.tr("Requirement"), lambda r: rule_label(r.rule)),
            Column(self.tr("Result"), self._rule_result, tone=lambda r: "good" if r.passed else "bad"),
            Column(self.tr("Reason"), lambda r: r.reason),
            Column(self.tr("Screener's override"), self._override_text),
        ]

    def _rule_result(self, line: RuleLine) -> str:
        return self._result_text(line.passed, line.overridden)

    def _result_text(self, passed: bool, overridden: bool) -> str:
        text = self.tr("Pass") if passed else self.tr("Fail")
        return self.tr("{result} (overridden)").format(result=text) if overridden else text

    def _override_text(self, line: RuleLine) -> str:
        if not line.overridden:
            return ""
        return self.tr("{reason} ({by})").format(reason=line.override_reason, by=line.overridden_by)

    def _checklist_columns(self) -> list[Column]:
        def tone(line: ChecklistLine) -> str:
            return "good" if line.state == DocumentState.PRESENT else "bad"

        return [
            Column(self.tr("Document"), lambda r: kind_label(r.kind)),
            Column(self.tr("State"), lambda r: state_label(r.state), tone=tone),
            Column(self.tr("Files / reason"), lambda r: r.detail),
        ]

    def _document_columns(self) -> list[Column]:
        def tone(row: DocumentRow) -> str | None:
            return {AttachmentStatus.REJECTED: "bad", AttachmentStatus.ACCEPTED: "good"}.get(row.status)

        return [
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("File"), lambda r: r.filename),
            Column(self.tr("Status"), lambda r: attachment_status_label(r.status), tone=tone),
            Column(self.tr("Rejection reason / note"), lambda r: r.rejection_reason or r.note),
        ]

    def _supplement_columns(self) -> list[Column]:
        def tone(row: SupplementRow) -> str | None:
            if row.overdue:
                return "bad"
            return "muted" if row.status != SupplementStatus.OPEN else None

        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Requested"), lambda r: official_date(r.requested_at)),
            Column(self.tr("Deadline"), self._deadline_text, tone=tone),
            Column(self.tr("Status"), lambda r: supplement_status_label(r.status), tone=tone),
            Column(self.tr("Received"), lambda r: official_datetime(r.received_at) if r.received_at else ""),
            Column(self.tr("Deficiencies"), lambda r: " / ".join(r.deficiencies)),
        ]

    def _deadline_text(self, row: SupplementRow) -> str:
        text = official_date(row.deadline)
        return self.tr("{date} – overdue").format(date=text) if row.overdue else text

    # Showing ---------------------------------------------------------------------------------------------

    def show_detail(self, detail: ScreeningDetail | None, supplements: list[SupplementRow]) -> None:
        self.detail = detail
        self.supplements = supplements
        self.banner.clear_message()
        if detail is None:
            self.heading.setText(self.tr("Select an application to see its screening."))
            for label in (self.status_value, self.outcome_value, self.screened_value, self.confirmed_value):
                label.clear()
            for model in (self.rules_model, self.checklist_model, self.documents_model, self.supplements_model):
                model.set_records([])
            return
        self.heading.setText(f"{detail.number}  {detail.institution_name}")
        self.status_value.setText(status_label(detail.status))
        self.outcome_value.setText(outcome_label(detail.outcome) if detail.outcome else self.tr("Not screened yet"))
        self.screened_value.setText(official_datetime(detail.screened_at) if detail.screened_at else "")
        if detail.confirmed_at:
            self.confirmed_value.setText(self.tr("{when} by {who}").format(
                when=official_datetime(detail.confirmed_at), who=detail.confirmed_by))
        else:
            self.confirmed_value.setText(self.tr("not yet") if detail.outcome else "")
        if detail.outcome is not None and not detail.current:
            self.banner.show_message(self.tr("The application changed after this screening (roster, documents or "
                                             "facts): run the screening again."), "warning")
        self.rules_model.set_records(detail.rules)
        self.checklist_model.set_records(detail.checklist)
        self.documents_model.set_records(detail.documents)
        self.supplements_model.set_records(supplements)
        if supplements:
            self.supplements_view.selectRow(len(supplements) - 1)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Wrapped reasons need their rows' heights recomputed once the columns have their final widths."""
        QTimer.singleShot(0, self.rules_view.resizeRowsToContents)
        QTimer.singleShot(0, self.checklist_view.resizeRowsToContents)

    # Selection -------------------------------------------------------------------------------------------

    def selected_rule(self) -> RuleLine | None:
        index = self.rules_view.currentIndex()
        return self.rules_model.record(index.row()) if index.isValid() else None

    def select_rule(self, rule: str) -> bool:
        row = self.rules_model.row_of(rule)
        if row is None:
            return False
        self.rules_view.selectRow(row)
        self.tabs.setCurrentIndex(RULES_TAB)
        return True

    def selected_document(self) -> DocumentRow | None:
        index = self.documents_view.currentIndex()
        return self.documents_model.record(index.row()) if index.isValid() else None

    def select_document(self, attachment_id: int) -> bool:
        row = self.documents_model.row_of(attachment_id)
        if row is None:
            return False
        self.documents_view.selectRow(row)
        self.tabs.setCurrentIndex(DOCUMENTS_TAB)
        return True

    def selected_supplement(self) -> SupplementRow | None:
        index = self.supplements_view.currentIndex()
        if index.isValid():
            return self.supplements_model.record(index.row())
        return self.supplements[-1] if self.supplements else None

    def open_supplement(self) -> SupplementRow | None:
        return next((s for s in reversed(self.supplements) if s.status == SupplementStatus.OPEN), None)

    def letter_language_code(self) -> str:
        return self.letter_language.currentData() or "ko"

