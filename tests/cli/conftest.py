"""Fixtures of the command-line tests: a work folder and a private copy of the demo database in it."""

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
    path = folder / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path
