"""Backups: a consistent copy while another connection writes, every damaged or foreign file refused before anything
is restored, older backups migrated, a failed restore leaving no database behind, and who may do what."""

import shutil
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.errors import DomainError, PermissionDenied
from desktop.core.progress import run_to_end as finish
from desktop.db.backup import BackupError, create
from desktop.db.backup.check import check_backup, peek_manifest
from desktop.db.backup.create import write_backup
from desktop.db.backup.manifest import iter_table_digests, read_manifest, write_manifest
from desktop.db.backup.restore import restore_into
from desktop.db.engine import Database
from desktop.db.migrate import SCHEMA_HEAD
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.models import AuditEvent
from desktop.domain.backup.service import back_up, restore_backup
from desktop.domain.models import metadata

CLI = Actor.command_line()


@pytest.fixture
def backup_file(demo_database: Database, tmp_path: Path) -> Path:
    path = tmp_path / "demo.backup"
    finish(back_up(demo_database, CLI, path))
    return path


def restore(backup: Path, target: Path) -> object:
    return finish(restore_backup(CLI, backup, f"sqlite:///{target}", accounts=None))


def refusal(backup: Path, target: Path) -> str:
    with pytest.raises(DomainError) as refused:
        restore(backup, target)
    assert not target.exists() and not list(target.parent.glob(f"{target.name}*")), "a target file was left"
    return refused.value.message


def writes(path: Path, n: int, start: int = 0) -> None:
    """``n`` committed transactions on their own connection, each changing two settings together, so that a
    consistent copy holds the same count in both."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        for k in range(start + 1, start + n + 1):
            connection.execute("BEGIN IMMEDIATE")
            for key in ("fax", "phone"):
                connection.execute("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, "
                                   "'2026-11-25 01:00:00.000000') ON CONFLICT (key) DO UPDATE SET value = "
                                   "excluded.value", (key, f'"{k}"'))
            connection.execute("COMMIT")
    finally:
        connection.close()


def written_in(path: Path) -> tuple[int, str | None]:
    """(the first counter, the second counter) of a database or backup file (0 and None before any write)."""
    with sqlite3.connect(path) as connection:
        values = dict(connection.execute("SELECT key, value FROM settings WHERE key IN ('fax', 'phone')").fetchall())
    fax, phone = values.get("fax"), values.get("phone")
    return (int(fax.strip('"')) if fax else 0), (phone.strip('"') if phone else None)


def demo_file(database: Database) -> Path:
    return Path(database.engine.url.database)


def test_a_backup_taken_while_another_connection_writes_holds_one_moment(demo_database, tmp_path, monkeypatch):
    monkeypatch.setattr(create, "PAGES_PER_STEP", 8)  # many small steps, so the writes land in between
    source = demo_file(demo_database)
    writes(source, 3)
    steps = write_backup(demo_database, tmp_path / "during.backup", created_by="test")
    seen = [next(steps)]
    while seen[-1][0] < seen[-1][1] and len(seen) < 500:
        writes(source, 2, start=3 + 2 * (len(seen) - 1))  # committed while the copy is under way
        seen.append(next(steps))
    written = finish(steps)
    assert len(seen) > 10 and written_in(source)[0] > 3 + 10  # the writes really happened during the copy
    assert written_in(written.path) == (3, "3")  # the moment the backup began, nothing later, nothing mixed
    checked = finish(check_backup(written.path))
    checked.close()


def test_a_busy_writer_thread_neither_restarts_the_copy_nor_tears_a_write(demo_database, tmp_path, monkeypatch):
    monkeypatch.setattr(create, "PAGES_PER_STEP", 4)
    source = demo_file(demo_database)
    stop, counted = threading.Event(), [0]

    def writer() -> None:
        while not stop.is_set():
            writes(source, 5, start=counted[0])
            counted[0] += 5

    thread = threading.Thread(target=writer)
    thread.start()
    done = []
    try:
        steps = write_backup(demo_database, tmp_path / "busy.backup", created_by="test")
        while len(done) < 2000:  # a copy that keeps starting over would never end
            time.sleep(0.002)  # a slow disk: the writer gets in between the steps
            try:
                done.append(next(steps)[0])
            except StopIteration as stop_iteration:
                written = stop_iteration.value
                break
    finally:
        stop.set()
        thread.join()
    page_steps = done[: done.index(max(done)) + 1]
    assert page_steps == sorted(page_steps) and len(page_steps) > 20  # never went back to the first page
    assert counted[0] > 0
    events, counter = written_in(written.path)
    assert counter == (str(events) if events else None)  # every write whole or not at all
    finish(check_backup(written.path)).close()


def test_a_cancelled_backup_leaves_no_file(demo_database, tmp_path, monkeypatch):
    monkeypatch.setattr(create, "PAGES_PER_STEP", 8)
    folder = tmp_path / "out"
    folder.mkdir()
    steps = write_backup(demo_database, folder / "cancelled.backup", created_by="test")
    next(steps)
    next(steps)
    steps.close()  # what the progress dialog's Cancel does
    assert list(folder.iterdir()) == []


def test_a_backup_describes_itself(backup_file, demo_database):
    manifest = peek_manifest(backup_file)
    assert manifest is not None and manifest.created_by == CLI.display_name
    assert manifest.schema_revision == SCHEMA_HEAD and manifest.source == demo_database.description
    with demo_database.read() as session:
        events = session.scalar(select(func.count(AuditEvent.id)))
    assert manifest.tables["audit_events"].rows == events - 1  # the backup's own record came after it
    assert manifest.record_count > 2000 and manifest.table_count == len(metadata.tables)
    with sqlite3.connect(backup_file) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no WAL beside it
    assert peek_manifest(demo_file(demo_database)) is None


def test_the_backup_is_recorded_in_the_audit_trail(backup_file, demo_database):
    with demo_database.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "database.backup" and "demo.backup" in last.summary


def test_a_restored_demo_lets_its_people_log_in_and_records_the_restore(backup_file, tmp_path):
    from desktop.domain.users.service import authenticate

    target = tmp_path / "restored.sqlite3"
    restored = restore(backup_file, target)
    assert restored.tables == len(metadata.tables) and restored.records > 2000
    database = Database(f"sqlite:///{target}")
    try:
        with database.read() as session:
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last.action == "database.restore" and last.actor_id is None and "demo.backup" in last.summary
        with database.transaction() as session:
            assert authenticate(session, "admin", "admin-2026").username == "admin"  # password hashes came along
    finally:
        database.dispose()


def test_a_backup_file_is_only_read(backup_file, tmp_path):
    before = backup_file.read_bytes()
    restore(backup_file, tmp_path / "restored.sqlite3")
    assert backup_file.read_bytes() == before
    assert sorted(p.name for p in backup_file.parent.glob("demo.backup*")) == ["demo.backup"]


def flip(path: Path, needle: bytes) -> None:
    """Change one byte inside the stored text ``needle`` (the page stays well-formed: only the hash can tell)."""
    data = bytearray(path.read_bytes())
    at = data.index(needle)
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_truncated_backup_is_refused(backup_file, tmp_path):
    backup_file.write_bytes(backup_file.read_bytes()[: backup_file.stat().st_size // 2])
    message = refusal(backup_file, tmp_path / "target.sqlite3")
    assert message.startswith(f"The backup {backup_file} is damaged (") and message.endswith("nothing was restored.")


def test_a_flipped_byte_in_a_record_is_refused_by_its_hash(backup_file, tmp_path):
    flip(backup_file, b"010-9042-8226")  # a contact's telephone: inside a row, where SQLite's own check cannot see
    message = refusal(backup_file, tmp_path / "target.sqlite3")
    assert "damaged (the rows of" in message and "do not match its manifest" in message


def test_a_zeroed_page_is_refused(backup_file, tmp_path):
    data = bytearray(backup_file.read_bytes())
    data[4096 * 5: 4096 * 6] = bytes(4096)
    backup_file.write_bytes(bytes(data))
    assert "is damaged (" in refusal(backup_file, tmp_path / "target.sqlite3")


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    foreign = tmp_path / "photos.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    assert refusal(foreign, tmp_path / "target.sqlite3") == (
        f"{foreign} is an SQLite file of another program, not a backup of this application; nothing was restored.")


def test_a_database_given_as_the_backup_is_told_apart(demo_database, tmp_path):
    message = refusal(demo_file(demo_database), tmp_path / "target.sqlite3")
    assert "is a database of this application, not a backup" in message


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    text = tmp_path / "notes.backup"
    text.write_text("not a database\n" * 20)
    assert refusal(text, tmp_path / "target.sqlite3") == (
        f"{text} is not a backup of this application (it is not even an SQLite file); nothing was restored.")


def reseal(path: Path, revision: str) -> None:
    """What a newer version would write: another schema revision, with a manifest that matches it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        manifest = read_manifest(connection)
        digests = dict(iter_table_digests(connection))
        write_manifest(connection, replace(manifest, schema_revision=revision, tables=digests))
    finally:
        connection.close()


def test_a_backup_of_a_newer_schema_is_refused(backup_file, tmp_path):
    reseal(backup_file, "0099")
    assert refusal(backup_file, tmp_path / "target.sqlite3") == (
        f"The backup {backup_file} was made by a newer version of this application (schema 0099); nothing was "
        "restored: install the newer version to restore it.")


def test_a_backup_of_an_older_schema_is_migrated_and_restored(tmp_path):
    from alembic import command

    from desktop.db.migrate import alembic_config, current_revision, head_revision
    from desktop.domain.settings.service import get_settings

    old = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with old.engine.connect() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.exec_driver_sql("INSERT INTO settings (key, value, updated_at) "
                                   "VALUES ('pass_mark', '\"75\"', '2026-11-25 01:00:00.000000')")
        connection.commit()
    written = finish(write_backup(old, tmp_path / "old.backup", created_by="test"))
    old.dispose()
    assert written.manifest.schema_revision == "0004"
    target = tmp_path / "new.sqlite3"
    restore(written.path, target)
    restored = Database(f"sqlite:///{target}")
    try:
        assert current_revision(restored) == head_revision()
        with restored.read() as session:
            assert get_settings(session)["pass_mark"] == "75"
    finally:
        restored.dispose()


def test_a_target_that_holds_data_is_refused_and_left_as_it_was(backup_file, demo_template, tmp_path):
    target = tmp_path / "busy.sqlite3"
    shutil.copyfile(demo_template, target)
    before = target.read_bytes()
    with pytest.raises(BackupError) as refused:
        restore(backup_file, target)
    assert refused.value.message == (
        f"The database sqlite:///{target} already holds data; a backup is restored only into an empty database (a "
        "new file, or a new PostgreSQL database), so nothing was restored.")
    assert target.read_bytes() == before


def test_an_empty_database_of_this_application_takes_a_restore(backup_file, database, tmp_path):
    restored = finish(restore_backup(CLI, backup_file, database.url, accounts=None))
    assert restored.records > 2000


def test_a_restore_that_fails_midway_removes_the_new_file_and_its_folders(backup_file, tmp_path):
    checked = finish(check_backup(backup_file))
    target = tmp_path / "new" / "folder" / "restored.sqlite3"

    def fail(_session) -> None:  # type: ignore[no-untyped-def]
        raise BackupError("the disk went away")

    try:
        with pytest.raises(BackupError):
            finish(restore_into(checked, f"sqlite:///{target}", finish=fail))
    finally:
        checked.close()
    assert not (tmp_path / "new").exists()
    assert not checked.working.exists()  # the working copy is gone too


def test_the_secretariat_backs_up_but_only_the_administrator_restores(demo_database, demo_actors, backup_file,
                                                                        tmp_path):
    finish(back_up(demo_database, demo_actors["secretariat"], tmp_path / "secretariat.backup"))
    with pytest.raises(PermissionDenied, match="may not do this: back up the database"):
        finish(back_up(demo_database, demo_actors["inspector"], tmp_path / "inspector.backup"))
    assert not (tmp_path / "inspector.backup").exists()
    with pytest.raises(PermissionDenied, match="may not do this: restore a backup"):
        finish(restore_backup(demo_actors["secretariat"], backup_file, f"sqlite:///{tmp_path / 'x.sqlite3'}",
                              accounts=demo_database))
    restored = finish(restore_backup(demo_actors["admin"], backup_file, f"sqlite:///{tmp_path / 'y.sqlite3'}",
                                     accounts=demo_database))
    assert restored.records > 2000


@pytest.mark.parametrize("tampering", [
    "DELETE FROM audit_events WHERE sequence IN (10, 11)",
    "UPDATE audit_events SET summary = 'rewritten' WHERE sequence = 10",
], ids=["deleted", "edited"])
def test_a_tampered_audit_trail_is_refused(backup_file, tmp_path, tampering):
    """The row hashes of the manifest are recomputed too, as a forger would: the hash chain still names event #10."""
    connection = sqlite3.connect(backup_file, isolation_level=None)
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                      "'audit_events'").fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')
    connection.execute(tampering)
    manifest = read_manifest(connection)
    write_manifest(connection, replace(manifest, tables=dict(iter_table_digests(connection))))
    connection.close()
    message = refusal(backup_file, tmp_path / "target.sqlite3")
    assert message.startswith(f"The backup {backup_file} fails the audit-trail check (")
    assert "#10 " in message or "number 10 is missing" in message
    assert message.endswith("; nothing was restored.") and not (tmp_path / "target.sqlite3").exists()
