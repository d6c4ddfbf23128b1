"""What a business setting is: one typed declaration (``SettingSpec[T]``) from which the defaults, the checks, the
editor's row, the per-round copy and the export derive; ``spec.of(values)`` reads it typed from stored values."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Kinds: text, postcode, phone, email, website (checked text); int, decimal, percent (stored as a ratio "0.4",
# edited as 40 %); bool; choice (one of ``choices()``); optional (text that may be empty: a file path, a name);
# certificates (PEM text of one or more X.509 certificates, or empty); seal (a transparent PNG as base64, or empty:
# edited in the dialog's seal box, never in a text field); days (a list of [ISO date, name], at most ``max_length``
# of them).
TEXT_KINDS = ("text", "postcode", "phone", "email", "website")
NUMBER_KINDS = ("int", "decimal", "percent")
REQUIRED_KINDS = (*TEXT_KINDS, "choice")  # an empty stored value of these means "not set": the default holds

Label = Callable[[], str]
"""A translated text, looked up when shown (the language may change while the program runs)."""


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """One business setting: its stored key (never renamed: the database and old exports name it), kind, default
    as stored (JSON: "70", 10, True, "0.4"), bounds, label and help, and whether each round freezes a copy."""

    key: str
    group: str
    kind: str
    default: Any
    label_text: Label
    help_text: Label | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    per_round: bool = False  # copied into each new round and frozen when it opens
    round_column: bool = False  # per round, but kept in the round's own column rather than its settings copy
    max_length: int = 200
    offered: Callable[[], list[tuple[str, str]]] | None = None  # a choice's (stored value, label)

    @property
    def label(self) -> str:
        return self.label_text()

    @property
    def help(self) -> str:
        return self.help_text() if self.help_text is not None else ""

    @property
    def frozen_per_round(self) -> bool:
        """Copied into a new round's own settings (the round-column ones live in columns of the round)."""
        return self.per_round and not self.round_column

    @property
    def default_value(self) -> T:
        """The declared default, typed (``PASS_MARK.default_value`` → ``Decimal("70")``)."""
        return self.typed(None)

    def choices(self) -> list[tuple[str, str]]:
        return self.offered() if self.offered is not None else []

    def typed(self, stored: Any) -> T:
        """A stored (JSON) value as the program uses it: int, Decimal, bool, str or the list of declared days."""
        value = self.default if stored is None or (stored == "" and self.kind in REQUIRED_KINDS) else stored
        converted: Any
        if self.kind == "int":
            converted = int(value)
        elif self.kind in ("decimal", "percent"):
            converted = Decimal(str(value))
        elif self.kind == "bool":
            converted = bool(value)
        elif self.kind == "days":
            converted = [list(row) for row in value or []]
        else:
            converted = str(value if value is not None else "")
        return converted  # type: ignore[no-any-return]

    def of(self, values: Mapping[str, Any]) -> T:
        """The value in ``values`` (the settings as stored, a round's frozen copy, a document's snapshot), or the
        declared default where they do not name it."""
        return self.typed(values.get(self.key))


def _bounds(minimum: str | None, maximum: str | None) -> dict[str, Decimal | None]:
    return {"minimum": Decimal(minimum) if minimum is not None else None,
            "maximum": Decimal(maximum) if maximum is not None else None}


def text(key: str, group: str, default: str, label: Label, *, kind: str = "text", **more: Any) -> SettingSpec[str]:
    return SettingSpec(key, group, kind, default, label, **more)


def whole(key: str, group: str, default: int, label: Label, minimum: str, maximum: str,
          **more: Any) -> SettingSpec[int]:
    return SettingSpec(key, group, "int", default, label, **_bounds(minimum, maximum), **more)


def decimal(key: str, group: str, default: str, label: Label, minimum: str, maximum: str, *, kind: str = "decimal",
            **more: Any) -> SettingSpec[Decimal]:
    """A decimal, or with ``kind="percent"`` a ratio ("0.4") bounded and edited as a percentage (0–100)."""
    return SettingSpec(key, group, kind, default, label, **_bounds(minimum, maximum), **more)


def yes_no(key: str, group: str, default: bool, label: Label, **more: Any) -> SettingSpec[bool]:
    return SettingSpec(key, group, "bool", default, label, **more)


def choice(key: str, group: str, default: str, label: Label, offered: Callable[[], list[tuple[str, str]]],
           **more: Any) -> SettingSpec[str]:
    return SettingSpec(key, group, "choice", default, label, offered=offered, **more)


def days(key: str, group: str, label: Label, **more: Any) -> SettingSpec[list[list[str]]]:
    return SettingSpec(key, group, "days", [], label, **more)
