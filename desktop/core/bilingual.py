"""Texts the app writes on documents in both languages: made once per language, stored as ``{"ko", "en"}``.

A rule's reason or a deficiency is written with ``translate`` like any message; ``both`` evaluates it under the
Korean catalogue (the shipped .ts, read without Qt) and in English, so a record keeps what the app wrote in both
languages and a document prints the one of its language. What a person typed is kept as a plain string.
"""

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TypeVar

from desktop.core import i18n
from desktop.core.resources import resource_path

T = TypeVar("T")
Text = str | dict[str, str]
"""A stored text: a plain string (as a person typed it, or an older record) or ``{"ko": …, "en": …}``."""


@cache
def korean_catalogue() -> dict[tuple[str, str], tuple[str, ...]]:
    """The finished Korean translations of the shipped .ts file, by (context, source): the forms of each."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    root = ET.parse(resource_path("translations", "designation_review_ko.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            if any(forms):
                table[(name, message.findtext("source", ""))] = forms
    return table


def korean(context: str, text: str, n: int = -1) -> str:
    """``text`` in Korean from the shipped catalogue (English as written when it has no translation)."""
    forms = korean_catalogue().get((context, text))
    if forms is None:
        return i18n.english_plural(text, n) if n >= 0 else text
    return forms[0].replace("%n", str(n)) if n >= 0 else forms[0]


def _english(context: str, text: str, n: int) -> str:
    return i18n.english_plural(text, n) if n >= 0 else text


TRANSLATORS: dict[str, i18n.Translator] = {"ko": korean, "en": _english}


@contextmanager
def written_in(language: str) -> Iterator[None]:
    """Within the block, ``translate`` on this thread answers in ``language`` (other threads are untouched)."""
    previous = (getattr(i18n._this_thread, "translator", None), getattr(i18n._this_thread, "language", None))
    i18n.set_thread_translator(TRANSLATORS[language], language)
    try:
        yield
    finally:
        i18n.set_thread_translator(*previous)


def in_language(language: str, make: Callable[[], T]) -> T:
    """``make()`` evaluated with ``translate`` answering in ``language``."""
    with written_in(language):
        return make()


def both(make: Callable[[], str]) -> dict[str, str]:
    """``{"ko": …, "en": …}``: the text ``make`` writes, in each language."""
    return {language: in_language(language, make) for language in ("ko", "en")}


def pick(text: Text | None, language: str) -> str:
    """The text as a document in ``language`` prints it: a plain string as stored, else its ``language`` form."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return str(text.get(language) or text.get("ko") or text.get("en") or "")


def matches(typed: str, text: Text) -> bool:
    """Whether ``typed`` is ``text`` unchanged, in either language (so the app's two forms may be kept)."""
    forms = [text] if isinstance(text, str) else list(text.values())
    return any(typed.strip() == form.strip() for form in forms)
