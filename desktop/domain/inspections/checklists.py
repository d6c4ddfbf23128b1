"""Checklist templates: versioned JSON files in ``resources/checklists/``, validated on load.

A template (format 1, described for editors by ``resources/checklists/checklist.schema.json``)::

    {"format": 1, "version": "2026.1", "title": {"ko": "…", "en": "…"},
     "items": [{"id": "S1", "text": {"ko": "…", "en": "…"}, "guidance": {"ko": "…", "en": "…"},
                "basis": "시행령 제12조제2항제1호가목" (or {"ko": …, "en": …}), "response": "conform", "weight": 3,
                "note_required": true, "evidence_required": true}, …]}

``response`` is ``conform`` (conform / nonconform / not applicable), ``score`` (0..``max``, at most 9 so that
one key answers it; a score below ``nonconform_below`` counts as nonconform) or ``text``. ``note_required`` and
``evidence_required`` apply to nonconform answers; ``required: false`` lets an item stay unanswered. Every error
names the file and the item. An inspection stores the template it was scheduled with, so editing or adding a
version never changes an old inspection.
"""

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.errors import ResourceMissing, ValidationError
from desktop.core.i18n import translate
from desktop.core.resources import resource_path
from desktop.domain.settings import hooks as settings_hooks

FORMAT = 1
RESPONSE_TYPES = ("conform", "score", "text")
MAX_SCORE_LIMIT = 9  # one digit key answers a score item
ITEM_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,39}$")
VERSION = re.compile(r"^[0-9]{4}\.[0-9]+$")
TOP_KEYS = frozenset({"$schema", "format", "version", "title", "description", "items"})
ITEM_KEYS = frozenset({"id", "text", "guidance", "basis", "response", "weight", "max", "nonconform_below",
                       "note_required", "evidence_required", "required"})


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    ko: str
    en: str
    basis: str
    response: str  # conform, score or text
    weight: Decimal
    max: Decimal  # 1 for a conform item
    note_required: bool  # for a nonconform answer
    evidence_required: bool  # for a nonconform answer
    required: bool = True
    nonconform_below: Decimal = Decimal(0)  # score items: a score below this is nonconform
    guidance_ko: str = ""
    guidance_en: str = ""
    basis_en: str = ""  # the template's English citation, if it gives one

    def text(self, language: str) -> str:
        return self.en if language == "en" else self.ko

    def guidance(self, language: str) -> str:
        return self.guidance_en if language == "en" else self.guidance_ko

    @property
    def scored(self) -> bool:
        return self.response in ("conform", "score") and self.weight > 0


@dataclass(frozen=True)
class Checklist:
    version: str
    title_ko: str
    title_en: str
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise ValidationError(translate("Checklists", "The checklist {version} has no item {item}.")
                              .format(version=self.version, item=item_id), field=item_id)

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_ko

    @property
    def max_score(self) -> Decimal:
        return sum((i.max * i.weight for i in self.items if i.scored), Decimal(0))


class _Malformed(Exception):
    """One problem, said in words; ``parse_checklist`` prefixes the file and the item."""


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Malformed(translate("Checklists", "'{field}' must be non-empty text").format(field=what))
    return value.strip()


def _bilingual(raw: dict[str, Any], key: str, required: bool) -> tuple[str, str]:
    value = raw.get(key)
    if value is None and not required:
        return "", ""
    if not isinstance(value, dict):
        raise _Malformed(translate("Checklists", "'{field}' must be an object with 'ko' and 'en'").format(field=key))
    unknown = sorted(set(value) - {"ko", "en"})
    if unknown:
        raise _Malformed(translate("Checklists", "unknown field '{field}'").format(field=f"{key}.{unknown[0]}"))
    return _text(value.get("ko"), f"{key}.ko"), _text(value.get("en"), f"{key}.en")


def _number(raw: dict[str, Any], key: str, default: Decimal | None = None) -> Decimal:
    if key not in raw and default is not None:
        return default
    value = raw.get(key)
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise InvalidOperation
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number < 0:
        raise _Malformed(translate("Checklists", "'{field}' must be a number of at least 0 (got {value})")
                         .format(field=key, value=json.dumps(value, ensure_ascii=False)))
    return number


def _flag(raw: dict[str, Any], key: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise _Malformed(translate("Checklists", "'{field}' must be true or false").format(field=key))
    return value


def _item(raw: Any) -> ChecklistItem:
    if not isinstance(raw, dict):
        raise _Malformed(translate("Checklists", "an item must be a JSON object"))
    unknown = sorted(set(raw) - ITEM_KEYS)
    if unknown:
        raise _Malformed(translate("Checklists", "unknown field '{field}'").format(field=unknown[0]))
    ko, en = _bilingual(raw, "text", required=True)
    guidance_ko, guidance_en = _bilingual(raw, "guidance", required=False)
    response = raw.get("response")
    if response not in RESPONSE_TYPES:
        raise _Malformed(translate("Checklists", "'response' must be one of {choices} (got {value})")
                         .format(choices=", ".join(RESPONSE_TYPES), value=json.dumps(response, ensure_ascii=False)))
    weight = _number(raw, "weight")
    maximum = Decimal(1)
    below = Decimal(0)
    if response == "score":
        maximum = _number(raw, "max")
        if maximum != maximum.to_integral_value() or not 1 <= maximum <= MAX_SCORE_LIMIT:
            raise _Malformed(translate("Checklists", "'max' of a score item must be a whole number from 1 to {limit}")
                             .format(limit=MAX_SCORE_LIMIT))
        below = _number(raw, "nonconform_below", Decimal(0))
        if below > maximum:
            raise _Malformed(translate("Checklists", "'nonconform_below' cannot exceed 'max'"))
    else:
        for key in ("max", "nonconform_below"):
            if key in raw:
                raise _Malformed(translate("Checklists", "'{field}' is only for score items").format(field=key))
    if response == "text" and weight != 0:
        raise _Malformed(translate("Checklists", "a text item is not scored: its 'weight' must be 0"))
    basis, basis_en = raw.get("basis", ""), ""
    if isinstance(basis, dict):  # a template may give the English citation; a plain one is translated when printed
        basis, basis_en = _bilingual(raw, "basis", required=True)
    elif not isinstance(basis, str):
        raise _Malformed(translate("Checklists", "'basis' must be text or an object with 'ko' and 'en'"))
    return ChecklistItem(
        id=str(raw["id"]), ko=ko, en=en, basis=basis.strip(), response=response, weight=weight, max=maximum,
        note_required=_flag(raw, "note_required", False), evidence_required=_flag(raw, "evidence_required", False),
        required=_flag(raw, "required", True), nonconform_below=below, guidance_ko=guidance_ko,
        guidance_en=guidance_en, basis_en=basis_en.strip(),
    )


def _where(source: str, n: int | None = None, item_id: object = None) -> str:
    if n is None:
        return source
    label = item_id if isinstance(item_id, str) and item_id else "?"
    return translate("Checklists", "{source}, item {n} ({id})").format(source=source, n=n, id=label)


def parse_checklist(raw: Any, source: str) -> Checklist:
    """Validate decoded template JSON; a ValidationError names ``source`` (the file) and the item."""
    if not isinstance(raw, dict):
        raise ValidationError(translate("Checklists", "{where}: the template must be one JSON object.")
                              .format(where=source))
    try:
        unknown = sorted(set(raw) - TOP_KEYS)
        if unknown:
            raise _Malformed(translate("Checklists", "unknown field '{field}'").format(field=unknown[0]))
        if raw.get("format", FORMAT) != FORMAT:
            raise _Malformed(translate("Checklists", "format {value} is not supported (this version reads format "
                                                     "{format})").format(value=raw.get("format"), format=FORMAT))
        version = raw.get("version")
        if not isinstance(version, str) or not VERSION.match(version):
            raise _Malformed(translate("Checklists", "'version' must look like 2026.1"))
        title_ko, title_en = _bilingual(raw, "title", required=True)
        items = raw.get("items")
        if not isinstance(items, list) or not items:
            raise _Malformed(translate("Checklists", "'items' must be a non-empty list"))
    except _Malformed as problem:
        raise ValidationError(f"{source}: {problem}.") from None
    parsed: list[ChecklistItem] = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        item_id = item.get("id") if isinstance(item, dict) else None
        try:
            if not isinstance(item_id, str) or not ITEM_ID.match(item_id):
                raise _Malformed(translate("Checklists", "'id' must be a short code such as S1 (letters, digits, "
                                                         "'.', '_', '-')"))
            if item_id in seen:
                raise _Malformed(translate("Checklists", "the id {id} is used twice").format(id=item_id))
            parsed.append(_item(item))
        except _Malformed as problem:
            raise ValidationError(f"{_where(source, n, item_id)}: {problem}.",
                                  field=item_id if isinstance(item_id, str) else None) from None
        seen.add(item_id)
    if not any(i.scored for i in parsed):
        raise ValidationError(translate("Checklists", "{where}: at least one item must carry a weight above 0.")
                              .format(where=source))
    return Checklist(version, title_ko, title_en, tuple(parsed))


def read_checklist_file(path: Path) -> Checklist:
    """Read and validate one template file; its version must match its file name."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(translate("Checklists", "{where}: the file cannot be read ({error}).")
                              .format(where=path.name, error=error)) from error
    except json.JSONDecodeError as error:
        raise ValidationError(translate("Checklists", "{where}: not valid JSON (line {line}, column {column}: "
                                                      "{error}).")
                              .format(where=path.name, line=error.lineno, column=error.colno,
                                      error=error.msg)) from error
    checklist = parse_checklist(raw, path.name)
    if checklist.version != path.stem:
        raise ValidationError(translate("Checklists", "{where}: declares version {version}; the file name must be "
                                                      "{version}.json.").format(where=path.name,
                                                                                version=checklist.version))
    return checklist


@cache
def load_checklist(version: str) -> Checklist:
    """The shipped template of ``version`` (cached: shipped files are never edited once a round used them)."""
    return read_checklist_file(resource_path("checklists", f"{version}.json"))


@cache
def template_document(version: str) -> dict[str, Any]:
    """The decoded JSON of a shipped template, as an inspection stores it when it is scheduled."""
    load_checklist(version)  # validates
    return json.loads(resource_path("checklists", f"{version}.json").read_text(encoding="utf-8"))


def checklist_from_snapshot(snapshot: dict[str, Any] | None, version: str, source: str) -> Checklist:
    """The checklist an inspection pinned: its stored copy, else (older rows) the shipped file of its version."""
    if snapshot is None:
        return load_checklist(version)
    return parse_checklist(snapshot, source)


@settings_hooks.checklist_versions.implement
def available_versions() -> list[str]:
    try:
        folder = resource_path("checklists")
    except ResourceMissing:
        return []
    return sorted((p.stem for p in folder.glob("*.json") if VERSION.match(p.stem)),
                  key=lambda v: tuple(int(x) for x in v.split(".")))
