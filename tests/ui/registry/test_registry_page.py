"""The Registry page on the demo data."""

from desktop.domain.institutions.models import Sector
from desktop.ui.pages.registry.page import RegistryPage


def test_lists_the_designated_institutes_with_public_and_private_counts(make_page, dialogs):
    page = make_page(RegistryPage)
    rows = page.table.records()
    assert len(rows) == 9
    public = sum(1 for r in rows if r.sector == Sector.PUBLIC)
    assert (public, len(rows) - public) == (4, 5)
    assert page.summary.text() == "8 designated institutes: 4 public, 4 private"  # the demo revoked one for fraud
    assert dialogs.calls == []


def test_rows_show_labels_not_codes(make_page):
    page = make_page(RegistryPage)
    model = page.table.model
    row, record = next((n, r) for n, r in enumerate(page.table.records()) if r.institution_name == "한국기술가치연구원")
    assert model.index(row, page.SECTOR).data() == "Public"
    assert model.index(row, page.KIND).data() == "Government-funded research institute"
    assert model.index(row, page.DECISION).data() == record.decision_number
    assert record.decision_number.startswith("제") and record.decision_number.endswith("-0001호")
    assert model.index(row, page.SCOPE).data().startswith("Inventions")
    assert model.index(row, page.STATUS).data() == "Designated"


def test_output_types_and_the_history_of_the_selected_institute(make_page, dialogs):
    page = make_page(RegistryPage)
    row = next(n for n, r in enumerate(page.table.records()) if r.institution_name == "한국기술가치연구원")
    record = page.table.records()[row]
    assert page.table.model.index(row, page.OUTPUTS).data() == "Amount, Grade, Score"
    page.table.select_id(record.id)
    assert page.history_title.text() == "History of 한국기술가치연구원"
    events = page.history.records()
    assert [e.kind.value for e in events] == ["designated"]
    assert page.history.model.index(0, page.EVENT_KIND).data() == "Designated"
    assert page.history.model.index(0, page.EVENT_REFERENCE).data() == record.decision_number


def test_a_correction_shows_in_the_history(make_page, demo_database, demo_actors):
    from desktop.domain.decisions.service import DecisionText, draft_correction, issue_decision

    first = make_page(RegistryPage).table.records()
    target = next(r for r in first if r.institution_name == "한국기술가치연구원")
    with demo_database.transaction() as s:
        text = DecisionText("designated", "정정된 사유", "Corrected reasons.")
        new_id = draft_correction(s, demo_actors["secretariat"], target.decision_id, text, "오기 정정")
        number = issue_decision(s, demo_actors["approver"], new_id)
    page = make_page(RegistryPage)
    row = next(r for r in page.table.records() if r.id == target.id)
    assert row.decision_number == number and row.corrected
    page.table.select_id(row.id)
    assert [page.history.model.index(n, page.EVENT_KIND).data() for n in range(page.history.model.rowCount())] \
        == ["Designated", "Corrected"]
    assert page.table.model.index(page.table.model.row_of(row.id), page.DECISION).data() == f"{number} (corrected)"
