"""Pages of a session whose account the administrator disabled (or gave another role) show the refusal, not data."""

import pytest
from PySide6.QtCore import Qt

from desktop.domain.accounts.models import Role
from desktop.domain.users.service import authenticate, set_active, set_role
from desktop.ui.context import AppContext
from desktop.ui.pages.applications.page import ApplicationsPage
from desktop.ui.pages.audit.page import AuditPage
from desktop.ui.widgets.refusal_stack import RefusalStack

REFUSAL = ("Your account was disabled or given another role since you logged in; nothing was shown or changed. "
           "Log out and log in again.")


def click_row(qtbot, view, row: int, *, double: bool = False) -> None:
    """Press on the row's first cell as a person does (a double click begins with a click)."""
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def shown(qtbot, page):
    page.show()
    qtbot.waitExposed(page)
    return page


def disable(database, actors, username: str) -> None:
    with database.transaction() as s:
        set_active(s, actors["admin"], actors[username].user_id, False)


@pytest.fixture
def no_editor(monkeypatch):
    """Record the application editors the page would open instead of running them modally."""
    opened = []
    monkeypatch.setattr(ApplicationsPage, "_run_editor", lambda self, editor: opened.append(editor))
    return opened


def test_opening_an_application_after_the_account_was_disabled_shows_the_refusal_and_empties_the_list(
        qtbot, make_page, dialogs, demo_database, demo_actors, no_editor):
    page = shown(qtbot, make_page(ApplicationsPage))
    click_row(qtbot, page.view, 1, double=True)  # the session works: the file opens
    assert len(no_editor) == 1 and dialogs.errors == []
    disable(demo_database, demo_actors, "secretariat")
    click_row(qtbot, page.view, 2, double=True)
    assert len(no_editor) == 1  # no second file
    assert dialogs.errors == [REFUSAL]
    assert page.model.rowCount() == 0 and page.counts.text() == "0 of 0 applications"
    assert not page.open_button.isEnabled()


def test_the_applications_page_refreshed_after_the_account_was_disabled_shows_no_rows(
        qtbot, make_page, dialogs, demo_database, demo_actors):
    page = shown(qtbot, make_page(ApplicationsPage))
    assert page.model.rowCount() == 21
    disable(demo_database, demo_actors, "secretariat")
    page.refresh()
    assert dialogs.errors == [REFUSAL]
    assert page.model.rowCount() == 0 and page.round_filter.count() == 1  # "All rounds" only


def test_the_audit_log_refreshed_after_a_role_change_shows_the_refusal_in_place_of_the_events(
        qtbot, make_page, dialogs, demo_database, demo_actors):
    page = shown(qtbot, make_page(AuditPage))
    click_row(qtbot, page.table.view, 1)
    assert page.table.current_record() is not None and page.stack.currentIndex() == RefusalStack.DATA
    with demo_database.transaction() as s:
        set_role(s, demo_actors["admin"], demo_actors["secretariat"].user_id, Role.INSPECTOR)
    page.refresh()
    stack = page.findChild(RefusalStack)
    assert stack.currentIndex() == RefusalStack.REFUSED
    assert stack.refused.text() == REFUSAL  # the same sentence as for a change
    assert page.table.model.rowCount() == 0 and dialogs.errors == []
    assert page.changes() == [] and not page.changes_view.isVisibleTo(page)


def test_after_logging_in_again_the_page_shows_data(qtbot, dialogs, demo_database, demo_actors):
    with demo_database.transaction() as s:
        set_role(s, demo_actors["admin"], demo_actors["secretariat"].user_id, Role.APPROVER)
        again = authenticate(s, "secretariat", "secretariat-2026")
    page = AuditPage(AppContext(demo_database, again, {}, "en"), dialogs)
    qtbot.addWidget(page)
    page.refresh()
    assert page.findChild(RefusalStack).currentIndex() == RefusalStack.DATA
    assert page.table.model.rowCount() > 0 and dialogs.errors == []
