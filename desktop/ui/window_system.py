"""Starting Qt's window system on any desktop: no OpenGL needed, and a platform plugin that cannot load is a plain
message (what to install) and exit code 1 instead of Qt's abort.

The application draws with widgets only (raster; QtPdf renders into images), so OpenGL is turned off where Qt would
probe for it, unless the environment chooses otherwise. Qt reports a platform plugin it cannot load (a missing
``libxcb-cursor0``, no display) as a fatal message and then aborts; while the QApplication is made, a message
handler turns that message into a sentence, a log entry and a clean exit. Without a console to print to (the
Windows bundle's ``designation-review.exe`` is a windowed program), the sentence comes in the system's own message
box, since Qt's cannot be drawn.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMessageLogContext, QtMsgType, qInstallMessageHandler

_log = logging.getLogger(__name__)
EXIT_NO_WINDOW_SYSTEM = 1

TITLE = "designation-review"
MESSAGE = QT_TRANSLATE_NOOP("WindowSystem", "The window system could not be started: {reason}")
WHERE_LOGGED = QT_TRANSLATE_NOOP("WindowSystem", "The details were written to {log}.")
ADVICE = QT_TRANSLATE_NOOP("WindowSystem", "On Linux, install the libraries Qt needs for X11, for example: sudo apt "
                           "install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0; or "
                           "start on Wayland with QT_QPA_PLATFORM=wayland. The command-line commands "
                           "(designation-review-cli) work without a display.")


def software_rendering() -> None:
    """No OpenGL probing (Linux: no GLX/EGL integration) and Qt's software OpenGL on Windows, unless already set."""
    os.environ.setdefault("QT_OPENGL", "software")
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")


def _sentence(reason: str, language: str) -> str:
    """The message in ``language`` from our catalogue, read directly (no QApplication exists yet)."""
    from PySide6.QtCore import QTranslator

    from desktop.ui.i18n import catalogue_path

    translator = QTranslator()
    texts = [MESSAGE, ADVICE, WHERE_LOGGED]
    try:
        if language != "en" and translator.load(str(catalogue_path(language))):
            texts = [translator.translate("WindowSystem", text) or text for text in texts]
    except Exception:  # a missing catalogue must not hide the message itself
        pass
    from desktop.core.logs import describe_log_location

    message, advice, logged = texts
    return "\n".join((message.format(reason=reason.strip()), advice, logged.format(log=describe_log_location())))


def _system_message_box(text: str) -> None:
    """Windows' own error box (user32's ``MessageBoxW``): it needs no Qt platform plugin."""
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, text, TITLE, 0x10)  # type: ignore[attr-defined]  # MB_ICONERROR


def tell(text: str) -> None:
    """``text`` where the person will see it: the standard error output, else (a windowed program on Windows) the
    system's message box; with neither, the log has it."""
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)
    elif sys.platform == "win32":
        try:
            _system_message_box(text)
        except Exception:  # no user32 (a service session): the log has the message
            _log.exception("the message box could not be shown")


@contextmanager
def fatal_start_explained(language: Callable[[], str], exit: Callable[[int], None] = os._exit) -> Iterator[None]:
    """While inside (the QApplication being made), a fatal Qt message prints a plain sentence and ends the process
    with exit code 1; other messages go where they went before."""

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            _log.error("the window system could not be started: %s", message)
            for handler in logging.getLogger().handlers:
                handler.flush()
            tell(f"error: {_sentence(message, language())}")
            exit(EXIT_NO_WINDOW_SYSTEM)
            return
        if previous is not None:
            previous(kind, context, message)
        elif sys.stderr is not None:
            print(message, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
