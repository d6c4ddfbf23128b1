"""The screenshots of the README's user guide, regenerated from the demo on its pinned day, in Korean and English.

    QT_QPA_PLATFORM=offscreen python packaging/guide_screenshots.py [--out docs/guide] [--only login inspection]

Each step of the main flow is opened offscreen as a person sees it and saved as ``docs/guide/<step>-<language>.png``
(an indexed-colour PNG at the highest compression, so the repository stays small).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout: the package beside this folder

from desktop.core.clock import KST, set_clock  # noqa: E402

GUIDE_DAY = date(2026, 11, 25)
"""The day the demo stands on for the guide (the tests' demo day): the same day gives the same records."""
WINDOW_SIZE = (1400, 760)
LANGUAGES = ("ko", "en")


class Guide:
    """The demo database and a main window per person, for one language at a time."""

    def __init__(self, template: Path, language: str) -> None:
        """On a copy of the demo in ``template`` (each language starts from the same records)."""
        import shutil

        from desktop.db.engine import Database

        copy = template.with_name(f"guide-{language}.sqlite3")
        shutil.copyfile(template, copy)
        self.database = Database(f"sqlite:///{copy}")
        self.language = language
        self.windows: list = []

    def actor(self, username: str):  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop.domain.accounts.models import User
        from desktop.domain.users.service import actor_for

        with self.database.read() as session:
            return actor_for(session.scalars(select(User).where(User.username == username)).one())

    def window(self, username: str, page: str):  # type: ignore[no-untyped-def]
        """The main window of ``username`` on ``page``, as after logging in."""
        from PySide6.QtCore import QSettings

        from desktop.domain.settings.service import get_settings
        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow

        with self.database.read() as session:
            settings = get_settings(session)
        window = MainWindow(AppContext(self.database, self.actor(username), settings, self.language),
                            settings=QSettings())
        window.resize(*WINDOW_SIZE)
        window.show()
        window.show_page_key(page)
        self.windows.append(window)
        return window


def _demo(folder: Path) -> Path:
    """The demo database for ``GUIDE_DAY`` in ``folder`` (its signing key beside it)."""
    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.demo.builder import build_demo

    path = folder / "guide-demo.sqlite3"
    database = Database(f"sqlite:///{path}", create=True)
    upgrade(database)
    build_demo(database, GUIDE_DAY)
    database.dispose()
    return path


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def shot_login(guide: Guide):  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.accounts import LoginDialog

    dialog = LoginDialog(guide.database, username="secretariat")
    dialog.password.setText("secretariat-2026")
    dialog.show()
    guide.windows.append(dialog)
    return dialog


def shot_applications(guide: Guide):  # type: ignore[no-untyped-def]
    window = guide.window("secretariat", "applications")
    window.current_page().view.selectRow(0)
    return window


def shot_screening(guide: Guide):  # type: ignore[no-untyped-def]
    from desktop.domain.applications.models import ApplicationStatus

    window = guide.window("secretariat", "screening")
    table = window.current_page().table
    table.select_id(next(r.application_id for r in table.records() if r.status == ApplicationStatus.SCREENING))
    return window


def shot_inspection(guide: Guide):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.domain.inspections.models import InspectionStatus

    window = guide.window("inspector", "inspections")
    page = window.current_page()
    scheduled = next(r for r in page.table.records() if r.status == InspectionStatus.SCHEDULED)
    page.open_inspection(scheduled.id)
    QTest.keyClick(page.workspace.form.view, Qt.Key.Key_C)  # the first item answered: conform
    return window


def shot_scoring(guide: Guide):  # type: ignore[no-untyped-def]
    window = guide.window("member", "committee")
    page = window.current_page()
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    page.scoring_tab.table.select_row(0)
    return window


def shot_decision(guide: Guide):  # type: ignore[no-untyped-def]
    window = guide.window("approver", "decisions")
    window.current_page().table.select_row(0)
    return window


SHOTS: dict[str, Callable[[Guide], object]] = {
    "login": shot_login, "applications": shot_applications, "screening": shot_screening,
    "inspection": shot_inspection, "scoring": shot_scoring, "decision": shot_decision,
}
"""The steps of the main flow, in the order the guide shows them."""


def save_small(widget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Grab ``widget`` and save it as an indexed-colour PNG at the highest compression (full colour in the dark
    scheme: 256 colours merge its near greys, so fields lose their frames)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from desktop.ui.theme import is_dark

    image = widget.grab().toImage()
    if not is_dark(widget.palette()):
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):
        raise OSError(f"cannot write {path}")
    return path


def make_screenshots(out: Path, names: list[str] | None = None,
                     languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Build the demo, open each chosen step in each language, save the PNGs; returns the files written."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_korean_font
    from desktop.ui.i18n import install_translators
    from desktop.ui.theme import apply_scheme_from_environment

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_korean_font(app)
    apply_scheme_from_environment(app)  # DESIGNATION_REVIEW_COLOUR_SCHEME=dark: the guide in the dark scheme
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="designation-review-guide-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's own settings
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        began = datetime.combine(GUIDE_DAY, time(10), KST)
        previous = set_clock(lambda: began + timedelta(seconds=len(written)))
        try:
            template = _demo(Path(folder))
            for language in languages:
                install_translators(language)
                guide = Guide(template, language)
                for name in names or list(SHOTS):
                    widget = SHOTS[name](guide)
                    _settle()
                    written.append(save_small(widget, out / f"{name}-{language}.png"))
                    for window in guide.windows:
                        window.close()
                    guide.windows.clear()
                guide.database.dispose()
        finally:
            set_clock(previous)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide", help="folder of the PNG files")
    parser.add_argument("--only", nargs="+", choices=list(SHOTS), help="only these steps")
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    args = parser.parse_args(argv)
    for path in make_screenshots(args.out, args.only, tuple(args.languages)):
        print(f"{path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
