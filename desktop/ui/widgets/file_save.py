"""Saving bytes where the user chooses: the suffix added when missing, an atomic write, a plain error message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.dialogs.service import DialogService


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file so a failure never leaves half a file behind."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def save_bytes(parent: QWidget | None, dialogs: DialogService, data: bytes, title: str, suggested: str,
               file_filter: str, suffix: str = ".pdf") -> Path | None:
    """Ask for a file name, write ``data``; the path written, or None when cancelled or refused (error shown)."""
    path = dialogs.save_file(parent, title, suggested, file_filter)
    if path is None:
        return None
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        write_atomically(path, data)
    except OSError as error:
        dialogs.error(parent, QCoreApplication.translate("FileSave", "The file {path} could not be written: {reason}")
                      .format(path=path, reason=error.strerror or error))
        return None
    return path
