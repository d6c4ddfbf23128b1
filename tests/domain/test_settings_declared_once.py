"""A business setting is declared once, in ``catalogue.SPECS``: its kind, bounds, default and whether rounds freeze
it; the defaults, the per-round copy and the editor's rows derive from there."""

import pytest

from desktop.domain.settings.catalogue import SPECS, setting_label
from desktop.domain.settings.service import DEFAULTS, ROUND_FROZEN_KEYS, validate_setting


def test_the_defaults_and_the_per_round_copy_come_from_the_declarations():
    assert {key: spec.default for key, spec in SPECS.items()} == DEFAULTS
    assert set(ROUND_FROZEN_KEYS) == {k for k, s in SPECS.items() if s.per_round and not s.round_column}
    assert {"supplement_days", "lookback_years", "hide_member_names"} <= set(ROUND_FROZEN_KEYS)
    assert not {"pass_mark", "criteria_version"} & set(ROUND_FROZEN_KEYS)  # columns of the round itself


@pytest.mark.parametrize("key", [k for k, s in SPECS.items() if s.kind not in ("seal", "certificates", "days")])
def test_every_declared_default_passes_its_own_check_and_has_a_label(key):
    assert validate_setting(key, SPECS[key].default) is not None or SPECS[key].default in ("", None)
    assert setting_label(key) != key
