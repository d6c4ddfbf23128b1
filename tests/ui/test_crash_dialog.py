"""Unexpected errors in the GUI: logged with their traceback, shown once in the crash dialog that names the log file;
a refusal stays a plain sentence without a traceback; the application keeps running."""

import contextlib
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core import logs
from desktop.core.errors import ValidationError
from desktop.ui import crash_reporter as reporting
from desktop.ui.dialogs import crash
from desktop.ui.dialogs.service import DialogService
from desktop.ui.tasks import run_task


def _log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return logs.log_file().read_text(encoding="utf-8")


def _compute_the_aggregate() -> None:
    raise KeyError("trimmed_mean")


def _caught() -> BaseException:
    try:
        _compute_the_aggregate()
    except KeyError as error:
        return error
    raise AssertionError("not raised")


@pytest.fixture
def log_file() -> Path:
    path = logs.start_logging()
    assert path is not None
    return path


@pytest.fixture
def reporter(qtbot):
    """A fresh crash reporter for the test; its dialog is closed afterwards."""
    reporting._reporter = None
    yield reporting.crash_reporter()
    dialog = reporting._reporter.dialog if reporting._reporter else None
    if dialog is not None:
        with contextlib.suppress(RuntimeError):  # already gone with its parent
            dialog.close()
    reporting._reporter = None


@pytest.fixture
def page(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(900, 600)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_unexpected_error_is_logged_and_shown_in_the_crash_dialog_naming_the_log(
        qtbot, log_file: Path, reporter, page: QWidget) -> None:
    DialogService().show_error(page, _caught())

    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.message.text() == (f"Something unexpected went wrong. The details were written to {log_file}.")
    assert dialog.path.text() == str(log_file) and dialog.path.isReadOnly()
    assert not dialog.details.isVisible()  # the traceback only on demand
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and dialog.toggle.text() == "Hide details"
    assert "in _compute_the_aggregate" in dialog.details.toPlainText()
    dialog.grab().save("/tmp/logging-crash-dialog-en.png")

    text = _log_text()
    assert "ERROR desktop.ui.dialogs.service [MainThread] unexpected error: KeyError: 'trimmed_mean'" in text
    assert "Traceback (most recent call last)" in text and "in _compute_the_aggregate" in text


def test_the_crash_dialog_opens_the_log_folder_and_copies_the_details(qtbot, log_file: Path, reporter,
                                                                      page: QWidget, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    DialogService().show_error(page, _caught())
    dialog = reporter.dialog
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(log_file.parent)]
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(str(log_file)) and "KeyError: 'trimmed_mean'" in copied


def test_a_refusal_is_a_plain_sentence_logged_without_a_traceback(qtbot, log_file: Path, reporter, page: QWidget,
                                                                 monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        raise ValidationError("The pass mark must be between 0 and 100.")
    except ValidationError as error:
        DialogService().show_error(page, error)
    assert shown == ["The pass mark must be between 0 and 100."]
    assert reporter.dialog is None
    text = _log_text()
    assert "INFO desktop.ui.dialogs.service [MainThread] refused: The pass mark must be between 0 and 100." in text
    assert "Traceback" not in text and "ERROR" not in text


def test_a_burst_of_errors_adds_to_one_dialog(qtbot, log_file: Path, reporter, page: QWidget) -> None:
    service = DialogService()
    service.show_error(page, _caught())
    first = reporter.dialog
    for _ in range(19):
        service.show_error(page, _caught())
    assert reporter.dialog is first
    assert [w for w in page.findChildren(crash.CrashDialog) if w.isVisible()] == [first]
    assert first.later.isVisible()
    assert first.later.text() == "Unexpected errors since this one: 19 (the log file has them too)."
    assert _log_text().count("Traceback") == 20  # each one is in the log
    first.grab().save("/tmp/logging-crash-dialog-burst.png")
    first.reject()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    service.show_error(page, _caught())  # after closing, the next error opens a new dialog
    assert reporter.dialog is not None and reporter.dialog is not first and not reporter.dialog.later.isVisible()


def test_a_failing_slot_shows_the_crash_dialog_and_the_application_goes_on(qtbot, log_file: Path, reporter) -> None:
    went_on: list[bool] = []
    with qtbot.capture_exceptions() as raised, reporting.uncaught_errors_shown():
        logs.stop_logging()
        logs.start_logging()  # our hook now wraps pytest-qt's, which records the exception instead of failing
        QTimer.singleShot(0, _compute_the_aggregate)
        QTimer.singleShot(20, lambda: went_on.append(True))
        qtbot.waitUntil(lambda: bool(went_on), timeout=5000)
    assert [type(e[1]) for e in raised] == [KeyError]
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    assert "uncaught exception: KeyError: 'trimmed_mean'" in _log_text()


def test_a_failing_thread_shows_the_crash_dialog_on_the_gui_thread(qtbot, log_file: Path, reporter,
                                                                   monkeypatch) -> None:
    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    logs.stop_logging()
    logs.start_logging()
    with reporting.uncaught_errors_shown():
        worker = threading.Thread(target=_compute_the_aggregate, name="sync-thread")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    assert reporter.dialog.thread() is QApplication.instance().thread()
    assert "[sync-thread] uncaught exception in thread sync-thread: KeyError" in _log_text()


def test_a_background_task_error_is_logged_by_its_worker_and_shown_once(qtbot, log_file: Path, reporter,
                                                                        page: QWidget) -> None:
    service = DialogService()
    task = run_task(_compute_the_aggregate, on_error=lambda error: service.show_error(page, error))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    text = _log_text()
    assert text.count("Traceback") == 1  # logged in the worker, not again by the dialog service
    [line] = [t for t in text.splitlines() if "background task" in t]
    assert "[MainThread]" not in line and "background task _compute_the_aggregate failed: KeyError" in line
    assert "in _compute_the_aggregate" in text
    assert reporter.dialog is not None and reporter.dialog.isVisible() and reporter.dialog.later_errors == 0


def test_a_background_task_nobody_waits_for_still_shows_its_error(qtbot, log_file: Path, reporter) -> None:
    task = run_task(_compute_the_aggregate)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    assert "background task _compute_the_aggregate failed" in _log_text()


def test_a_refused_background_task_opens_no_crash_dialog(qtbot, log_file: Path, reporter) -> None:
    def refuse() -> None:
        raise ValidationError("Nope.")

    errors: list[BaseException] = []
    task = run_task(refuse, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(errors[0], ValidationError) and reporter.dialog is None
    assert "Traceback" not in _log_text()


def test_the_crash_dialog_in_korean(qtbot, qapp, log_file: Path, reporter, page: QWidget) -> None:
    from desktop.app import install_korean_font
    from desktop.ui.i18n import install_translators

    install_korean_font(qapp)
    install_translators("ko")
    try:
        DialogService().show_error(page, _caught())
        dialog = reporter.dialog
        assert dialog.windowTitle() == "예기치 않은 오류"
        assert str(log_file) in dialog.message.text() and "예기치 않은" in dialog.message.text()
        dialog.add_error(_caught())
        assert "1" in dialog.later.text()
        qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
        dialog.grab().save("/tmp/logging-crash-dialog-ko.png")
    finally:
        install_translators("en")


def test_without_a_log_file_the_details_are_shown_at_once(qtbot, reporter, page: QWidget) -> None:
    error = _caught()
    dialog = crash.CrashDialog(error, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "could not be written to a log file" in dialog.message.text()
    assert dialog.details.isVisible() and not dialog.path.isVisible() and not dialog.open_folder.isVisible()
