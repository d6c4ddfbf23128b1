"""The Audit log page on the demo data: newest first, lazy batches, service-side search, permission message."""

import json

from desktop.domain.audit.service import count_events
from desktop.ui.pages.audit.page import BATCH_SIZE, AuditPage


def test_newest_events_first_in_batches(make_page, demo_database, dialogs):
    page = make_page(AuditPage)
    with demo_database.read() as s:
        total = count_events(s)
    assert total > BATCH_SIZE
    model = page.table.model
    assert model.rowCount() == BATCH_SIZE and model.canFetchMore()
    ids = [r.id for r in page.table.records()]
    assert ids == sorted(ids, reverse=True) and ids[0] == total
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert page.table.count_label.text() == f"{total} rows"
    assert dialogs.calls == []


def test_time_is_shown_in_korean_official_form(make_page):
    page = make_page(AuditPage)
    time = page.table.model.index(0, page.TIME).data()
    date_part, clock = time.rsplit(" ", 1)
    assert date_part.endswith(".") and date_part.count(". ") == 2
    assert len(clock) == 5 and clock[2] == ":"
    assert page.table.model.index(0, page.ROLE).data() in {"Secretariat", "Approver", "Chair", "Administrator"}


def test_search_asks_the_service(make_page):
    page = make_page(AuditPage)
    page.set_search("screening.run")
    rows = page.table.records()
    assert rows and all(r.action == "screening.run" for r in rows)
    assert page.table.search.text() == "screening.run"
    page.set_search("no such thing anywhere")
    assert page.table.records() == []


def test_search_box_filters_after_a_pause(make_page, qtbot):
    page = make_page(AuditPage)
    page.table.search.setText("decision.issue")
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 11, timeout=3000)
    assert {r.action for r in page.table.records()} == {"decision.issue"}


def test_details_show_before_and_after_as_json(make_page):
    page = make_page(AuditPage)
    page.set_search("application.inspection")
    page.table.select_row(0)
    row = page.table.current_record()
    assert json.loads(page.before_text.toPlainText()) == row.before
    assert json.loads(page.after_text.toPlainText()) == {"status": "inspection"}
    assert row.summary in page.heading.text()


def test_roles_without_audit_permission_see_the_plain_message(make_page, dialogs):
    page = make_page(AuditPage, "member")
    assert page.stack.currentIndex() == page.REFUSED
    assert page.refused.text() == "Your role (Committee member) may not do this: view the audit log."
    assert page.table.records() == []
    page.refresh()
    assert dialogs.calls == []


def test_the_approver_may_read_it(make_page):
    page = make_page(AuditPage, "approver")
    assert page.stack.currentIndex() == page.DATA
    assert page.table.model.rowCount() == BATCH_SIZE
