"""The main window: a thin shell of navigation, lazily built pages, menus, toolbar and status bar."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import today
from desktop.domain.accounts.permissions import Permission, role_label
from desktop.ui.backup_actions import BackupActions
from desktop.ui.changes import Change
from desktop.ui.connection import ConnectionMonitor
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService
from desktop.ui.i18n import APPLICATION_NAME
from desktop.ui.pages.base import Page
from desktop.ui.pages.registry_of_pages import PageEntry, page_classes_for
from desktop.ui.preferences import PersonalPreferences
from desktop.ui.widgets.connection_banner import ConnectionBanner
from desktop.ui.widgets.permission_gate import gate

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


_log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Pages are created on first show and refreshed whenever shown or when another page changed records.

    Only the pages the person's role may use are offered; the window opens on the person's last page.
    """

    loggedOut = Signal()
    languageChosen = Signal(str)
    databaseChosen = Signal(str)  # the URL of a database to open instead (a backup just restored)

    def __init__(self, context: AppContext, dialogs: DialogService | None = None, *,
                 settings: QSettings | None = None, page_classes: Sequence[PageEntry] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs or DialogService()
        self.dialogs.on_account_changed = self._account_changed
        self.settings = settings or QSettings()
        self.preferences = PersonalPreferences(self.settings, context.actor.username)
        self.page_classes = page_classes_for(context.actor, page_classes)
        self.pages: dict[str, Page] = {}
        self._logging_out = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", APPLICATION_NAME))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.navigation.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.stack = QStackedWidget()
        icons = (QStyle.StandardPixmap.SP_FileDialogDetailedView, QStyle.StandardPixmap.SP_FileDialogContentsView,
                 QStyle.StandardPixmap.SP_DirHomeIcon, QStyle.StandardPixmap.SP_FileDialogListView,
                 QStyle.StandardPixmap.SP_DialogApplyButton, QStyle.StandardPixmap.SP_DriveHDIcon,
                 QStyle.StandardPixmap.SP_FileDialogInfoView)
        for n, page_class in enumerate(self.page_classes):
            item = QListWidgetItem(self.style().standardIcon(icons[n % len(icons)]), page_class.page_title())
            item.setData(Qt.ItemDataRole.UserRole, page_class.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.navigation.currentRowChanged.connect(self.show_page)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1000])
        splitter.setChildrenCollapsible(False)
        self.connection = ConnectionMonitor(context, self)  # a lost server: the banner, tries with back-off
        self.connection_banner = ConnectionBanner(self.connection)
        self.connection.restored.connect(
            lambda: self.statusBar().showMessage(self.tr("Connected to the server again."), 8000))
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.connection_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.user_label = QLabel(self.tr("{name} ({role}) · {database}").format(
            name=context.actor.display_name, role=role_label(context.actor.role),
            database=context.database.description))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.restore_window_state()

    # -- actions and menus --------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        self.export_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                     self.tr("Export JSON…"), self)
        gate(self.export_action, self.context.actor, Permission.EXPORT_DATA)
        self.export_action.triggered.connect(self.export_json)
        self.backup_actions = BackupActions(self.context, self.dialogs, self)
        self.backup_actions.databaseChosen.connect(self.databaseChosen)
        self.verify_action = QAction(self.tr("Verify document…"), self)
        self.verify_action.setObjectName("verifyDocument")
        self.verify_action.triggered.connect(self.verify_document)
        self.offline_action = QAction(self.tr("Open offline inspection file…"), self)
        self.offline_action.setObjectName("openOfflineInspection")
        self.offline_action.triggered.connect(self.open_offline_inspection)
        self.password_action = QAction(self.tr("Change password…"), self)
        self.password_action.setObjectName("changePassword")
        self.password_action.triggered.connect(lambda: self.password_dialog().exec())
        self.connection_action = QAction(self.tr("Database connection…"), self)
        self.connection_action.setObjectName("databaseConnection")
        self.connection_action.triggered.connect(self.choose_connection)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setObjectName("editSettings")
        gate(self.settings_action, self.context.actor, Permission.MANAGE_SETTINGS)
        self.settings_action.triggered.connect(self.edit_settings)
        self.signing_action = QAction(self.tr("Signing certificate…"), self)
        self.signing_action.setObjectName("signingCertificate")
        gate(self.signing_action, self.context.actor, Permission.MANAGE_SETTINGS)
        self.signing_action.triggered.connect(self.edit_signing_certificate)
        self.logout_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
                                     self.tr("Log out"), self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                      self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.about_action = QAction(self.tr("About…"), self)
        self.about_action.triggered.connect(self.show_about)
        self.page_actions: list[QAction] = []
        for n, page_class in enumerate(self.page_classes):
            action = QAction(page_class.page_title(), self)
            action.setObjectName(f"show_{page_class.key}")
            if n < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _=False, row=n: self.navigation.setCurrentRow(row))
            self.page_actions.append(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == self.context.language)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a disabled action says why (permission_gate)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backup_actions.back_up_action)
        file_menu.addAction(self.backup_actions.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.offline_action)
        file_menu.addAction(self.verify_action)
        language_menu = file_menu.addMenu(self.tr("Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.connection_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.signing_action)
        file_menu.addAction(self.password_action)
        file_menu.addSeparator()
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.logout_action)

    # -- pages --------------------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [c.key for c in self.page_classes]

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def page(self, key: str) -> Page:
        """The page for ``key``, created on first use."""
        if key not in self.pages:
            index = self.page_keys().index(key)
            page = self.page_classes[index](self.context, self.dialogs, self)
            page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.page_classes):
            return
        try:
            page = self.page(self.page_classes[index].key)
        except Exception as error:  # a page that fails to load must not take the window down
            _log.info("page %s could not be opened", self.page_classes[index].key)
            self.dialogs.show_error(self, error)  # logs an unexpected error with its traceback
            return
        self.stack.setCurrentWidget(page)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)
        self._refresh(page)

    def show_page_key(self, key: str) -> None:
        if key in self.page_keys():
            self.show_page(self.page_keys().index(key))

    def _refresh(self, page: Page) -> None:
        try:
            page.refresh()
        except Exception as error:  # a page that fails must not take the window down
            self.dialogs.show_error(self, error)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            self._refresh(page)
            self.statusBar().showMessage(self.tr("Refreshed."), 3000)

    # -- commands -----------------------------------------------------------------------------------------
    def open_offline_inspection(self) -> None:
        """Fill in an offline inspection file in a window of its own (desktop/ui/pages/inspections)."""
        from desktop.ui.pages.inspections.offline_window import open_offline_window

        window = open_offline_window(self.dialogs, self.context.language, None, self)
        if window is not None:
            self._offline_windows = [*getattr(self, "_offline_windows", []), window]

    def verify_document(self) -> None:
        """Is a PDF file an unaltered issued document, and of which record? (desktop/ui/pages/decisions/verify.py)"""
        from desktop.ui.pages.decisions.verify import verify_documents

        verify_documents(self, self.context, self.dialogs)

    def export_json(self) -> None:
        from desktop.ui.export_json import export_to_file
        from desktop.ui.tasks import run_with_progress

        path = self.dialogs.save_file(self, self.tr("Export JSON"),
                                      f"designation-review-{today().isoformat()}.json",
                                      self.tr("JSON files (*.json)"))
        if path is None:
            return
        messages = (self.tr("Reading the database…"), self.tr("Writing {file}…").format(file=path.name))

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported %n record(s) to {file}.", "", count).format(file=path), 10000)

        self.export_task, _ = run_with_progress(
            self, self.tr("Exporting"), export_to_file, self.context, path, messages,
            on_success=done, on_error=lambda error: self.dialogs.show_error(self, error))

    def password_dialog(self) -> QDialog:
        """Change one's own password (desktop/ui/dialogs/password.py)."""
        from desktop.ui.dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context, self)
        done = self.tr("Your password has been changed.")
        dialog.accepted.connect(lambda: self.statusBar().showMessage(done, 8000))
        return dialog

    def settings_dialog(self) -> QDialog | None:
        """The business settings for the administrator (desktop/ui/dialogs/business_settings.py); None if refused."""
        from desktop.ui.dialogs.business_settings import settings_dialog

        dialog = settings_dialog(self.context, self.dialogs, self)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._settings_saved(dialog.changed))
        return dialog

    def _settings_saved(self, changed: list[str]) -> None:
        self.statusBar().showMessage(self.tr("Settings saved: {n} changed.").format(n=len(changed)), 8000)
        if changed:  # the page on screen shows what the settings govern: it reloads (desktop/ui/changes.py)
            self.context.changes.announce(Change.of([("settings", None)], source=self))

    def connection_dialog(self):  # type: ignore[no-untyped-def]
        from desktop.ui.dialogs.connection import ConnectionDialog

        return ConnectionDialog(self.settings, self)

    def choose_connection(self) -> None:
        """Where this desktop's data lives (remembered on this computer); another one is opened after a new login."""
        from desktop.db.engine import resolve_database_url

        dialog = self.connection_dialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        url = dialog.url or resolve_database_url(None)
        if url != self.context.database.url:
            self.databaseChosen.emit(url)

    def edit_settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog is not None:
            dialog.exec()

    def edit_signing_certificate(self) -> None:
        """The signing identity for the administrator (desktop/ui/dialogs/signing_certificate.py)."""
        from desktop.ui.dialogs.signing_certificate import SigningCertificateDialog

        dialog = SigningCertificateDialog(self.context, self.dialogs, self)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.changed))
        dialog.exec()

    def choose_language(self, code: str) -> None:
        self.preferences.set_language(code)
        self.language_actions[code].setChecked(True)
        if code != self.context.language:
            self.languageChosen.emit(code)

    def log_out(self) -> None:
        self._logging_out = True
        self.close()

    def _account_changed(self) -> None:
        """The account was disabled or re-roled since login (the person was told): back to the login screen, once."""
        if not self._logging_out:
            self._logging_out = True
            QTimer.singleShot(0, self.close)

    def show_about(self) -> None:
        from desktop import __version__

        self.dialogs.info(self, self.tr(
            "Designation review of IP valuation institutes, version {version}.\n\n"
            "Supports the designation of IP valuation institutes under Article 28 of the Invention Promotion "
            "Act: receipt, document screening, on-site inspection, committee review, decision and registry."
        ).format(version=__version__), self.tr("About"))

    # -- window state -------------------------------------------------------------------------------------
    def restore_window_state(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        last = self.preferences.page()
        keys = self.page_keys()
        if keys:
            self.show_page(keys.index(last) if last in keys else 0)

    def save_window_state(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        page = self.current_page()
        if page is not None:
            self.preferences.set_page(page.key)
        self.settings.remove("mainWindow/page")  # once remembered per machine, now per person
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self.connection.close()
        self.context.close()  # stop hearing of other desktops' changes
        super().closeEvent(event)
        if self._logging_out:
            self._logging_out = False
            self.loggedOut.emit()
