"""Background work: the one way to run something off the GUI thread.

``run_task(function, *args)`` runs ``function`` in the thread pool and hands the outcome back on the GUI
thread through the returned ``Task``'s signals. A function that is a generator reports progress by yielding
``(done, total, message)`` and may be cancelled between yields; its ``return`` value is the result.
Workers open their own unit of work (``database.transaction()``): sessions never cross threads.
An unexpected error is logged with its traceback from the worker thread; a task nobody waits on shows it in the
crash dialog, otherwise the ``on_error`` callback shows it (through ``DialogService.show_error``, logged once).
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import DomainError
from desktop.core.logs import log_unexpected
from desktop.ui.crash_reporter import show_crash

_log = logging.getLogger(__name__)
_running: set[Task] = set()  # keeps tasks alive until their outcome is delivered


class TaskCancelled(Exception):
    """Raised inside the worker when the user cancelled; delivered as ``cancelled``."""


class Task(QObject):
    """Handle of one background job; every public signal is emitted on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    _progress_from_worker = Signal(int, int, str)
    _outcome_from_worker = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._progress_from_worker.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome_from_worker.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, message)

    @Slot(str, object)
    def _deliver_outcome(self, kind: str, value: object) -> None:
        self.done = True
        _running.discard(self)
        if kind == "ok":
            self.result = value
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.error = value  # type: ignore[assignment]
            if not self.isSignalConnected(QMetaMethod.fromSignal(self.failed)) and not isinstance(value, DomainError):
                show_crash(None, value)  # type: ignore[arg-type]
            self.failed.emit(value)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task, function: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.task, self.function, self.args, self.kwargs = task, function, args, kwargs
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            outcome = self.function(*self.args, **self.kwargs)
            if inspect.isgenerator(outcome):
                outcome = self._drive(outcome)
            task._outcome_from_worker.emit("ok", outcome)
        except TaskCancelled:
            task._outcome_from_worker.emit("cancelled", None)
        except Exception as error:  # delivered to the GUI thread, shown there
            if not isinstance(error, DomainError):
                log_unexpected(error, f"background task {_name(self.function)} failed", _log)
            task._outcome_from_worker.emit("error", error)

    def _drive(self, generator: Any) -> Any:
        task = self.task
        while True:
            if task.cancel_requested:
                generator.close()
                raise TaskCancelled
            try:
                done, total, message = next(generator)
            except StopIteration as stop:
                return stop.value
            task._progress_from_worker.emit(int(done), int(total), str(message))


def _name(function: Callable[..., Any]) -> str:
    return getattr(function, "__qualname__", None) or repr(function)


def run_task(
    function: Callable[..., Any], *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``function(*args, **kwargs)`` in the thread pool; callbacks run on the GUI thread."""
    task = Task()
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(task, function, args, kwargs))
    return task


def run_with_progress(
    parent: QWidget | None, title: str, function: Callable[..., Any], *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> tuple[Task, QProgressDialog]:
    """``run_task`` with a modal progress dialog whose Cancel button cancels the task."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    task = run_task(function, *args, on_success=on_success, on_error=on_error, on_progress=progressed, **kwargs)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    return task, dialog
