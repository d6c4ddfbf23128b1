"""The registry: entries made by issuing designations, with scope, output types, history and counts."""

from sqlalchemy import select

from desktop.core.clock import today
from desktop.db.migrate import upgrade
from desktop.domain.institutions.models import Sector
from desktop.domain.registry.models import RegistryEntry, RegistryEvent, RegistryEventKind
from desktop.domain.registry.service import (
    event_label,
    list_registry,
    output_label,
    registry_history,
    scope_label,
    sector_counts,
)


def test_every_designation_of_the_demo_is_registered_with_its_history(demo_database, demo_actors):
    with demo_database.read() as s:
        rows = list_registry(s, demo_actors["member"])
        assert len(rows) == 9 and all(r.decision_number.startswith("제") for r in rows)
        assert all(r.outputs == ("amount", "grade", "score") and "inventions" in r.scope for r in rows)
        history = registry_history(s, demo_actors["member"], rows[0].id)
    assert [(e.kind, e.reference) for e in history] == [(RegistryEventKind.DESIGNATED, rows[0].decision_number)]
    assert history[0].recorded_by == "한서윤"
    # in force: all but the one the demo revoked for a designation obtained by fraud (desktop/demo/sanctions.py)
    assert sector_counts(rows) == {Sector.PUBLIC: 4, Sector.PRIVATE: 4}


def test_suspended_entries_count_and_revoked_ones_do_not(demo_database, demo_actors):
    with demo_database.transaction() as s:  # the status is derived from the history, never typed in
        entries = list(s.scalars(select(RegistryEntry).order_by(RegistryEntry.id)))
        s.add(RegistryEvent(entry_id=entries[0].id, kind=RegistryEventKind.SUSPENDED, occurred_on=today()))
        s.add(RegistryEvent(entry_id=entries[1].id, kind=RegistryEventKind.REVOKED, occurred_on=today()))
    with demo_database.read() as s:
        counts = sector_counts(list_registry(s, demo_actors["member"]))
    assert sum(counts.values()) == 7  # 9, less the demo's revocation and this one


def test_labels_for_scope_outputs_and_events():
    assert scope_label("layouts") == "Layout designs" and output_label("grade") == "Grade"
    assert {event_label(kind) for kind in RegistryEventKind} == {"Designated", "Corrected", "Suspended",
                                                                 "Reinstated", "Revoked"}


def _migrate(database, direction: str, revision: str) -> None:
    from desktop.db.migrate import migrate_to

    migrate_to(database, direction, revision)


def test_the_migration_down_and_up_keeps_the_data_and_dates_the_history(demo_database):
    _migrate(demo_database, "downgrade", "0004")  # as a database made before this revision
    with demo_database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM registry_entries").scalar() == 9
        assert connection.exec_driver_sql("SELECT count(*) FROM decisions").scalar() == 12
    upgrade(demo_database)
    with demo_database.read() as s:
        events = list(s.scalars(select(RegistryEvent)))
        entries = {e.id: e for e in s.scalars(select(RegistryEntry))}
    assert len(events) == 9 and {e.kind for e in events} == {RegistryEventKind.DESIGNATED}
    assert all(e.occurred_on == entries[e.entry_id].designated_on and e.reference == "" for e in events)
