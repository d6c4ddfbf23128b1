"""Background tasks: result, error and progress come back on the GUI thread; cancel stops a generator."""

import threading
import time

import pytest

from desktop.core.errors import ValidationError
from desktop.ui.tasks import run_task, run_with_progress


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        return a + b

    results: list[tuple[int, int]] = []
    task = run_task(work, 2, 3, on_success=lambda value: results.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == [(5, gui)] and seen["worker"] != gui


def test_error_is_delivered_not_raised(qtbot) -> None:
    def fail() -> None:
        raise ValidationError("Nope.")

    errors: list[BaseException] = []
    task = run_task(fail, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValidationError) and task.error is errors[0]


def test_generator_reports_progress_and_returns(qtbot) -> None:
    def steps():
        for n in range(3):
            yield n, 3, f"step {n}"
        return "done"

    progress: list[tuple[int, int, str]] = []
    task = run_task(steps, on_progress=lambda *p: progress.append(p))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result == "done" and progress == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]


def test_cancel_stops_between_yields(qtbot) -> None:
    started = threading.Event()
    reached: list[int] = []

    def slow():
        for n in range(100):
            reached.append(n)
            started.set()
            time.sleep(0.01)
            yield n, 100, ""
        return "finished"

    task = run_task(slow)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.result is None and len(reached) < 100


@pytest.mark.parametrize("fails", [False, True])
def test_progress_dialog_closes_when_done(qtbot, fails: bool) -> None:
    def work():
        yield 1, 2, "half"
        if fails:
            raise RuntimeError("broken")
        return 1

    task, dialog = run_with_progress(None, "Working", work)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert (task.error is not None) is fails
    assert not dialog.isVisible()
