"""What the committee reads of each applicant's on-site inspection: score, findings still open, the override
reason and who signed; the full report previews from here. Meant for the Committee page (one widget to add)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.formatting import official_date, score_text
from desktop.domain.accounts.permissions import Permission
from desktop.domain.inspections.models import InspectionStatus
from desktop.domain.inspections.queries import InspectionSummary, inspection_summaries
from desktop.domain.inspections.service import status_label
from desktop.domain.issued.kind import DocumentKind
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.documents_menu import DocumentActions, safe_file_name
from desktop.ui.widgets.official_documents import official_pdf
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


def summary_columns() -> list[Column]:
    return [
        Column(translate("InspectionSummary", "Application"), lambda r: r.application_number),
        Column(translate("InspectionSummary", "Institution"), lambda r: r.institution_name),
        Column(translate("InspectionSummary", "Inspection"), lambda r: r.number),
        Column(translate("InspectionSummary", "Date"), lambda r: official_date(r.scheduled_on),
               sort_key=lambda r: r.scheduled_on),
        Column(translate("InspectionSummary", "Status"), lambda r: status_label(r.status),
               tone=lambda r: "good" if r.status == InspectionStatus.SIGNED else "bad"),
        Column(translate("InspectionSummary", "Score"), lambda r: "" if r.percent is None else
               f"{r.score.normalize():f} / {r.max_score.normalize():f} ({score_text(r.percent)} %)",
               sort_key=lambda r: r.percent, numeric=True),
        Column(translate("InspectionSummary", "Findings (open / major open)"),
               lambda r: f"{r.findings} ({r.open_findings} / {r.open_major})",
               sort_key=lambda r: (r.open_major, r.open_findings), tone=lambda r: "bad" if r.open_major else None),
        Column(translate("InspectionSummary", "Override"), lambda r: r.override_reason or ""),
        Column(translate("InspectionSummary", "Signed by"), lambda r: ", ".join(r.signed_by)),
    ]


class InspectionSummaryPanel(QWidget):
    """A table of the latest inspection of each applicant with the report one click away."""

    def __init__(self, context: AppContext, dialogs: DialogService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionSummary")
        self.context = context
        self.dialogs = dialogs or DialogService()
        self.table = RecordTable(summary_columns(), id_of=lambda r: r.inspection_id, parent=self)
        self.table.set_title(self.tr("Inspections of the round"))
        self.report = DocumentActions(self, self.dialogs, self.tr("Inspection report (PDF)"), self.report_pdf,
                                      self._file_name, lambda: context.language if context.language in ("ko", "en")
                                      else "ko")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.table.recordActivated.connect(lambda _: self.report.preview())
        self.table.currentRecordChanged.connect(lambda row: self.report.button.setEnabled(row is not None))
        bar = QHBoxLayout()
        bar.addWidget(self.report.button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.report.button.setEnabled(False)
        gate(self.report.button, context.actor, Permission.PRINT_DOCUMENTS)

    def refresh(self, application_ids: list[int] | None = None) -> list[InspectionSummary]:
        try:
            with self.context.reading() as session:
                rows = inspection_summaries(session, self.context.actor, application_ids)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return []
        self.table.set_records(rows)
        return rows

    def report_pdf(self, language: str) -> bytes | None:
        row = self.table.current_record()
        if row is None:
            self.dialogs.error(self, self.tr("Choose an inspection first."))
            return None
        return official_pdf(self, self.context, self.dialogs, DocumentKind.INSPECTION_REPORT, row.inspection_id,
                            language, row.number)

    def _file_name(self, language: str) -> str:
        row = self.table.current_record()
        return safe_file_name(row.number if row else "", row.institution_name if row else "",
                              self.tr("inspection-report"), language)
