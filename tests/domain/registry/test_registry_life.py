"""The registry's life: changes of a designated institute's particulars with their day and evidence, the
particulars and list of a past day, the review date, status over time and counts per year."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.institutions.models import Sector
from desktop.domain.registry.changes import ChangeInput, change_evidence, record_change, set_review_date
from desktop.domain.registry.models import (
    MergerRole,
    RegistryChange,
    RegistryChangeKind,
    RegistryEntry,
    RegistryEvent,
    RegistryEventKind,
    RegistryStatus,
)
from desktop.domain.registry.particulars import particulars_on
from desktop.domain.registry.public_list import public_list, yearly_counts
from desktop.domain.registry.service import list_registry, registry_history, review_mark, status_on
from tests.conftest import DEMO_DAY
from tests.domain.helpers import PDF

K = RegistryChangeKind


def _first_entry(database) -> tuple[int, date, str]:
    with database.read() as s:
        entry = s.scalars(select(RegistryEntry).order_by(RegistryEntry.id)).first()
        return entry.id, entry.designated_on, particulars_on(s, entry, DEMO_DAY).representative


def _change(kind, day, value, **extra) -> ChangeInput:
    return ChangeInput(kind, day, value, extra.pop("filename", "등기사항증명서.pdf"), extra.pop("evidence", PDF),
                       **extra)


def test_a_representative_change_applies_from_its_day_and_is_audited_and_listed(demo_database, demo_actors):
    entry_id, designated_on, before = _first_entry(demo_database)
    day = designated_on + timedelta(days=40)
    with demo_database.transaction() as s:
        change_id = record_change(s, demo_actors["secretariat"], entry_id, _change(K.REPRESENTATIVE, day, " 홍  길동 "))
    with demo_database.read() as s:
        entry = s.get_one(RegistryEntry, entry_id)
        assert particulars_on(s, entry, day - timedelta(days=1)).representative == before
        assert particulars_on(s, entry, day).representative == "홍 길동"
        row = next(r for r in list_registry(s, demo_actors["member"]) if r.id == entry_id)
        assert row.representative == "홍 길동"
        history = registry_history(s, demo_actors["member"], entry_id)
        assert [(h.kind, h.occurred_on) for h in history] == [(RegistryEventKind.DESIGNATED, designated_on),
                                                               (K.REPRESENTATIVE, day)]
        assert history[1].detail == "홍 길동" and history[1].recorded_by == "김하늘"
        assert history[1].evidence_filename == "등기사항증명서.pdf"
        assert change_evidence(s, demo_actors["member"], change_id) == ("등기사항증명서.pdf", PDF)
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "registry.change")
                          .order_by(AuditEvent.id.desc())).first()
        assert audit.after["value"] == "홍 길동" and audit.after["effective_on"] == day.isoformat()


def test_changes_recorded_out_of_order_apply_in_date_order(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    later, earlier = designated_on + timedelta(days=60), designated_on + timedelta(days=20)
    with demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.ADDRESS, later, "세종특별자치시 한누리대로 2"))
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.ADDRESS, earlier, "대전광역시 서구 둔산로 1"))
    with demo_database.read() as s:
        entry = s.get_one(RegistryEntry, entry_id)
        assert particulars_on(s, entry, earlier + timedelta(days=1)).address == "대전광역시 서구 둔산로 1"
        assert particulars_on(s, entry, DEMO_DAY).address == "세종특별자치시 한누리대로 2"
        dates = [h.occurred_on for h in registry_history(s, demo_actors["member"], entry_id)]
    assert dates == sorted(dates) and len(dates) == 3


def test_the_list_of_a_past_day_stays_as_it_was(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    past = designated_on + timedelta(days=10)
    with demo_database.read() as s:
        before = public_list(s, demo_actors["member"], past)
    with demo_database.transaction() as s:
        actor = demo_actors["secretariat"]
        record_change(s, actor, entry_id, _change(K.NAME, designated_on + timedelta(days=30), "한국가치평가원"))
        record_change(s, actor, entry_id, _change(K.SCOPE, designated_on + timedelta(days=31),
                                                  ("inventions", "trade_secrets"), filename="변경지정서.pdf"))
        record_change(s, actor, entry_id, _change(K.MERGER, designated_on + timedelta(days=32), "미래특허평가(주)",
                                                  merger_role=MergerRole.ABSORBED))
    with demo_database.read() as s:
        again = public_list(s, demo_actors["member"], past)
        current = public_list(s, demo_actors["member"], DEMO_DAY)
    assert again == before
    row = next(r for r in current.rows if r.entry_id == entry_id)
    assert row.name == "한국가치평가원" and row.scope == ("inventions", "trade_secrets")
    assert row.particulars.former_names == (next(r for r in before.rows if r.entry_id == entry_id).name,)
    assert [(m.role, m.partner) for m in row.particulars.mergers] == [(MergerRole.ABSORBED, "미래특허평가(주)")]
    assert row.name_en == ""  # the English name was that of the former name
    assert [r.serial for r in current.rows] == list(range(1, len(current.rows) + 1))


@pytest.mark.parametrize(("change", "field", "message"), [
    (lambda d: _change(K.ADDRESS, d - timedelta(days=1), "서울"), "effective_on",
     "A change cannot take effect before the designation on"),
    (lambda d: _change(K.ADDRESS, DEMO_DAY + timedelta(days=1), "서울"), "effective_on", "is after today"),
    (lambda d: _change(K.NAME, d, "   "), "value", "Enter the institute's new name."),
    (lambda d: _change(K.REPRESENTATIVE, d, ""), "value", "Enter the new representative's name."),
    (lambda d: _change(K.ADDRESS, d, "서울", evidence=b"", filename=""), "evidence", "Attach the evidence"),
    (lambda d: _change(K.SCOPE, d, ()), "scope", "Choose at least one kind of property"),
    (lambda d: _change(K.OUTPUTS, d, ()), "outputs", "Choose at least one way"),
    (lambda d: _change(K.OUTPUTS, d, ("amount", "grade", "score")), "outputs", "already in force"),
    (lambda d: _change(K.MERGER, d, "미래특허평가(주)"), "merger_role", "absorbed the other or was merged"),
    (lambda d: _change(K.ADDRESS, d, "서울", filename="증빙.exe"), "attachment", "cannot be attached"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(demo_database, demo_actors, change, field, message):
    entry_id, designated_on, _ = _first_entry(demo_database)
    before = _saved(demo_database)
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, change(designated_on))
    assert refused.value.field == field and message in refused.value.message
    assert _saved(demo_database) == before


def _saved(database) -> tuple[int, int]:
    with database.read() as s:
        return (len(s.scalars(select(RegistryChange)).all()),
                len(s.scalars(select(AuditEvent).where(AuditEvent.action == "registry.change")).all()))


def test_the_same_kind_twice_on_one_day_and_an_unchanged_value_are_refused(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    day = designated_on + timedelta(days=5)
    with demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.REPRESENTATIVE, day, "홍길동"))
    with pytest.raises(ValidationError, match="is recorded already"), demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.REPRESENTATIVE, day, "김철수"))
    with pytest.raises(ValidationError, match="already in force"), demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.REPRESENTATIVE, day + timedelta(1), "홍길동"))


def test_only_the_secretariat_records_changes(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    for role in ("member", "approver", "inspector"):
        with pytest.raises(PermissionDenied), demo_database.transaction() as s:
            record_change(s, demo_actors[role], entry_id, _change(K.ADDRESS, designated_on, "서울"))
        with pytest.raises(PermissionDenied), demo_database.transaction() as s:
            set_review_date(s, demo_actors[role], entry_id, DEMO_DAY)


def test_no_change_after_the_designation_ended(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    ended = designated_on + timedelta(days=50)
    with demo_database.transaction() as s:
        s.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.REVOKED, occurred_on=ended))
    with pytest.raises(ValidationError, match="had ended") as refused, demo_database.transaction() as s:
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.ADDRESS, ended, "서울"))
    assert refused.value.field == "effective_on"
    with demo_database.transaction() as s:  # a change before the end is still recorded
        record_change(s, demo_actors["secretariat"], entry_id, _change(K.ADDRESS, ended - timedelta(1), "서울"))


def test_status_over_time_follows_the_history(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    revoked = designated_on + timedelta(days=50)
    with demo_database.transaction() as s:
        s.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.REVOKED, occurred_on=revoked))
    with demo_database.read() as s:
        entry = s.get_one(RegistryEntry, entry_id)
        assert status_on(s, entry, designated_on - timedelta(days=1)) is None
        assert status_on(s, entry, designated_on) == RegistryStatus.DESIGNATED
        assert status_on(s, entry, revoked - timedelta(days=1)) == RegistryStatus.DESIGNATED
        assert status_on(s, entry, revoked) == RegistryStatus.REVOKED
        ids_before = [r.entry_id for r in public_list(s, demo_actors["member"], revoked - timedelta(days=1)).rows]
        ids_after = [r.entry_id for r in public_list(s, demo_actors["member"], revoked).rows]
        assert next(r for r in list_registry(s, demo_actors["member"]) if r.id == entry_id).status == "revoked"
    assert entry_id in ids_before and entry_id not in ids_after and len(ids_after) == len(ids_before) - 1


def test_nothing_is_listed_before_the_first_designation(demo_database, demo_actors):
    _, designated_on, _ = _first_entry(demo_database)
    with demo_database.read() as s:
        assert public_list(s, demo_actors["member"], designated_on - timedelta(days=1)).rows == ()
        assert len(public_list(s, demo_actors["member"], DEMO_DAY).rows) == 8  # 9, less the demo's revocation


def test_the_review_date_is_set_audited_and_marked_when_near_or_past(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    with pytest.raises(ValidationError) as refused, demo_database.transaction() as s:
        set_review_date(s, demo_actors["secretariat"], entry_id, designated_on)
    assert refused.value.field == "review_on"
    with demo_database.transaction() as s:
        set_review_date(s, demo_actors["secretariat"], entry_id, DEMO_DAY + timedelta(days=30))
    with demo_database.read() as s:
        row = next(r for r in list_registry(s, demo_actors["member"]) if r.id == entry_id)
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "registry.review_date",
                                                   AuditEvent.entity_id == entry_id)).one()
    assert row.review_on == DEMO_DAY + timedelta(days=30) and row.review_mark == "due"
    assert audit.after == {"review_on": (DEMO_DAY + timedelta(days=30)).isoformat()}
    assert review_mark(DEMO_DAY + timedelta(days=31), DEMO_DAY) is None
    assert review_mark(DEMO_DAY - timedelta(days=1), DEMO_DAY) == "overdue"
    assert review_mark(DEMO_DAY, DEMO_DAY) == "due" and review_mark(None, DEMO_DAY) is None


def test_counts_per_year_by_sector(demo_database, demo_actors):
    entry_id, designated_on, _ = _first_entry(demo_database)
    with demo_database.read() as s:
        (year,) = yearly_counts(s, demo_actors["member"])
    assert year.year == designated_on.year == 2026
    assert year.designated == {Sector.PUBLIC: 4, Sector.PRIVATE: 5}
    assert year.in_force == {Sector.PUBLIC: 4, Sector.PRIVATE: 4}  # the demo revoked one for fraud
    with demo_database.transaction() as s:
        s.add(RegistryEvent(entry_id=entry_id, kind=RegistryEventKind.REVOKED, occurred_on=DEMO_DAY))
    with demo_database.read() as s:
        (year,) = yearly_counts(s, demo_actors["member"])
    assert sum(year.designated.values()) == 9 and sum(year.in_force.values()) == 7


def test_the_demo_records_a_representative_change_an_address_move_and_a_merger(demo_database, demo_actors):
    with demo_database.read() as s:
        listed = {r.name: r for r in public_list(s, demo_actors["member"], DEMO_DAY).rows}
        rows = {r.institution_name: r for r in list_registry(s, demo_actors["member"])}
    assert listed["누리특허법인"].representative == "윤태오"
    assert listed["가온특허법인"].address.startswith("서울특별시 강남구")
    assert [m.partner for m in listed["바른아이피평가 주식회사"].particulars.mergers] == ["새솔기술평가 주식회사"]
    assert rows["한국성장금융은행"].review_mark == "due" and rows["국립지식재산평가원"].review_mark is None
