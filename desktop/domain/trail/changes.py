"""An event's before and after, as a table a person reads: each field's label, its old and its new value, with
codes, ids, dates and nested settings written out in the current language."""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.bilingual import pick
from desktop.core.formatting import official_date, official_datetime
from desktop.core.i18n import current_language, translate
from desktop.domain.screening.service import rule_label
from desktop.domain.settings.catalogue import SPECS, choices, setting_label
from desktop.domain.trail.fields import HIDDEN, REFERENCES, field_labels, value_label
from desktop.domain.trail.records import record_phrase

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
RecordNames = dict[tuple[str, int], str]


@dataclass(frozen=True)
class FieldChange:
    """One row of the before/after table; ``field`` is the stored key (for tests and search)."""

    field: str
    label: str
    before: str
    after: str


def references(entity_type: str, *states: dict[str, Any] | None) -> Iterator[tuple[str, int]]:
    """The records that ids in ``states`` point to, so that their names are looked up with the event's."""
    for state in states:
        for field, value in (state or {}).items():
            kind = REFERENCES.get(field)
            if kind is None:
                continue
            values = value.keys() if isinstance(value, dict) else value if isinstance(value, list) else [value]
            for item in values:
                if (isinstance(item, int) and not isinstance(item, bool)) or (isinstance(item, str) and item.isdigit()):
                    yield kind, int(item)


def _yes_no(value: bool) -> str:
    return translate("AuditValue", "Yes") if value else translate("AuditValue", "No")


def setting_value(key: str, value: Any) -> str:
    """A business setting's value as the settings dialog shows it (40 %, Yes, the choice's label)."""
    spec = SPECS.get(key)
    if spec is None or value is None:
        return plain(value)
    if spec.kind == "bool":
        return _yes_no(bool(value))
    if spec.kind == "percent":
        try:
            return f"{(Decimal(str(value)) * 100).normalize():f} %"
        except InvalidOperation:
            return str(value)
    if spec.kind == "choice":
        return dict(choices(key)).get(str(value), str(value))
    if spec.kind == "days":  # declared holidays: "2026. 10. 2. 임시공휴일; …"
        return "; ".join(f"{official_date(date.fromisoformat(day))} {name}" for day, name in value) or "—"
    return str(value)


def plain(value: Any) -> str:
    """Any stored value without a declared meaning: dates and moments written out, lists joined, nothing raw."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, str) and _MOMENT.match(value):
        try:
            return official_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and _DATE.match(value):
        return official_date(date.fromisoformat(value))
    if isinstance(value, list):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, dict):
        labels = field_labels()
        return "; ".join(f"{labels.get(k, k)}: {plain(v)}" for k, v in value.items())
    return str(value)


def value_text(entity_type: str, field: str, value: Any, names: RecordNames) -> str:
    """``value`` of ``field`` as it reads in the log."""
    if value is None or value == "" or value == []:
        return "—"
    kind = REFERENCES.get(field)
    if field == "settings" and isinstance(value, dict):
        return "; ".join(f"{setting_label(k)}: {setting_value(k, v)}" for k, v in value.items() if k in SPECS)
    if field == "votes" and isinstance(value, dict):
        return "; ".join(f"{_referenced(names, 'committee_members', k)}: {_uphold(v)}" for k, v in value.items())
    if field == "rules" and isinstance(value, list):
        return "; ".join(_rule_line(item) for item in value if isinstance(item, dict))
    if field == "override" and isinstance(value, dict):
        return translate("AuditValue", "{verdict}: {reason} ({by})").format(
            verdict=_met(value.get("passed")), reason=value.get("reason", ""), by=value.get("by", ""))
    if field == "scores" and isinstance(value, dict):
        return ", ".join(translate("AuditValue", "criterion {n}: {score}").format(n=k, score=v)
                         for k, v in value.items())
    if field == "size" and isinstance(value, int):
        return translate("AuditValue", "{size} bytes").format(size=f"{value:,}")
    if field == "deficiencies" and isinstance(value, list):  # typed, or both languages as the app wrote them
        return "; ".join(pick(item, current_language()) if isinstance(item, dict) else str(item) for item in value)
    if kind is not None and isinstance(value, list):
        return ", ".join(_referenced(names, kind, v) for v in value)
    if kind is not None and isinstance(value, int) and not isinstance(value, bool) and field != "present":
        return _referenced(names, kind, value)
    shown = value_label(entity_type, field)
    if shown is not None:
        return ", ".join(map(shown, value)) if isinstance(value, list) else shown(value)
    return plain(value)


def _referenced(names: RecordNames, kind: str, value: Any) -> str:
    if isinstance(value, str) and not value.isdigit():
        return value  # already a name (e.g. the inspectors of a new schedule)
    name = names.get((kind, int(value)))
    return name if name is not None else record_phrase(kind, int(value), None)


def _uphold(value: Any) -> str:
    return translate("AuditValue", "uphold") if value else translate("AuditValue", "reject")


def _met(value: Any) -> str:
    return translate("AuditValue", "met") if value else translate("AuditValue", "not met")


def _rule_line(item: dict[str, Any]) -> str:
    text = f"{rule_label(str(item.get('rule', '')))}: {_met(item.get('passed'))}"
    return text + " " + translate("AuditValue", "(judged differently)") if item.get("overridden") else text


def field_changes(entity_type: str, before: dict[str, Any] | None, after: dict[str, Any] | None,
                  names: RecordNames) -> list[FieldChange]:
    """The before/after table of one event: the fields in the order the service kept them, bookkeeping left out."""
    before, after = before or {}, after or {}
    labels = field_labels()
    keys = [k for k in (*after, *(k for k in before if k not in after)) if k not in HIDDEN]
    rows = []
    for key in keys:
        if entity_type == "settings" and key in SPECS:  # a business setting: its own label and kind of value
            label = setting_label(key)
            old, new = setting_value(key, before.get(key)), setting_value(key, after.get(key))
        else:
            label = labels.get(f"{entity_type}.{key}") or labels.get(key) or key.replace("_", " ").capitalize()
            old = value_text(entity_type, key, before.get(key), names) if key in before else "—"
            new = value_text(entity_type, key, after.get(key), names) if key in after else "—"
        if (old, new) != ("—", "—"):  # a field left empty on both sides tells nothing
            rows.append(FieldChange(key, label, old, new))
    return rows


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def change_summary(changes: Iterable[FieldChange], *, created: bool) -> str:
    """One line for the log's table: "Status: Screening → Inspection"; a new record lists its first fields."""
    changes = [c for c in changes if c.after != "—"] if created else list(changes)
    shown = [f"{c.label}: {_short(c.after)}" if created else f"{c.label}: {_short(c.before)} → {_short(c.after)}"
             for c in changes[:3]]
    return "; ".join(shown) + ("; …" if len(changes) > 3 else "")
