"""Application start-up pieces: language choice, the Korean font, and a database that cannot be opened."""

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop import app as desktop_app
from desktop.ui.main_window import MainWindow


def test_language_option_beats_settings_beats_korean(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert desktop_app.choose_language(None, settings) == "ko"
    settings.setValue("language", "en")
    assert desktop_app.choose_language(None, settings) == "en"
    assert desktop_app.choose_language("ko", settings) == "ko"
    settings.setValue("language", "xx")
    assert desktop_app.choose_language(None, settings) == "ko"


def test_korean_font_is_registered(qapp) -> None:
    family = desktop_app.install_korean_font(qapp)
    assert family == "NanumGothic"
    assert family in qapp.font().families()


def test_damaged_database_is_a_message_and_exit_code_1(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        assert desktop_app.run(str(damaged), language="en") == 1
    finally:
        from desktop.ui.i18n import install_translators

        install_translators("en")
    assert shown and "not a readable database" in shown[0]


def test_session_opens_the_main_window_and_rebuilds_it_for_a_language(qtbot, demo_database, demo_actors,
                                                                      tmp_path: Path) -> None:
    from desktop.ui.i18n import install_translators

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    session = desktop_app.Session(demo_database, "en", settings)
    session.open_window(demo_actors["secretariat"])
    first = session.window
    assert isinstance(first, MainWindow) and first.isVisible()
    try:
        session._language_chosen("ko")
        second = session.window
        assert second is not first and second.context.language == "ko"
        assert second.menuBar().actions()[0].text() == "파일(&F)"
    finally:
        install_translators("en")
        session.window.close()


def test_an_unexpected_error_at_start_is_logged_and_shown_in_the_crash_dialog(qapp, tmp_path: Path,
                                                                               monkeypatch) -> None:
    from desktop.core import logs
    from desktop.ui.dialogs.crash import CrashDialog

    def broken_open(option):
        raise RuntimeError("the engine could not be built")

    shown: list[str] = []
    monkeypatch.setattr(desktop_app, "open_database", broken_open)
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: shown.append(dialog.message.text()) or 0)
    log_file = logs.start_logging()
    try:
        assert desktop_app.run(str(tmp_path / "x.sqlite3"), language="en") == 1
    finally:
        from desktop.ui.i18n import install_translators

        install_translators("en")
    assert shown == [f"Something unexpected went wrong. The details were written to {log_file}."]
    log = log_file.read_text(encoding="utf-8")
    assert "the application stopped: RuntimeError: the engine could not be built" in log and "in broken_open" in log


def test_language_and_last_page_follow_the_person_not_the_machine(qtbot, demo_database, demo_actors, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """The administrator leaves on Users in English; the secretariat then logs in to Korean and their own page."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators
    from desktop.ui.preferences import LOGIN_LANGUAGE

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    install_translators("ko")
    session = desktop_app.Session(demo_database, "ko", settings)
    logins = [demo_actors["secretariat"], demo_actors["admin"]]
    login_screens: list[str] = []

    def log_in() -> bool:  # the login dialog, accepted by the next person
        login_screens.append(QCoreApplication.translate("LoginDialog", "Log in"))
        session.logged_in(logins.pop(0))
        return True

    monkeypatch.setattr(session, "log_in", log_in)
    try:
        session.logged_in(demo_actors["admin"])
        assert session.window.menuBar().actions()[0].text() == "파일(&F)"
        session.window.language_actions["en"].trigger()
        assert session.language == "en" and session.window.menuBar().actions()[0].text() == "&File"
        session.window.show_page_key("users")
        session.window.logout_action.trigger()
        qtbot.waitUntil(lambda: session.window is not None and session.window.context.actor.username == "secretariat")
        secretariat = session.window
        assert login_screens == ["Log in"]  # the login screen in the last language used on this machine
        assert session.language == "ko" and secretariat.menuBar().actions()[0].text() == "파일(&F)"
        assert secretariat.current_page().key == "applications" and "users" not in secretariat.page_keys()
        assert settings.value(LOGIN_LANGUAGE) == "ko"
        secretariat.show_page_key("registry")
        secretariat.logout_action.trigger()
        qtbot.waitUntil(lambda: session.window is not secretariat and session.window is not None)
        admin = session.window
        assert admin.context.actor.username == "admin" and session.language == "en"
        assert login_screens == ["Log in", "로그인"]  # after the secretariat's Korean
        assert admin.current_page().key == "users" and admin.current_page().stack.currentIndex() == 0
    finally:
        install_translators("en")
        if session.window is not None:
            session.window.close()


def test_language_option_holds_for_the_run_until_someone_chooses(qtbot, demo_database, demo_actors,
                                                                 tmp_path: Path) -> None:
    from desktop.ui.i18n import install_translators
    from desktop.ui.preferences import PersonalPreferences

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    PersonalPreferences(settings, "secretariat").set_language("ko")
    assert desktop_app.language_of(demo_actors["secretariat"], settings) == "ko"
    assert desktop_app.language_of(demo_actors["secretariat"], settings, "en") == "en"
    assert desktop_app.language_of(demo_actors["member"], settings) == "ko"  # never chose: Korean
    session = desktop_app.Session(demo_database, "en", settings, "en")
    try:
        session.logged_in(demo_actors["secretariat"])
        assert session.language == "en" and session.window.context.language == "en"
        assert PersonalPreferences(settings, "secretariat").language() == "ko"  # --language is not a choice
    finally:
        install_translators("en")
        session.window.close()
