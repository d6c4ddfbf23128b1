"""The business settings in the JSON export, and read back from one (Settings → Load from an export…).

The export's ``settings`` section is derived from the declarations: every setting with the value in force, its
default and whether it was changed. An import reads the stored rows of the export's ``settings`` table (present in
exports of every version, so old exports import too) and checks each value through its declaration.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.settings.catalogue import SIGNING, SPECS
from desktop.domain.settings.declaration import SettingSpec
from desktop.domain.settings.models import Setting
from desktop.domain.settings.seal import audited_seal
from desktop.domain.settings.service import save_settings


def _exported(spec: SettingSpec, value: Any) -> Any:
    """A value as the section shows it: the seal image by its digest (its bytes are in the ``settings`` table)."""
    return audited_seal(value) if spec.kind == "seal" else value


def exported_settings(session: Session) -> dict[str, dict[str, Any]]:
    """Every declared setting by key: ``value`` in force, ``default``, ``changed``, ``group``, ``kind`` and
    ``frozen_per_round`` (a new round keeps its own copy)."""
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return {key: {"value": _exported(spec, stored.get(key, spec.default)), "default": _exported(spec, spec.default),
                  "changed": key in stored, "group": spec.group, "kind": spec.kind,
                  "frozen_per_round": spec.per_round}
            for key, spec in SPECS.items()}


@dataclass(frozen=True)
class ImportedSettings:
    changed: list[str]  # the keys whose value changed here
    unknown: list[str]  # keys in the export that no setting declares (left out)


def settings_in_export(document: Any) -> tuple[dict[str, Any], list[str]]:
    """The value of every declared setting in an export (its default where the export stores none), and the keys
    it stores that no setting declares. The signing identity names this computer's key file: it is left out."""
    tables = document.get("tables") if isinstance(document, dict) else None
    rows = tables.get("settings") if isinstance(tables, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and "key" in r for r in rows):
        raise ValidationError(translate("Settings", "The file is not an export of this program: it has no settings "
                                                    "table."))
    stored = {str(row["key"]): row.get("value") for row in rows}
    wanted = {key: stored.get(key, spec.default) for key, spec in SPECS.items() if spec.group != SIGNING}
    return wanted, sorted(key for key in stored if key not in SPECS)


def settings_in_export_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """``settings_in_export`` of a JSON file; a file that cannot be read is refused with the reason."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ValidationError(translate("Settings", "The file {file} cannot be read as JSON: {reason}")
                              .format(file=path.name, reason=error)) from None
    return settings_in_export(document)


def import_settings(session: Session, actor: Actor, document: Any) -> ImportedSettings:
    """Make this database's business settings those of an export (all or nothing, audited)."""
    require(session, actor, Permission.MANAGE_SETTINGS)
    wanted, unknown = settings_in_export(document)
    return ImportedSettings(save_settings(session, actor, wanted), unknown)
