"""The Audit log page: who did what to which record and when, newest first, in words: the action's name, the
record's own number, and the change as a before/after table. Searched by the service and loaded in batches."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.core.errors import PermissionDenied
from desktop.core.formatting import official_datetime
from desktop.domain.audit.changes import FieldChange
from desktop.domain.audit.log import LogEntry, list_log
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view
from desktop.ui.widgets.refusal_stack import RefusalStack

BATCH_SIZE = 200


class AuditPage(Page):
    """The audit trail for roles allowed to read it; others see the plain reason why not."""

    key = "audit"
    TIME, USER, ROLE, ACTION, RECORD, CHANGE, REASON = range(7)
    FIELD, BEFORE, AFTER = range(3)
    DATA, REFUSED = RefusalStack.DATA, RefusalStack.REFUSED

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._search = ""
        self.table = RecordTable(self._columns(), id_of=lambda e: e.event.id, local_search=False, sortable=False,
                                 parent=self)
        self.table.search.setPlaceholderText(self.tr("Search by action, user or number…"))
        self.table.searchEdited.connect(self.set_search)
        self.table.currentRecordChanged.connect(self._show_detail)

        self.heading = QLabel(self)
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_model = RecordTableModel([
            Column(self.tr("Field"), lambda c: c.label),
            Column(self.tr("Before"), lambda c: c.before),
            Column(self.tr("After"), lambda c: c.after),
        ], id_of=lambda c: c.field, parent=self)
        self.changes_view = QTableView(self)
        self.changes_view.setObjectName("changes")
        configure_table_view(self.changes_view, sortable=False)
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setWordWrap(True)
        self.changes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.changes_view.horizontalHeader()
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.AFTER, QHeaderView.ResizeMode.Stretch)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.changes_view, 1)
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
            Column(self.tr("Time"), lambda e: official_datetime(e.event.at), sort_key=lambda e: e.event.at),
            Column(self.tr("User"), lambda e: e.event.actor_name),
            Column(self.tr("Role"), lambda e: e.role),
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Record"), lambda e: e.record),
            Column(self.tr("Change"), lambda e: e.summary),
            Column(self.tr("Reason"), lambda e: e.event.reason or ""),
        ]

    def sentence(self, entry: LogEntry) -> str:
        """The event as one sentence: "김하늘 (사무국): 현장실사로 넘김 — 신청 2026-2-009"."""
        return self.tr("{actor} ({role}): {action} — {record}").format(
            actor=entry.event.actor_name, role=entry.role, action=entry.action, record=entry.record) \
            if entry.record else self.tr("{actor} ({role}): {action}").format(
                actor=entry.event.actor_name, role=entry.role, action=entry.action)

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
        """Ask the service again with ``text`` (the action's name or code, the user, or a number in the summary)."""
        self._search = text.strip()
        if self.table.search.text().strip() != self._search:
            self.table.search.setText(self._search)
        self.refresh()

    def _load(self, offset: int) -> tuple[Sequence[LogEntry], bool]:
        with self.context.database.read() as session:
            rows = list_log(session, self.context.actor, limit=BATCH_SIZE + 1, offset=offset, search=self._search)
        return rows[:BATCH_SIZE], len(rows) > BATCH_SIZE

    def _fetch_more(self, loaded: int) -> tuple[Sequence[LogEntry], bool]:
        try:
            return self._load(loaded)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return [], False

    def changes(self) -> list[FieldChange]:
        return self.changes_model.records()

    def _show_detail(self, entry: LogEntry | None) -> None:
        if entry is None:
            self.heading.setText(self.tr("Select an event to see what it changed."))
            self.changes_model.set_records([])
            self.changes_view.hide()
            return
        lines = [f"<b>{escape(official_datetime(entry.event.at))}</b> · {escape(self.sentence(entry))}"]
        if entry.event.reason:
            lines.append(escape(self.tr("Reason: {reason}").format(reason=entry.event.reason)))
        if not entry.changes:
            lines.append(escape(self.tr("Nothing else was recorded.")))
        self.heading.setText("<br>".join(lines))
        self.changes_model.set_records(entry.changes)
        self.changes_view.setVisible(bool(entry.changes))
        self.changes_view.setColumnHidden(self.BEFORE, entry.event.before is None)  # a new record: no "before"
