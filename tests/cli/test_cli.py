"""The command line: demo, export, document, info, and clear errors (never a traceback)."""

import json

import pytest

from desktop.cli import main


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cli.sqlite3"


def test_demo_prints_the_users_and_refuses_to_overwrite(db_path, capsys):
    assert main(["--database", str(db_path), "demo"]) == 0
    out = capsys.readouterr().out
    for username in ("admin", "secretariat", "inspector", "member", "chair", "approver"):
        assert f"\n{username} " in out
    assert "secretariat-2026" in out
    size = db_path.stat().st_size
    assert main(["--database", str(db_path), "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert db_path.stat().st_size == size
    assert main(["--database", str(db_path), "demo", "--force"]) == 0


def test_environment_variable_chooses_the_database(db_path, monkeypatch, capsys):
    monkeypatch.setenv("DESIGNATION_REVIEW_DATABASE", str(db_path))
    assert main(["upgrade"]) == 0
    assert str(db_path) in capsys.readouterr().out


def test_export_json_writes_every_table(db_path, tmp_path, capsys):
    main(["--database", str(db_path), "demo"])
    out = tmp_path / "dump.json"
    assert main(["--database", str(db_path), "export", "json", "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "designation-review-export"
    assert len(document["tables"]["applications"]) == 21
    assert "Exported" in capsys.readouterr().out


def test_document_decision_writes_a_pdf(db_path, tmp_path, capsys):
    main(["--database", str(db_path), "demo"])
    capsys.readouterr()
    out = tmp_path / "decision.pdf"
    year = 2026  # the demo's day is pinned (tests/conftest.py)
    assert main(["--database", str(db_path), "document", "decision", f"제{year}-0001호", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "decision.pdf.part").exists()


@pytest.mark.parametrize("number,message", [("abc", "not a decision number"), ("2026-0999", "no issued decision")])
def test_document_with_a_bad_number_says_what_is_wrong(db_path, tmp_path, capsys, number, message):
    main(["--database", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--database", str(db_path), "document", "decision", number, "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_damaged_database_gives_a_message_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    assert main(["--database", str(bad), "export", "json", "-o", str(tmp_path / "x.json")]) == 1
    assert "not a readable database" in capsys.readouterr().err


def test_info_reads_the_resources(capsys, tmp_path):
    assert main(["--database", str(tmp_path / "i.sqlite3"), "info"]) == 0
    out = capsys.readouterr().out
    assert "criteria sheet 2026.1: 6 criteria, total 100" in out
    assert "NanumGothic.ttf" in out


def test_every_printed_demo_account_logs_in_with_its_printed_password(db_path, capsys):
    from desktop.db.engine import Database
    from desktop.domain.users.service import authenticate

    main(["--database", str(db_path), "demo"])
    lines = capsys.readouterr().out.splitlines()
    header = next(n for n, line in enumerate(lines) if line.startswith("user name"))
    accounts = [line.split()[:2] for line in lines[header + 1:] if line.strip()]
    assert len(accounts) >= 13  # one per role, a reviewer, the seven committee members
    database = Database(f"sqlite:///{db_path}")
    for username, password in accounts:
        with database.transaction() as s:
            assert authenticate(s, username, password).username == username
    database.dispose()
