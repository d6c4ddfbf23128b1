"""The committee's summary of the inspections: one row per applicant, the report one action away."""

from desktop.domain.inspections.models import InspectionStatus
from desktop.ui.pages.inspections.summary_panel import InspectionSummaryPanel


def test_the_summary_shows_each_applicants_latest_inspection(qtbot, context_for, dialogs, tmp_path):
    panel = InspectionSummaryPanel(context_for("chair"), dialogs)
    qtbot.addWidget(panel)
    rows = panel.refresh()
    assert len(rows) == 14 and dialogs.errors == []
    # the open round's returning applicant: a major finding, corrected and verified before the committee
    latest = max(r.scheduled_on for r in rows if r.status == InspectionStatus.SIGNED)
    returning = next(r for r in rows if r.findings == 1 and r.scheduled_on == latest)
    assert returning.signed_by == ("이현우", "정수빈")
    model = panel.table.model
    row = panel.table.records().index(returning)
    assert model.index(row, 5).data() == f"{returning.score} / {returning.max_score} ({returning.percent:.2f} %)"
    assert model.index(row, 6).data() == "1 (0 / 0)"
    panel.table.select_id(returning.inspection_id)
    dialogs.save_path = tmp_path / "report.pdf"
    assert panel.report.save() == dialogs.save_path
    assert dialogs.save_path.read_bytes().startswith(b"%PDF")


def test_a_member_sees_the_summary_but_the_unsigned_report_is_refused(qtbot, context_for, dialogs):
    panel = InspectionSummaryPanel(context_for("chair"), dialogs)
    qtbot.addWidget(panel)
    scheduled = next(r for r in panel.refresh() if r.status == InspectionStatus.SCHEDULED)
    panel.table.select_id(scheduled.inspection_id)
    assert panel.report.preview() is None
    assert "is printed once its checklist is completed" in dialogs.errors[-1]
