"""The JSON export streamed batch by batch: the same bytes as the former whole-document export, nothing left behind
when it fails or is cancelled, and never all the rows of a large table in memory at once."""

import json
import shutil
import sqlite3
import tracemalloc

from sqlalchemy import func, select

from desktop.core.clock import set_clock
from desktop.db.engine import Database
from desktop.db.migrate import current_revision
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.models import AuditEvent
from desktop.domain.export import json_dump
from desktop.domain.export.json_dump import _value, write_export
from desktop.domain.models import metadata
from desktop.domain.settings.transfer import exported_settings
from tests.conftest import REFERENCE_MOMENT


def former_export_text(session, actor, revision) -> bytes:  # type: ignore[no-untyped-def]
    """The export as it was made before it streamed: every row in one dict, then ``json.dumps`` of it whole."""
    tables = {}
    for table in metadata.sorted_tables:
        rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{column: _value(table.name, column, value) for column, value in row.items()}
                              for row in rows]
    document = {"format": json_dump.FORMAT, "format_version": json_dump.FORMAT_VERSION,
                "application_version": json_dump.__version__, "schema_revision": revision,
                "exported_at": REFERENCE_MOMENT.isoformat(), "exported_by": actor.display_name,
                "settings": exported_settings(session), "tables": tables}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def streamed(session, actor, revision, write=None) -> tuple[bytes, dict[str, int]]:  # type: ignore[no-untyped-def]
    parts: list[bytes] = []
    steps = write_export(session, actor, revision, write or parts.append)
    try:
        while True:
            next(steps)
    except StopIteration as finished:
        return b"".join(parts), finished.value


def test_the_streamed_export_of_the_demo_is_byte_for_byte_the_former_text(demo_database, demo_actors):
    set_clock(lambda: REFERENCE_MOMENT)  # both texts carry the same export time
    admin = demo_actors["admin"]
    revision = current_revision(demo_database)
    with demo_database.read() as session:
        expected = former_export_text(session, admin, revision)
    with demo_database.transaction() as session:
        text, counts = streamed(session, admin, revision)
    assert text == expected
    document = json.loads(text)
    assert counts == {name: len(rows) for name, rows in document["tables"].items()}
    assert counts["audit_events"] > 1000 and counts["blobs"] > 100  # JSON columns and file contents were in it
    with demo_database.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "export.json" and last.summary == f"{sum(counts.values())} records"


def _events_in_a_copy(migrated_template, tmp_path, count: int, summary_size: int) -> Database:  # type: ignore[no-untyped-def]
    """A migrated database whose audit trail holds ``count`` events of a long summary each (not chained: the
    export does not verify the chain)."""
    path = tmp_path / "large.sqlite3"
    shutil.copyfile(migrated_template, path)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO audit_events (sequence, at, actor_name, actor_role, action, entity_type, summary, after, "
        "previous_hash, hash) VALUES (?, '2026-11-25 01:00:00.000000', 'bench', 'system', 'test.event', 'test', ?, "
        "'{\"n\": 1}', ?, ?)",
        ((n, f"{n:08d}" + "가" * summary_size, "0" * 64, f"{n:064d}") for n in range(1, count + 1)))
    connection.execute("UPDATE audit_chain_head SET sequence = ?, hash = ?", (count, f"{count:064d}"))
    connection.commit()
    connection.close()
    return Database(f"sqlite:///{path}")


def test_a_large_export_holds_one_batch_of_rows_at_a_time(migrated_template, tmp_path, monkeypatch):
    """4,000 events of 2,000 characters (about 24 MB of text): written in batches of 50 rows as they are read, and
    the memory the export holds at its peak stays far below the table's size (the former export held it all,
    twice)."""
    database = _events_in_a_copy(migrated_template, tmp_path, 4000, 2000)
    monkeypatch.setattr(json_dump, "BATCH", 50)
    sizes: list[int] = []
    tracemalloc.start()
    try:
        with database.transaction() as session:
            tracemalloc.reset_peak()
            _, counts = streamed(session, Actor.command_line(), None, lambda data: sizes.append(len(data)))
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        database.dispose()
    assert counts["audit_events"] == 4000
    row_bytes = 2000 * 3 + 400
    written = sum(sizes)
    assert written > 4000 * row_bytes
    assert max(sizes) < 50 * row_bytes * 1.2  # no write carries more than one batch of rows
    assert peak < written / 8, f"peak {peak:,} bytes for an export of {written:,}"


def test_a_cancelled_export_leaves_no_file_and_records_nothing(tmp_path, demo_database, demo_actors):
    from desktop.ui.context import AppContext
    from desktop.ui.export_json import export_to_file

    folder = tmp_path / "out"
    folder.mkdir()
    with demo_database.read() as session:
        events = session.scalar(select(func.count(AuditEvent.id)))
    steps = export_to_file(AppContext(demo_database, demo_actors["admin"]), folder / "dump.json")
    for _ in range(5):  # reading has begun: some tables are already in the temporary file
        next(steps)
    [temporary] = folder.iterdir()
    assert temporary.name.endswith(".part") and temporary.stat().st_size > 0
    steps.close()  # what the task does when the person presses Cancel
    assert list(folder.iterdir()) == []
    with demo_database.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == events


def test_an_export_that_fails_while_reading_leaves_no_file(tmp_path, demo_database, monkeypatch, capsys):
    from desktop.cli import main

    def broken(session, table):  # type: ignore[no-untyped-def]
        if table.name == "audit_events":
            raise RuntimeError("the connection was lost")
        yield from []

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(json_dump, "row_batches", broken)
    assert main(["--database", demo_database.url, "export", "json", "-o", str(folder / "dump.json")]) == 1
    assert "something unexpected went wrong (RuntimeError)" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_times_and_dates_in_any_stored_form_export_as_the_orm_reads_them(migrated_template, tmp_path):
    """On SQLite the export reads times, dates and enumerations as their stored text: a time stored without a
    fraction, with a zero one or with microseconds, and a date, come out as the ORM's aware values would."""
    path = tmp_path / "forms.sqlite3"
    shutil.copyfile(migrated_template, path)
    connection = sqlite3.connect(path)
    stored = ["2026-11-25 01:00:00", "2026-11-25 01:00:00.000000", "2026-11-25 23:59:59.123400",
              "2026-11-25T02:03:04.5"]
    connection.executemany(
        "INSERT INTO audit_events (sequence, at, actor_name, actor_role, action, entity_type, summary, "
        "previous_hash, hash) VALUES (?, ?, 'bench', 'system', 'test.event', 'test', 's', ?, ?)",
        ((n, at, "0" * 64, f"{n:064d}") for n, at in enumerate(stored, start=1)))
    connection.execute("UPDATE audit_chain_head SET sequence = ?, hash = ?", (len(stored), f"{len(stored):064d}"))
    connection.execute("INSERT INTO institutions (name, sector, kind, representative, address, founded_on, "
                       "created_at, updated_at, version) VALUES ('기관', 'private', 'bank', '대표', '주소', "
                       "'2001-02-03', '2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000001', 1)")
    connection.commit()
    connection.close()
    database = Database(f"sqlite:///{path}")
    set_clock(lambda: REFERENCE_MOMENT)
    try:
        with database.read() as session:
            expected = former_export_text(session, Actor.command_line(), None)
        with database.transaction() as session:
            text, _ = streamed(session, Actor.command_line(), None)
    finally:
        database.dispose()
    assert text == expected
    times = [event["at"] for event in json.loads(text)["tables"]["audit_events"]]
    assert times == ["2026-11-25T01:00:00+00:00", "2026-11-25T01:00:00+00:00", "2026-11-25T23:59:59.123400+00:00",
                     "2026-11-25T02:03:04.500000+00:00"]
    institution = json.loads(text)["tables"]["institutions"][0]
    assert (institution["sector"], institution["founded_on"], institution["updated_at"]) == (
        "private", "2001-02-03", "2026-01-02T03:04:05.000001+00:00")
