"""Filling in an offline inspection file on a laptop, without the database: the same keyboard checklist form,
saved into the file after every change. ``designation-review inspection-offline FILE`` opens it directly."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop.core.formatting import official_date
from desktop.ui import theme
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.checklist_form import ChecklistForm
from desktop.ui.pages.inspections.stores import OfflineStore

_log = logging.getLogger(__name__)


class OfflineInspectionWindow(QMainWindow):
    def __init__(self, store: OfflineStore, dialogs: DialogService, language: str = "ko",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineInspection")
        self.store = store
        m = store.manifest
        self.setWindowTitle(self.tr("Offline inspection {number} – {file}").format(number=m["number"],
                                                                                   file=store.file.path.name))
        self.form = ChecklistForm(store, dialogs, language, self)
        info = QLabel(self.tr("Offline copy of {number} ({institution}, {date}, {place}). Every change is saved in "
                              "{file}; bring the file back and import it from the inspection in the application.")
                      .format(number=m["number"], institution=m["institution_name"], place=m["place"],
                              date=official_date(date.fromisoformat(m["scheduled_on"])), file=store.file.path),
                      self)
        info.setObjectName("offlineInfo")
        info.setWordWrap(True)
        theme.set_banner(info, theme.Tone.INFO)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(info)
        layout.addWidget(self.form, 1)
        self.setCentralWidget(central)
        self.form.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved in the file."), 3000))
        self.resize(1200, 760)

    def load(self) -> bool:
        ok = self.form.load()
        self.form.view.setFocus()
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:
        self.form.save_typing()
        self.store.close()
        super().closeEvent(event)


def open_offline_window(dialogs: DialogService, language: str, path: Path | None = None,
                        parent: QWidget | None = None) -> OfflineInspectionWindow | None:
    """Ask for the file when none is given; a file that is not ours or was altered is refused plainly."""
    from PySide6.QtCore import QCoreApplication

    if path is None:
        paths = dialogs.open_files(parent, QCoreApplication.translate("OfflineInspectionWindow",
                                                                      "Open an offline inspection file"),
                                   QCoreApplication.translate("OfflineInspectionWindow",
                                                              "Offline inspection files (*.inspection)"))
        if not paths:
            return None
        path = Path(paths[0])
    try:
        store = OfflineStore(path)
    except Exception as error:
        dialogs.show_error(parent, error)
        return None
    window = OfflineInspectionWindow(store, dialogs, language, parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if not window.load():
        window.close()
        return None
    window.show()
    return window


def run_offline(path: Path, language: str | None = None) -> int:
    """The application on one offline file, without any database (used by the command line)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop.core.resources import korean_font_path
    from desktop.ui.crash_reporter import uncaught_errors_shown
    from desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("designation-review")
    app.setApplicationName("designation-review")
    try:  # the same Korean font the application registers (desktop.app cannot be imported from here)
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(korean_font_path())))
        if families:
            font = QFont(app.font())
            font.setFamilies([families[0], *font.families()])
            app.setFont(font)
    except Exception:  # a missing font must not keep the inspector from working
        _log.warning("the Korean font could not be registered", exc_info=True)
    remembered = str(QSettings().value("language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    chosen = language or (remembered if remembered in LANGUAGES else DEFAULT_LANGUAGE)
    install_translators(chosen)
    window = open_offline_window(DialogService(), chosen, Path(path))
    if window is None:
        return 1
    with uncaught_errors_shown():
        return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_offline(Path(sys.argv[1])))
