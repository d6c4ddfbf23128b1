"""Criteria sheets: versioned JSON files in ``resources/criteria/``, validated on load."""

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from desktop.core.errors import ResourceMissing, ValidationError
from desktop.core.resources import resource_path


@dataclass(frozen=True)
class Criterion:
    id: str
    max: Decimal
    ko: str
    en: str


@dataclass(frozen=True)
class CriteriaSheet:
    version: str
    title_ko: str
    title_en: str
    criteria: tuple[Criterion, ...]

    @property
    def total(self) -> Decimal:
        return sum((c.max for c in self.criteria), Decimal(0))


@cache
def load_criteria(version: str) -> CriteriaSheet:
    path = resource_path("criteria", f"{version}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        criteria = tuple(
            Criterion(str(c["id"]), Decimal(str(c["max"])), str(c["ko"]), str(c["en"])) for c in raw["criteria"]
        )
        sheet = CriteriaSheet(str(raw["version"]), raw["title"]["ko"], raw["title"]["en"], criteria)
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"{path.name}: the criteria sheet is malformed ({error!r}).") from error
    if sheet.version != version:
        raise ValidationError(f"{path.name}: declares version {sheet.version}, expected {version}.")
    if not criteria or any(c.max <= 0 for c in criteria) or len({c.id for c in criteria}) != len(criteria):
        raise ValidationError(f"{path.name}: criteria need unique ids and positive maxima.")
    return sheet


def available_versions() -> list[str]:
    try:
        folder = resource_path("criteria")
    except ResourceMissing:
        return []
    return sorted(p.stem for p in folder.glob("*.json"))
