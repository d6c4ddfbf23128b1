"""Keeping a form's unsaved input on this computer (``desktop.core.drafts``) a moment after each edit, so that a lost
server, quitting or a crash loses nothing; the form says what to keep and deletes the draft once saved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.core.drafts import Draft, DraftStore
from desktop.core.errors import DomainError

DELAY_MS = 400  # typing a word writes one file, not one per key
_log = logging.getLogger(__name__)

Snapshot = tuple[object, Any, int | None] | None
"""``(record, content, base_version)`` of what the form holds unsaved, or None when it holds nothing unsaved."""


class DraftKeeper(QObject):
    """``edited()`` after every change; ``keep_now()`` before a save; ``discard(record)`` once it is saved."""

    def __init__(self, store: DraftStore, form: str, snapshot: Callable[[], Snapshot],
                 parent: QObject | None = None, *, current: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self.store, self.form, self.snapshot, self.current = store, form, snapshot, current
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.keep_now)

    def edited(self) -> None:
        self.timer.start()

    def keep_now(self) -> None:
        """Write what the form holds unsaved (or delete the draft of the record shown when it holds nothing new)."""
        self.timer.stop()
        held = self.snapshot()
        try:
            if held is None:
                record = self.current()
                if record is not None:
                    self.store.discard(self.form, record)
                return
            record, content, base_version = held
            self.store.keep(self.form, record, content, base_version=base_version)
        except (DomainError, OSError) as error:  # the form still holds the input; the log says why it is not kept
            _log.warning("the draft of %s could not be kept: %s", self.form, error)

    def find(self, record: object) -> Draft | None:
        return self.store.find(self.form, record)

    def discard(self, record: object) -> None:
        self.timer.stop()
        self.store.discard(self.form, record)
