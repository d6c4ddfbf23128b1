"""The base of every main-window page: built with the context, reloads itself on ``refresh``."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService

T = TypeVar("T")


class Page(QWidget):
    """A page of the main window's stack.

    Subclasses set ``key`` (stable id used for navigation and settings), implement ``page_title`` (translated)
    and ``refresh`` (reload from the services). They call services only, never the ORM.
    """

    key = "page"
    statusMessage = Signal(str)
    recordsChanged = Signal(str)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs or DialogService()
        self.setObjectName(f"{self.key}Page")

    @classmethod
    def page_title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def query(self, function: Callable[..., T], *args: Any) -> T | None:
        """Run a read-only service call ``function(session, actor, *args)``; show any error and return None."""
        try:
            with self.context.database.read() as session:
                return function(session, self.context.actor, *args)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return None
