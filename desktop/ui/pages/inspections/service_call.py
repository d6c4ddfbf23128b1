"""Running one inspection service in its own transaction from a panel: a refusal shows in the panel's banner."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.errors import DomainError
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.widgets.feedback import MessageBanner


def run_service(context: AppContext, dialogs: DialogService, banner: MessageBanner,
                function: Callable[..., object], *args: object) -> bool:
    """``function(session, actor, *args)`` through ``context.change``; True when it succeeded (the banner is
    cleared), a refusal in the banner."""
    succeeded: list[bool] = []

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):
            banner.show_message(error.message)
        else:
            dialogs.show_error(banner.parentWidget(), error)

    context.change(function, *args, on_done=lambda _result: succeeded.append(True), on_error=failed)
    if succeeded:
        banner.clear_message()
    return bool(succeeded)
