"""The command line never half-writes: a refused or failed command says why in one sentence naming the file, exits
1, and leaves the folder as it was — the database byte for byte, no temporary file, a read-only file untouched."""

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

FIRST_PRINT = ["document", "decision", "제2026-0001호", "--language", "en"]  # never printed in English in the demo


def snapshot(folder: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every file (its bytes and permissions) and folder under ``folder``."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None, stat.S_IMODE(p.stat().st_mode))
            for p in sorted(folder.rglob("*"))}


def assert_unchanged(folder: Path, before: dict[str, tuple[bytes | None, int]]) -> None:
    after = snapshot(folder)
    assert sorted(after) == sorted(before), "files appeared or vanished"
    for name, state in before.items():
        assert after[name] == state, f"{name} changed"


def run(db_path: Path, *argv: str) -> int:
    return main(["--database", str(db_path), *argv])


def issued_count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT count(*) FROM issued_documents").fetchone()[0]


def test_a_first_print_to_a_missing_folder_records_nothing(db_path, folder, capsys):
    out = folder / "missing" / "notice.pdf"
    before = snapshot(folder)
    assert run(db_path, *FIRST_PRINT, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: the folder {out.parent} does not exist.\n"
    assert_unchanged(folder, before)
    # The same command to a folder that exists records the first print: the refusal above was not for nothing.
    count = issued_count(db_path)
    assert run(db_path, *FIRST_PRINT, "-o", str(folder / "notice.pdf")) == 0
    assert issued_count(db_path) == count + 1


def test_export_to_a_missing_folder_records_no_audit_event(db_path, folder, capsys):
    out = folder / "missing" / "dump.json"
    before = snapshot(folder)
    assert run(db_path, "export", "json", "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: the folder {out.parent} does not exist.\n"
    assert_unchanged(folder, before)


@pytest.mark.parametrize("command", [FIRST_PRINT, ["export", "json"]], ids=["document", "export"])
def test_an_output_that_is_a_folder_is_refused_without_a_stray_file(db_path, folder, capsys, command):
    out = folder / "C"
    out.mkdir()
    before = snapshot(folder)
    assert run(db_path, *command, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: it is a folder, not a file.\n"
    assert_unchanged(folder, before)


def test_an_output_under_a_file_is_refused(db_path, folder, capsys):
    (folder / "notes.txt").write_text("not a folder")
    out = folder / "notes.txt" / "notice.pdf"
    before = snapshot(folder)
    assert run(db_path, *FIRST_PRINT, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: {out.parent} is a file, not a folder.\n"
    assert_unchanged(folder, before)


@pytest.mark.parametrize("command", [FIRST_PRINT, ["export", "json"], ["document", "minutes", "심의-2026-01"]],
                         ids=["document", "export", "minutes"])
def test_a_read_only_file_is_not_replaced(db_path, folder, capsys, command):
    out = folder / "kept.out"
    out.write_bytes(b"the user's own file")
    out.chmod(0o444)
    before = snapshot(folder)
    assert run(db_path, *command, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: the file is read-only.\n"
    assert_unchanged(folder, before)  # same bytes, still read-only
    assert out.read_bytes() == b"the user's own file" and stat.S_IMODE(out.stat().st_mode) == 0o444


@pytest.mark.parametrize("command,consequence", [
    (FIRST_PRINT, "; nothing was recorded"),
    (["export", "json"], "; nothing was recorded"),
    (["document", "minutes", "심의-2026-01"], "; nothing was recorded"),  # its first print is an issue too
], ids=["document", "export", "minutes"])
def test_a_full_disk_leaves_no_partial_file_and_records_nothing(db_path, folder, capsys, full_disk, command,
                                                                 consequence):
    out = folder / "output.file"
    before = snapshot(folder)
    assert run(db_path, *command, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"error: Could not write {out}: the disk is full{consequence}.\n"
    assert_unchanged(folder, before)


def test_an_existing_file_is_kept_whole_when_the_disk_fills(db_path, folder, capsys, full_disk):
    out = folder / "notice.pdf"
    out.write_bytes(b"%PDF-1.4 the earlier print")
    before = snapshot(folder)
    assert run(db_path, *FIRST_PRINT, "-o", str(out)) == 1
    assert_unchanged(folder, before)


def _can_mount_a_tiny_disk() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=16k none /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_a_tiny_disk(), reason="needs unprivileged mounts (unshare -rm)")
@pytest.mark.parametrize("command", [FIRST_PRINT, ["export", "json"]], ids=["document", "export"])
def test_a_really_full_disk(db_path, folder, tmp_path, command):
    """On a 16 KiB file system of its own (the PDF and the export are larger): the kernel's own ENOSPC."""
    disk = tmp_path / "disk"
    disk.mkdir()
    out = disk / "output.file"
    before = snapshot(folder)
    script = (f'mount -t tmpfs -o size=16k none "{disk}" && "{sys.executable}" -m desktop --database "{db_path}" '
              + " ".join(f'"{word}"' for word in command) + f' -o "{out}"; code=$?; ls -A "{disk}"; exit $code')
    # coreutils' timeout bounds it: Python's own timeout polls with time.sleep, which libfaketime (the leap-day
    # pass of .ci/run) can refuse with EINVAL when the machine is busy
    done = subprocess.run(["timeout", "300", "unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                          env={**os.environ, "PYTHONUTF8": "1"})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        f"error: Could not write {out}: the disk is full; nothing was recorded.")
    assert done.stdout == ""  # nothing was left on the full disk (ls -A printed no name)
    assert_unchanged(folder, before)


def test_verify_reports_every_file_it_cannot_read(db_path, folder, capsys):
    valid = folder / "notice.pdf"
    assert run(db_path, "document", "decision", "제2026-0001호", "-o", str(valid)) == 0  # the demo's own print
    capsys.readouterr()
    first, a_folder, last = folder / "first.pdf", folder / "a-folder.pdf", folder / "last.pdf"
    a_folder.mkdir()
    before = snapshot(folder)
    assert run(db_path, "verify", str(first), str(valid), str(a_folder), str(last)) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: Could not read {first}: the file does not exist.",
        f"error: Could not read {a_folder}: it is a folder, not a file.",
        f"error: Could not read {last}: the file does not exist.",
    ]
    assert f"{valid}: VALID" in captured.out
    assert captured.out.splitlines()[-1] == "1 of 4 checked are authentic issued documents."
    assert_unchanged(folder, before)


def test_verify_of_valid_files_alone_exits_0(db_path, folder, capsys):
    valid = folder / "notice.pdf"
    run(db_path, "document", "decision", "제2026-0001호", "-o", str(valid))
    assert run(db_path, "verify", str(valid), str(valid)) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 of 2 checked are authentic issued documents."


def database_files(db_path: Path) -> tuple[int, bytes, bytes | None]:
    """The database's inode and bytes (with its write-ahead log): what ``demo --force`` would replace."""
    wal = Path(f"{db_path}-wal")
    return db_path.stat().st_ino, db_path.read_bytes(), wal.read_bytes() if wal.exists() else None


def in_use_message(db_path: Path) -> str:
    return (f"error: The database sqlite:///{db_path.resolve()} is in use by another program (the application or a "
            "command); close it and try again; nothing was deleted.\n")


def has_marker(db_path: Path) -> bool:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'marker'").fetchone()[0] == 1


def test_demo_force_refuses_a_database_another_connection_is_writing(db_path, capsys):
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("CREATE TABLE marker (x)")  # committed: gone only if the database is rebuilt
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE settings SET value = value")
    before = database_files(db_path)
    assert run(db_path, "demo", "--force") == 1
    assert capsys.readouterr().err == in_use_message(db_path)
    assert database_files(db_path) == before  # not deleted, not rebuilt: the same file, the same bytes
    writer.execute("COMMIT")  # the other program's transaction is still there to finish
    writer.close()
    assert has_marker(db_path)
    assert run(db_path, "demo", "--force") == 0  # once it is closed, the demo is rebuilt
    assert not has_marker(db_path)


def test_demo_force_refuses_a_database_the_application_has_open(db_path, capsys):
    from desktop.db.engine import Database
    from desktop.domain.users.service import needs_first_administrator

    application = Database(f"sqlite:///{db_path}")  # an idle GUI: a pooled connection, no transaction
    with application.read() as session:
        needs_first_administrator(session)
    before = database_files(db_path)
    try:
        assert run(db_path, "demo", "--force") == 1
        assert capsys.readouterr().err == in_use_message(db_path)
        assert database_files(db_path) == before
    finally:
        application.dispose()


@pytest.mark.parametrize("command", [["upgrade"], ["export", "json", "-o", "dump.json"], ["verify", "x.pdf"],
                                     [*FIRST_PRINT, "-o", "notice.pdf"]], ids=["upgrade", "export", "verify", "print"])
def test_an_empty_file_is_not_taken_for_a_database(folder, capsys, monkeypatch, command):
    monkeypatch.chdir(folder)
    empty = folder / "empty.sqlite3"
    empty.touch()
    (folder / "x.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = snapshot(folder)
    assert run(empty, *command) == 1
    assert capsys.readouterr().err == (
        f"error: The file {empty.resolve()} is empty (0 bytes), so it is not a database and was left untouched; "
        "delete it to have a new database created there, build the demo on it with `demo`, or choose another file "
        "with --database.\n")
    assert_unchanged(folder, before)  # still 0 bytes, no -wal or -shm beside it


def test_the_demo_may_be_built_on_an_empty_file(folder, capsys):
    empty = folder / "new.sqlite3"
    empty.touch()
    assert run(empty, "demo") == 0
    assert empty.stat().st_size > 0
    assert run(empty, "upgrade") == 0


@pytest.mark.parametrize("command", [["upgrade"], ["demo"], ["demo", "--force"], ["export", "json", "-o", "x.json"]])
def test_a_folder_given_as_the_database_is_called_a_folder(folder, capsys, monkeypatch, command):
    monkeypatch.chdir(folder)
    directory = folder / "records.sqlite3"
    directory.mkdir()
    before = snapshot(folder)
    assert run(directory, *command) == 1
    assert capsys.readouterr().err == (
        f"error: {directory.resolve()} is a directory, not a database file; choose a database file with "
        "--database.\n")
    assert_unchanged(folder, before)
