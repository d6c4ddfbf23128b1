"""A defect while a roster is read in the background: logged from the worker with its traceback and shown in the
crash path, never pasted into the form's banner."""

import logging
from pathlib import Path

from desktop.core import logs
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import ApplicationEditor


def test_a_defect_while_reading_a_roster_is_logged_and_not_shown_as_a_sentence(qtbot, context_for, dialogs,
                                                                                 tmp_path: Path, monkeypatch) -> None:
    import desktop.domain.applications.roster as roster

    def broken_reader(name, data):
        raise IndexError("list index out of range")
        yield  # a generator, as the real reader

    monkeypatch.setattr(roster, "read_roster", broken_reader)
    log_file = logs.start_logging()
    context = context_for("secretariat")
    rnd = controller.rounds_taking_applications(context)[0]
    editor = ApplicationEditor(context, dialogs, round_id=rnd.id, round_code=rnd.code)
    qtbot.addWidget(editor)
    path = tmp_path / "roster.csv"
    path.write_text("성명\n", encoding="utf-8")
    dialogs.open_paths = [path]
    task = editor.staff_panel.import_roster()
    qtbot.waitUntil(lambda: task.done, timeout=10000)

    assert dialogs.errors == ["unexpected: IndexError('list index out of range')"]
    assert "list index out of range" not in editor.staff_panel.banner.text()
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = log_file.read_text(encoding="utf-8")
    assert "background task read_file failed: IndexError: list index out of range" in log
    assert "in broken_reader" in log and "[MainThread] background task" not in log
