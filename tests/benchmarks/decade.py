"""The ten-year database for the benchmarks (``decade_database``), and the figure of its build time beside a floor:
the same rows bulk-inserted with plain ``sqlite3.executemany`` into the same tables (no ORM, no checks, no hashing).

Building takes minutes, so the file is cached in the folder (or in ``DESIGNATION_REVIEW_DECADE_CACHE``, to keep it
between runs) and reused while its schema head and the generator's version match; the stamp beside it, written
last, records what it was built with and how long the build took."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_DAY = "2026-11-25"  # the day the tests' demo stands on (tests/conftest.py)
YEARS = 10


def _stamp_wanted(years: int) -> dict[str, object]:
    from desktop.db.migrate import SCHEMA_HEAD
    from desktop.demo.decade import GENERATOR_VERSION

    return {"schema_head": SCHEMA_HEAD, "generator_version": GENERATOR_VERSION, "years": years, "day": DEMO_DAY}


def _schema_head_of(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def decade_file(folder: Path, years: int = YEARS) -> tuple[Path, dict[str, object]]:
    """The cached ten-year database file (built when missing or stale) and its stamp (with ``build_seconds``)."""
    cache = Path(os.environ.get("DESIGNATION_REVIEW_DECADE_CACHE") or folder)
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"decade-{years}y.sqlite3"
    stamp_path = path.with_suffix(".json")
    wanted = _stamp_wanted(years)
    if path.exists() and stamp_path.exists():
        stamp = json.loads(stamp_path.read_text())
        if {k: stamp.get(k) for k in wanted} == wanted and _schema_head_of(path) == wanted["schema_head"]:
            return path, {**stamp, "reused": True}
    stamp_path.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "desktop", "--database", str(path), "demo", "--years", str(years),
                    "--date", DEMO_DAY], check=True, capture_output=True, cwd=ROOT)
    stamp = {**wanted, "build_seconds": time.perf_counter() - start, "build_cpu_seconds": _children_cpu() - cpu}
    stamp_path.write_text(json.dumps(stamp))
    return path, stamp


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def decade_database(folder: Path) -> str:
    """A SQLAlchemy URL of the ten-year database (``demo --years 10`` for DEMO_DAY), built into ``folder`` once."""
    path, _ = decade_file(folder)
    return f"sqlite:///{path}"


def bulk_insert_seconds(source: Path, target: Path) -> tuple[float, int]:
    """Seconds to insert every row of ``source`` into the same schema (tables, indexes, triggers) made empty in
    ``target`` with executemany, the rows read beforehand (not timed); and how many rows."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
        schema = [sql for (sql,) in reader.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name")]
        names = [name for (name,) in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        rows = {name: reader.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
    target.unlink(missing_ok=True)
    writer = sqlite3.connect(target)
    try:
        for sql in schema:
            writer.execute(sql)
        writer.commit()
        start = time.perf_counter()
        for name, values in rows.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                writer.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)
        writer.commit()
        seconds = time.perf_counter() - start
    finally:
        writer.close()
    target.unlink(missing_ok=True)
    return seconds, sum(len(v) for v in rows.values())


def bench_decade_build(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    """The generator's build time (whole process, ``demo --years 10``) beside the bulk insert of the same rows."""
    from tests.benchmarks.run import Figure

    path, stamp = decade_file(folder)
    floor, count = bulk_insert_seconds(path, folder / "decade-floor.sqlite3")
    size = path.stat().st_size / 2**20
    cpu = stamp.get("build_cpu_seconds")
    cpu_text = f"{cpu:.0f} s" if isinstance(cpu, float | int) else "unknown"
    cached = ", build time of an earlier run (cached)" if stamp.get("reused") else ""
    return Figure("decade_build", float(stamp["build_seconds"]), floor,  # type: ignore[arg-type]
                  f"{count:,} rows, {size:.0f} MiB, {cpu_text} CPU{cached}; floor: the same rows bulk-inserted "
                  "with sqlite3 executemany; target ≤ 180 s")
