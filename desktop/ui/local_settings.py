"""This computer's own settings file (QSettings: window state, last user, languages, the database connection),
opened so that a damaged or unreadable file never stops the start and is never lost silently.

A file Qt cannot parse is copied aside (``….damaged-YYYYMMDD-HHMMSS``) and the application starts with defaults; a
file that cannot be read or written at all is left untouched and the application keeps defaults for this run only.
Either way the log records it and the login window says so in a plain sentence.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

_log = logging.getLogger(__name__)
_scratch: list[tempfile.TemporaryDirectory] = []  # the folders of run-only settings, removed when the process ends


@dataclass(frozen=True)
class SettingsProblem:
    """Why the settings file was not used as it was: ``damaged`` (copied aside, if ``copy``) or ``unusable``."""

    kind: str
    file: Path
    copy: Path | None = None

    def message(self) -> str:
        """The plain sentence, in the language installed when it is asked for (after the translators)."""
        if self.kind == "damaged" and self.copy is not None:
            text = QCoreApplication.translate(
                "LocalSettings", "The settings file of this computer ({file}) was damaged. A copy was kept as "
                "{copy}; the application starts with default settings.")
        elif self.kind == "damaged":
            text = QCoreApplication.translate(
                "LocalSettings", "The settings file of this computer ({file}) was damaged and could not be "
                "copied; the application starts with default settings.")
        else:
            text = QCoreApplication.translate(
                "LocalSettings", "The settings file of this computer ({file}) cannot be read or written. The "
                "application starts with default settings and will not remember changes this time.")
        return text.format(file=self.file, copy=self.copy)


def open_local_settings() -> tuple[QSettings, SettingsProblem | None]:
    """The settings of this computer, and what was wrong with its file (None: nothing)."""
    settings = QSettings()
    status = settings.status()
    if status == QSettings.Status.NoError:
        return settings, None
    path = Path(settings.fileName())
    if status == QSettings.Status.FormatError:
        copy = _keep_copy(path)
        settings.clear()  # what Qt could read of a damaged file is not trusted: defaults, the original is copied
        settings.sync()
        _log.warning("the settings file %s is damaged; %s; defaults are used", path,
                     f"a copy was kept as {copy}" if copy is not None else "no copy could be kept")
        return settings, SettingsProblem("damaged", path, copy)
    _log.warning("the settings file %s cannot be read or written (%s); defaults are used for this run only", path,
                 status.name)
    return _run_only(), SettingsProblem("unusable", path)


def _keep_copy(path: Path) -> Path | None:
    copy = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")  # a file's time: the real clock
    try:
        shutil.copy2(path, copy)
    except OSError as error:
        _log.warning("the damaged settings file %s could not be copied to %s: %s", path, copy, error)
        return None
    return copy


def _run_only() -> QSettings:
    """Settings for this run only: an INI file in a temporary folder removed when the application ends."""
    folder = tempfile.TemporaryDirectory(prefix="designation-review-settings-")
    _scratch.append(folder)
    return QSettings(str(Path(folder.name) / "settings.ini"), QSettings.Format.IniFormat)
