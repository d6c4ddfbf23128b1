"""``backup -o FILE`` and ``restore FILE --database NEW``: the demo round-trips to an identical JSON export; every bad
backup or target is refused in one sentence with exit 1 and the folder left as it was."""

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import EXIT_USAGE, build_parser, main
from tests.cli.test_cli_refusals import assert_unchanged, snapshot


@pytest.fixture
def backup(db_path: Path, folder: Path) -> Path:
    path = folder / "demo.backup"
    assert main(["--database", str(db_path), "backup", "-o", str(path)]) == 0
    return path


def exported(database: Path, output: Path) -> dict:
    assert main(["--database", str(database), "export", "json", "-o", str(output)]) == 0
    return json.loads(output.read_text(encoding="utf-8"))


def test_the_demo_round_trips_to_an_identical_json_export(db_path, folder, tmp_path, capsys):
    # (5,000-odd records: the demo holds 3,000 filed evaluation reports since issue 13)
    before = exported(db_path, tmp_path / "before.json")
    assert main(["--database", str(db_path), "backup", "-o", str(folder / "demo.backup")]) == 0
    target = tmp_path / "restored.sqlite3"
    assert main(["restore", str(folder / "demo.backup"), "--database", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Backed up 5," in out and f"to {folder / 'demo.backup'}" in out
    assert out.count("Restored ") == 1 and " records of " in out and f"into sqlite:///{target}." in out
    after = exported(target, tmp_path / "after.json")
    # What must differ: the moment of each export, and the audit trail's two events of the round trip itself — the
    # first export's own record (made after it read the database) and the restore's record in the new database.
    assert after.pop("exported_at") != before.pop("exported_at")
    events_before, events_after = before["tables"].pop("audit_events"), after["tables"].pop("audit_events")
    assert events_after[: len(events_before)] == events_before
    assert [e["action"] for e in events_after[len(events_before):]] == ["export.json", "database.restore"]
    # The chain head follows the trail: the backup's own head, moved on by those two events.
    head_before, head_after = before["tables"].pop("audit_chain_head"), after["tables"].pop("audit_chain_head")
    assert head_after[0]["sequence"] == head_before[0]["sequence"] + 2 == events_after[-1]["sequence"]
    assert after == before
    assert sum(len(rows) for rows in after["tables"].values()) > 1000


def test_backup_and_restore_say_which_database_is_which():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert "(the source)" in parser.format_help()
    backup_help = " ".join(commands["backup"].format_help().split())
    assert "backup of the SOURCE database, named by --database before the command" in backup_help
    restore_help = " ".join(commands["restore"].format_help().split())
    assert "--database names the TARGET (never the default database)" in restore_help


def test_restore_needs_the_target_named(backup, capsys):
    assert main(["restore", str(backup)]) == EXIT_USAGE
    assert capsys.readouterr().err == ("error: restore needs one --database naming the new, empty database to restore "
                                       "into; nothing was restored.\n")


def test_the_target_may_also_be_given_before_the_command(backup, tmp_path):
    assert main(["--database", str(tmp_path / "new.sqlite3"), "restore", str(backup)]) == 0
    assert (tmp_path / "new.sqlite3").is_file()


def refused(folder: Path, argv: list[str], capsys) -> str:  # type: ignore[no-untyped-def]
    """Run a command that must be refused: exit 1, one line on stderr, nothing in ``folder`` changed."""
    capsys.readouterr()
    before = snapshot(folder)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert_unchanged(folder, before)
    return err.removeprefix("error: ").strip()


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        del data[len(data) // 3:]
    elif how == "flipped":
        at = data.index(b"010-9042-8226")  # a telephone number inside a row
        data[at + 4] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_a_damaged_backup_is_refused(backup, folder, capsys, how):
    damage(backup, how)
    message = refused(folder, ["restore", str(backup), "--database", str(folder / "new.sqlite3")], capsys)
    assert message.startswith(f"The backup {backup} is damaged (") and message.endswith("; nothing was restored.")


def test_a_foreign_sqlite_file_is_refused(folder, capsys):
    foreign = folder / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    message = refused(folder, ["restore", str(foreign), "--database", str(folder / "new.sqlite3")], capsys)
    assert message == f"{foreign} is an SQLite file of another program, not a backup of this application; nothing " \
                      "was restored."


def test_a_file_that_is_no_database_is_refused(folder, capsys):
    text = folder / "demo.backup"
    text.write_bytes(b"%PDF-1.7\n" + bytes(5000))
    message = refused(folder, ["restore", str(text), "--database", str(folder / "new.sqlite3")], capsys)
    assert message == f"{text} is not a backup of this application (it is not even an SQLite file); nothing was " \
                      "restored."


def test_a_backup_of_a_newer_version_is_refused(backup, folder, capsys):
    from tests.db.test_backup import reseal

    reseal(backup, "0042")
    message = refused(folder, ["restore", str(backup), "--database", str(folder / "new.sqlite3")], capsys)
    assert "was made by a newer version of this application (schema 0042)" in message


def test_a_target_holding_data_is_refused_untouched(backup, db_path, folder, capsys):
    message = refused(folder, ["restore", str(backup), "--database", str(db_path)], capsys)
    assert message.startswith(f"The database sqlite:///{db_path} already holds data;")


def test_a_backup_into_a_missing_folder_is_refused_before_the_database_is_opened(db_path, folder, capsys):
    out = folder / "missing" / "x.backup"
    message = refused(folder, ["--database", str(db_path), "backup", "-o", str(out)], capsys)
    assert message == f"Could not write {out}: the folder {out.parent} does not exist."


def test_the_database_itself_is_refused_as_the_backup_file(db_path, folder, capsys):
    message = refused(folder, ["--database", str(db_path), "backup", "-o", str(db_path)], capsys)
    assert message == f"{db_path} is the database itself; choose another file for the backup (nothing was written)."


def test_a_missing_source_is_not_created(folder, capsys):
    message = refused(folder, ["--database", str(folder / "typo.sqlite3"), "backup", "-o",
                               str(folder / "x.backup")], capsys)
    assert message == f"There is no database at {folder / 'typo.sqlite3'}; nothing was backed up."
