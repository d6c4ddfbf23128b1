"""The automatic backup: once per Korean day and database, only for people who may back up, the newest
``backup_keep`` kept (0: none made), other files in the folder never touched."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import KST, clock_set_to
from desktop.core.errors import FileError
from desktop.db.backup.automatic import ENV_BACKUP_DIR, automatic_backup_folder, automatic_backups
from desktop.domain.backup.service import automatic_backup
from desktop.domain.settings.service import set_setting
from tests.db.test_backup import finish


def on_day(offset: int):  # type: ignore[no-untyped-def]
    """The project's clock ``offset`` days after the demo day, at 00:30 in Korea (still the day before in UTC)."""
    moment = datetime(2026, 11, 25, 0, 30, tzinfo=KST) + timedelta(days=offset)
    return clock_set_to(lambda: moment)


def test_the_folder_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_BACKUP_DIR, str(tmp_path / "elsewhere"))
    assert automatic_backup_folder() == tmp_path / "elsewhere"
    monkeypatch.delenv(ENV_BACKUP_DIR)
    assert automatic_backup_folder().parts[-2:] == ("designation-review", "backups")


def test_one_backup_a_day_named_for_the_database_and_the_korean_date(demo_database, demo_actors, tmp_path):
    folder = tmp_path / "backups"
    with on_day(0):
        made = finish(automatic_backup(demo_database, demo_actors["secretariat"], folder))
        assert made.written.path.name.startswith("demo-2026-11-25-") and made.written.path.suffix == ".backup"
        assert finish(automatic_backup(demo_database, demo_actors["admin"], folder)) is None  # already made today
    with on_day(1):
        assert finish(automatic_backup(demo_database, demo_actors["admin"], folder)) is not None
    assert [p.name[5:15] for p in automatic_backups(folder, demo_database.url)] == ["2026-11-25", "2026-11-26"]


def test_only_the_newest_are_kept_and_nothing_else_is_touched(demo_database, demo_actors, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = folder / "my own copy.backup"
    mine.write_bytes(b"keep me")
    with demo_database.transaction() as session:
        set_setting(session, demo_actors["admin"], "backup_keep", 2)
    removed = []
    for day in range(4):
        with on_day(day):
            removed.extend(finish(automatic_backup(demo_database, demo_actors["secretariat"], folder)).removed)
    kept = automatic_backups(folder, demo_database.url)
    assert [p.name[5:15] for p in kept] == ["2026-11-27", "2026-11-28"]
    assert [p.name[5:15] for p in removed] == ["2026-11-25", "2026-11-26"]
    assert mine.read_bytes() == b"keep me"


def test_backup_keep_zero_makes_none(demo_database, demo_actors, tmp_path):
    with demo_database.transaction() as session:
        set_setting(session, demo_actors["admin"], "backup_keep", 0)
    assert finish(automatic_backup(demo_database, demo_actors["admin"], tmp_path / "backups")) is None
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("value", [-1, 366, "ten"])
def test_backup_keep_is_checked(demo_database, demo_actors, value):
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="a whole number from 0 to 365"), demo_database.transaction() as session:
        set_setting(session, demo_actors["admin"], "backup_keep", value)


def test_people_who_may_not_back_up_make_no_automatic_backup(demo_database, demo_actors, tmp_path):
    for username in ("inspector", "member", "chair", "approver"):
        assert finish(automatic_backup(demo_database, demo_actors[username], tmp_path / "backups")) is None
    assert not (tmp_path / "backups").exists()


def test_a_folder_that_cannot_be_made_is_one_sentence(demo_database, demo_actors, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(FileError) as failed:
        finish(automatic_backup(demo_database, demo_actors["admin"], blocker / "backups"))
    assert failed.value.message.startswith(f"Could not write {blocker / 'backups'}/demo-2026-11-25-")
    assert failed.value.message.endswith("; no automatic backup was made.")
