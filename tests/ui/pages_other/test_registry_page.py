"""The Registry page on the demo data."""

from desktop.domain.institutions.models import Sector
from desktop.ui.pages.registry.page import RegistryPage


def test_lists_the_designated_institutes_with_public_and_private_counts(make_page, dialogs):
    page = make_page(RegistryPage)
    rows = page.table.records()
    assert len(rows) == 9
    public = sum(1 for r in rows if r.sector == Sector.PUBLIC)
    assert (public, len(rows) - public) == (4, 5)
    assert page.summary.text() == "9 designated institutes: 4 public, 5 private"
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
