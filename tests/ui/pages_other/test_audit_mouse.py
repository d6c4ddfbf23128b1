"""The Audit log chosen with the mouse: a click on an event shows what it changed."""

import json

from desktop.ui.pages.audit.page import AuditPage
from tests.ui.mouse import click_row


def test_a_click_on_an_event_shows_its_before_and_after(make_page, qtbot):
    page = make_page(AuditPage)
    assert page.heading.text() == "Select an event to see what it changed."
    click_row(qtbot, page.table.view, 2, column=page.SUMMARY)
    event = page.table.visible_records()[2]
    assert page.table.current_record() == event
    assert event.summary in page.heading.text() and event.action in page.heading.text()
    after = page.after_text.toPlainText()
    assert (json.loads(after) == event.after) if event.after else after == "(nothing recorded)"


def test_the_only_event_found_by_the_search_opens_with_one_click(make_page, qtbot):
    page = make_page(AuditPage)
    qtbot.keyClicks(page.table.search, "application.inspection")
    qtbot.waitUntil(lambda: page._search == "application.inspection", timeout=3000)
    events = page.table.records()
    assert events and {r.action for r in events} == {"application.inspection"}
    page.table.search.setText(events[-1].summary)  # narrower, as typed through the input method
    qtbot.waitUntil(lambda: page._search == events[-1].summary, timeout=3000)
    assert [r.id for r in page.table.visible_records()] == [events[-1].id]
    click_row(qtbot, page.table.view, 0)
    assert events[-1].summary in page.heading.text()
    assert json.loads(page.after_text.toPlainText()) == {"status": "inspection"}
