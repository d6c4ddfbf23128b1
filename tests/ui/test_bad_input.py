"""Bad input at start-up: a damaged or unreadable settings file, a missing font, a window system that cannot start,
a display without OpenGL, a data folder that cannot be made. Each is a plain message and a log entry; the
application starts where it can, and never exits silently."""

import ctypes.util
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import app as desktop_app
from desktop.ui.dialogs.accounts import LoginDialog
from desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo as an SQLite file."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def login_shown(monkeypatch):
    """The login window as ``run`` shows it, answered with Cancel: its banner's text is recorded."""
    shown: list[str] = []

    def cancel(dialog: LoginDialog) -> int:
        shown.append(dialog.banner.text() if dialog.banner.isVisibleTo(dialog) else "")
        dialog.opening.wait()
        return LoginDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", cancel)
    yield shown
    install_translators("en")


def _settings_file() -> Path:
    """The file ``QSettings()`` reads in the application (the test's own: tests/ui/conftest.py)."""
    return Path(QSettings().fileName())


@pytest.mark.parametrize("language,expected", [("en", "was damaged. A copy was kept as"), ("ko", "손상")])
def test_a_damaged_settings_file_is_copied_aside_and_the_login_says_so(qapp, db_path, login_shown, caplog, language,
                                                                      expected):
    qapp.setOrganizationName(desktop_app.ORGANISATION)
    qapp.setApplicationName(desktop_app.APPLICATION)
    damaged = b"[General\nlast_user=\xff\xfe secretariat\n"
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damaged)
    with caplog.at_level(logging.WARNING):
        assert desktop_app.run(str(db_path), language=language) == 0  # cancelled at the login: a normal end
    copies = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged  # never lost: the original bytes are kept
    assert expected in login_shown[0] and str(copies[0]) in login_shown[0]
    assert any("is damaged" in record.getMessage() for record in caplog.records)
    assert QSettings().status() == QSettings.Status.NoError  # the file in place is readable again, with defaults


def test_a_settings_file_that_cannot_be_read_is_left_alone_and_the_start_goes_on(qapp, db_path, login_shown, caplog):
    qapp.setOrganizationName(desktop_app.ORGANISATION)
    qapp.setApplicationName(desktop_app.APPLICATION)
    path = _settings_file()
    path.mkdir(parents=True)  # a folder where the file should be: it can be neither read nor written
    (path / "keep.txt").write_text("someone's")
    with caplog.at_level(logging.WARNING):
        assert desktop_app.run(str(db_path), language="en") == 0
    assert "cannot be read or written" in login_shown[0] and "will not remember changes" in login_shown[0]
    assert (path / "keep.txt").read_text() == "someone's"
    assert any("cannot be read or written" in record.getMessage() for record in caplog.records)


def _resources_without_fonts(tmp_path: Path) -> Path:
    from desktop.core.resources import resources_root

    copy = tmp_path / "resources"
    shutil.copytree(resources_root(), copy, ignore=shutil.ignore_patterns("NanumGothic*.ttf", "screenshots"))
    return copy


def test_without_the_font_file_the_gui_falls_back_and_printing_names_the_missing_file(qapp, tmp_path, monkeypatch,
                                                                                     caplog):
    from reportlab.pdfbase import pdfmetrics

    from desktop.core import resources
    from desktop.core.errors import ResourceMissing
    from desktop.documents.fonts import register_fonts

    copy = _resources_without_fonts(tmp_path)
    monkeypatch.setattr(resources, "resources_root", lambda: copy)
    resources.korean_font_path.cache_clear()
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])  # as in a process that printed nothing
    try:
        families = qapp.font().families()
        with caplog.at_level(logging.WARNING):
            assert desktop_app.install_korean_font(qapp) is None
        assert qapp.font().families() == families  # the system font stays
        assert any("NanumGothic.ttf is missing" in record.getMessage() for record in caplog.records)
        with pytest.raises(ResourceMissing) as refused:
            register_fonts()
        assert f"NanumGothic.ttf is missing from {copy / 'fonts'}" in refused.value.message
        assert "documents cannot be printed" in refused.value.message
    finally:
        resources.korean_font_path.cache_clear()


def test_a_damaged_font_file_is_named_as_a_missing_one_is(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from desktop.core import resources
    from desktop.core.errors import ResourceMissing
    from desktop.documents.fonts import register_fonts

    copy = _resources_without_fonts(tmp_path)
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        (copy / "fonts" / name).write_bytes(b"not a font" * 10)
    monkeypatch.setattr(resources, "resources_root", lambda: copy)
    resources.korean_font_path.cache_clear()
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    try:
        with pytest.raises(ResourceMissing, match=r"NanumGothic\.ttf cannot be read"):
            register_fonts()
    finally:
        resources.korean_font_path.cache_clear()


def _run(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          env=environment, timeout=120)


def test_the_document_command_without_the_font_says_which_file_is_missing_and_where(db_path, tmp_path):
    copy = _resources_without_fonts(tmp_path)
    code = ("import sys\nfrom pathlib import Path\nfrom desktop.core import resources\n"
            "resources.resources_root = lambda: Path(sys.argv[1])\nfrom desktop.cli import main\n"
            "sys.exit(main(['--database', sys.argv[2], 'document', 'decision', '2026-0001', '--preview', "
            "'-o', sys.argv[3]]))")
    log_folder = tmp_path / "logs"
    result = _run(code, str(copy), str(db_path), str(tmp_path / "x.pdf"),
                  env={"DESIGNATION_REVIEW_LOG_DIR": str(log_folder)})
    assert result.returncode == 1
    assert f"error: The Korean font file NanumGothic.ttf is missing from {copy / 'fonts'}" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.pdf").exists()
    assert "NanumGothic.ttf is missing" in (log_folder / "designation-review.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("language,expected", [("en", "The window system could not be started"),
                                               ("ko", "화면 시스템을 시작할 수 없습니다")])
def test_a_platform_plugin_that_cannot_load_is_a_plain_message_not_an_abort(db_path, tmp_path, language, expected):
    log_folder = tmp_path / "logs"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(db_path), "--language", language], cwd=ROOT,
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0.987",
             "DESIGNATION_REVIEW_LOG_DIR": str(log_folder)})
    assert result.returncode == 1  # not -6 (SIGABRT): Qt's abort is replaced by a clean exit
    assert expected in result.stderr and "libxcb-cursor0" in result.stderr
    assert str(log_folder / "designation-review.log") in result.stderr
    assert "window system could not be started" in (log_folder / "designation-review.log").read_text("utf-8")


WINDOWED = """
import sys, types
from pathlib import Path
from desktop.cli import main
from desktop.ui import window_system
# As the Windows bundle's designation-review.exe runs: a windowed program, no standard error output to print to.
window_system.sys = types.SimpleNamespace(stderr=None, platform="win32")
window_system._system_message_box = lambda text: Path(sys.argv[2]).write_text(text, encoding="utf-8")
main(["--database", sys.argv[1]])
"""


def test_without_a_console_the_window_system_message_comes_in_the_systems_message_box(db_path, tmp_path):
    box = tmp_path / "message-box.txt"
    result = _run(WINDOWED, str(db_path), str(box), env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0.987",
                                                          "DESIGNATION_REVIEW_LOG_DIR": str(tmp_path / "logs")})
    assert result.returncode == 1 and "could not be started" not in result.stderr  # nowhere to print it
    shown = box.read_text(encoding="utf-8")
    assert shown.startswith("error: 화면 시스템을 시작할 수 없습니다") and "libxcb-cursor0" in shown  # in Korean
    assert str(tmp_path / "logs" / "designation-review.log") in shown


LOGIN_SHOWN = """
import os, sys
from desktop.ui.dialogs import accounts
shown = accounts.LoginDialog.showEvent
def on_show(self, event):
    shown(self, event)
    print("SHOWN", os.environ.get("QT_XCB_GL_INTEGRATION"), flush=True)
    os._exit(0)
accounts.LoginDialog.showEvent = on_show
from desktop.cli import main
main(["--database", sys.argv[1]])
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None or ctypes.util.find_library("xcb-cursor") is None,
                    reason="needs Xvfb (an X server without the GLX extension) and Qt's xcb libraries")
def test_a_display_without_opengl_shows_the_login_window(db_path):
    display = f":{500 + os.getpid() % 400}"
    server = subprocess.Popen(["Xvfb", display, "-extension", "GLX", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.5)
        result = _run(LOGIN_SHOWN, str(db_path), env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    finally:
        server.kill()
        server.wait()
    assert result.stdout.split() == ["SHOWN", "none"], result.stderr


def test_a_data_folder_that_cannot_be_made_is_a_plain_message(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    log_folder = tmp_path / "logs"
    result = _run("import sys\nfrom desktop.cli import main\nsys.exit(main(['document', 'decision', '2026-0001', "
                  "'-o', sys.argv[1]]))", str(tmp_path / "x.pdf"),
                  env={"XDG_DATA_HOME": str(blocked / "data"), "DESIGNATION_REVIEW_DATABASE": "",
                       "DESIGNATION_REVIEW_LOG_DIR": str(log_folder)})
    assert result.returncode == 1
    assert "for the database cannot be created" in result.stderr and "Traceback" not in result.stderr
    assert "for the database cannot be created" in (log_folder / "designation-review.log").read_text("utf-8")


def test_the_gui_with_a_data_folder_that_cannot_be_made_says_so(qapp, tmp_path, monkeypatch, login_shown):
    from PySide6.QtWidgets import QMessageBox

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked / "data"))
    monkeypatch.delenv("DESIGNATION_REVIEW_DATABASE", raising=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert desktop_app.run(None, language="en") == 1
    assert shown and "for the database cannot be created" in shown[0]


def test_a_damaged_certificate_in_the_trust_folder_is_skipped_kept_and_logged(tmp_path, caplog):
    from desktop.issuing.trust import folder_certificates

    damaged = tmp_path / "authority.pem"
    damaged.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
    with caplog.at_level(logging.WARNING):
        assert folder_certificates(tmp_path) == []
    assert damaged.exists()
    assert any("authority.pem" in record.getMessage() for record in caplog.records)
