"""A defect in a command: one sentence naming the log file on the terminal, exit 1, the traceback in the log."""

from pathlib import Path

from desktop.cli import main


def _broken_font_lookup(*args, **kwargs):
    raise RuntimeError("font table is corrupt")


def test_an_unexpected_error_is_one_sentence_naming_the_log_file(_private_log_folder: Path, tmp_path: Path,
                                                                 monkeypatch, capsys) -> None:
    import desktop.core.resources

    monkeypatch.setattr(desktop.core.resources, "korean_font_path", _broken_font_lookup)
    assert main(["--database", str(tmp_path / "i.sqlite3"), "info"]) == 1
    log_file = _private_log_folder / "designation-review.log"
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: something unexpected went wrong (RuntimeError); the details were written to {log_file}."]
    assert "Traceback" not in captured.err
    log = log_file.read_text(encoding="utf-8")
    assert "ERROR desktop.cli [MainThread] info failed: RuntimeError: font table is corrupt" in log
    assert "Traceback (most recent call last)" in log and "in _broken_font_lookup" in log


def test_a_refusal_stays_a_plain_sentence_and_leaves_no_traceback(_private_log_folder: Path, tmp_path: Path,
                                                                  capsys) -> None:
    assert main(["--database", str(tmp_path / "r.sqlite3"), "recompute", "1999-9"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "log file" not in err and "Traceback" not in err
    log = (_private_log_folder / "designation-review.log").read_text(encoding="utf-8")
    assert "INFO desktop.cli [MainThread] recompute refused: " in log and "Traceback" not in log


def test_info_names_the_log_file(_private_log_folder: Path, tmp_path: Path, capsys) -> None:
    assert main(["--database", str(tmp_path / "i.sqlite3"), "info"]) == 0
    assert f"log file: {_private_log_folder / 'designation-review.log'}\n" in capsys.readouterr().out


def test_every_command_logs_to_the_same_file_however_often_main_runs(_private_log_folder: Path, tmp_path: Path,
                                                                     capsys) -> None:
    import logging
    import logging.handlers

    for _ in range(3):
        assert main(["--database", str(tmp_path / "i.sqlite3"), "info"]) == 0
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1
    log = (_private_log_folder / "designation-review.log").read_text(encoding="utf-8")
    assert log.count(": info\n") == 3  # one start line per run, none doubled
