"""The Inspections page on the demo data."""

from desktop.domain.inspections.models import InspectionStatus
from desktop.ui.pages.inspections.page import InspectionsPage


def test_lists_every_inspection_with_score_and_inspectors(make_page, dialogs):
    page = make_page(InspectionsPage)
    rows = page.table.records()
    assert len(rows) == 13
    assert dialogs.calls == []
    signed = next(n for n, r in enumerate(rows) if r.status == InspectionStatus.SIGNED)
    model = page.table.model
    assert model.index(signed, page.STATUS).data() == "Signed off"
    score = model.index(signed, page.SCORE).data()
    assert score == f"{rows[signed].score:f} / {rows[signed].max_score:f}"
    assert model.index(signed, page.INSPECTORS).data() == "이현우, 정수빈"
    scheduled = next(n for n, r in enumerate(rows) if r.status == InspectionStatus.SCHEDULED)
    assert model.index(scheduled, page.SCORE).data() == ""


def test_newest_inspection_first_and_search(make_page):
    page = make_page(InspectionsPage)
    shown = page.table.visible_records()
    assert [r.scheduled_on for r in shown] == sorted((r.scheduled_on for r in shown), reverse=True)
    page.table.search.setText("동방")
    assert [r.institution_name for r in page.table.visible_records()] == ["동방특허법인"]
