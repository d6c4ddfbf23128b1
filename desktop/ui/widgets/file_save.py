"""Saving bytes where the user chooses: the suffix added when missing, an atomic write, a plain error message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.errors import FileError
from desktop.core.files import write_atomically
from desktop.ui.dialogs.service import DialogService

__all__ = ["save_bytes", "write_atomically"]  # the one writer lives Qt-free in desktop.core.files


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
    except FileError as error:
        dialogs.error(parent, error.message)
        return None
    return path
