"""Unsaved input kept on this computer: written whole, found again by the same person on the same database only,
deleted once saved; a damaged file is no draft (and is left for inspection)."""

import os
import stat
from pathlib import Path

from desktop.core.drafts import ENV_DRAFTS_DIR, DraftStore, drafts_folder
from tests.conftest import REFERENCE_MOMENT


def test_a_kept_draft_is_found_again_with_when_it_was_kept_and_its_base_version(tmp_path: Path) -> None:
    store = DraftStore("postgresql://db.example/review|member1", tmp_path / "drafts")
    content = {"C1": ["18", "강한 기술 역량"], "C2": ["", ""]}
    path = store.keep("score-sheet", 7, content, base_version=3)
    again = DraftStore("postgresql://db.example/review|member1", tmp_path / "drafts").find("score-sheet", 7)
    assert again is not None
    assert again.content == content and again.base_version == 3
    assert abs((again.kept_at - REFERENCE_MOMENT).total_seconds()) < 60  # the project's clock
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # a score sheet's draft is as confidential as the sheet
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left beside it


def test_drafts_of_another_person_or_database_or_record_are_apart(tmp_path: Path) -> None:
    mine = DraftStore("db-a|member1", tmp_path)
    mine.keep("score-sheet", 7, {"C1": ["18", ""]})
    assert DraftStore("db-a|member2", tmp_path).find("score-sheet", 7) is None
    assert DraftStore("db-b|member1", tmp_path).find("score-sheet", 7) is None
    assert mine.find("score-sheet", 8) is None
    assert mine.find("application", 7) is None
    assert len(mine.kept()) == 1


def test_a_save_discards_the_draft_and_a_second_keep_replaces_it(tmp_path: Path) -> None:
    store = DraftStore("db|secretariat", tmp_path)
    store.keep("application", "new-3-new", {"name": "첫"})
    store.keep("application", "new-3-new", {"name": "둘째"})
    assert store.find("application", "new-3-new").content == {"name": "둘째"}
    store.discard("application", "new-3-new")
    assert store.find("application", "new-3-new") is None
    store.discard("application", "new-3-new")  # nothing kept: nothing happens
    assert store.kept() == []


def test_a_damaged_draft_is_no_draft_and_stays_for_inspection(tmp_path: Path) -> None:
    store = DraftStore("db|member1", tmp_path)
    path = store.keep("score-sheet", 7, {"C1": ["18", ""]})
    path.write_text('{"format": 1, "scope": "db|mem', encoding="utf-8")  # cut off by a crash of the disk
    assert store.find("score-sheet", 7) is None
    assert path.exists()


def test_file_names_are_safe_and_the_folder_follows_the_environment(tmp_path: Path, monkeypatch) -> None:
    store = DraftStore("db|a/b", tmp_path)
    path = store.path("application", "new-3-../../etc")
    assert path.parent == tmp_path and "/" not in path.name and os.sep not in path.name
    monkeypatch.setenv(ENV_DRAFTS_DIR, str(tmp_path / "elsewhere"))
    assert drafts_folder() == tmp_path / "elsewhere"
    assert DraftStore("x").folder == tmp_path / "elsewhere"
