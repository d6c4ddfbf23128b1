"""Fixtures for every GUI test: one recording dialog service, demo contexts and a page builder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import DomainError
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.ui.context import AppContext


class RecordingDialogs:
    """Stands in for ``DialogService``: records every pop-up, answers from preset values, never opens a window.

    Preset: ``answers`` (popped by ``ask_text``), ``confirm_answer``, ``save_path``, ``open_paths``, ``printer``,
    ``conflict_answer`` (or ``conflict_dialog``) for ``resolve_edit_conflict``.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.prompts: list[str] = []
        self.answers: list[str | None] = []
        self.confirm_answer = True
        self.save_path: Path | None = None
        self.suggested: str | None = None
        self.open_paths: list[Path] = []
        self.printer: Any = None
        self.conflict_answer: str | None = None
        self.conflict_dialog: Any = None

    def _called(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def error(self, parent: Any, message: str, title: str | None = None) -> None:
        self._called("error", message, title)
        self.errors.append(message)

    def show_error(self, parent: Any, error: Exception) -> None:
        self._called("show_error", error)
        self.errors.append(error.message if isinstance(error, DomainError) else f"unexpected: {error!r}")

    def resolve_edit_conflict(self, parent: Any, error: Any, values: Any) -> str | None:
        """Answers ``conflict_answer``; ``conflict_dialog`` (a callable) may stand in to show the real dialog."""
        self._called("resolve_edit_conflict", error, values)
        self.errors.append(error.message)
        if self.conflict_dialog is not None:
            return self.conflict_dialog(parent, error, values)
        return self.conflict_answer

    def info(self, parent: Any, message: str, title: str | None = None) -> None:
        self._called("info", message, title)
        self.infos.append(message)

    def confirm(self, parent: Any, message: str, title: str | None = None) -> bool:
        self._called("confirm", message, title)
        self.prompts.append(message)
        return self.confirm_answer

    def ask_text(self, parent: Any, title: str, prompt: str, *, required: bool = True) -> str | None:
        self._called("ask_text", title, prompt)
        self.prompts.append(prompt)
        return self.answers.pop(0) if self.answers else None

    def save_file(self, parent: Any, title: str, suggested: str, file_filter: str) -> Path | None:
        self._called("save_file", title, suggested, file_filter)
        self.suggested = suggested
        return self.save_path

    def open_files(self, parent: Any, title: str, file_filter: str) -> list[Path]:
        self._called("open_files", title, file_filter)
        return list(self.open_paths)

    def choose_printer(self, parent: Any, title: str) -> Any:
        self._called("choose_printer", title)
        self.prompts.append(title)
        return self.printer


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    """A plain ``QSettings()`` anywhere in the application writes to an ini file of this test, never the real one."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / f"qsettings-{scope.name}"))


@pytest.fixture(autouse=True)
def _drafts_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Forms keep their unsaved input in a folder of this test (desktop/core/drafts.py), never the user's."""
    from desktop.core.drafts import ENV_DRAFTS_DIR

    folder = tmp_path / "drafts"
    monkeypatch.setenv(ENV_DRAFTS_DIR, str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp) -> None:
    """The GUI tests read the English interface, as the application installs it (our catalogue gives the English
    plural forms: "1 row", "2 rows")."""
    from desktop.app import install_korean_font
    from desktop.ui.i18n import install_translators

    install_translators("en")
    install_korean_font(qapp)  # as the application does: Hangul in screenshots reads as it does on screen


@pytest.fixture
def interface_language(qapp) -> Iterator[Callable[[str], Any]]:
    """Switch the interface (our and Qt's translators) to a language within one test; English again afterwards."""
    from desktop.ui.i18n import install_translators

    yield install_translators
    install_translators("en")


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def context_for(demo_database: Database, demo_actors: dict[str, Actor]) -> Callable[[str], AppContext]:
    """An ``AppContext`` on the demo database for a demo user name (secretariat, member, approver, …)."""

    def make(username: str) -> AppContext:
        return AppContext(demo_database, demo_actors[username], {}, "en")

    return make


@pytest.fixture
def make_page(qtbot, dialogs: RecordingDialogs, context_for) -> Callable[..., Any]:
    """Build a page for a demo user with the recording dialogs, register it with qtbot and load it."""

    def make(page_class: type, username: str = "secretariat") -> Any:
        page = page_class(context_for(username), dialogs)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.refresh()
        return page

    return make


@pytest.fixture(autouse=True)
def _every_shown_dialog_names_its_controls(request: pytest.FixtureRequest) -> Iterator[None]:
    """Whatever dialog a GUI test shows (``show``, ``open`` or ``exec``), a screen reader could name each of its
    controls at that moment, in the test's language; a test that shows one with an unnamed control fails, naming
    the control. So every dialog any test reaches is checked, not only those the accessibility walk presses open.
    ``seen_dialogs`` lists the dialog classes this test showed."""
    from PySide6.QtWidgets import QDialog

    from tests.ui.accessibility import unnamed_widgets

    seen: list[str] = []
    unnamed: list[str] = []
    original = QDialog.showEvent

    def checked(dialog: QDialog, event) -> None:  # type: ignore[no-untyped-def]
        original(dialog, event)
        if type(dialog).__module__.startswith("desktop."):
            seen.append(type(dialog).__name__)
            unnamed.extend(f"{type(dialog).__name__}: {line}" for line in unnamed_widgets(dialog))

    QDialog.showEvent = checked  # type: ignore[method-assign]
    request.node.seen_dialogs = seen
    try:
        yield
    finally:
        QDialog.showEvent = original  # type: ignore[method-assign]
    assert unnamed == [], "controls a screen reader cannot name:\n" + "\n".join(dict.fromkeys(unnamed))
