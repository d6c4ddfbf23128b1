"""What every tab of the Committee page shares: the page's context and dialogs, reads and audited writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.ui.changes import Change
    from desktop.ui.pages.committee.page import CommitteePage

T = TypeVar("T")


class CommitteeTab(QWidget):
    """A tab showing one aspect of the selected round; ``refresh`` reloads it from the services."""

    areas: frozenset[str] = frozenset()  # the audit entity types it shows: a change to one reloads it

    def __init__(self, page: CommitteePage) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.dialogs = page.dialogs
        self.round_id: int | None = None

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_changed(self, change: Change) -> None:
        """Reload after a change committed elsewhere (or by another page); a tab with input keeps it."""
        self.refresh()

    def set_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def query(self, function: Callable[..., T], *args: Any) -> T | None:
        return self.page.query(function, *args)

    def act(self, function: Callable[..., T], *args: Any, done: str = "", form: Any = None) -> T | None:
        """Run a service that changes data in one transaction (``Page.change``); a refusal at ``form`` when given
        (a widget with ``show_error``), a success announced; then every tab reloads (the rules tie them together)."""
        succeeded: list[bool] = []
        result = self.context.change(function, *args, parent=self, dialogs=self.dialogs, form=form,
                                     source=self.page, on_done=lambda _result: succeeded.append(True))
        if not succeeded:
            return None
        if done:
            self.page.statusMessage.emit(done)
        self.page.changed()
        return result
