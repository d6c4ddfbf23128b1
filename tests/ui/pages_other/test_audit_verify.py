"""Verify the audit trail from the Audit log page: pressed with the mouse, checked off the GUI thread with progress,
the result said in plain words above the log; roles that may not read the trail cannot start it."""

from PySide6.QtCore import Qt

from desktop.ui.pages.audit.page import AuditPage
from tests.domain.audit.conftest import tampered


def press_verify(qtbot, page: AuditPage) -> None:
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_task is not None and page.verify_task.done, timeout=20000)


def test_the_intact_demo_trail_is_reported_intact(make_page, qtbot, dialogs):
    page = make_page(AuditPage, "admin")
    page.show()
    assert not page.verification.isVisible()
    press_verify(qtbot, page)
    text = page.verification.text()
    assert page.verification.isVisible() and page.verification.level == "info"
    assert text.startswith("The audit trail is intact: ") and "events, chain intact, head #" in text
    assert dialogs.calls == []


def test_an_edited_event_is_named_in_words(make_page, qtbot, demo_database):
    with tampered(demo_database) as c:
        c.execute("UPDATE audit_events SET summary = 'nothing to see' WHERE sequence = 42")
    page = make_page(AuditPage, "approver")
    page.show()
    press_verify(qtbot, page)
    text = page.verification.text()
    assert page.verification.level == "error" and text.startswith("The audit trail was tampered with. Event #42 (")
    assert "was changed after it was recorded" in text and "Search for #42" in text
    page.set_search("#42")  # the number the message gives finds the event
    assert [e.event.sequence for e in page.table.records()] == [42]
    assert page.table.model.index(0, page.NUMBER).data() == "42"


def test_a_role_without_the_audit_log_cannot_verify(make_page):
    page = make_page(AuditPage, "member")
    assert not page.verify_button.isEnabled()
    assert page.verify_button.toolTip() == "Your role (Committee member) may not view the audit log."
