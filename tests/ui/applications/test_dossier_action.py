"""*Case dossier…* on the Applications page: chosen with the mouse, made in the background, cancelled cleanly."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.domain.settings.service import get_settings
from desktop.issuing import dossier as dossier_module
from desktop.issuing.dossier_verify import verify_dossier
from desktop.issuing.trust import trust_store
from desktop.ui.pages.applications import dossier_action
from desktop.ui.pages.applications.page import ApplicationsPage
from tests.domain.helpers import application_with_an_unprinted_notice
from tests.ui.applications.test_applications_mouse import click_number


def statuses(page: ApplicationsPage) -> list[str]:
    shown: list[str] = []
    page.statusMessage.connect(shown.append)
    return shown


def test_a_case_dossier_is_made_with_the_mouse_and_verifies(make_page, qtbot, dialogs, tmp_path, demo_database,
                                                            demo_actors):
    number = application_with_an_unprinted_notice(demo_database, demo_actors["secretariat"])
    page = make_page(ApplicationsPage)
    shown = statuses(page)
    assert not page.dossier_button.isEnabled()  # nothing chosen yet
    click_number(qtbot, page, number)
    assert page.dossier_button.isEnabled()
    dialogs.save_path = tmp_path / "case"  # the suffix is added
    qtbot.mouseClick(page.dossier_button, Qt.MouseButton.LeftButton)
    assert dialogs.suggested == f"dossier-{number}.zip"
    assert f"of {number}" in dialogs.prompts[0] and "never printed" in dialogs.prompts[0]
    qtbot.waitUntil(lambda: page.dossier_task is not None and page.dossier_task.done, timeout=60000)
    assert dialogs.errors == []
    with demo_database.read() as session:
        trust = trust_store(get_settings(session), user_folder=False)
    report = verify_dossier((tmp_path / "case.zip").read_bytes(), trust)
    assert report.valid and page.dossier_task.result.issued_now == 1
    assert shown[-1].startswith(f"Case dossier of {number} written to {tmp_path / 'case.zip'}: ")
    assert f"{len(report.documents)} signed documents" in shown[-1]


def test_declining_to_issue_makes_the_dossier_without_those_documents(make_page, qtbot, dialogs, tmp_path,
                                                                     demo_database, demo_actors):
    number = application_with_an_unprinted_notice(demo_database, demo_actors["secretariat"])
    page = make_page(ApplicationsPage)
    click_number(qtbot, page, number)
    dialogs.save_path, dialogs.confirm_answer = tmp_path / "case.zip", False
    qtbot.mouseClick(page.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dossier_task is not None and page.dossier_task.done, timeout=60000)
    assert page.dossier_task.result.issued_now == 0 and page.dossier_task.result.not_issued == 1


def test_cancel_leaves_no_file(make_page, qtbot, dialogs, tmp_path, monkeypatch):
    writing, cancelled = threading.Event(), threading.Event()
    real = dossier_module.build_dossier

    def held(*args, **kwargs):  # the real dossier, held once it writes its first file until Cancel is pressed
        steps = real(*args, **kwargs)
        try:
            while True:
                step = next(steps)
                yield step
                if step[2].startswith("Writing") and not writing.is_set():
                    writing.set()
                    cancelled.wait(20)
        except StopIteration as stop:
            return stop.value
        finally:
            steps.close()

    monkeypatch.setattr(dossier_action, "build_dossier", held)
    page = make_page(ApplicationsPage)
    shown = statuses(page)
    click_number(qtbot, page, "2026-1-002")
    folder = tmp_path / "out"
    folder.mkdir()
    dialogs.save_path = folder / "case.zip"
    qtbot.mouseClick(page.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(writing.is_set, timeout=60000)
    assert next(p.name for p in folder.iterdir()).startswith(".case.zip.")  # the file being written
    progress = page.dossier_progress
    progress.show()
    qtbot.waitExposed(progress)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    cancelled.set()
    qtbot.waitUntil(lambda: page.dossier_task.done, timeout=30000)
    assert list(folder.iterdir()) == [] and dialogs.errors == []
    assert shown[-1] == "Stopped: no case dossier was written."


def test_a_role_that_may_not_export_sees_why(make_page, qtbot):
    page = make_page(ApplicationsPage, "approver")
    click_number(qtbot, page, "2026-1-002")
    assert not page.dossier_button.isEnabled() and not page.dossier_action.isEnabled()
    assert page.dossier_button.toolTip() == "Your role (Approver) may not export data."
