"""Document and case numbers such as ``제재-2026-0001``: written with their prefix and four-digit serial, read as
people type them (with the prefix, its English form such as ``SAN-2026-0001``, or only ``2026-1``)."""

import re
from collections.abc import Mapping

from desktop.core.errors import ValidationError


def format_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}-{year}-{sequence:04d}"


def read_parts(text: str, prefix: str, error: str, aliases: Mapping[str, str] | None = None) -> tuple[int, int]:
    """(year, serial) of a typed number; ``error`` names it (``{text}`` and ``{example}`` are filled in)."""
    typed = text.strip()
    for alias in sorted(aliases or {}, key=len, reverse=True):
        if typed.upper().startswith(alias):
            typed = (aliases or {})[alias] + typed[len(alias):]
            break
    match = re.fullmatch(rf"(?:{re.escape(prefix)}-?)?(\d{{4}})-(\d{{1,6}})", typed)
    if match is None:
        raise ValidationError(error.format(text=text.strip(), example=format_number(prefix, 2026, 1)),
                              field="number")
    return int(match.group(1)), int(match.group(2))


def read_number(text: str, prefix: str, error: str, aliases: Mapping[str, str] | None = None) -> str:
    """A typed number in its stored form (``제재-2026-0001``)."""
    return format_number(prefix, *read_parts(text, prefix, error, aliases))
