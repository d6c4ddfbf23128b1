"""Business settings with declared defaults (DOMAIN.md "our defaults"); rounds freeze a copy when they open.

The administrator changes them (checked by ``validate_setting``, audited); a round keeps the values it was created
with, so only rounds created afterwards take a new default.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.models import AuditEvent
from desktop.domain.audit.service import record
from desktop.domain.settings.catalogue import (
    REMEDY_APPEAL_DAYS,
    REMEDY_APPEAL_LIMIT_DAYS,
    REMEDY_LAWSUIT_DAYS,
    REMEDY_LAWSUIT_LIMIT_YEARS,
    SPECS,
    choices,
    setting_label,
)
from desktop.domain.settings.declaration import SettingSpec
from desktop.domain.settings.models import Setting
from desktop.domain.versions import stale_edit

T = TypeVar("T")


class _Defaults(Mapping[str, Any]):
    """Every setting's default as declared in ``catalogue.SPECS``, read live (a setting declared later is in it)."""

    def __getitem__(self, key: str) -> Any:
        return SPECS[key].default

    def __iter__(self) -> Iterator[str]:
        return iter(SPECS)

    def __len__(self) -> int:
        return len(SPECS)


DEFAULTS: Mapping[str, Any] = _Defaults()
"""The declared defaults (issuing authority renamed on 2025-10-01: 특허청장 → 지식재산처장; the statutory remedy
periods; no seal image and no signing key until the administrator loads them)."""


def round_frozen_keys() -> tuple[str, ...]:
    """The per-round settings a new round copies into its own settings (the others have columns of the round)."""
    return tuple(key for key, spec in SPECS.items() if spec.frozen_per_round)


def get_settings(session: Session) -> dict[str, Any]:
    """Defaults overlaid with what the administrator stored (as stored: read one typed with ``spec.of(...)``)."""
    values = dict(DEFAULTS)
    for setting in session.scalars(select(Setting)):
        values[setting.key] = setting.value
    return values


def value(session: Session, spec: SettingSpec[T]) -> T:
    """One setting as in force now, typed: ``value(session, PASS_MARK)`` → ``Decimal("70")``."""
    stored = session.get(Setting, spec.key)
    return spec.typed(stored.value if stored is not None else None)


_POSTCODE = re.compile(r"^[0-9]{5}$")
_PHONE = re.compile(r"^[0-9+()][0-9 ()\-]{5,38}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^\S+\.\S+$")


def _plain(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 70, 72.5, 0.4."""
    text = format(number.normalize(), "f")
    return text if text != "-0" else "0"


def _number(value: Any) -> Decimal:
    """The number typed (a decimal comma accepted); NaN when it is none."""
    if isinstance(value, bool):
        return Decimal("NaN")
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return Decimal("NaN")


def _decimals(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _out_of_range(spec: SettingSpec, number: Decimal) -> bool:
    return (not number.is_finite() or (spec.minimum is not None and number < spec.minimum)
            or (spec.maximum is not None and number > spec.maximum))


def validate_setting(key: str, value: Any) -> Any:
    """The value to store for ``key``, or a ValidationError naming the setting (``field=key``).

    Whole numbers become ``int``, decimals a plain decimal string ("72.5"), percentages the ratio ("0.4"),
    texts are stripped; a choice must be one offered (criteria and checklist versions: the shipped files).
    """
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationError(translate("Settings", "Unknown setting: {key}.").format(key=key), field=key)
    label = setting_label(key)
    if spec.kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValidationError(translate("Settings", "{setting}: choose yes or no.").format(setting=label), field=key)
    if spec.kind == "int":
        number = _number(value)
        if _out_of_range(spec, number) or number != number.to_integral_value():
            raise ValidationError(translate("Settings", "{setting}: a whole number from {min} to {max}.")
                                  .format(setting=label, min=spec.minimum, max=spec.maximum), field=key)
        return int(number)
    if spec.kind == "decimal":
        number = _number(value)
        if _out_of_range(spec, number) or _decimals(number) > 2:
            raise ValidationError(translate("Settings", "{setting}: a number from {min} to {max}, with at most "
                                            "two decimals.").format(setting=label, min=spec.minimum,
                                                                    max=spec.maximum), field=key)
        return _plain(number)
    if spec.kind == "percent":
        ratio = _number(value)
        percent = ratio * 100 if ratio.is_finite() else ratio
        if _out_of_range(spec, percent) or _decimals(percent) > 2:
            raise ValidationError(translate("Settings", "{setting}: a percentage from {min} % to {max} %, with "
                                            "at most two decimals.").format(setting=label, min=spec.minimum,
                                                                            max=spec.maximum), field=key)
        return _plain(ratio)
    if spec.kind == "choice":
        offered = [v for v, _ in choices(key)]
        if value not in offered:
            raise ValidationError(translate("Settings", "{setting}: choose one of {choices}.")
                                  .format(setting=label, choices=", ".join(offered)), field=key)
        return value
    if spec.kind == "days":
        return validate_declared_days(spec, label, value)
    text = str(value if value is not None else "").strip()
    if spec.kind == "seal":
        from desktop.domain.settings.seal import checked_seal_text

        return checked_seal_text(text)
    if spec.kind in ("optional", "certificates"):
        return _optional_text(spec, label, text)
    if not text:
        raise ValidationError(translate("Settings", "{setting}: enter a value.").format(setting=label), field=key)
    if len(text) > spec.max_length:
        raise ValidationError(translate("Settings", "{setting}: at most {n} characters.")
                              .format(setting=label, n=spec.max_length), field=key)
    checks = {
        "postcode": (_POSTCODE, translate("Settings", "The postcode has five digits, e.g. 35208.")),
        "phone": (_PHONE, translate("Settings", "{setting}: digits and hyphens, e.g. 042-481-5000.")),
        "email": (_EMAIL, translate("Settings", "{setting}: an address like name@example.kr.")),
        "website": (_WEBSITE, translate("Settings", "{setting}: an address like www.moip.go.kr.")),
    }
    if spec.kind in checks and not checks[spec.kind][0].match(text):
        raise ValidationError(checks[spec.kind][1].format(setting=label), field=key)
    return text


def validate_declared_days(spec: SettingSpec, label: str, value: Any) -> list[list[str]]:
    """Declared days as stored: ``[[ISO date, name], …]`` in date order, one name per day, no empty name."""
    rows = value if isinstance(value, (list, tuple)) else None
    if rows is None or len(rows) > spec.max_length:
        raise ValidationError(translate("Settings", "{setting}: a list of at most {n} days with their names.")
                              .format(setting=label, n=spec.max_length), field=spec.key)
    days: dict[str, str] = {}
    for row in rows:
        try:
            raw_day, raw_name = row
            day = date.fromisoformat(str(raw_day)).isoformat()
        except (TypeError, ValueError):
            raise ValidationError(translate("Settings", "{setting}: {value} is not a date such as 2026-10-02.")
                                  .format(setting=label, value=row), field=spec.key) from None
        name = str(raw_name or "").strip()
        if not name or len(name) > 100:
            raise ValidationError(translate("Settings", "{setting}: name the day of {day} (at most 100 characters).")
                                  .format(setting=label, day=day), field=spec.key)
        if day in days:
            raise ValidationError(translate("Settings", "{setting}: {day} is listed twice.")
                                  .format(setting=label, day=day), field=spec.key)
        days[day] = name
    return [[day, days[day]] for day in sorted(days)]


_PEM_CERTIFICATE = re.compile(r"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----")


def _optional_text(spec: SettingSpec, label: str, text: str) -> str:
    """A text that may be empty; a ``certificates`` value is PEM certificates and nothing else."""
    if len(text) > spec.max_length:
        raise ValidationError(translate("Settings", "{setting}: at most {n} characters.")
                              .format(setting=label, n=spec.max_length), field=spec.key)
    if spec.kind == "certificates" and text and (_PEM_CERTIFICATE.sub("", text).strip()
                                                 or not _PEM_CERTIFICATE.search(text)):
        raise ValidationError(translate("Settings", "{setting}: PEM certificates (-----BEGIN CERTIFICATE----- …) "
                                        "and nothing else.").format(setting=label), field=spec.key)
    return text + "\n" if spec.kind == "certificates" and text else text


@dataclass(frozen=True)
class SettingRow:
    key: str
    group: str
    kind: str
    label: str
    value: Any
    default: Any
    stored: bool  # False: the declared default is in force
    per_round: bool
    minimum: Decimal | None
    maximum: Decimal | None
    choices: tuple[tuple[str, str], ...]
    updated_at: datetime | None
    version: int = 0  # of the stored value (0: the default is in force); the editor's save names it
    help: str = ""  # what the setting does, in a sentence (shown as the field's tooltip)

    @property
    def is_default(self) -> bool:
        return self.value == self.default


def list_settings(session: Session, actor: Actor) -> list[SettingRow]:
    """Every setting in the editor's order, with its default and whether it was changed."""
    require(session, actor, Permission.MANAGE_SETTINGS)
    stored = {s.key: s for s in session.scalars(select(Setting))}
    return [
        SettingRow(key, spec.group, spec.kind, setting_label(key),
                   stored[key].value if key in stored else DEFAULTS[key], DEFAULTS[key], key in stored,
                   spec.per_round, spec.minimum, spec.maximum, tuple(choices(key)),
                   stored[key].updated_at if key in stored else None, stored[key].version if key in stored else 0,
                   spec.help)
        for key, spec in SPECS.items()
    ]


def _audited(key: str, value: Any) -> Any:
    """A value as the audit log keeps it: a seal image by its SHA-256 and size, anything else as it is."""
    if SPECS[key].kind == "seal":
        from desktop.domain.settings.seal import audited_seal

        return audited_seal(value)
    return value


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> bool:
    """Store a checked value (audited); False when it is already in force."""
    require(session, actor, Permission.MANAGE_SETTINGS)
    value = validate_setting(key, value)
    setting = session.get(Setting, key)
    before = setting.value if setting else DEFAULTS[key]
    if before == value:
        return False
    if setting is None:
        session.add(Setting(key=key, value=value, updated_by=actor.display_name))
    else:
        setting.value = value
        setting.version += 1
        setting.updated_by = actor.display_name
    record(session, actor, "setting.update", entity_type="settings", summary=key,
           before={key: _audited(key, before)}, after={key: _audited(key, value)})
    return True


def reset_setting(session: Session, actor: Actor, key: str) -> bool:
    """Back to the declared default (audited); False when the default was already in force."""
    require(session, actor, Permission.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise ValidationError(translate("Settings", "Unknown setting: {key}.").format(key=key), field=key)
    setting = session.get(Setting, key)
    if setting is None:
        return False
    before = setting.value
    session.delete(setting)
    record(session, actor, "setting.reset", entity_type="settings", summary=key,
           before={key: _audited(key, before)}, after={key: _audited(key, DEFAULTS[key])})
    return before != DEFAULTS[key]


# --- decision ---
def check_remedy_periods(values: Mapping[str, Any]) -> None:
    """A period counted from knowing of a disposition cannot outlast the one counted from the disposition."""
    if REMEDY_APPEAL_DAYS.of(values) > REMEDY_APPEAL_LIMIT_DAYS.of(values):
        raise ValidationError(translate(
            "Settings", "{setting}: at most the days from the disposition ({days}).").format(
                setting=REMEDY_APPEAL_DAYS.label, days=REMEDY_APPEAL_LIMIT_DAYS.of(values)),
            field=REMEDY_APPEAL_DAYS.key)
    if REMEDY_LAWSUIT_DAYS.of(values) > 365 * REMEDY_LAWSUIT_LIMIT_YEARS.of(values):
        raise ValidationError(translate(
            "Settings", "{setting}: at most the years from the disposition ({years} × 365 days).").format(
                setting=REMEDY_LAWSUIT_DAYS.label, years=REMEDY_LAWSUIT_LIMIT_YEARS.of(values)),
            field=REMEDY_LAWSUIT_DAYS.key)


def _check_loaded(session: Session, keys: Any, loaded: Mapping[str, SettingRow]) -> None:
    """Refuse (``StaleEdit``) when a key the editor sends was changed or reset since the editor loaded it.

    Both the version and the value are compared: a reset removes the stored row, so a value set again afterwards
    starts at version 1 once more. The rows are locked (PostgreSQL) so the check holds until the commit.
    """
    rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(list(keys))).with_for_update())}
    for key in keys:
        if key not in loaded:
            continue
        row, was = rows.get(key), loaded[key]
        if (row.version if row else 0, row.value if row else DEFAULTS[key]) == (was.version, was.value):
            continue
        event = session.execute(
            select(AuditEvent.actor_name, AuditEvent.at).where(AuditEvent.entity_type == "settings",
                                                               AuditEvent.summary == key)
            .order_by(AuditEvent.id.desc()).limit(1)).first()
        name = (row.updated_by if row else None) or (event.actor_name if event else translate("Versions",
                                                                                             "someone else"))
        at = row.updated_at if row else event.at if event else None
        what = translate("Settings", "The setting '{label}'").format(label=setting_label(key))
        raise stale_edit(what, name, at, row.version if row else 0, field=key)


def save_settings(session: Session, actor: Actor, values: dict[str, Any],
                  loaded: Mapping[str, SettingRow] | None = None) -> list[str]:
    """Check every value first, then store those that changed (a value equal to the default resets the key).

    All or nothing: the first refused value raises before anything is written. Returns the changed keys. An editor
    passes the rows it was loaded from (``list_settings``, by key): a value changed meanwhile is refused with who
    changed it and when (``StaleEdit``), and nothing is written.
    """
    require(session, actor, Permission.MANAGE_SETTINGS)
    checked = {key: validate_setting(key, value) for key, value in values.items()}
    if loaded is not None:
        _check_loaded(session, checked, loaded)
    current = get_settings(session)
    check_remedy_periods({**current, **checked})
    changed_keys = []
    for key, value in checked.items():
        if value == current[key]:
            continue
        if value == DEFAULTS[key]:
            reset_setting(session, actor, key)
        else:
            set_setting(session, actor, key, value)
        changed_keys.append(key)
    return changed_keys
