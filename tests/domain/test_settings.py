"""Business settings: every default declared and valid, values checked before they are stored, changes audited,
and only rounds created afterwards take a new default (an open round keeps what it froze)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.core.clock import now, today
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.domain.applications import rounds
from desktop.domain.applications.models import AggregationMethod
from desktop.domain.audit.models import AuditEvent
from desktop.domain.scoring.criteria import available_versions
from desktop.domain.settings.catalogue import SPECS
from desktop.domain.settings.service import (
    DEFAULTS,
    get_settings,
    list_settings,
    reset_setting,
    round_frozen_keys,
    save_settings,
    set_setting,
    validate_setting,
)
from tests.domain.helpers import World


@pytest.fixture
def world(database):
    return World(database)


def test_every_default_is_declared_and_passes_its_own_check():
    assert set(SPECS) == set(DEFAULTS)
    assert all(SPECS[k].per_round for k in round_frozen_keys())
    for key, value in DEFAULTS.items():
        assert validate_setting(key, value) == value


@pytest.mark.parametrize("key,value,stored", [
    ("pass_mark", "72.50", "72.5"), ("pass_mark", 0, "0"), ("pass_mark", "100", "100"), ("pass_mark", "65,5", "65.5"),
    ("supplement_days", "14", 14), ("supplement_days", 90, 90), ("lookback_years", 5, 5),
    ("criterion_floor_ratio", "0.35", "0.35"), ("quorum_ratio", "0.6667", "0.6667"),
    ("count_both_groups", False, False), ("aggregation_method", "median", "median"),
    ("authority_title_ko", "  특허청장 ", "특허청장"), ("postcode", "06164", "06164"),
    ("fax", "02-123-4567", "02-123-4567"),
])
def test_good_values_are_stored_in_their_type(key, value, stored):
    assert validate_setting(key, value) == stored


@pytest.mark.parametrize("key,value,message", [
    ("pass_mark", "150", "from 0 to 100"), ("pass_mark", "-1", "from 0 to 100"), ("pass_mark", "seventy", "number"),
    ("pass_mark", "70.125", "two decimals"), ("supplement_days", 0, "from 1 to 90"), ("supplement_days", 91, "1 to 90"),
    ("supplement_days", "2.5", "whole number"), ("lookback_years", 11, "1 to 10"), ("outlier_distance", "0", "1 to"),
    ("criterion_floor_ratio", "1.2", "0 % to 100 %"), ("quorum_ratio", "1", "0 % to 99 %"),
    ("count_both_groups", "yes", "yes or no"), ("aggregation_method", "mode", "trimmed_mean, mean, median"),
    ("criteria_version", "1999.1", "choose one of"), ("checklist_version", "", "choose one of"),
    ("authority_title_ko", "   ", "enter a value"), ("postcode", "3520", "five digits"), ("phone", "call us", "digits"),
    ("email", "ipvaluation", "name@example.kr"), ("disclosure", "open", "choose one of"), ("no_such_key", 1, "Unknown"),
])
def test_bad_values_are_refused_naming_the_setting(key, value, message):
    with pytest.raises(ValidationError, match=message) as error:
        validate_setting(key, value)
    assert error.value.field == key


def test_the_version_choices_are_the_shipped_files():
    from desktop.domain.settings.catalogue import choices

    assert [v for v, _ in choices("criteria_version")] == available_versions() and "2026.1" in available_versions()
    assert "2026.1" in [v for v, _ in choices("checklist_version")]


def audit(database, action):
    with database.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_change_is_audited_once_and_a_reset_brings_back_the_default(world):
    db, admin = world.database, world.admin
    with db.transaction() as s:
        assert set_setting(s, admin, "pass_mark", "75")
        assert not set_setting(s, admin, "pass_mark", "75.0")  # the same value: nothing recorded
    [event] = audit(db, "setting.update")
    assert (event.before, event.after, event.actor_name) == ({"pass_mark": "70"}, {"pass_mark": "75"}, "관리자")
    with db.read() as s:
        row = next(r for r in list_settings(s, admin) if r.key == "pass_mark")
    assert row.stored and row.value == "75" and row.default == "70" and not row.is_default and row.per_round
    with db.transaction() as s:
        assert reset_setting(s, admin, "pass_mark")
    with db.read() as s:
        assert get_settings(s)["pass_mark"] == "70"
    assert audit(db, "setting.reset")[0].after == {"pass_mark": "70"}


def test_save_is_all_or_nothing(world):
    db, admin = world.database, world.admin
    with pytest.raises(ValidationError) as error, db.transaction() as s:
        save_settings(s, admin, {"supplement_days": 20, "pass_mark": "150"})
    assert error.value.field == "pass_mark"
    with db.read() as s:
        assert get_settings(s)["supplement_days"] == 10
    assert audit(db, "setting.update") == []
    with db.transaction() as s:
        changed = save_settings(s, admin, {"supplement_days": 20, "pass_mark": "70", "phone": "042-481-5999"})
    assert changed == ["supplement_days", "phone"]


def test_only_the_administrator_changes_settings(world):
    with pytest.raises(PermissionDenied, match="manage settings"), world.database.transaction() as s:
        set_setting(s, world.secretariat, "pass_mark", "60")
    with pytest.raises(PermissionDenied), world.database.read() as s:
        list_settings(s, world.secretariat)


def test_a_new_round_takes_the_new_defaults_while_the_open_round_keeps_its_own(world):
    db, admin, secretariat = world.database, world.admin, world.secretariat
    with db.transaction() as s:
        save_settings(s, admin, {"pass_mark": "75", "supplement_days": 14, "aggregation_method": "median",
                                 "quorum_ratio": "0.6"})
    start = today()
    with db.transaction() as s:
        new_id = rounds.create_round(s, secretariat, "2027-1", "새 공고", start, start + timedelta(days=30),
                                     now() + timedelta(days=20))
    with db.read() as s:
        by_id = {r.id: r for r in rounds.list_rounds(s, secretariat)}
    old, new = by_id[world.round_id], by_id[new_id]
    assert (new.pass_mark, new.aggregation_method, new.supplement_days) == (
        Decimal("75"), AggregationMethod.MEDIAN, 14)
    assert new.settings["quorum_ratio"] == "0.6"
    assert (old.pass_mark, old.aggregation_method, old.supplement_days) == (
        Decimal("70"), AggregationMethod.TRIMMED_MEAN, 10)
    assert old.settings["quorum_ratio"] == "0.5"


# --- decision ---
@pytest.mark.parametrize(("key", "value", "message"), [
    ("remedy_appeal_days", 60, "Appeal: days from knowing of the disposition: a whole number from 90 to 365."),
    ("remedy_appeal_limit_days", 90, "Appeal: days from the disposition: a whole number from 180 to 730."),
    ("remedy_objection_days", 14, "Objection to the ministry: days from receipt: a whole number from 30 to 90."),
    ("remedy_lawsuit_limit_years", 0, "Lawsuit: years from the disposition: a whole number from 1 to 5."),
    ("remedy_online", "simpan", "Online appeals (website): an address like www.moip.go.kr."),
    ("remedy_commission_ko", "  ", "Appeals commission (Korean): enter a value."),
])
def test_remedy_periods_are_never_shorter_than_the_statute(key, value, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        validate_setting(key, value)
    assert error.value.field == key


def test_the_remedy_defaults_are_the_statutory_places_and_periods():
    assert {k: DEFAULTS[k] for k in DEFAULTS if k.startswith("remedy_")} == {
        "remedy_commission_ko": "중앙행정심판위원회",
        "remedy_commission_en": "Central Administrative Appeals Commission",
        "remedy_online": "www.simpan.go.kr", "remedy_appeal_days": 90, "remedy_appeal_limit_days": 180,
        "remedy_court_ko": "관할 행정법원", "remedy_court_en": "the competent administrative court",
        "remedy_lawsuit_days": 90, "remedy_lawsuit_limit_years": 1, "remedy_objection_days": 30}


def test_a_period_from_knowing_cannot_outlast_the_period_from_the_disposition(world):
    db, admin = world.database, world.admin
    with pytest.raises(ValidationError, match=r"at most the days from the disposition \(180\)") as error, \
            db.transaction() as s:
        save_settings(s, admin, {"remedy_appeal_days": 200, "phone": "042-481-5999"})
    assert error.value.field == "remedy_appeal_days"
    with db.read() as s:
        assert get_settings(s)["phone"] == DEFAULTS["phone"]  # nothing stored
    with db.transaction() as s:
        assert save_settings(s, admin, {"remedy_appeal_days": 200, "remedy_appeal_limit_days": 365}) == [
            "remedy_appeal_days", "remedy_appeal_limit_days"]
