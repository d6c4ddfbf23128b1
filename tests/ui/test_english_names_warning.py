"""Before an English document is issued — or a record not issued yet is previewed in English — the person is told
which institutions it would name in Korean, because no English name is recorded for them."""

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.domain.committee.models import Meeting
from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.issue import names_without_english
from desktop.issuing.kinds import spec_of
from desktop.ui.widgets.official_documents import official_pdf


def _clear_english_name(database, korean_name: str) -> None:
    connection = sqlite3.connect(Path(database.engine.url.database))
    with connection:
        connection.execute("UPDATE institutions SET name_en = NULL WHERE name = ?", (korean_name,))
    connection.close()


def _open_meeting_with_results(database, actor) -> tuple[int, str]:
    """A meeting not closed yet (its minutes are a preview) whose minutes list an applicant, and that applicant."""
    spec = spec_of(DocumentKind.MINUTES)
    with database.read() as s:
        for meeting in s.scalars(select(Meeting).order_by(Meeting.id)):
            if spec.is_issued(s, meeting.id):
                continue
            data = spec.build(s, actor, meeting.id)
            if data.results:
                return meeting.id, data.results[0].institution_name
    raise AssertionError("the demo has no open meeting with results")


def test_previewing_english_minutes_names_the_institution_without_an_english_name(qtbot, demo_database,
                                                                                  context_for, dialogs):
    context = context_for("chair")
    meeting_id, name = _open_meeting_with_results(demo_database, context.actor)
    widget = QWidget()
    qtbot.addWidget(widget)
    assert official_pdf(widget, context, dialogs, DocumentKind.MINUTES, meeting_id, "en") is not None
    assert dialogs.infos == []  # the demo records every English name
    _clear_english_name(demo_database, name)
    with demo_database.read() as s:
        assert names_without_english(s, context.actor, DocumentKind.MINUTES, meeting_id) == [name]
    pdf = official_pdf(widget, context, dialogs, DocumentKind.MINUTES, meeting_id, "en")
    assert pdf is not None and len(dialogs.infos) == 1
    assert f"No English name is recorded for {name}" in dialogs.infos[0]
    assert official_pdf(widget, context, dialogs, DocumentKind.MINUTES, meeting_id, "ko") is not None
    assert len(dialogs.infos) == 1  # a Korean document needs no English name
