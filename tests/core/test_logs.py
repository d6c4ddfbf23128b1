"""The log: a rotating file in the chosen folder, uncaught exceptions with their traceback, fatal crashes in a file
of their own, one set-up however often it is started, and the standard error output when the folder is unusable."""

import logging
import logging.handlers
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from desktop.core import logs


def _file_handlers() -> list[logging.handlers.RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]


def _flush() -> None:
    for handler in _file_handlers():
        handler.flush()


def _raise_a_defect() -> None:
    raise ZeroDivisionError("a defect deep inside")


def _caught() -> BaseException:
    try:
        _raise_a_defect()
    except ZeroDivisionError as error:
        return error
    raise AssertionError("not raised")


def test_the_log_file_is_written_in_the_folder_of_the_environment_variable(_private_log_folder: Path) -> None:
    path = logs.start_logging()
    assert path == _private_log_folder / "designation-review.log" and path.exists()
    assert logs.log_file() == path and logs.describe_log_location() == str(path)
    logging.getLogger("desktop.somewhere").info("the %s was opened", "round 2026-1")
    _flush()
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    # time, level, logger, thread, message
    assert line.endswith(" INFO desktop.somewhere [MainThread] the round 2026-1 was opened"), line
    assert line[:4].isdigit() and line[4] == "-" and line[10] == " " and line[13] == ":"


def test_the_log_rotates_and_keeps_five_old_files(_private_log_folder: Path, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    path = logs.start_logging()
    [handler] = _file_handlers()
    assert handler.backupCount == 5
    for n in range(400):
        logging.getLogger("desktop.test").warning("line %d of a long session", n)
    _flush()
    names = sorted(p.name for p in _private_log_folder.glob("designation-review.log*"))
    assert names == ["designation-review.log", *(f"designation-review.log.{n}" for n in range(1, 6))]
    assert path.stat().st_size <= 2_000
    assert "line 399 of a long session" in path.read_text(encoding="utf-8")


def test_the_gui_logs_to_the_file_at_once_and_rotates_once_its_window_is_drawn(_private_log_folder: Path,
                                                                              monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    path = logs.start_logging(rotate_later=True)
    logging.getLogger("desktop.app").warning("before the login window")
    assert _file_handlers() == []  # a plain file handler: logging.handlers is not needed yet
    logs.rotate_log()
    [handler] = _file_handlers()
    assert handler.baseFilename == str(path) and handler.backupCount == 5
    logs.rotate_log()  # once is enough
    assert len(_file_handlers()) == 1 and len(logging.getLogger().handlers) == len(set(logging.getLogger().handlers))
    for n in range(60):  # about 3 files of 2,000 bytes: rotated, the first line still in the oldest
        logging.getLogger("desktop.test").warning("line %d after the login window", n)
    _flush()
    older = sorted(_private_log_folder.glob("designation-review.log.*"))
    assert older and "before the login window" in older[-1].read_text(encoding="utf-8")
    assert path.stat().st_size <= 2_000 and "line 59 after the login window" in path.read_text(encoding="utf-8")


def test_logging_handlers_is_not_imported_before_the_login_window(_private_log_folder: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from desktop.core import logs
        logs.start_logging(rotate_later=True)
        print("logging.handlers" in sys.modules)
        logs.rotate_log()
        print("logging.handlers" in sys.modules)
    """)
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "True"]


def test_the_default_folder_is_the_users_log_folder(monkeypatch) -> None:
    from platformdirs import user_log_path

    monkeypatch.delenv(logs.ENV_LOG_DIR)
    assert logs.log_folder() == user_log_path("designation-review", appauthor=False)


def test_an_uncaught_exception_is_logged_with_its_traceback_and_passed_on(monkeypatch) -> None:
    passed_on: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: passed_on.append(value))
    path = logs.start_logging()
    assert sys.excepthook is not passed_on  # ours now
    error = _caught()
    sys.excepthook(type(error), error, error.__traceback__)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR desktop.core.logs [MainThread] uncaught exception: ZeroDivisionError: a defect deep inside" in text
    assert "Traceback (most recent call last)" in text and "in _raise_a_defect" in text
    assert passed_on == [error]  # the hook that was there before still runs
    logs.stop_logging()
    assert sys.excepthook.__name__ == "<lambda>"  # given back


def test_an_uncaught_exception_in_a_thread_is_logged_from_that_thread(monkeypatch) -> None:
    passed_on: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: passed_on.append(args.thread.name))
    reported: list[BaseException] = []
    logs.set_unexpected_error_reporter(reported.append)
    path = logs.start_logging()
    worker = threading.Thread(target=_raise_a_defect, name="export-worker")
    worker.start()
    worker.join()
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "[export-worker] uncaught exception in thread export-worker: ZeroDivisionError" in text
    assert "in _raise_a_defect" in text
    assert passed_on == ["export-worker"]
    assert [type(e) for e in reported] == [ZeroDivisionError]  # the GUI's crash dialog would show it


def test_an_error_is_logged_once_however_often_it_is_reported() -> None:
    path = logs.start_logging()
    error = _caught()
    logs.log_unexpected(error, "background task failed")
    logs.log_unexpected(error, "shown by the page")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback") == 1 and "background task failed" in text and "shown by the page" not in text
    assert logs.already_logged(error)


def test_starting_again_changes_nothing_and_a_new_folder_moves_the_log(_private_log_folder: Path, tmp_path: Path,
                                                                       monkeypatch) -> None:
    first = logs.start_logging()
    assert logs.start_logging() == first and logs.start_logging() == first
    assert len(_file_handlers()) == 1
    logging.getLogger("desktop.test").warning("written once")
    _flush()
    assert first.read_text(encoding="utf-8").count("written once") == 1

    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "elsewhere"))
    second = logs.start_logging()
    assert second == tmp_path / "elsewhere" / "designation-review.log"
    assert [Path(h.baseFilename) for h in _file_handlers()] == [second]


def test_an_unusable_folder_falls_back_to_standard_error_and_says_so_once(tmp_path: Path, monkeypatch,
                                                                          capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(blocker / "logs"))
    monkeypatch.setattr(logs, "_fallback_announced", False)
    assert logs.start_logging() is None
    assert logs.log_file() is None and logs.describe_log_location() == "the standard error output"
    logging.getLogger("desktop.test").error("still visible")
    logs.stop_logging()
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(blocker / "other"))
    assert logs.start_logging() is None
    err = capsys.readouterr().err
    assert err.count("cannot be used") == 1 and str(blocker / "logs") in err
    assert "still visible" in err


def test_a_fatal_crash_leaves_the_stacks_in_the_crash_file(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import faulthandler, os, sys
        from desktop.core.logs import start_logging
        start_logging()
        faulthandler._sigsegv()
    """)
    folder = tmp_path / "logs"
    run = subprocess.run([sys.executable, "-c", script], env={**_environment(), logs.ENV_LOG_DIR: str(folder)},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    crash = (folder / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash and "<string>" in crash


def _environment() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != logs.ENV_LOG_DIR}


@pytest.fixture(autouse=True)
def _no_reporter():
    yield
    logs.set_unexpected_error_reporter(None)
