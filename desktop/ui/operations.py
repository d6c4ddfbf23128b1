"""The one way the UI calls a service (the shape of Anki's ``QueryOp``/``CollectionOp``).

``query(context, function, *args)`` reads, ``change(context, function, *args)`` changes: ``function(session, actor,
*args)`` runs in one unit of work, on the GUI thread or, with ``background=True``, in the task runner
(``desktop.ui.tasks``) with the result handed to ``on_done`` on the GUI thread. An error is shown one way: a refusal
(``DomainError``) at the form when one is given (its ``show_error``), otherwise, like anything unexpected (logged
with its traceback), through ``DialogService.show_error``; a failed change changed nothing. A committed change is
announced on the context's ``ChangeBus`` with the records its audit events name, so pages refresh what changed and
the other desktops hear of it.

``reading(context)`` and ``writing(context)`` are the same units of work for code that calls several services in
one of them and handles errors itself (the pages' controllers); ``writing`` announces what it committed too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.errors import DomainError, ServerUnreachable
from desktop.domain.audit.announce import touched_records
from desktop.domain.audit.chain import pending_events
from desktop.ui.changes import Change

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from desktop.ui.context import AppContext
    from desktop.ui.dialogs.service import DialogService
    from desktop.ui.tasks import Task

T = TypeVar("T")


@contextmanager
def reading(context: AppContext) -> Iterator[Session]:
    """A read-only unit of work (errors raised to the caller)."""
    with context.database.read() as session:
        yield session


@contextmanager
def writing(context: AppContext, *, source: object | None = None) -> Iterator[Session]:
    """A unit of work that commits on success; what it touched is announced once it is committed.

    ``source``: the page that made the change and refreshes itself (it is not told again).
    """
    bus = context.changes
    with bus.committing():
        with context.database.transaction() as session:
            yield session
            records, events = touched_records(session), pending_events(session)
        bus.note_own_events(e.id for e in events)
    if records:
        bus.announce(Change.of(records, source=source))


def _commit(context: AppContext, source: object | None, function: Callable[..., T], *args: Any) -> T:
    with writing(context, source=source) as session:
        return function(session, context.actor, *args)


def _read(context: AppContext, function: Callable[..., T], *args: Any) -> T:
    with reading(context) as session:
        return function(session, context.actor, *args)


def show_error(error: BaseException, parent: QWidget | None, dialogs: DialogService | None, form: Any = None) -> None:
    """The one error path: a refusal at the form that asked, anything else in the error dialog (logged once).

    An unreachable server is said by the main window's banner (``desktop.ui.connection``), not by a dialog per
    failed read: only a form that asked is told, at the form.
    """
    if form is not None and hasattr(form, "show_error") and isinstance(error, DomainError):
        form.show_error(error)
        return
    if isinstance(error, ServerUnreachable):
        return
    if dialogs is None:
        from desktop.ui.dialogs.service import DialogService

        dialogs = DialogService()
    dialogs.show_error(parent, error)  # type: ignore[arg-type]


def _run(work: Callable[[], T], *, parent: QWidget | None, dialogs: DialogService | None, form: Any,
         background: bool, on_done: Callable[[T], None] | None,
         on_error: Callable[[BaseException], None] | None) -> T | Task | None:
    def failed(error: BaseException) -> None:
        (on_error or (lambda e: show_error(e, parent, dialogs, form)))(error)

    if background:
        from desktop.ui.tasks import run_task

        return run_task(work, on_success=on_done, on_error=failed)
    try:
        result = work()
    except Exception as error:
        failed(error)
        return None
    if on_done is not None:
        on_done(result)
    return result


def query(context: AppContext, function: Callable[..., T], *args: Any, parent: QWidget | None = None,
          dialogs: DialogService | None = None, background: bool = False, on_done: Callable[[T], None] | None = None,
          on_error: Callable[[BaseException], None] | None = None) -> T | Task | None:
    """Read with ``function(session, actor, *args)``: its result, or None after showing the error.

    With ``background`` the Task is returned and the result goes to ``on_done`` on the GUI thread.
    """
    return _run(lambda: _read(context, function, *args), parent=parent, dialogs=dialogs, form=None,
                background=background, on_done=on_done, on_error=on_error)


def change(context: AppContext, function: Callable[..., T], *args: Any, parent: QWidget | None = None,
           dialogs: DialogService | None = None, form: Any = None, source: object | None = None,
           background: bool = False, on_done: Callable[[T], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None) -> T | Task | None:
    """Change with ``function(session, actor, *args)`` in one transaction, announced when committed: its result,
    or None after showing the error (at ``form`` for a refusal, when given)."""
    return _run(lambda: _commit(context, source, function, *args), parent=parent, dialogs=dialogs, form=form,
                background=background, on_done=on_done, on_error=on_error)
