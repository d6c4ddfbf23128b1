"""Fixtures of the command-line tests: a work folder, a private copy of the demo as an SQLite file in it (for the
commands about the file), and ``--database`` of a private demo copy on each engine (for the rest)."""

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def db_path(folder: Path, demo_template: Path) -> Path:
    """The demo as an SQLite file (the backup, restore and transfer commands, tampering with sqlite3)."""
    path = folder / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def database_url(demo_database) -> str:  # type: ignore[no-untyped-def]
    """``--database`` of a private copy of the demo on the test's engine (SQLite, and PostgreSQL when configured)."""
    return demo_database.url
