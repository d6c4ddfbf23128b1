"""Translation hook for Qt-free code.

Domain messages are written in English and marked with ``translate(context, text)`` so that
``pyside6-lupdate`` collects them; the GUI installs Qt's translator, the CLI keeps English.
"""

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install_translator(function: Callable[[str, str], str]) -> None:
    """Route every ``translate`` call through ``function(context, text)``."""
    global _translator
    _translator = function


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language."""
    return _translator(context, text)
