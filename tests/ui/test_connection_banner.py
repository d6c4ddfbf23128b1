"""The server goes away under the main window: a failed operation with a disconnect error shows the banner (no
error dialog), "Reconnect now" pressed with the mouse tries again (a failed try waits longer), and once the server
answers the banner goes, the status bar says so and the page on screen reloads everything it shows."""

from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import exc as sa_exc

from desktop.core.errors import ServerUnreachable
from desktop.ui.main_window import MainWindow


def lose_the_server(session, actor):  # type: ignore[no-untyped-def]
    """A service call whose connection the server closed (what psycopg raises when the server stops under it)."""
    raise sa_exc.OperationalError("SELECT 1", {}, psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly"), connection_invalidated=True)


@pytest.fixture
def window(qtbot, context_for, dialogs, tmp_path: Path) -> MainWindow:
    window = MainWindow(context_for("secretariat"), dialogs,
                        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_banner_shows_a_lost_server_and_goes_when_it_answers_again(qtbot, window, dialogs) -> None:
    banner, monitor = window.connection_banner, window.connection
    assert not banner.isVisible()
    assert window.context.query(lose_the_server, parent=window, dialogs=dialogs) is None
    assert banner.isVisible()
    assert banner.message.text() == "Connection to the server lost. Reconnecting in 1 s."
    assert dialogs.errors == []  # the banner says it: no dialog per failed read

    def still_gone() -> None:
        raise ServerUnreachable("the server cannot be reached")

    monitor.probe = still_gone
    qtbot.mouseClick(banner.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: monitor.schedule.failures == 1, timeout=5000)
    qtbot.waitUntil(lambda: banner.message.text() == "Connection to the server lost. Reconnecting in 2 s.",
                    timeout=3000)
    assert banner.isVisible()

    monitor.probe = window.context.database.probe  # the server is back: the real SELECT 1 answers
    page = window.current_page()
    with qtbot.waitSignal(page.refreshedLive, timeout=5000) as refreshed:
        qtbot.mouseClick(banner.reconnect_button, Qt.MouseButton.LeftButton)
    assert "*" in refreshed.args[0].areas  # notices were missed meanwhile: everything reloads
    assert not banner.isVisible()
    assert window.statusBar().currentMessage() == "Connected to the server again."
    assert not monitor.is_lost and dialogs.errors == []


def test_the_banner_tries_by_itself_after_the_countdown(qtbot, window, dialogs) -> None:
    window.context.query(lose_the_server, parent=window, dialogs=dialogs)
    assert window.connection_banner.isVisible()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=4000)  # tried after 1 s, answered


def test_the_banner_in_korean(qtbot, context_for, dialogs, tmp_path: Path, interface_language) -> None:
    interface_language("ko")  # the window is built in the language chosen, as the application does after a switch
    window = MainWindow(context_for("secretariat"), dialogs,
                        settings=QSettings(str(tmp_path / "ko.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.context.query(lose_the_server, parent=window, dialogs=dialogs)
    banner = window.connection_banner
    assert banner.message.text() == "서버와 연결이 끊겼습니다. 1초 후 다시 연결합니다."
    assert banner.reconnect_button.text() == "지금 다시 연결"
    banner.show_countdown(8)
    assert banner.message.text() == "서버와 연결이 끊겼습니다. 8초 후 다시 연결합니다."
