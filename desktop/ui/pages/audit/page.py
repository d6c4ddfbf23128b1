"""The Audit log page: who did what and when, newest first, searched by the service and loaded in batches."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PermissionDenied
from desktop.core.formatting import official_datetime
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import role_label
from desktop.domain.audit.service import AuditRow, list_events
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column
from desktop.ui.widgets.record_view import RecordTable
from desktop.ui.widgets.refusal_stack import RefusalStack

BATCH_SIZE = 200


def role_text(value: str) -> str:
    try:
        return role_label(Role(value))
    except ValueError:
        return value


def entity_text(row: AuditRow) -> str:
    if not row.entity_type:
        return ""
    return f"{row.entity_type} #{row.entity_id}" if row.entity_id is not None else row.entity_type


def pretty_json(value: dict[str, Any] | None) -> str:
    """Before/after states as indented JSON with Hangul left readable."""
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


class AuditPage(Page):
    """The audit trail for roles allowed to read it; others see the plain reason why not."""

    key = "audit"
    TIME, USER, ROLE, ACTION, ENTITY, SUMMARY, REASON = range(7)
    DATA, REFUSED = RefusalStack.DATA, RefusalStack.REFUSED

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._search = ""
        self.table = RecordTable(self._columns(), local_search=False, sortable=False, parent=self)
        self.table.search.setPlaceholderText(self.tr("Search summary, action or user…"))
        self.table.searchEdited.connect(self.set_search)
        self.table.currentRecordChanged.connect(self._show_detail)

        self.heading = QLabel(self)
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.before_text, self.after_text = self._json_box(), self._json_box()
        before_box, after_box = QGroupBox(self.tr("Before"), self), QGroupBox(self.tr("After"), self)
        for box, text in ((before_box, self.before_text), (after_box, self.after_text)):
            QVBoxLayout(box).addWidget(text)
        detail = QWidget(self)
        states = QHBoxLayout()
        states.addWidget(before_box)
        states.addWidget(after_box)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(states, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])

        self.stack = RefusalStack(splitter, self)
        self.refused = self.stack.refused
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._show_detail(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: official_datetime(r.at), sort_key=lambda r: r.at),
            Column(self.tr("User"), lambda r: r.actor_name),
            Column(self.tr("Role"), lambda r: role_text(r.actor_role)),
            Column(self.tr("Action"), lambda r: r.action),
            Column(self.tr("Entity"), entity_text),
            Column(self.tr("Summary"), lambda r: r.summary),
            Column(self.tr("Reason"), lambda r: r.reason or ""),
        ]

    def _json_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return box

    # Loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows, more = self._load(0)
        except PermissionDenied as error:
            self.stack.show_refusal(error.message)
            self.table.set_records([])
            return
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        self.stack.show_data()
        self.table.set_records(rows, fetch_more=self._fetch_more, has_more=more)

    def set_search(self, text: str) -> None:
        """Ask the service again with ``text`` (summary, action or user name contain it)."""
        self._search = text.strip()
        if self.table.search.text().strip() != self._search:
            self.table.search.setText(self._search)
        self.refresh()

    def _load(self, offset: int) -> tuple[Sequence[AuditRow], bool]:
        with self.context.database.read() as session:
            rows = list_events(session, self.context.actor, limit=BATCH_SIZE + 1, offset=offset,
                               search=self._search)
        return rows[:BATCH_SIZE], len(rows) > BATCH_SIZE

    def _fetch_more(self, loaded: int) -> tuple[Sequence[AuditRow], bool]:
        try:
            return self._load(loaded)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return [], False

    def _show_detail(self, row: AuditRow | None) -> None:
        if row is None:
            self.heading.setText(self.tr("Select an event to see what it changed."))
            self.before_text.clear()
            self.after_text.clear()
            return
        who = f"{row.actor_name} ({role_text(row.actor_role)}) · {row.action} · {entity_text(row)}"
        lines = [f"<b>{escape(official_datetime(row.at))}</b> · {escape(who)}", escape(row.summary)]
        if row.reason:
            lines.append(escape(self.tr("Reason: {reason}").format(reason=row.reason)))
        self.heading.setText("<br>".join(lines))
        self.before_text.setPlainText(pretty_json(row.before) or self.tr("(nothing recorded)"))
        self.after_text.setPlainText(pretty_json(row.after) or self.tr("(nothing recorded)"))

