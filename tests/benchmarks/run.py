"""Benchmarks: each figure beside a floor measured in the same run (figures, never pass/fail).

    python tests/benchmarks/run.py [--json FILE] [--only NAME ...]

Prints one line per benchmark: name, seconds, floor seconds, ratio; ``--json`` writes
``[{"name", "seconds", "floor_seconds", "ratio", "note"}]``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Figure:
    name: str
    seconds: float
    floor_seconds: float
    note: str

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor_seconds if self.floor_seconds else float("inf")


def median_time(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def demo_database(folder: Path) -> str:
    path = folder / "bench-demo.sqlite3"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--database", str(path), "demo"], check=True,
                       capture_output=True, cwd=ROOT)
    return str(path)


# --- start-up ----------------------------------------------------------------------------------------------------

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1200, 800); window.show()
app.processEvents()
print("READY", flush=True)
"""

# The real start-up path of desktop.app.run, with the login dialog answered by looking the user up.
APP_WINDOW = """
import sys
from desktop.app import Session, _application, choose_language, install_korean_font, open_database
from PySide6.QtCore import QSettings
from desktop.ui.i18n import install_translators
app = _application()
install_korean_font(app)
settings = QSettings()
install_translators(choose_language("ko", settings))
database = open_database(sys.argv[1])
from sqlalchemy import select
from desktop.domain.accounts.models import User
from desktop.domain.accounts.service import actor_for
with database.read() as s:
    actor = actor_for(s.scalars(select(User).where(User.username == sys.argv[2])).one())
session = Session(database, "ko", settings)
session.open_window(actor)
app.processEvents()
print("READY", flush=True)
"""


def _time_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT)
    for line in process.stdout:  # type: ignore[union-attr]
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            process.kill()
            process.wait()
            return elapsed
    raise RuntimeError(process.stderr.read())  # type: ignore[union-attr]


def bench_startup(folder: Path, repeat: int) -> Figure:
    """Process start to a shown main window on the demo database (logged in) vs a bare PySide6 window."""
    url = demo_database(folder)
    _time_child(APP_WINDOW, url, "secretariat")  # warm the OS file cache
    app = statistics.median(_time_child(APP_WINDOW, url, "secretariat") for _ in range(repeat))
    bare = statistics.median(_time_child(BARE_WINDOW) for _ in range(repeat))
    return Figure("startup_to_main_window", app, bare, f"median of {repeat} process starts, demo database")


# --- one decision PDF -------------------------------------------------------------------------------------------

def bench_decision_pdf(folder: Path, repeat: int) -> Figure:
    """Rendering one decision notice vs a bare ReportLab document of the same page count with the same font."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop.db.engine import Database
    from desktop.documents.decision import render_decision_notice
    from desktop.documents.fonts import register_fonts
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.service import decision_notice, list_decisions
    from desktop.domain.settings.service import get_settings

    database = Database(f"sqlite:///{demo_database(folder)}")
    actor = Actor.command_line()
    with database.read() as session:
        decision_id = list_decisions(session, actor)[-1].id
        notice = decision_notice(session, actor, decision_id, get_settings(session))
    render_decision_notice(notice)  # fonts registered, caches warm
    pages = len(PdfReader(io.BytesIO(render_decision_notice(notice))).pages)
    register_fonts()

    def bare() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        for page in range(pages):
            canvas.setFont("NanumGothic", 11)
            for line in range(40):
                canvas.drawString(72, 780 - line * 17, f"평가기관 지정 결과 통지 {page + 1}쪽 {line}행 지식재산처장")
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    ours = median_time(lambda: render_decision_notice(notice), repeat)
    floor = median_time(bare, repeat)
    database.dispose()
    note = f"{pages} page(s), median of {repeat}; floor: bare canvas, 40 lines/page"
    return Figure("decision_pdf", ours, floor, note)


BENCHMARKS: dict[str, Callable[[Path, int], Figure]] = {
    "startup": bench_startup,
    "decision_pdf": bench_decision_pdf,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    figures = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name in args.only or BENCHMARKS:
            figure = BENCHMARKS[name](folder, args.repeat)
            figures.append(figure)
            print(f"{figure.name:<28} {figure.seconds * 1000:9.1f} ms   floor {figure.floor_seconds * 1000:9.1f} ms"
                  f"   ratio {figure.ratio:5.2f}   ({figure.note})", flush=True)
    if args.json:
        args.json.write_text(json.dumps([{**asdict(f), "ratio": round(f.ratio, 3)} for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
