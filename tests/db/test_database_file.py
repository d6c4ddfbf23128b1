"""Which files may be opened as the SQLite database, and telling when another program has one open."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DatabaseError
from desktop.db.engine import Database, ensure_sole_use, explain_operational_error
from desktop.db.migrate import upgrade


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_an_empty_file_is_refused_before_sqlite_touches_it(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseError, match=r"is empty \(0 bytes\), so it is not a database and was left untouched"):
        Database(url(empty))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"] and empty.stat().st_size == 0


def test_an_empty_file_becomes_a_database_when_one_is_created_on_purpose(tmp_path):
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    database = Database(url(empty), create=True)
    upgrade(database)
    database.dispose()
    Database(url(empty)).dispose()  # a database now, opened like any other
    assert empty.stat().st_size > 0


def test_a_missing_file_is_still_created_for_the_first_run(tmp_path):
    path = tmp_path / "folder" / "first.sqlite3"
    database = Database(url(path))
    upgrade(database)
    database.dispose()
    assert path.stat().st_size > 0


def test_an_empty_file_whose_log_holds_data_is_left_to_sqlite(tmp_path):
    path = tmp_path / "young.sqlite3"
    path.touch()
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # another connection's first writes
    Database(url(path)).dispose()


def test_a_folder_is_called_a_folder(tmp_path):
    folder = tmp_path / "records.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError) as refused:
        Database(url(folder))
    assert refused.value.message == (f"{folder} is a directory, not a database file; choose a database file with "
                                     "--database.")
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_a_file_is_named(tmp_path):
    (tmp_path / "plain").write_text("a file")
    with pytest.raises(DatabaseError, match=r"The folder .*plain for the database cannot be created"):
        Database(url(tmp_path / "plain" / "db.sqlite3"))


@pytest.fixture
def db_file(tmp_path, demo_template) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def test_nobody_else_on_the_file_lets_it_go(db_file):
    ensure_sole_use(url(db_file))
    ensure_sole_use(url(db_file.with_name("missing.sqlite3")))  # nothing to hold


@pytest.mark.parametrize("other", ["writing", "reading", "idle"])
def test_another_connection_on_the_file_is_seen(db_file, other):
    connection = sqlite3.connect(db_file, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    if other == "writing":
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE settings SET value = value")
    elif other == "reading":
        connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM users").fetchone()
    try:
        with pytest.raises(DatabaseError, match=r"is in use by another program .*; nothing was deleted"):
            ensure_sole_use(url(db_file))
    finally:
        connection.close()
    ensure_sole_use(url(db_file))


def test_a_full_disk_under_the_database_is_said_so(tmp_path):
    error = sqlite3.OperationalError("database or disk is full")
    message = explain_operational_error(error, url(tmp_path / "x.sqlite3")).message
    assert message.startswith("The disk holding the database ") and "is full; nothing was changed" in message
