"""``transfer --from SOURCE --to NEW``: the whole database copied into an empty one, checked on both sides, each
side's audit trail recording it; a target that holds data, the source itself or a missing source are refused in one
sentence with nothing changed."""

import json
import shutil
from pathlib import Path

from desktop.cli import main
from tests.cli.test_cli_refusals import assert_unchanged, snapshot


def exported(database: Path, output: Path) -> dict:
    """The JSON export, without what every export differs in (its moment; the chain head, moved by its record)."""
    assert main(["--database", str(database), "export", "json", "-o", str(output)]) == 0
    document = json.loads(output.read_text(encoding="utf-8"))
    document.pop("exported_at")
    document["tables"].pop("audit_chain_head")
    return document


def test_the_demo_transfers_to_a_new_database_with_everything_in_it(db_path, tmp_path, capsys):
    target = tmp_path / "moved.sqlite3"
    assert main(["transfer", "--from", str(db_path), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Transferred 5,") and f"to sqlite:///{target}; every table counted again" in out
    assert "audit trail verified" in out and "chain intact" in out
    source, moved = exported(db_path, tmp_path / "source.json"), exported(target, tmp_path / "moved.json")
    sent, received = source["tables"].pop("audit_events"), moved["tables"].pop("audit_events")
    assert sent[:-1] == received[:-1]  # the same trail, then each side's record of the transfer
    assert (sent[-1]["action"], received[-1]["action"]) == ("database.transfer", "database.transfer")
    assert sent[-1]["summary"].startswith("to sqlite:///") and received[-1]["summary"].startswith("from sqlite:///")
    assert moved == source  # every other row, issued documents and attachments included
    assert source["tables"]["issued_documents"] and source["tables"]["attachments"]


def refused(folder: Path, argv: list[str], capsys) -> str:  # type: ignore[no-untyped-def]
    before = snapshot(folder)
    assert main(argv) == 1
    assert_unchanged(folder, before)
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    return err


def test_a_target_that_holds_data_is_refused_and_both_stay_as_they_were(db_path, folder, demo_template, capsys):
    other = folder / "other.sqlite3"
    shutil.copyfile(demo_template, other)
    err = refused(folder, ["transfer", "--from", str(db_path), "--to", str(other)], capsys)
    assert "already holds data" in err and "nothing was" in err


def test_the_source_itself_is_refused(db_path, folder, capsys):
    err = refused(folder, ["transfer", "--from", str(db_path), "--to", f"sqlite:///{db_path}"], capsys)
    assert err == "error: The source and the target are the same database; nothing was transferred."


def test_a_missing_source_is_refused(folder, capsys):
    err = refused(folder, ["transfer", "--from", str(folder / "none.sqlite3"), "--to", str(folder / "new.sqlite3")],
                  capsys)
    assert err == f"error: There is no database at {folder / 'none.sqlite3'}; nothing was transferred."
