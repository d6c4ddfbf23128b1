"""Fixtures for the GUI tests of the shell and the applications page: a recording dialog service, contexts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import DomainError
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.ui.context import AppContext


class RecordingDialogs:
    """Stands in for ``DialogService``: records pop-ups, answers from preset values, never opens a window."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.prompts: list[str] = []
        self.answers: list[str | None] = []
        self.confirm_answer = True
        self.save_path: Path | None = None
        self.open_paths: list[Path] = []

    def error(self, parent: Any, message: str, title: str | None = None) -> None:
        self.errors.append(message)

    def show_error(self, parent: Any, error: Exception) -> None:
        self.errors.append(error.message if isinstance(error, DomainError) else f"unexpected: {error!r}")

    def info(self, parent: Any, message: str, title: str | None = None) -> None:
        self.infos.append(message)

    def confirm(self, parent: Any, message: str, title: str | None = None) -> bool:
        self.prompts.append(message)
        return self.confirm_answer

    def ask_text(self, parent: Any, title: str, prompt: str, *, required: bool = True) -> str | None:
        self.prompts.append(prompt)
        return self.answers.pop(0) if self.answers else None

    def save_file(self, parent: Any, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.save_path

    def open_files(self, parent: Any, title: str, file_filter: str) -> list[Path]:
        return list(self.open_paths)


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def context_for(demo_database: Database, demo_actors: dict[str, Actor]) -> Callable[[str], AppContext]:
    """An ``AppContext`` on the demo database for a demo user name (secretariat, member, approver, …)."""

    def make(username: str) -> AppContext:
        return AppContext(demo_database, demo_actors[username], {}, "en")

    return make
