"""A screen reader can drive the application: every control of every page and main dialog has a name, as Qt's
accessibility interface reports it, in Korean and in English (tests/ui/accessibility.py walks the widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.ui.context import AppContext
from desktop.ui.pages.registry_of_pages import page_classes, page_classes_for
from tests.ui.accessibility import press_every_button, spoken_name, unnamed_widgets

LANGUAGES = ("ko", "en")
ONE_USER_PER_ROLE = ("admin", "secretariat", "inspector", "member", "chair", "approver", "reviewer")


@pytest.fixture
def language(request, interface_language):  # type: ignore[no-untyped-def]
    interface_language(request.param)
    return request.param


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("key", [entry.key for entry in page_classes()])
def test_every_control_of_a_page_has_a_name_for_every_role_that_sees_it(qtbot, key, language, demo_actors,
                                                                        demo_database, dialogs):
    entry = next(entry for entry in page_classes() if entry.key == key)
    roles = [name for name in ONE_USER_PER_ROLE if entry in page_classes_for(demo_actors[name])]
    assert roles, f"no demo role sees the {key} page"
    dialogs.confirm_answer = False  # pressing the buttons opens the dialogs, never changes a record
    unnamed: list[str] = []
    for username in roles:
        page = entry(AppContext(demo_database, demo_actors[username], {}, language), dialogs)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        page.refresh()
        unnamed += [f"{username}: {line}" for line in unnamed_widgets(page)]
        for dialog in press_every_button(page):
            unnamed += [f"{username}: {type(dialog).__name__}: {line}" for line in unnamed_widgets(dialog)]
        page.close()
    assert unnamed == []


def test_the_pages_open_the_main_dialogs(qtbot, make_page, dialogs):
    """The walk above meets the dialogs of the main flows (so their names are checked there)."""
    from desktop.ui.pages.applications.page import ApplicationsPage
    from desktop.ui.pages.committee.page import CommitteePage
    from desktop.ui.pages.decisions.page import DecisionsPage
    from desktop.ui.pages.rounds.page import RoundsPage

    dialogs.confirm_answer = False
    opened = {type(dialog).__name__ for page_class in (ApplicationsPage, RoundsPage, CommitteePage, DecisionsPage)
              for dialog in press_every_button(make_page(page_class, "secretariat"))}
    assert {"ApplicationEditor", "NewApplicationDialog", "RoundDialog", "MemberDialog", "ScheduleMeetingDialog",
            "SeatsDialog", "DecisionDraftDialog"} <= opened


def _main_window_dialogs(context: AppContext, dialogs, qtbot) -> list[QDialog]:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.dialogs.connection import ConnectionDialog
    from desktop.ui.dialogs.signing_certificate import SigningCertificateDialog
    from desktop.ui.main_window import MainWindow

    window = MainWindow(context, dialogs, settings=QSettings())
    qtbot.addWidget(window)
    built = [LoginDialog(context.database), window.password_dialog(), window.settings_dialog(),
             ConnectionDialog(QSettings()), window.backup_actions.restore_dialog(),
             SigningCertificateDialog(context, dialogs, keyring=False)]
    return [window, *built]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_control_of_the_main_window_and_its_dialogs_has_a_name(qtbot, language, context_for, dialogs):
    context = context_for("admin")
    context.language = language
    unnamed = []
    for widget in _main_window_dialogs(context, dialogs, qtbot):
        qtbot.addWidget(widget)
        widget.show()
        unnamed += [f"{type(widget).__name__}: {line}" for line in unnamed_widgets(widget)]
    assert unnamed == []


def test_the_walk_finds_a_control_without_a_name(qtbot):
    """The check can fail: a field with neither a label nor a name is reported, and a name makes it pass."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    labelled, bare = QLineEdit(), QLineEdit()
    bare.setObjectName("bare")
    layout.addRow("User name", labelled)
    layout.addRow(bare)
    form.show()
    assert spoken_name(labelled) == "User name"
    assert unnamed_widgets(form) == ["QLineEdit QWidget/bare"]
    bare.setAccessibleName("Password")
    assert unnamed_widgets(form) == []


def _main_dialogs(context_for, demo_database):  # type: ignore[no-untyped-def]
    """The dialogs of the main flows, each as its page builds it."""
    from desktop.domain.inspections.scheduling import ApplicationChoice, InspectorChoice
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.dialogs.connection import ConnectionDialog
    from desktop.ui.dialogs.password import ChangePasswordDialog
    from desktop.ui.pages.applications import controller
    from desktop.ui.pages.applications.new_application import NewApplicationDialog
    from desktop.ui.pages.committee.members_tab import MemberDialog
    from desktop.ui.pages.inspections.conflict_dialog import ConflictDialog
    from desktop.ui.pages.inspections.schedule_dialog import ScheduleDialog
    from desktop.ui.pages.rounds.round_dialog import RoundDialog
    from desktop.ui.pages.users.user_dialogs import UserDialog

    context = context_for("secretariat")
    choices = [InspectorChoice(1, "이현우", "현장실사위원", None), InspectorChoice(2, "정수빈", "현장실사위원", None)]
    applications = [ApplicationChoice(7, "2026-2-003", "가온")]
    return [LoginDialog(demo_database), ChangePasswordDialog(context), ConnectionDialog(QSettings()),
            NewApplicationDialog(controller.rounds_taking_applications(context),
                                 controller.list_institutions(context)),
            RoundDialog(lambda data: None), ScheduleDialog(applications, lambda _: choices, lambda data: 1),
            ConflictDialog(applications, None, lambda data: None), MemberDialog(lambda data: True),
            UserDialog(lambda data: None)]


def test_tab_walks_the_main_dialogs_in_reading_order(qtbot, context_for, demo_database):
    from tests.ui.accessibility import focus_chain, out_of_reading_order

    wrong = []
    for dialog in _main_dialogs(context_for, demo_database):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)  # laid out: the places are real
        assert len(focus_chain(dialog)) >= 3, type(dialog).__name__
        wrong += [f"{type(dialog).__name__}: {step}" for step in out_of_reading_order(dialog)]
    assert wrong == []


def test_the_order_check_sees_a_field_tab_reaches_too_late(qtbot):
    """The check can fail: a form whose second field comes first in the focus chain is reported."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    from tests.ui.accessibility import out_of_reading_order

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for name, field in (("first", first), ("second", second), ("third", third)):
        field.setObjectName(name)
        layout.addRow(name, field)
    form.show()
    qtbot.waitExposed(form)
    assert out_of_reading_order(form) == []
    QWidget.setTabOrder(second, first)  # Tab: second, first, third
    assert out_of_reading_order(form) == ["QLineEdit QWidget/second -> QLineEdit QWidget/first"]
