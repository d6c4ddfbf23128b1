"""Qt's offscreen platform warns "This plugin does not support propagateSizeHints()" for every window shown; the
benchmarks show hundreds, which bury their figures. Every other Qt message still reaches stderr."""

import sys

_NOISE = "does not support propagateSizeHints"


def _handler(kind, context, message):  # type: ignore[no-untyped-def]
    if _NOISE not in message:
        sys.stderr.write(message + "\n")


def quiet_offscreen_warnings() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_handler)
