"""The Audit log page on the demo data: newest first, lazy batches, service-side search, permission message, and
every event told in words in the chosen language (no stored code, id or JSON on the page)."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from desktop.domain.audit.actions import action_names
from desktop.domain.audit.service import count_events
from desktop.ui.context import AppContext
from desktop.ui.pages.audit.page import BATCH_SIZE, AuditPage


def test_newest_events_first_in_batches(make_page, demo_database, dialogs):
    page = make_page(AuditPage)
    with demo_database.read() as s:
        total = count_events(s)
    assert total > BATCH_SIZE
    model = page.table.model
    assert model.rowCount() == BATCH_SIZE and model.canFetchMore()
    ids = [r.event.id for r in page.table.records()]
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
    assert rows and all(r.event.action == "screening.run" for r in rows)
    assert page.table.search.text() == "screening.run"
    page.set_search("no such thing anywhere")
    assert page.table.records() == []


def test_search_box_filters_after_a_pause(make_page, qtbot):
    page = make_page(AuditPage)
    page.table.search.setText("decision.issue")
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 11, timeout=3000)
    assert {r.event.action for r in page.table.records()} == {"decision.issue"}


def click_row(qtbot, table, row: int) -> None:
    view = table.view
    rect = view.visualRect(table.proxy.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def audit_page_in(qtbot, interface_language, demo_database, demo_actors, dialogs, language: str) -> AuditPage:
    interface_language(language)
    page = AuditPage(AppContext(demo_database, demo_actors["admin"], {}, language), dialogs)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


SENTENCES = {
    "en": ("김하늘 (Secretariat): Application passed to on-site inspection — application 2026-", ("Status", "Screening",
                                                                                              "Inspection")),
    "ko": ("김하늘 (사무국): 현장실사로 넘김 — 신청 2026-", ("상태", "서류심사", "현장실사")),
}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_clicked_event_reads_as_a_sentence_with_a_table_of_before_and_after(
        qtbot, interface_language, demo_database, demo_actors, dialogs, language):
    page = audit_page_in(qtbot, interface_language, demo_database, demo_actors, dialogs, language)
    page.set_search("application.inspection")
    click_row(qtbot, page.table, 0)
    entry = page.table.current_record()
    assert entry.event.action == "application.inspection"
    sentence, change = SENTENCES[language]
    assert sentence in page.heading.text()
    model = page.changes_model
    assert [tuple(model.index(0, c).data() for c in range(3))] == [change] and model.rowCount() == 1
    row = [page.table.model.index(page.table.model.row_of(entry.event.id), c).data()
           for c in range(page.table.model.columnCount())]
    assert row[page.ACTION] in sentence and row[page.RECORD].startswith(sentence.rsplit("— ", 1)[1])
    assert row[page.CHANGE] == f"{change[0]}: {change[1]} → {change[2]}"


RAW = re.compile(r"[{}#]|\b[a-z]+_[a-z_]+\b")  # JSON, "users #1", snake_case codes such as committee_review


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_stored_code_id_or_json_is_visible_anywhere_in_the_demo_log(
        qtbot, interface_language, demo_database, demo_actors, dialogs, language):
    page = audit_page_in(qtbot, interface_language, demo_database, demo_actors, dialogs, language)
    model = page.table.model
    while model.canFetchMore():
        model.fetchMore()
    codes = set(action_names())
    seen: set[str] = set()
    for n in range(model.rowCount()):
        entry = model.record(n)
        cells = [model.index(n, c).data() for c in range(model.columnCount())]
        page._show_detail(entry)
        heading = QTextDocument()
        heading.setHtml(page.heading.text())  # as the label shows it
        details = [heading.toPlainText()] + [page.changes_model.index(r, c).data()
                                             for r in range(page.changes_model.rowCount()) for c in range(3)]
        if entry.event.reason:
            details[0] = details[0].replace(entry.event.reason, "")  # typed by a person, not stored as a code
        for text in (*cells[:page.REASON], *details):
            assert not RAW.search(text), (entry.event.action, text)
            assert not any(code in text for code in codes), (entry.event.action, text)
        if language == "ko":  # the words are Korean: the action, the role, every field's label
            labels = [page.changes_model.index(r, 0).data() for r in range(page.changes_model.rowCount())]
            assert all(re.search("[가-힣]", t) for t in (cells[page.ACTION], cells[page.ROLE], *labels)
                       if t not in ("SHA-256",)), (entry.event.action, cells, labels)
        seen.add(entry.event.action)
    assert len(seen) > 45


def test_the_log_is_searched_by_the_words_it_shows(qtbot, interface_language, demo_database, demo_actors, dialogs):
    page = audit_page_in(qtbot, interface_language, demo_database, demo_actors, dialogs, "ko")
    page.set_search("평가표 반송")
    assert {r.event.action for r in page.table.records()} == {"score.return"}


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
