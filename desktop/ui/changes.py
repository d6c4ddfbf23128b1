"""Changes announced to the pages: what a unit of work touched, here or on another desktop.

A ``Change`` names the records by their audit entity type (the table: ``applications``, ``score_sheets`` …) and
id. The ``ChangeBus`` of a context carries them: ``desktop.ui.operations`` announces what this desktop commits, and
the watcher of ``desktop.db.change_feed`` what the other desktops commit (``elsewhere``); pages subscribe to the
entity types they show (``Page.areas``) and refresh when a change touches one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from desktop.db.change_feed import ChangeWatch, Records, watch_changes

EVERYTHING = frozenset({"*"})


@dataclass(frozen=True)
class Change:
    """The records one unit of work touched; ``(type, None)`` stands for every record of that type."""

    records: frozenset[tuple[str, int | None]]
    elsewhere: bool = False  # committed by another desktop
    source: object | None = field(default=None, compare=False)  # the page that made it (it refreshed itself)

    @classmethod
    def of(cls, records: Records | None, *, elsewhere: bool = False, source: object | None = None) -> Change:
        """``records`` None: something changed, nobody can say what (every page that shows data refreshes)."""
        return cls(frozenset(records) if records is not None else frozenset({("*", None)}), elsewhere, source)

    @property
    def areas(self) -> frozenset[str]:
        return frozenset(entity_type for entity_type, _ in self.records)

    def touches(self, areas: Iterable[str]) -> bool:
        wanted = frozenset(areas)
        return bool(wanted & self.areas) or "*" in self.areas or "*" in wanted

    def ids(self, area: str) -> frozenset[int] | None:
        """The ids of ``area`` that changed; None when every record of it may have."""
        if "*" in self.areas or (area, None) in self.records:
            return None
        return frozenset(i for t, i in self.records if t == area and i is not None)


class ChangeBus(QObject):
    """Where a context's changes are announced; ``changed`` is emitted on the GUI thread."""

    changed = Signal(object)  # a Change
    _heard = Signal(object)  # from the watcher thread: Records | None
    _posted = Signal(object)  # a Change announced from a worker thread
    feedLost = Signal(object)  # the watcher's connection to the server went away (the exception); GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._own_event_ids: set[int] = set()
        self._committing = 0
        self._watch: ChangeWatch | None = None
        self._listening_to: tuple[str, str] | None = None  # (url, origin) of the last ``listen``
        self._heard.connect(self._deliver_heard, Qt.ConnectionType.QueuedConnection)
        self._posted.connect(self.changed, Qt.ConnectionType.QueuedConnection)

    def announce(self, change: Change) -> None:
        """Tell the subscribers, on the bus's (the GUI) thread whichever thread committed."""
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:
            self._posted.emit(change)

    # -- this desktop's commits: known, so the watcher does not report them back ---------------------------
    @contextmanager
    def committing(self) -> Iterator[None]:
        """Around a unit of work and the noting of its event ids: the watcher waits while one is under way."""
        with self._lock:
            self._committing += 1
        try:
            yield
        finally:
            with self._lock:
                self._committing -= 1

    def note_own_events(self, event_ids: Iterable[int | None]) -> None:
        with self._lock:
            self._own_event_ids.update(i for i in event_ids if i is not None)

    def _busy(self) -> bool:
        with self._lock:
            return self._committing > 0

    def _own(self, event_id: int) -> bool:
        with self._lock:
            if event_id in self._own_event_ids:
                self._own_event_ids.discard(event_id)
                return True
            return False

    # -- other desktops' commits ---------------------------------------------------------------------------
    def listen(self, url: str, origin: str) -> ChangeWatch | None:
        """Start hearing what other desktops commit to the database at ``url`` (``origin``: this desktop's)."""
        self.stop_listening()
        self._listening_to = (url, origin)
        self._watch = watch_changes(url, origin, self._heard.emit, is_own=self._own, busy=self._busy,
                                    on_lost=self._feed_lost)
        return self._watch

    def listen_again(self) -> ChangeWatch | None:
        """After the server came back: a new watch where the last one listened (nothing when none was asked for)."""
        if self._listening_to is None:
            return None
        return self.listen(*self._listening_to)

    def stop_listening(self) -> None:
        watch, self._watch = self._watch, None
        self._listening_to = None
        if watch is not None:
            watch.stop()

    def _feed_lost(self, error: BaseException) -> None:
        """From the watcher's thread: signals cross to the bus's thread by themselves (queued)."""
        self.feedLost.emit(error)

    @property
    def listening(self) -> bool:
        return self._watch is not None and not self._watch.stopped

    @Slot(object)
    def _deliver_heard(self, records: Records | None) -> None:
        self.changed.emit(Change.of(records, elsewhere=True))
