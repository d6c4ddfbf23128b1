"""``designation-review audit verify``: exit 0 with one line when the chain is intact, exit 1 naming the first
problem — here an audit row edited with sqlite3 by someone holding the file."""

import re
import shutil
import sqlite3

import pytest

from desktop.cli import main


@pytest.fixture
def db_path(tmp_path, demo_template):
    path = tmp_path / "cli.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def head_of(path) -> tuple[int, str]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT sequence, hash FROM audit_chain_head").fetchone()
    finally:
        connection.close()


def test_the_intact_demo_verifies_in_one_line(db_path, capsys):
    assert main(["--database", str(db_path), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    sequence, digest = head_of(db_path)
    # Every document the demo issued sealed the chain head of its moment: each is checked against the chain
    # (51 documents of designation, 8 of its two sanction cases, 6 of its two validity checks, the survey report, and
    # the demo's two published lists, desktop/demo/publications.py).
    assert out == f"{sequence:,} events, chain intact, head #{sequence} {digest[:16]}… (68 recorded chain heads " \
                  "matched)\n"


def test_an_audit_row_edited_with_sqlite3_is_named(db_path, capsys):
    connection = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="audit events cannot be changed or deleted"):
        connection.execute("UPDATE audit_events SET actor_name = '누군가' WHERE sequence = 123")
    connection.execute("DROP TRIGGER audit_events_no_update")  # as the holder of the file can
    connection.execute("UPDATE audit_events SET actor_name = '누군가' WHERE sequence = 123")
    connection.close()
    assert main(["--database", str(db_path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{head_of(db_path)[0]:,} events: the audit trail was tampered with.\n")
    assert re.search(r"Event #123 \(2026\. \d+\. \d+\. \d\d:\d\d, 누군가, [A-Z][a-z' ]+\) was changed after it was "
                     r"recorded", out)


def test_an_anchor_from_an_archived_document_is_checked(db_path, capsys):
    sequence, digest = head_of(db_path)
    assert main(["--database", str(db_path), "audit", "verify", "--anchor", f"{sequence}:{digest}"]) == 0
    # the demo's 68 documents (its two published lists among them, desktop/demo/publications.py) and this one
    assert "(69 recorded chain heads matched)" in capsys.readouterr().out
    assert main(["--database", str(db_path), "audit", "verify", "--anchor", f"#{sequence - 9}:{'0' * 64}"]) == 1
    out = capsys.readouterr().out
    assert "The trail was rewritten" in out and f"#{sequence - 9} (" in out and "--anchor" in out
    with pytest.raises(SystemExit) as usage:
        main(["--database", str(db_path), "audit", "verify", "--anchor", "12:not-a-hash"])
    assert usage.value.code == 2 and "is not an event number and a SHA-256" in capsys.readouterr().err
