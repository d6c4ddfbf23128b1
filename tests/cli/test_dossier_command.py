"""``designation-review dossier APPLICATION -o FILE.zip`` and ``designation-review verify FILE.zip``."""

import io
import zipfile

import pytest

from desktop.cli import main


@pytest.fixture(autouse=True)
def _empty_trust_folder(tmp_path, monkeypatch):
    """This computer trusts nothing of its own: only the database's authority certificate or --trust."""
    from desktop.issuing.trust import ENV_TRUST_DIR

    monkeypatch.setenv(ENV_TRUST_DIR, str(tmp_path / "trust"))


def test_the_dossier_is_written_and_verifies(database_url, tmp_path, capsys):
    target = tmp_path / "case.zip"
    assert main(["--database", database_url, "dossier", "2026-1-002", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    # six documents of the designation, two notices of the demo's validity check on one of its reports, and the list
    # of designated institutes the demo published (desktop/demo/publications.py)
    assert "2026-1-002: " in out and "9 documents" in out and "designation-review verify" in out
    assert main(["--database", database_url, "verify", str(target)]) == 0
    out = capsys.readouterr().out
    assert ": VALID: the case dossier of application 2026-1-002" in out


def test_verify_recognises_a_dossier_by_its_content_and_names_the_changed_file(database_url, tmp_path, capsys):
    target = tmp_path / "case.zip"
    assert main(["--database", database_url, "dossier", "2026-1-002", "-o", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["README.txt"] = files["README.txt"].replace(b"2026-1-002", b"2026-1-003", 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    renamed = tmp_path / "case.bin"  # no .zip suffix: it is told by what it holds
    renamed.write_bytes(buffer.getvalue())
    capsys.readouterr()
    assert main(["--database", database_url, "verify", str(renamed)]) == 1
    out = capsys.readouterr().out
    assert "NOT VALID: the case dossier of application 2026-1-002" in out
    assert "Changed: README.txt is not the file the manifest lists" in out


def test_offline_a_dossier_needs_the_authoritys_certificate(database_url, tmp_path, capsys):
    target = tmp_path / "case.zip"
    assert main(["--database", database_url, "dossier", "2026-1-002", "-o", str(target)]) == 0
    certificate = tmp_path / "authority.pem"
    assert main(["--database", database_url, "trust", "export", "-o", str(certificate)]) == 0
    capsys.readouterr()
    assert main(["verify", "--offline", str(target)]) == 1
    assert "No certificate is trusted here" in capsys.readouterr().out
    assert main(["verify", "--offline", "--trust", str(certificate), str(target)]) == 0
    assert ": VALID: the case dossier" in capsys.readouterr().out


def test_an_unknown_application_is_one_sentence_and_writes_nothing(database_url, tmp_path, capsys):
    target = tmp_path / "out" / "none.zip"
    target.parent.mkdir()
    assert main(["--database", database_url, "dossier", "2026-1-999", "-o", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == "error: There is no application 2026-1-999."
    assert list(target.parent.iterdir()) == []


def test_a_folder_that_does_not_exist_is_refused_before_anything_is_done(database_url, tmp_path, capsys):
    assert main(["--database", database_url, "dossier", "2026-1-002", "-o", str(tmp_path / "no" / "case.zip")]) == 1
    assert "does not exist" in capsys.readouterr().err
