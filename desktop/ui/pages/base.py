"""The base of every main-window page: built with the context, reloads itself on ``refresh``, and again when a
change it shows is committed here or on another desktop."""

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.ui.changes import Change
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService

T = TypeVar("T")


class Page(QWidget):
    """A page of the main window's stack.

    Subclasses set ``key`` (stable id used for navigation and settings) and ``areas`` (the audit entity types whose
    changes it shows; ``*`` for all), implement ``page_title`` (translated) and ``refresh`` (reload from the
    services), and call services through ``query``/``change`` (desktop/ui/operations.py), never the ORM.
    """

    key = "page"
    areas: ClassVar[frozenset[str]] = frozenset()
    statusMessage = Signal(str)
    recordsChanged = Signal(str)  # an area whose records this page changed (announced, with the page as source)
    refreshedLive = Signal(object)  # after a refresh because of a change made elsewhere: the Change

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs or DialogService()
        self.setObjectName(f"{self.key}Page")
        context.changes.changed.connect(self._heard_change)
        self.recordsChanged.connect(self._announce_area)

    @classmethod
    def page_title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_changed(self, change: Change) -> None:
        """Reload after ``change`` touched what the page shows: by default the whole page (tables keep their
        selection by id); a page with parts refreshes only the parts the change touched."""
        self.refresh()

    @Slot(object)
    def _heard_change(self, change: Change) -> None:
        if change.source is self or not change.touches(self.areas) or not self.isVisible():
            return  # its own change it has reloaded already; a hidden page is refreshed when it is shown
        if not change.elsewhere and change.source is None:
            return  # made on this desktop by the page on screen (or its dialog), which reloads what it changed
        self.refresh_changed(change)
        if change.elsewhere:
            self.refreshedLive.emit(change)

    @Slot(str)
    def _announce_area(self, area: str) -> None:
        self.context.changes.announce(Change.of([(area, None)], source=self))

    def query(self, function: Callable[..., T], *args: Any) -> T | None:
        """Run a read-only service call ``function(session, actor, *args)``; show any error and return None."""
        return self.context.query(function, *args, parent=self, dialogs=self.dialogs)

    def change(self, function: Callable[..., T], *args: Any, form: Any = None, done: str = "") -> T | None:
        """Run a service that changes data ``function(session, actor, *args)`` in one transaction; show a refusal
        (at ``form`` when given), report ``done`` in the status bar; the change is announced to the other pages."""
        succeeded: list[bool] = []
        result = self.context.change(function, *args, parent=self, dialogs=self.dialogs, form=form, source=self,
                                     on_done=lambda _result: succeeded.append(True))
        if succeeded and done:
            self.statusMessage.emit(done)
        return result
