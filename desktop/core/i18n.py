"""Translation hook for Qt-free code.

Domain messages are written in English and marked with ``translate(context, text)`` so that
``pyside6-lupdate`` collects them; the GUI installs Qt's translator, the CLI keeps English.
"""

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731
_language = "en"


def install_translator(function: Callable[[str, str], str], language: str = "en") -> None:
    """Route every ``translate`` call through ``function(context, text)``; ``language`` is what it produces."""
    global _translator, _language
    _translator = function
    _language = language


def current_language() -> str:
    """``ko`` or ``en``: the language ``translate`` answers in (for texts kept in both, like criterion names)."""
    return _language


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language."""
    return _translator(context, text)
