"""Checklist templates: versioned JSON in ``resources/checklists/``, validated on load with clear errors."""

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from desktop.core.errors import ValidationError
from desktop.core.resources import resource_path

RESPONSE_TYPES = frozenset({"conform", "score", "text"})


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    ko: str
    en: str
    basis: str
    response: str  # conform (conform / nonconform / not applicable), score (0..max), text
    weight: Decimal
    max: Decimal
    note_required: bool
    evidence_required: bool


@dataclass(frozen=True)
class Checklist:
    version: str
    title_ko: str
    title_en: str
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem:
        return next(i for i in self.items if i.id == item_id)


@cache
def load_checklist(version: str) -> Checklist:
    path = resource_path("checklists", f"{version}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValidationError(f"{path.name}: not valid JSON ({error}).") from error
    items = []
    for n, item in enumerate(raw.get("items", []), start=1):
        where = f"{path.name}, item {n} ({item.get('id', '?')})"
        missing = [k for k in ("id", "ko", "en", "response", "weight") if k not in item]
        if missing:
            raise ValidationError(f"{where}: missing {', '.join(missing)}.")
        if item["response"] not in RESPONSE_TYPES:
            raise ValidationError(f"{where}: response must be one of {sorted(RESPONSE_TYPES)}.")
        if item["response"] == "score" and "max" not in item:
            raise ValidationError(f"{where}: a score item needs a max.")
        items.append(ChecklistItem(
            str(item["id"]), item["ko"], item["en"], item.get("basis", ""), item["response"],
            Decimal(str(item["weight"])), Decimal(str(item.get("max", 1))), bool(item.get("note_required")),
            bool(item.get("evidence_required")),
        ))
    if len({i.id for i in items}) != len(items):
        raise ValidationError(f"{path.name}: item ids must be unique.")
    return Checklist(str(raw.get("version")), raw["title"]["ko"], raw["title"]["en"], tuple(items))
