"""The Audit log page: who did what to which record and when, newest first, in words: the action's name, the
record's own number, and the change as a before/after table. Searched by the service and loaded in batches.
"Verify the audit trail…" checks the whole hash chain off the GUI thread and says in plain words whether it is
intact or which event was tampered with."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PermissionDenied
from desktop.core.formatting import official_datetime
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit.chain import verify_chain
from desktop.domain.audit.chain_problems import ChainReport
from desktop.domain.trail.changes import FieldChange
from desktop.domain.trail.log import LogEntry, list_log
from desktop.issuing.anchors import document_anchors
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Task, run_with_progress
from desktop.ui.widgets.feedback import MessageBanner
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_table import Column, RecordTableModel
from desktop.ui.widgets.record_view import RecordTable, configure_table_view
from desktop.ui.widgets.refusal_stack import RefusalStack

BATCH_SIZE = 200


class AuditPage(Page):
    """The audit trail for roles allowed to read it; others see the plain reason why not."""

    key = "audit"
    areas = frozenset({"*"})
    NUMBER, TIME, USER, ROLE, ACTION, RECORD, CHANGE, REASON = range(8)
    FIELD, BEFORE, AFTER = range(3)
    DATA, REFUSED = RefusalStack.DATA, RefusalStack.REFUSED

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, parent: QWidget | None = None):
        super().__init__(context, dialogs, parent)
        self._search = ""
        self.verify_task: Task | None = None
        self.verify_button = QPushButton(self.tr("Verify the audit trail…"), self)
        self.verify_button.setObjectName("verifyTrail")
        self.verify_button.setToolTip(self.tr(
            "Check every event's hash and its link to the one before: shows the first event that was edited, "
            "deleted, inserted or moved since it was recorded."))
        gate(self.verify_button, context.actor, Permission.VIEW_AUDIT)
        self.verify_button.clicked.connect(self.verify_trail)
        self.verification = MessageBanner(self)
        self.verification.setObjectName("verification")
        self.verification.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = RecordTable(self._columns(), id_of=lambda e: e.event.id, local_search=False, sortable=False,
                                 parent=self)
        self.table.set_title(self.tr("Audit events"))
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

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addStretch(1)
        content_layout.addLayout(actions)
        content_layout.addWidget(self.verification)
        content_layout.addWidget(splitter, 1)
        self.stack = RefusalStack(content, self)
        self.refused = self.stack.refused
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._show_detail(None)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda e: str(e.event.sequence or ""), sort_key=lambda e: e.event.sequence or 0),
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
        with self.context.reading() as session:
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
        number = self.tr("No. {number}").format(number=entry.event.sequence) + " · " if entry.event.sequence else ""
        lines = [f"<b>{escape(number + official_datetime(entry.event.at))}</b> · {escape(self.sentence(entry))}"]
        if entry.event.reason:
            lines.append(escape(self.tr("Reason: {reason}").format(reason=entry.event.reason)))
        if not entry.changes:
            lines.append(escape(self.tr("Nothing else was recorded.")))
        self.heading.setText("<br>".join(lines))
        self.changes_model.set_records(entry.changes)
        self.changes_view.setVisible(bool(entry.changes))
        self.changes_view.setColumnHidden(self.BEFORE, entry.event.before is None)  # a new record: no "before"

    # Verifying the chain ---------------------------------------------------------------------------------

    def verify_trail(self) -> Task | None:
        """Check the whole chain in the background (progress and Cancel); the result is shown above the log."""
        if self.verify_task is not None and not self.verify_task.done:
            return self.verify_task
        context = self.context

        def work():  # type: ignore[no-untyped-def]
            with context.reading() as session:  # this worker thread's own unit of work
                return (yield from verify_chain(session, context.actor, document_anchors(session)))

        self.verification.clear_message()
        self.verify_task, _ = run_with_progress(self, self.tr("Verifying the audit trail"), work,
                                                on_success=self._show_verification,
                                                on_error=lambda error: self.dialogs.show_error(self, error))
        self.verify_task.cancelled.connect(lambda: self.verification.show_message(
            self.tr("The verification was cancelled before the end; nothing was concluded."), "warning"))
        return self.verify_task

    def _show_verification(self, report: ChainReport) -> None:
        if report.intact:
            self.verification.show_message(self.tr("The audit trail is intact: {summary}").format(
                summary=report.summary()), "info")
        else:
            self.verification.show_message(self.tr(
                "The audit trail was tampered with. {problem} Search for #{number} to see the events around it.")
                .format(problem=report.summary(), number=report.problem.sequence), "error")
        self.statusMessage.emit(report.summary())
