"""The Audit log chosen with the mouse: a click on an event shows what it changed, in words."""

from desktop.ui.pages.audit.page import AuditPage
from tests.ui.mouse import click_row


def test_a_click_on_an_event_shows_its_before_and_after(make_page, qtbot):
    page = make_page(AuditPage)
    assert page.heading.text() == "Select an event to see what it changed."
    row = next(n for n, e in enumerate(page.table.visible_records()) if e.changes)
    click_row(qtbot, page.table.view, row, column=page.CHANGE)
    entry = page.table.visible_records()[row]
    assert page.table.current_record() == entry
    assert entry.action in page.heading.text() and entry.event.actor_name in page.heading.text()
    assert page.changes() == list(entry.changes) and page.changes_view.isVisibleTo(page)


def test_the_only_event_found_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page(AuditPage)
    qtbot.keyClicks(page.table.search, "application.inspection")
    qtbot.waitUntil(lambda: page._search == "application.inspection", timeout=3000)
    entries = page.table.records()
    assert entries and {e.event.action for e in entries} == {"application.inspection"}
    target = entries[-1]
    page.table.search.setText(target.event.summary)  # narrower, as typed through the input method
    qtbot.waitUntil(lambda: page._search == target.event.summary, timeout=3000)
    assert [e.event.id for e in page.table.visible_records()] == [target.event.id]
    click_row(qtbot, page.table.view, 0)
    assert target.action in page.heading.text()
    assert [(c.before, c.after) for c in page.changes()] == [("Screening", "Inspection")]
