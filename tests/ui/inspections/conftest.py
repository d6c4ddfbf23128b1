"""Fixtures for the inspection GUI: a recording dialog service, demo contexts, the demo's next inspection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.errors import DomainError
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.ui.context import AppContext

PDF = b"%PDF-1.4 photo sheet of the archive"


class FakeDialogs:
    """Stands in for ``DialogService``: records pop-ups and answers from preset values."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.answers: list[str | None] = []
        self.open_paths: list[Path] = []
        self.save_path: Path | None = None
        self.printer: Any = None

    def error(self, parent: Any, message: str, title: str | None = None) -> None:
        self.errors.append(message)

    def show_error(self, parent: Any, error: Exception) -> None:
        self.errors.append(error.message if isinstance(error, DomainError) else f"unexpected: {error!r}")

    def info(self, parent: Any, message: str, title: str | None = None) -> None:
        self.infos.append(message)

    def confirm(self, parent: Any, message: str, title: str | None = None) -> bool:
        return True

    def ask_text(self, parent: Any, title: str, prompt: str, *, required: bool = True) -> str | None:
        return self.answers.pop(0) if self.answers else None

    def save_file(self, parent: Any, title: str, suggested: str, file_filter: str) -> Path | None:
        self.suggested = suggested
        return self.save_path

    def open_files(self, parent: Any, title: str, file_filter: str) -> list[Path]:
        return list(self.open_paths)

    def choose_printer(self, parent: Any, title: str) -> Any:
        return self.printer


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def context_for(demo_database: Database, demo_actors: dict[str, Actor]) -> Callable[[str], AppContext]:
    def make(username: str) -> AppContext:
        return AppContext(demo_database, demo_actors[username], {}, "en")

    return make


@pytest.fixture
def next_inspection_id(demo_database: Database) -> int:
    """The demo's scheduled inspection: the one an inspector fills in next."""
    with demo_database.read() as session:
        return session.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)).one()


@pytest.fixture
def evidence_file(tmp_path: Path) -> Path:
    path = tmp_path / "archive-photo.pdf"
    path.write_bytes(PDF)
    return path
