"""What every tab of the Committee page shares: the page's context and dialogs, reads and audited writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QWidget

from desktop.core.errors import DomainError, ValidationError

if TYPE_CHECKING:
    from desktop.ui.pages.committee.page import CommitteePage

T = TypeVar("T")


class CommitteeTab(QWidget):
    """A tab showing one aspect of the selected round; ``refresh`` reloads it from the services."""

    def __init__(self, page: CommitteePage) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.dialogs = page.dialogs
        self.round_id: int | None = None

    def refresh(self) -> None:
        raise NotImplementedError

    def set_round(self, round_id: int | None) -> None:
        self.round_id = round_id
        self.refresh()

    def query(self, function: Callable[..., T], *args: Any) -> T | None:
        return self.page.query(function, *args)

    def act(self, function: Callable[..., T], *args: Any, done: str = "", form: Any = None) -> T | None:
        """Run a service that changes data in one transaction; show a refusal, announce a success.

        With ``form`` (a widget with ``show_error``), a validation error goes to the form's field instead.
        """
        try:
            with self.context.database.transaction() as session:
                result = function(session, self.context.actor, *args)
        except ValidationError as error:
            if form is not None:
                form.show_error(error)
            else:
                self.dialogs.show_error(self, error)
            return None
        except Exception as error:  # a refusal at the form; anything else logged and shown as a crash
            if form is not None and hasattr(form, "show_error") and isinstance(error, DomainError):
                form.show_error(error)
            else:
                self.dialogs.show_error(self, error)
            return None
        if done:
            self.page.statusMessage.emit(done)
        self.page.changed()
        return result
