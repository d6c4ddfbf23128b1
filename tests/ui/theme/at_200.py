"""Run in a process of its own with QT_SCALE_FACTOR=2: the main window, the login dialog, the seal preview and a PDF
preview drawn at the device pixel ratio; prints what it measured as JSON and saves the screenshots.

    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen python -m tests.ui.theme.at_200 DATABASE_URL OUT_PREFIX
"""

from __future__ import annotations

import io
import json
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 10)
    for n in range(40):
        canvas.drawString(72, 780 - n * 16, f"Line {n + 1}: the decision's text is printed here at 10 pt.")
    canvas.save()
    return out.getvalue()


def _pump(app: QApplication, times: int = 10) -> None:
    from PySide6.QtTest import QTest

    for _ in range(times):
        QTest.qWait(25)  # events, and the PDF view's pages rendered in their thread


def main(url: str, prefix: str) -> dict[str, object]:
    from desktop.app import install_korean_font
    from desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_korean_font(app)
    install_translators("en")

    from sqlalchemy import select

    from desktop.db.engine import Database
    from desktop.demo.seal import demo_seal_text
    from desktop.domain.accounts.models import User
    from desktop.domain.users.service import actor_for
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs.accounts import LoginDialog
    from desktop.ui.dialogs.seal_image import SealImageBox
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    database = Database(url)
    with database.read() as session:
        actor = actor_for(session.scalars(select(User).where(User.username == "secretariat")).one())
    found: dict[str, object] = {"ratio": app.devicePixelRatio()}
    window = MainWindow(AppContext(database, actor, {}, "en"),
                        settings=QSettings(f"{prefix}-settings.ini", QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    _pump(app)
    shot = window.grab()
    shot.save(f"{prefix}-main-window.png")
    found["window"] = [shot.width(), shot.height(), shot.devicePixelRatio(), window.width(), window.height()]

    login = LoginDialog(database)
    login.show()
    _pump(app)
    shot = login.grab()
    shot.save(f"{prefix}-login.png")
    found["login"] = [shot.width(), shot.height(), shot.devicePixelRatio(), login.width(), login.height()]

    seal = SealImageBox(demo_seal_text(), lambda: None)
    seal.resize(720, seal.sizeHint().height())
    seal.show()
    _pump(app)
    pixmap = seal.preview.pixmap()
    found["seal"] = [pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()]
    seal.grab().save(f"{prefix}-seal.png")

    preview = PdfPreviewDialog(_pdf(), "Preview")
    preview.resize(700, 800)
    preview.show()
    _pump(app, 40)
    shot = preview.grab()
    shot.save(f"{prefix}-pdf-preview.png")
    found["pdf"] = [shot.width(), shot.height(), shot.devicePixelRatio()]
    database.dispose()
    return found


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
