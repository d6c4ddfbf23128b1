"""The applications page: the searchable list, the editor, and the workflow steps the user may take."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import now
from desktop.core.errors import AccountChanged, DomainError
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications import workflow
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.applications.rounds import RoundRow
from desktop.domain.applications.service import ApplicationRow, allowed_steps
from desktop.domain.institutions.models import InstitutionKind
from desktop.domain.institutions.service import kind_label
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.models.applications import (
    BRN,
    INSTITUTION,
    KIND,
    LATE,
    NUMBER,
    RECEIVED,
    ROUND,
    SECTOR,
    STAFF,
    STATUS,
    ApplicationsFilterProxy,
    ApplicationsTableModel,
)
from desktop.ui.pages.applications import controller
from desktop.ui.pages.base import Page
from desktop.ui.widgets.accessible import label_for
from desktop.ui.widgets.permission_gate import gate
from desktop.ui.widgets.record_view import follow_selection, selected_index


class ApplicationsPage(Page):
    key = "applications"
    areas = frozenset({"applications", "institutions", "attachments", "rounds", "screening_results",
                       "supplement_requests",
                       "decisions", "settings"})

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ApplicationsPage", "Applications")

    def __init__(self, context: AppContext, dialogs: DialogService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, dialogs, parent)
        self._rounds: list[RoundRow] = []
        self.can_edit = context.may(Permission.EDIT_APPLICATIONS)
        self.model = ApplicationsTableModel(self)
        self.proxy = ApplicationsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, application number, business or corporate reg. no."))
        self.search.setAccessibleName(self.tr("Search applications"))
        self.search.textChanged.connect(self._search_changed)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(workflow.status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filter_changed(lambda: self.proxy.set_status(self._chosen_status())))
        self.round_filter = QComboBox()
        self.round_filter.setObjectName("roundFilter")
        self.round_filter.currentIndexChanged.connect(
            lambda: self._filter_changed(lambda: self.proxy.set_round(self.round_filter.currentData())))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in InstitutionKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self._filter_changed(lambda: self.proxy.set_kind(self.kind_filter.currentData())))
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        theme.set_tone(self.counts, theme.Tone.MUTED)

        self.view = QTableView()
        self.view.setObjectName("applicationsTable")
        self.view.setAccessibleName(self.tr("Applications"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INSTITUTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 95), (SECTOR, 70), (KIND, 200), (BRN, 115), (ROUND, 70), (STATUS, 140),
                              (RECEIVED, 140), (LATE, 60), (STAFF, 60)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        follow_selection(self.view, self._update_actions)

        self.new_action = QAction(self.tr("New application…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_application)
        gate(self.new_action, context.actor, Permission.EDIT_APPLICATIONS)
        self.open_action = QAction(self.tr("Open…") if self.can_edit else self.tr("View…"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self.open_selected)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.dossier_action = QAction(self.tr("Case dossier…"), self)
        self.dossier_action.setObjectName("dossierAction")
        self.dossier_action.setToolTip(self.tr("Every document, file, record and audit event of the application in "
                                               "one ZIP file with a signed manifest"))
        self.dossier_action.triggered.connect(self.make_dossier)
        gate(self.dossier_action, context.actor, Permission.EXPORT_DATA)
        for action in (self.new_action, self.open_action, find):
            self.addAction(action)
        self.step_actions: list[QAction] = []

        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_list)
        gate(self.export_button, context.actor, Permission.EXPORT_DATA)
        self.export_task = None
        self.dossier_button = QPushButton(self.dossier_action.text(), toolTip=self.dossier_action.toolTip())
        self.dossier_button.setObjectName("dossierButton")
        self.dossier_button.clicked.connect(self.dossier_action.trigger)
        gate(self.dossier_button, context.actor, Permission.EXPORT_DATA)
        self.dossier_task = self.dossier_progress = None
        self.new_button = QPushButton(self.new_action.text())
        self.new_button.clicked.connect(self.new_action.trigger)
        gate(self.new_button, context.actor, Permission.EDIT_APPLICATIONS)
        self.open_button = QPushButton(self.open_action.text())
        self.open_button.clicked.connect(self.open_action.trigger)
        self.step_bar = QHBoxLayout()

        for combo in (self.status_filter, self.round_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(label_for(self.tr("Status"), self.status_filter))
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(label_for(self.tr("Round"), self.round_filter))
        filters.addWidget(self.round_filter, 1)
        filters.addWidget(label_for(self.tr("Kind"), self.kind_filter))
        filters.addWidget(self.kind_filter, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addSpacing(12)
        actions.addLayout(self.step_bar)
        actions.addStretch(1)
        actions.addWidget(self.dossier_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.page_title())
        theme.make_title(title)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self._update_actions()

    # -- loading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            rows = controller.list_rows(self.context)
            self._rounds = controller.list_rounds(self.context)
        except AccountChanged as error:
            self._show_nothing()
            self.dialogs.show_error(self, error)
            return
        except DomainError as error:
            self.dialogs.show_error(self, error)
            return
        self._fill_round_filter()
        self.model.set_rows(rows)
        self._update_counts()
        if selected is not None:
            self.select(selected)
        self._update_actions()

    def _show_nothing(self) -> None:
        """Empty the list: what the session showed before its account changed is not shown after."""
        self._rounds = []
        self._fill_round_filter()
        self.model.set_rows([])
        self._update_counts()
        self._update_actions()

    def _fill_round_filter(self) -> None:
        current = self.round_filter.currentData()
        self.round_filter.blockSignals(True)
        self.round_filter.clear()
        self.round_filter.addItem(self.tr("All rounds"), None)
        for r in self._rounds:
            self.round_filter.addItem(r.code, r.id)
        self.round_filter.setCurrentIndex(max(0, self.round_filter.findData(current)))
        self.round_filter.blockSignals(False)

    def _update_counts(self) -> None:
        counts = self.model.status_counts()
        parts = [f"{workflow.status_label(s)} {counts[s]}" for s in ApplicationStatus if counts[s]]
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        lead = self.tr("{shown} of %n application(s)", "", total).format(shown=shown)
        self.counts.setText(lead + ("  ·  " + "  ·  ".join(parts) if parts else ""))

    def _chosen_status(self) -> ApplicationStatus | None:
        value = self.status_filter.currentData()
        return ApplicationStatus(value) if value else None

    def _search_changed(self, text: str) -> None:
        self._filter_changed(lambda: self.proxy.set_search(text))

    def _filter_changed(self, change) -> None:  # type: ignore[no-untyped-def]
        change()
        self._update_counts()
        self._update_actions()

    # -- selection ----------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The highlighted application (a hidden or merely current row is not acted on)."""
        index = selected_index(self.view)
        return self.proxy.application_id(index.row()) if index.isValid() else None

    def make_dossier(self) -> object | None:
        """*Case dossier…* (its module, and the issuing layer behind it, load when first used: the page opens fast)."""
        from desktop.ui.pages.applications.dossier_action import make_dossier

        return make_dossier(self, self.selected_row())

    def selected_row(self) -> ApplicationRow | None:
        application_id = self.selected_id()
        source = self.model.row_of(application_id) if application_id is not None else -1
        return self.model.row_at(source) if source >= 0 else None

    def select(self, application_id: int) -> bool:
        source = self.model.row_of(application_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.open_action.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)
        self.dossier_action.setEnabled(row is not None)
        self.dossier_button.setEnabled(row is not None)
        for action in self.step_actions:
            self.removeAction(action)
        while self.step_bar.count():
            item = self.step_bar.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.step_actions = []
        if row is None:
            return
        for target in allowed_steps(self.context.actor, row.status):
            action = QAction(workflow.action_label(target), self)
            action.setObjectName(f"step_{target.value}")
            action.triggered.connect(lambda _=False, t=target: self.take_step(t))
            self.step_actions.append(action)
            button = QPushButton(action.text())
            button.setObjectName(f"stepButton_{target.value}")
            button.clicked.connect(action.trigger)
            self.step_bar.addWidget(button)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.dossier_action)
        if self.step_actions:
            menu.addSeparator()
            for action in self.step_actions:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_selected()

    # -- commands -----------------------------------------------------------------------------------------
    def new_application(self) -> None:
        from desktop.ui.pages.applications.editor import ApplicationEditor
        from desktop.ui.pages.applications.new_application import NewApplicationDialog

        try:
            rounds = controller.rounds_taking_applications(self.context)
            if not rounds:
                self.dialogs.error(self, self.tr("No round is planned or open: there is nothing to apply to."))
                return
            chooser = NewApplicationDialog(rounds, controller.list_institutions(self.context), self)
            if chooser.exec() != NewApplicationDialog.DialogCode.Accepted:
                return
            institution = None
            if chooser.institution_id is not None:
                institution = controller.load_institution(self.context, chooser.institution_id)
        except DomainError as error:
            self.dialogs.show_error(self, error)
            return
        editor = ApplicationEditor(self.context, self.dialogs, institution=institution,
                                   institution_id=chooser.institution_id, round_id=chooser.round_id,
                                   round_code=chooser.round_code, parent=self)
        self._run_editor(editor)

    def open_selected(self) -> None:
        from desktop.ui.pages.applications.editor import open_existing

        application_id = self.selected_id()
        if application_id is None:
            return
        try:
            editor = open_existing(self.context, self.dialogs, application_id, self)
        except AccountChanged as error:
            self._show_nothing()
            self.dialogs.show_error(self, error)
            return
        except DomainError as error:
            self.dialogs.show_error(self, error)
            self.refresh()
            return
        self._run_editor(editor)

    def _run_editor(self, editor) -> None:  # type: ignore[no-untyped-def]
        editor.saved.connect(self._saved)
        editor.exec()

    def _saved(self, application_id: int) -> None:
        self.refresh()
        self.select(application_id)
        row = self.selected_row()
        self.statusMessage.emit(self.tr("Saved {number}.").format(number=row.number if row else ""))
        self.recordsChanged.emit(self.key)

    def take_step(self, target: ApplicationStatus) -> bool:
        """Ask for a reason when the step needs one (or the submission is late); refusals are plain messages."""
        row = self.selected_row()
        if row is None:
            return False
        label = workflow.action_label(target)
        step = workflow.find_step(row.status, target)
        reason: str | None = None
        if step is not None and step.needs_reason:
            reason = self.dialogs.ask_text(self, label, self.tr("{action} {number}: enter the reason.").format(
                action=label, number=row.number))
            if reason is None:
                return False
        elif target == ApplicationStatus.SUBMITTED and self._deadline_passed(row):
            reason = self.dialogs.ask_text(self, label, self.tr(
                "The deadline of round {code} has passed. Enter the reason for accepting {number} late."
            ).format(code=row.round_code, number=row.number))
            if reason is None:
                return False
        try:
            status = controller.take_step(self.context, row.id, target, reason)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self.refresh()
        self.statusMessage.emit(self.tr("{number}: {status}").format(number=row.number,
                                                                     status=workflow.status_label(status)))
        self.recordsChanged.emit(self.key)
        return True

    def export_list(self) -> None:
        """The rows shown (filters applied, in the shown order) to an Excel workbook, written in the background."""
        from desktop.ui.pages.applications.list_export import export_rows

        export_rows(self, self.proxy.visible_rows())

    def _deadline_passed(self, row: ApplicationRow) -> bool:
        deadline = next((r.deadline for r in self._rounds if r.id == row.round_id), None)
        return deadline is not None and now() > deadline
