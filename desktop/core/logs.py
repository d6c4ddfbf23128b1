"""Where unexpected errors leave their trace: a rotating log file in the user's log folder, hooks for uncaught
exceptions (main thread, other threads, fatal crashes) and one way to log an unexpected error with its traceback.

``start_logging()`` is called once at the start of every command (the GUI and the headless ones); calling it again
does nothing unless the log folder changed. The GUI starts with a plain file handler and makes it the rotating one
once its login window is drawn (``rotate_log()``): ``logging.handlers`` pulls in sockets and pickle, which the first
window need not wait for. Qt-free: the GUI registers a reporter that shows the crash dialog.
The log's timestamps are the machine's real time (not the project's clock): a log records when things happened.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

APP_NAME = "designation-review"
ENV_LOG_DIR = "DESIGNATION_REVIEW_LOG_DIR"
LOG_FILE_NAME = "designation-review.log"
CRASH_FILE_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s.%(msecs)03d %(levelname)s %(name)s [%(threadName)s] %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
_LOGGED = "_designation_review_logged"  # set on an exception once its traceback is in the log

_log = logging.getLogger(__name__)
Reporter = Callable[[BaseException], None]


@dataclass
class _Logging:
    """What ``start_logging`` changed, so that it can be undone (tests) or moved to another folder."""

    folder: Path
    file: Path | None  # None: the folder could not be used, messages go to the standard error output
    handler: logging.Handler
    rotating: bool  # the handler is the rotating one (False: a plain file handler until ``rotate_log()``)
    crash_file: IO[str] | None
    root_level: int
    faulthandler_was_enabled: bool
    previous_excepthook: Callable[..., Any] = field(default=sys.__excepthook__)
    previous_threading_excepthook: Callable[..., Any] = field(default=threading.__excepthook__)


_state: _Logging | None = None
_reporter: Reporter | None = None
_fallback_announced = False


def log_folder() -> Path:
    """``$DESIGNATION_REVIEW_LOG_DIR`` if set, else the user's log folder of the platform."""
    chosen = os.environ.get(ENV_LOG_DIR, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path | None:
    """The log file in use, or None before ``start_logging`` or when the log goes to the standard error output."""
    return _state.file if _state is not None else None


def describe_log_location() -> str:
    """Where the details of an unexpected error can be found, for messages and ``info``."""
    path = log_file()
    return str(path) if path is not None else "the standard error output"


def start_logging(level: int = logging.INFO, *, rotate_later: bool = False) -> Path | None:
    """Log to the rotating file in ``log_folder()`` and install the hooks; returns the log file (None: stderr).

    ``rotate_later``: append to the file with a plain handler until ``rotate_log()`` (the GUI, so that its first
    window is not kept waiting for ``logging.handlers``)."""
    global _state
    folder = log_folder()
    if _state is not None:
        if _state.folder == folder:
            return _state.file
        stop_logging()
    root = logging.getLogger()
    handler, path, crash_file, reason = _open_log(folder, rotating=not rotate_later)
    handler.setFormatter(logging.Formatter(LOG_FORMAT, DATE_FORMAT))
    root.addHandler(handler)
    state = _Logging(folder, path, handler, path is not None and not rotate_later, crash_file, root.level,
                     faulthandler.is_enabled())
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _enable_faulthandler(crash_file)
    state.previous_excepthook, sys.excepthook = sys.excepthook, _log_uncaught
    state.previous_threading_excepthook, threading.excepthook = threading.excepthook, _log_uncaught_in_thread
    _state = state
    if path is None:
        _announce_fallback(folder, reason)
    return path


def rotate_log() -> None:
    """Put the rotating handler in place of the plain one ``start_logging(rotate_later=True)`` made (any thread;
    nothing is lost: the new handler appends to the same file and rolls it over at its next line if it has grown
    too large)."""
    state = _state
    if state is None or state.rotating or state.file is None:
        return
    try:
        rotating = _rotating_handler(state.file)
    except OSError as error:  # the folder went away meanwhile: the plain handler goes on as it can
        _log.warning("The log file %s cannot be rotated (%s).", state.file, error.strerror or error)
        return
    rotating.setFormatter(state.handler.formatter)
    root = logging.getLogger()
    root.addHandler(rotating)
    root.removeHandler(state.handler)
    state.handler.close()
    state.handler, state.rotating = rotating, True


def _rotating_handler(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS,
                                                encoding="utf-8")


def stop_logging() -> None:
    """Undo ``start_logging``: remove the handler, give the hooks back, close the files."""
    global _state
    state, _state = _state, None
    if state is None:
        return
    root = logging.getLogger()
    root.removeHandler(state.handler)
    state.handler.close()
    root.setLevel(state.root_level)
    if sys.excepthook is _log_uncaught:
        sys.excepthook = state.previous_excepthook
    if threading.excepthook is _log_uncaught_in_thread:
        threading.excepthook = state.previous_threading_excepthook
    if state.crash_file is not None:
        faulthandler.disable()
        if state.faulthandler_was_enabled:
            _enable_faulthandler(None)
        state.crash_file.close()


def set_unexpected_error_reporter(reporter: Reporter | None) -> None:
    """The GUI's way to show an uncaught exception (called from any thread; it must hand over to its own)."""
    global _reporter
    _reporter = reporter


def log_unexpected(error: BaseException, message: str = "unexpected error", logger: logging.Logger | None = None,
                   ) -> None:
    """Log ``error`` with its traceback, once: an error already logged (e.g. by its worker thread) is not repeated."""
    if getattr(error, _LOGGED, False):
        return
    (logger or _log).error("%s: %s", message, _summary(error), exc_info=(type(error), error, error.__traceback__))
    with suppress(AttributeError, TypeError):  # an exception type with __slots__ may be logged twice
        setattr(error, _LOGGED, True)


def already_logged(error: BaseException) -> bool:
    return bool(getattr(error, _LOGGED, False))


def _summary(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _open_log(folder: Path, *, rotating: bool) -> tuple[logging.Handler, Path | None, IO[str] | None, str]:
    """The file handler (rotating, or plain until ``rotate_log``) and the crash file; the standard error output (and
    why) when the folder cannot be used."""
    path = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _rotating_handler(path) if rotating else logging.FileHandler(path, encoding="utf-8")
    except OSError as error:
        stream = sys.stderr
        fallback = logging.StreamHandler(stream) if stream is not None else logging.NullHandler()
        return fallback, None, None, error.strerror or str(error)
    try:
        crash_file: IO[str] | None = open(folder / CRASH_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115 kept open
    except OSError:
        crash_file = None
    return handler, path, crash_file, ""


def _announce_fallback(folder: Path, reason: str) -> None:
    global _fallback_announced
    if not _fallback_announced:
        _fallback_announced = True
        _log.warning("The log folder %s cannot be used (%s); the log goes to the standard error output instead.",
                     folder, reason)


def _enable_faulthandler(crash_file: IO[str] | None) -> None:
    """Fatal crashes (a segfault in Qt, say) dump every thread's Python stack into the crash file."""
    target = crash_file if crash_file is not None else sys.__stderr__
    if target is None:
        return
    with suppress(OSError, ValueError, AttributeError):  # no file descriptor (a GUI script without a console)
        faulthandler.enable(file=target, all_threads=True)


def _report(error: BaseException) -> None:
    reporter = _reporter
    if reporter is None:
        return
    try:
        reporter(error)
    except Exception:
        _log.exception("the crash report could not be shown")


def _log_uncaught(exc_type: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: an exception nothing caught (in the GUI: a failing slot) is logged and reported."""
    state = _state
    if not issubclass(exc_type, KeyboardInterrupt):
        if value.__traceback__ is None and tb is not None:
            value = value.with_traceback(tb)
        log_unexpected(value, "uncaught exception")
        _report(value)
    (state.previous_excepthook if state is not None else sys.__excepthook__)(exc_type, value, tb)


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: logged from the failing thread itself, with that thread's traceback."""
    state = _state
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
        name = args.thread.name if args.thread is not None else "?"
        log_unexpected(args.exc_value, f"uncaught exception in thread {name}")
        _report(args.exc_value)
    (state.previous_threading_excepthook if state is not None else threading.__excepthook__)(args)
