"""Criteria sheets: versioned JSON files in ``resources/criteria/``, validated on load.

A sheet file::

    {"version": "2026.1", "title": {"ko": "…", "en": "…"}, "step": 0.5, "tie_break": ["1", "4"],
     "criteria": [{"id": "1", "max": 30, "ko": "전문인력", "en": "Professional staff…"}, …]}

``step`` (default 0.5) is the smallest score increment; ``tie_break`` names the criteria whose aggregates
break a tie between equal totals, in order. A round pins the version when it opens; files are never edited
once a round used them (a change is a new version).
"""

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.errors import ResourceMissing, ValidationError
from desktop.core.resources import resource_path
from desktop.domain.settings import hooks as settings_hooks

DEFAULT_STEP = Decimal("0.5")


@dataclass(frozen=True)
class Criterion:
    id: str
    max: Decimal
    ko: str
    en: str

    def name(self, language: str) -> str:
        return self.en if language == "en" else self.ko


@dataclass(frozen=True)
class CriteriaSheet:
    version: str
    title_ko: str
    title_en: str
    criteria: tuple[Criterion, ...]
    step: Decimal = DEFAULT_STEP
    tie_break: tuple[str, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((c.max for c in self.criteria), Decimal(0))

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)


def _decimal(value: Any, where: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation as error:
        raise ValueError(f"{where}: '{value}' is not a number") from error
    if not number.is_finite():
        raise ValueError(f"{where}: '{value}' is not a number")
    return number


def parse_criteria(raw: Any, name: str) -> CriteriaSheet:
    """Validate the decoded JSON of a criteria file; errors name the file and the item."""
    try:
        if not isinstance(raw, dict):
            raise ValueError("the file must hold one JSON object")
        items = raw.get("criteria")
        if not isinstance(items, list) or not items:
            raise ValueError("'criteria' must be a non-empty list")
        criteria = []
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise ValueError(f"criterion {n} must be an object")
            missing = [key for key in ("id", "max", "ko", "en") if key not in item]
            if missing:
                raise ValueError(f"criterion {n} lacks {', '.join(missing)}")
            cid = str(item["id"])
            maximum = _decimal(item["max"], f"criterion {cid} max")
            if maximum <= 0:
                raise ValueError(f"criterion {cid}: the maximum must be positive")
            criteria.append(Criterion(cid, maximum, str(item["ko"]), str(item["en"])))
        ids = [c.id for c in criteria]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"criterion ids must be unique; repeated: {', '.join(duplicates)}")
        step = _decimal(raw.get("step", DEFAULT_STEP), "step")
        if step <= 0 or any((c.max % step) != 0 for c in criteria):
            raise ValueError(f"step {step} must be positive and divide every maximum")
        tie_break = tuple(str(t) for t in raw.get("tie_break", []))
        unknown = [t for t in tie_break if t not in ids]
        if unknown:
            raise ValueError(f"tie_break names unknown criteria: {', '.join(unknown)}")
        title = raw.get("title") or {}
        return CriteriaSheet(str(raw["version"]), str(title.get("ko", "")), str(title.get("en", "")),
                             tuple(criteria), step, tie_break)
    except (KeyError, TypeError, ValueError) as error:
        detail = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise ValidationError(f"{name}: the criteria sheet is malformed ({detail}).") from error


def read_criteria_file(path: Path) -> CriteriaSheet:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(f"{path.name}: the criteria sheet cannot be read ({error}).") from error
    return parse_criteria(raw, path.name)


@cache
def load_criteria(version: str) -> CriteriaSheet:
    path = resource_path("criteria", f"{version}.json")
    sheet = read_criteria_file(path)
    if sheet.version != version:
        raise ValidationError(f"{path.name}: declares version {sheet.version}, expected {version}.")
    return sheet


@settings_hooks.criteria_versions.implement
def available_versions() -> list[str]:
    try:
        folder = resource_path("criteria")
    except ResourceMissing:
        return []
    return sorted(p.stem for p in folder.glob("*.json"))
