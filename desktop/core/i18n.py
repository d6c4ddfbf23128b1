"""Translation hook for Qt-free code.

Domain messages are written in English and marked with ``translate(context, text)`` so that
``pyside6-lupdate`` collects them; the GUI installs Qt's translator, the CLI keeps English.
A count is written ``%n`` with the plural ending in brackets, ``translate(context, "%n row(s)", "", n)``: Qt picks
the form of the language, and without Qt the English singular or plural is made from the brackets.
"""

import re
import threading
from collections.abc import Callable

Translator = Callable[[str, str, int], str]
"""``(context, text, n)`` → the text in the language; ``n`` is the count of a plural text, -1 otherwise."""

PLURAL_ENDING = re.compile(r"(?<=[a-z])\(([a-z]+)\)")  # the "(s)" of "row(s)"


def english_plural(text: str, n: int) -> str:
    """``"%n row(s)"`` for ``n``: "1 row", "2 rows"."""
    return PLURAL_ENDING.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def _english(context: str, text: str, n: int) -> str:
    return english_plural(text, n) if n >= 0 else text


_translator: Translator = _english
_language = "en"
_this_thread = threading.local()  # a translator for this thread only (texts written in both languages)


def install_translator(function: Translator | None, language: str = "en") -> None:
    """Route every ``translate`` call through ``function(context, text, n)`` (None: English as written)."""
    global _translator, _language
    _translator = function or _english
    _language = language


def current_language() -> str:
    """``ko`` or ``en``: the language ``translate`` answers in (for texts kept in both, like criterion names)."""
    return getattr(_this_thread, "language", None) or _language


def set_thread_translator(function: Translator | None, language: str | None = None) -> None:
    """Route this thread's ``translate`` calls through ``function`` (None: back to the installed translator)."""
    _this_thread.translator = function
    _this_thread.language = language if function is not None else None


def translation_key() -> tuple[object, str]:
    """What ``translate`` answers with on this thread now (translator and language), for caching translated
    tables: equal keys, equal translations."""
    return (getattr(_this_thread, "translator", None) or _translator, current_language())


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """Return ``text`` in the user's language (``n``: the count of a plural text; ``disambiguation`` as in Qt)."""
    return (getattr(_this_thread, "translator", None) or _translator)(context, text, n)


class Plural:
    """Counts outside a QObject: ``Plural.tr("%n document(s)…", "", n)`` (context "Plural"). lupdate marks a text
    as plural only in a ``….tr`` call whose count is not a literal, so counts are written this way."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Plural", text, disambiguation, n)
