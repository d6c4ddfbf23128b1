"""`designation-review document decision NUMBER -o F.pdf` as a whole process on the demo (target ≤ 0.5 s), beside a
bare Python process that imports SQLAlchemy's ORM and ReportLab and writes a one-page PDF.

Both run with their bytecode cached (in a prefix folder of the run), as an installed wheel or the bundle has it;
the first run of each fills the cache and is not counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

FLOOR = """
import io, sys
import sqlalchemy.orm
from reportlab.pdfgen import canvas
buffer = io.BytesIO()
page = canvas.Canvas(buffer)
page.drawString(72, 720, "floor")
page.showPage()
page.save()
open(sys.argv[1], "wb").write(buffer.getvalue())
"""


def cached_bytecode(folder: Path) -> dict[str, str]:
    """This environment with bytecode written to and read from a prefix folder, as an installed wheel has it."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    return environment


def _timed(command: list[str], environment: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=environment, cwd=cwd)
    return time.perf_counter() - start


def bench_document_command(folder: Path, repeat: int, database: str, root: Path):  # type: ignore[no-untyped-def]
    """The median whole-process time of printing the demo's first decision, and the floor's."""
    from tests.benchmarks.run import Figure

    environment = cached_bytecode(folder)
    ours = [sys.executable, "-m", "desktop", "--database", database, "document", "decision", "2026-0001",
            "-o", str(folder / "decision.pdf")]
    floor = [sys.executable, "-c", FLOOR, str(folder / "floor.pdf")]
    _timed(ours, environment, root)  # bytecode cached, the file in the OS cache
    _timed(floor, environment, root)
    runs = [(_timed(ours, environment, root), _timed(floor, environment, root)) for _ in range(repeat)]  # alternating
    mine, bare = statistics.median(run[0] for run in runs), statistics.median(run[1] for run in runs)
    return Figure("document_decision_process", mine, bare,
                  f"median of {repeat} whole processes, as issued; floor: python importing sqlalchemy.orm and "
                  f"reportlab and writing a one-page PDF; target ≤ 500 ms")
