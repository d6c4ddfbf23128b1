"""Running one inspection service in its own transaction from a panel: a refusal shows in the panel's banner."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.errors import DomainError
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.feedback import MessageBanner


def run_service(context: AppContext, dialogs: DialogService, banner: MessageBanner,
                function: Callable[..., object], *args: object) -> bool:
    """``function(session, actor, *args)`` in one unit of work; True when it succeeded (the banner is cleared)."""
    try:
        with context.database.transaction() as session:
            function(session, context.actor, *args)
    except DomainError as error:
        banner.show_message(error.message)
        return False
    except Exception as error:
        dialogs.show_error(banner.parentWidget(), error)
        return False
    banner.clear_message()
    return True
