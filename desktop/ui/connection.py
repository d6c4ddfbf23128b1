"""Watching the connection to the database server: a lost connection is noticed, tried again with back-off off the
GUI thread, and once the server answers the live updates listen again and every page reloads (notices were missed).

The loss is reported by the database (a unit of work that failed because the server cannot be reached, from any
thread: ``Database.connection_lost``) and by the change feed (its background connection dropped: ``feedLost``).
The schedule (``desktop.db.connection_loss.ReconnectSchedule``) waits 1, 2, 4, 8, 16, then 30 s between tries.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.db.connection_loss import ReconnectSchedule
from desktop.ui.changes import Change

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.tasks import Task

TICK_MS = 250  # how often the countdown is looked at (it changes once a second)
_log = logging.getLogger(__name__)


class ConnectionMonitor(QObject):
    """The state of the connection for one context; signals on the GUI thread."""

    lost = Signal()  # the connection was up and is now lost
    countdown = Signal(int)  # whole seconds to the next try
    trying = Signal()  # a try is under way
    restored = Signal()  # the server answers again: live updates listen again, the pages reload
    _reported = Signal(object)  # a loss reported from any thread

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic, probe: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.schedule = ReconnectSchedule(clock)
        self.probe = probe or context.database.probe
        self._task: Task | None = None
        self._shown = -1
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._reported.connect(self.connection_lost)
        self._hook = self._reported.emit
        context.database.connection_lost.append(self._hook)
        context.changes.feedLost.connect(self.connection_lost)

    @property
    def is_lost(self) -> bool:
        return self.schedule.lost

    @Slot(object)
    def connection_lost(self, error: object) -> None:
        """Start counting down to the first try (a loss reported again meanwhile changes nothing)."""
        if not self.schedule.connection_lost():
            return
        _log.info("connection to %s lost; trying again in %.0f s", self.context.database.description,
                  self.schedule.delay())
        self._shown = -1
        self.timer.start()
        self.lost.emit()
        self._tick()

    def reconnect_now(self) -> None:
        """Try at once (the "Reconnect now" button)."""
        self.schedule.try_now()
        self._tick()

    @Slot()
    def _tick(self) -> None:
        if not self.schedule.lost:
            self.timer.stop()
            return
        if self.schedule.due():
            self._try()
            return
        left = self.schedule.seconds_left()
        if left != self._shown and not self.schedule.trying:
            self._shown = left
            self.countdown.emit(left)

    def _try(self) -> None:
        from desktop.ui.tasks import run_task

        self.schedule.started()
        self._shown = -1
        self.trying.emit()
        self._task = run_task(self.probe, on_success=self._answered, on_error=self._not_answered)

    def _answered(self, _result: object) -> None:
        self._task = None
        if not self.schedule.lost:
            return
        self.schedule.restored()
        self.timer.stop()
        _log.info("connection to %s restored", self.context.database.description)
        self.context.changes.listen_again()
        self.restored.emit()
        self.context.changes.announce(Change.of(None, elsewhere=True))  # what was missed meanwhile: everything

    def _not_answered(self, error: BaseException) -> None:
        self._task = None
        self.schedule.failed()
        _log.info("the server still cannot be reached (%s); next try in %.0f s", error, self.schedule.delay())
        self._tick()

    def close(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        if self._hook in self.context.database.connection_lost:
            self.context.database.connection_lost.remove(self._hook)
