"""A business setting is declared once, in ``catalogue.SPECS``: its kind, bounds, default, label and whether rounds
freeze it; the defaults, the checks, the editor's rows, the per-round copy and the export derive from there, so
adding a setting is one declaration."""

from datetime import timedelta

import pytest

from desktop.core.clock import now, today
from desktop.core.errors import ValidationError
from desktop.domain.applications import rounds
from desktop.domain.export.json_dump import export_json
from desktop.domain.settings.catalogue import PROCEDURE, SPECS, setting_label
from desktop.domain.settings.declaration import SettingSpec, whole
from desktop.domain.settings.service import (
    DEFAULTS,
    get_settings,
    list_settings,
    round_frozen_keys,
    save_settings,
    validate_setting,
    value,
)
from desktop.domain.settings.transfer import import_settings
from tests.domain.helpers import World

REMINDER = whole("reminder_days", PROCEDURE, 5, lambda: "Reminder before a deadline (days)", "1", "30",
                 per_round=True, help_text=lambda: "Days before a deadline the secretariat is reminded.")


def declare_reminder(monkeypatch: pytest.MonkeyPatch) -> SettingSpec[int]:
    """Declare one new business setting, and nothing else."""
    monkeypatch.setitem(SPECS, REMINDER.key, REMINDER)
    return REMINDER


@pytest.fixture
def world(database):
    return World(database)


def test_the_defaults_and_the_per_round_copy_come_from_the_declarations():
    assert {key: spec.default for key, spec in SPECS.items()} == dict(DEFAULTS)
    assert set(round_frozen_keys()) == {k for k, s in SPECS.items() if s.per_round and not s.round_column}
    assert {"supplement_days", "lookback_years", "hide_member_names"} <= set(round_frozen_keys())
    assert not {"pass_mark", "criteria_version"} & set(round_frozen_keys())  # columns of the round itself


@pytest.mark.parametrize("key", [k for k, s in SPECS.items() if s.kind not in ("seal", "certificates", "days")])
def test_every_declared_default_passes_its_own_check_and_has_a_label(key):
    assert validate_setting(key, SPECS[key].default) is not None or SPECS[key].default in ("", None)
    assert setting_label(key) != key


def test_a_setting_declared_once_has_its_default_its_check_and_its_row(world, monkeypatch):
    reminder = declare_reminder(monkeypatch)
    assert DEFAULTS["reminder_days"] == 5
    with pytest.raises(ValidationError) as refused:
        validate_setting("reminder_days", 45)
    assert refused.value.message == "Reminder before a deadline (days): a whole number from 1 to 30."
    assert refused.value.field == "reminder_days"
    with world.database.transaction() as s:
        row = next(r for r in list_settings(s, world.admin) if r.key == "reminder_days")
        assert (row.label, row.group, row.kind, row.value, row.per_round) == (
            "Reminder before a deadline (days)", PROCEDURE, "int", 5, True)
        assert row.help == "Days before a deadline the secretariat is reminded."
        assert value(s, reminder) == 5
        assert save_settings(s, world.admin, {"reminder_days": "7"}) == ["reminder_days"]
    with world.database.read() as s:
        assert value(s, reminder) == 7 and get_settings(s)["reminder_days"] == 7


def test_a_setting_declared_once_is_frozen_into_each_new_round(world, monkeypatch):
    reminder = declare_reminder(monkeypatch)
    assert "reminder_days" in round_frozen_keys()
    start = today()
    with world.database.transaction() as s:
        save_settings(s, world.admin, {"reminder_days": 9})
        first = rounds.create_round(s, world.secretariat, "2027-1", "첫 공고", start, start + timedelta(days=30),
                                    now() + timedelta(days=20))
        save_settings(s, world.admin, {"reminder_days": 3})
        second = rounds.create_round(s, world.secretariat, "2027-2", "둘째 공고", start, start + timedelta(days=30),
                                     now() + timedelta(days=20))
    with world.database.read() as s:
        frozen = {r.id: reminder.of(r.settings) for r in rounds.list_rounds(s, world.secretariat)}
    assert (frozen[first], frozen[second]) == (9, 3)


def test_a_setting_declared_once_is_in_the_json_export_and_imports_back(world, monkeypatch):
    declare_reminder(monkeypatch)
    with world.database.transaction() as s:
        save_settings(s, world.admin, {"reminder_days": 12, "pass_mark": "75"})
        document = export_json(s, world.admin, None)
    assert document["settings"]["reminder_days"] == {"value": 12, "default": 5, "changed": True,
                                                     "group": PROCEDURE, "kind": "int", "frozen_per_round": True}
    assert document["settings"]["phone"]["changed"] is False
    assert set(document["settings"]) == set(SPECS)
    with world.database.transaction() as s:
        save_settings(s, world.admin, {"reminder_days": 5, "pass_mark": "70", "phone": "02-123-4567"})
        imported = import_settings(s, world.admin, document)
    assert sorted(imported.changed) == ["pass_mark", "phone", "reminder_days"]
    with world.database.read() as s:
        current = get_settings(s)
    assert (current["reminder_days"], current["pass_mark"], current["phone"]) == (12, "75", "042-481-5000")


def test_an_old_export_without_the_settings_section_still_imports(world):
    old = {"format": "designation-review-export", "format_version": 1,
           "tables": {"settings": [{"key": "supplement_days", "value": 21, "updated_at": "2026-01-05T00:00:00+00:00",
                                    "version": 1, "updated_by": "admin"},
                                   {"key": "retired_setting", "value": "x"}]}}
    with world.database.transaction() as s:
        imported = import_settings(s, world.admin, old)
    assert (imported.changed, imported.unknown) == (["supplement_days"], ["retired_setting"])
    with world.database.read() as s:
        assert get_settings(s)["supplement_days"] == 21


def test_an_export_with_a_value_its_declaration_refuses_imports_nothing(world):
    bad = {"tables": {"settings": [{"key": "supplement_days", "value": 21}, {"key": "pass_mark", "value": "150"}]}}
    with world.database.transaction() as s, pytest.raises(ValidationError) as refused:
        import_settings(s, world.admin, bad)
    assert refused.value.message == "Pass mark (of 100): a number from 0 to 100, with at most two decimals."
    with world.database.read() as s:
        assert get_settings(s)["supplement_days"] == 10


def test_a_file_that_is_not_an_export_is_refused_plainly(world):
    with world.database.transaction() as s, pytest.raises(ValidationError) as refused:
        import_settings(s, world.admin, {"rows": []})
    assert refused.value.message == "The file is not an export of this program: it has no settings table."
