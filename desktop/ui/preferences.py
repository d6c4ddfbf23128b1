"""What the desktop remembers in QSettings: per person their language and last page; per machine the window's
geometry, the last user name and the language of the login screen (the last one used on this machine)."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QSettings

from desktop.ui.i18n import LANGUAGES

LOGIN_LANGUAGE = "language"  # machine-wide: the last language used here, shown by the login screen
LAST_USER = "lastUser"


def person_key(username: str, name: str) -> str:
    """``users/<user name>/<name>``; user names are unique whatever their case, and may hold '/' or '\\'."""
    return f"users/{quote(username.strip().lower(), safe='')}/{name}"


class PersonalPreferences:
    """One person's remembered choices; a language choice also becomes the login screen's language."""

    def __init__(self, settings: QSettings, username: str) -> None:
        self.settings = settings
        self.username = username

    def language(self) -> str | None:
        """The person's own choice, or None when they never chose (or it is not a language we ship)."""
        value = str(self.settings.value(person_key(self.username, "language"), "") or "")
        return value if value in LANGUAGES else None

    def set_language(self, code: str) -> None:
        self.settings.setValue(person_key(self.username, "language"), code)
        self.settings.setValue(LOGIN_LANGUAGE, code)

    def page(self) -> str:
        return str(self.settings.value(person_key(self.username, "page"), "") or "")

    def set_page(self, key: str) -> None:
        self.settings.setValue(person_key(self.username, "page"), key)
