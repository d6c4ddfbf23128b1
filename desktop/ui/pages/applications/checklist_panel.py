"""The editor's checklist tab: each required document present, missing or rejected, updated as files are added."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.applications.attachments import kind_label
from desktop.domain.screening.checklist import (
    ChecklistLine,
    DocumentOnFile,
    DocumentState,
    document_checklist,
    state_label,
)
from desktop.ui import theme
from desktop.ui.pages.applications.attachments_panel import AttachmentEntry
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import configure_table_view


class ChecklistPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel([
            Column(self.tr("Document"), lambda r: kind_label(r.kind)),
            Column(self.tr("State"), lambda r: state_label(r.state),
                   tone=lambda r: "good" if r.state == DocumentState.PRESENT else "bad"),
            Column(self.tr("Files / reason"), lambda r: r.detail),
        ], id_of=lambda r: r.kind, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("checklist")
        self.view.setAccessibleName(self.tr("Checklist of required documents"))
        configure_table_view(self.view, sortable=False)
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 260)
        self.view.setColumnWidth(1, 90)
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("Documents of Decree Art. 12 ①. Without consent to the administrative check the registry "
                              "extract or registration certificate is required too. Add files in the Attachments tab."),
                      self)
        hint.setWordWrap(True)
        theme.set_tone(hint, theme.Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def update_from(self, consent: bool, business_plan: str, entries: list[AttachmentEntry]) -> list[ChecklistLine]:
        lines = document_checklist(consent, business_plan, [
            DocumentOnFile(e.kind, e.filename, e.status, e.stored.rejection_reason if e.stored else None)
            for e in entries])
        self.model.set_records(lines)
        missing = [kind_label(line.kind) for line in lines if line.state != DocumentState.PRESENT]
        if missing:
            self.summary.setText(self.tr("Still missing or rejected: {items}.").format(items=", ".join(missing)))
            theme.set_tone(self.summary, theme.Tone.BAD)
        else:
            self.summary.setText(self.tr("Every required document is present."))
            theme.set_tone(self.summary, theme.Tone.GOOD)
        return lines

    def lines(self) -> list[ChecklistLine]:
        return self.model.records()
