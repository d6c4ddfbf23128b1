"""QApplication set-up: fonts, translators, settings, database upgrade, first run, login, main window.

Heavy modules (SQLAlchemy, the domain, the pages) are imported inside functions so that start-up
shows a window quickly and importing this module does no work.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.db.engine import Database
    from desktop.ui.main_window import MainWindow

ORGANISATION = "designation-review"
APPLICATION = "designation-review"
_log = logging.getLogger(__name__)


def _application(language: str | None = None) -> QApplication:
    """The QApplication, made once: without OpenGL, and a window system that cannot start is a plain message."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from desktop.ui.window_system import fatal_start_explained, software_rendering

        software_rendering()
        with fatal_start_explained(lambda: _language_before_start(language)):
            app = QApplication(sys.argv[:1])
        from desktop.ui.theme import apply_scheme_from_environment

        apply_scheme_from_environment(app)  # the system's colours unless DESIGNATION_REVIEW_COLOUR_SCHEME says
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def _language_before_start(option: str | None) -> str:
    """The language of a message before the QApplication exists: ``--language``, else the last login's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName(ORGANISATION)  # static: the file the application reads once it runs
    QCoreApplication.setApplicationName(APPLICATION)
    return choose_language(option, QSettings())


def install_korean_font(app: QApplication) -> str | None:
    """Register the bundled NanumGothic (regular and bold) and make it the application font.

    Hangul then renders on a machine without any Korean font. Returns the family, or None if unavailable.
    """
    from PySide6.QtGui import QFont, QFontDatabase

    from desktop.core.errors import ResourceMissing
    from desktop.core.resources import korean_font_path

    family = None
    for weight in ("Regular", "Bold"):
        try:
            font_id = QFontDatabase.addApplicationFont(str(korean_font_path(weight)))
        except ResourceMissing as error:
            _log.warning("%s", error.message)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        font = QFont(app.font())
        font.setFamilies([family, *QFont(app.font()).families()])
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    return family


def choose_language(option: str | None, settings: QSettings) -> str:
    """The login screen's language: ``--language`` beats the last one used on this machine beats Korean."""
    from desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
    from desktop.ui.preferences import LOGIN_LANGUAGE

    value = option or str(settings.value(LOGIN_LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def language_of(actor, settings: QSettings, option: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """A person's language once logged in: ``--language`` beats their own last choice beats Korean."""
    from desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
    from desktop.ui.preferences import PersonalPreferences

    if option in LANGUAGES:
        return str(option)
    return PersonalPreferences(settings, actor.username).language() or DEFAULT_LANGUAGE


def open_database(option: str | None) -> Database:
    from desktop.db.engine import Database, resolve_database_url
    from desktop.db.migrate import upgrade
    from desktop.db.server.setup import is_server_address

    database = Database(resolve_database_url(option))
    if is_server_address(database.url):  # each person connects as themselves at login; the server is not migrated
        return database
    try:
        upgrade(database)
    except Exception:
        database.dispose()
        raise
    return database


class Session:
    """One run of the GUI: first run, login, the main window; log out and language switches loop back.

    ``language`` is the one installed for the login screen; ``option`` is ``--language``, which holds for every
    login of this run until someone chooses a language in the menu.
    """

    def __init__(self, database: Database, language: str, settings: QSettings, option: str | None = None) -> None:
        from desktop.ui.preferences import LAST_USER

        self.database = database
        self.personal_database: Database | None = None  # on a server: the logged-in person's own connection
        self.language = language
        self.settings = settings
        self.option = option
        self.window: MainWindow | None = None
        self.last_username = str(settings.value(LAST_USER, "") or "")

    def start(self) -> bool:
        """Run the dialogs before the main window; False when the user cancelled."""
        from desktop.db.server.setup import is_server_address
        from desktop.domain.users.service import needs_first_administrator
        from desktop.ui.dialogs.accounts import FirstRunDialog

        if is_server_address(self.database.url):  # `server init` created the administrator
            return self.log_in()
        with self.database.read() as session:
            first_run = needs_first_administrator(session)
        if first_run:
            dialog = FirstRunDialog(self.database)
            if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
                return False
            self.last_username = dialog.username.text().strip()
        return self.log_in()

    def log_in(self) -> bool:
        from desktop.ui.dialogs.accounts import LoginDialog

        dialog = LoginDialog(self.database, username=self.last_username)
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.personal_database = dialog.personal_database
        self.logged_in(dialog.actor)
        return True

    def logged_in(self, actor) -> None:  # type: ignore[no-untyped-def]
        """Remember the user name for the next login, switch to the person's own language, open their window."""
        from desktop.ui.i18n import install_translators
        from desktop.ui.preferences import LAST_USER, LOGIN_LANGUAGE

        self.last_username = actor.username
        self.settings.setValue(LAST_USER, self.last_username)
        language = language_of(actor, self.settings, self.option)
        if language != self.language:
            self.language = language
            install_translators(language)
        if self.option is None:
            self.settings.setValue(LOGIN_LANGUAGE, language)
        self.open_window(actor)
        if self.window is not None:  # the day's first login backs the database up (desktop/ui/backup_actions.py)
            self.window.backup_actions.start_automatic_backup()

    def open_window(self, actor) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        from desktop.domain.settings.service import get_settings
        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow

        database = self.personal_database or self.database
        with database.read() as session:
            business_settings = get_settings(session)
        context = AppContext(database, actor, business_settings, self.language)
        window = MainWindow(context, settings=self.settings)
        context.listen_for_changes()  # other desktops' commits refresh the pages (desktop/ui/changes.py)
        window.loggedOut.connect(self._logged_out)
        window.languageChosen.connect(self._language_chosen)
        window.databaseChosen.connect(self._database_chosen)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.show()
        self.window = window

    def _logged_out(self) -> None:
        """The window is closing: keep the application alive and ask for a login once it is gone."""
        from PySide6.QtCore import QTimer

        self.window = None
        if self.personal_database is not None:
            self.personal_database.dispose()
            self.personal_database = None
        app = _application()
        app.setQuitOnLastWindowClosed(False)
        QTimer.singleShot(0, self._log_in_again)

    def _log_in_again(self) -> None:
        app = _application()
        if self.start():  # a database opened since may have no account yet: then its first run
            app.setQuitOnLastWindowClosed(True)
        else:
            app.quit()

    def _database_chosen(self, url: str) -> None:
        """Open another database (a backup just restored into it): the window closes and its login follows."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.errors import DomainError

        try:
            database = open_database(url)
        except DomainError as error:
            QMessageBox.critical(self.window, _application().translate("Application", "The database cannot be "
                                                                       "opened"), error.message)
            return
        previous, self.database = self.database, database
        if self.window is not None:
            self.window.log_out()
        previous.dispose()

    def _language_chosen(self, language: str) -> None:
        """Live switch: reinstall the translators and rebuild the window in the new language."""
        from desktop.ui.i18n import install_translators

        old = self.window
        if old is None:
            return
        self.language = language
        self.option = None  # a choice in the menu outweighs --language from now on
        install_translators(language)
        actor = old.context.actor
        old.save_window_state()
        self.open_window(actor)
        old.hide()
        old.deleteLater()


def run(database_option: str | None, *, language: str | None = None) -> int:
    """Open the GUI; returns the process exit code (1 when the database cannot be used or start-up failed).

    While it runs, an uncaught exception (a failing slot or thread) is logged and shown in the crash dialog and the
    application goes on; an unexpected error that stops it is shown in the crash dialog before it exits.
    """
    from desktop.ui.crash_reporter import show_fatal_error, uncaught_errors_shown

    with uncaught_errors_shown():
        try:
            return _run_application(database_option, language)
        except Exception as error:
            show_fatal_error(error)
            return 1


def _remembered_server(settings: QSettings) -> str | None:
    """The server this computer was told to use (File → Database connection…), unless the environment names one."""
    import os

    from desktop.core.addresses import ENV_DATABASE
    from desktop.ui.dialogs.connection import remembered_connection

    return None if os.environ.get(ENV_DATABASE) else remembered_connection(settings)


def _run_application(database_option: str | None, language: str | None) -> int:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.addresses import resolve_database_url
    from desktop.core.errors import DomainError
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.i18n import install_translators
    from desktop.ui.local_settings import open_local_settings
    from desktop.ui.opening import OpeningDatabase
    from desktop.ui.preferences import LAST_USER

    app = _application(language)
    install_korean_font(app)
    settings, settings_problem = open_local_settings()
    chosen = choose_language(language, settings)
    install_translators(chosen)
    # The login window shows at once; the database layer loads and the file is opened (and migrated) meanwhile.
    opening = OpeningDatabase(resolve_database_url(database_option or _remembered_server(settings)),
                              lambda url: open_database(url), start=False)
    login = LoginDialog(opening, username=str(settings.value(LAST_USER, "") or ""))
    if settings_problem is not None:
        login.banner.show_message(settings_problem.message(), "warning")
    answer = login.exec()
    try:
        database = opening.result()
    except DomainError as error:
        QMessageBox.critical(None, app.translate("Application", "The database cannot be opened"), error.message)
        return 1
    session = Session(database, chosen, settings, language)
    try:
        try:
            if answer == LoginDialog.FIRST_RUN:
                if not session.start():
                    return 0
            elif answer != LoginDialog.DialogCode.Accepted or login.actor is None:
                return 0
            else:
                session.personal_database = login.personal_database
                session.logged_in(login.actor)
        except DomainError as error:
            QMessageBox.critical(None, app.translate("Application", "Cannot start"), error.message)
            return 1
        app.setQuitOnLastWindowClosed(True)
        return app.exec()
    finally:
        database.dispose()
        if session.database is not database:  # another one was opened since (File → Restore…)
            session.database.dispose()
