"""Benchmarks of the whole-database streams on ten years of data: ``export json`` and ``backup`` (time and peak
resident memory of the command, in a fresh process), each beside a plain streamed dump of the same rows in the same
run; and ``audit verify`` at two sizes, to show that its time per event stays constant.

The database of ten years: ``tests.benchmarks.decade.decade_database(folder)`` where that module exists, else the
file or URL in ``DESIGNATION_REVIEW_DECADE_URL``, else a synthetic one built here from the demo (its audit trail
chained on to 200,000 events, its filed reports to 60,000 and its staff rows to 5,000). It is copied before use:
the export and the backup record an audit event.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

AUDIT_COLUMNS = ("at, actor_name, actor_role, action, entity_type, entity_id, summary, reason, before, after")


def chain_events(connection: sqlite3.Connection, models: list[tuple], count: int,
                 hashing: Callable[[list[bytes]], None] | None = None) -> None:
    """Continue the audit trail of ``connection`` (a plain SQLite connection, no transaction open) to ``count``
    events, each a copy of one of ``models`` (rows of ``AUDIT_COLUMNS``), chained as the application chains them;
    ``hashing`` is given each batch's canonical bytes (the audit benchmark times its floor with them)."""
    from desktop.domain.audit.chain import canonical_content, content_hash

    last, previous = connection.execute("SELECT sequence, hash FROM audit_chain_head").fetchone()
    connection.execute("BEGIN")
    batch: list[tuple] = []
    for sequence in range(last + 1, count + 1):
        at, name, role, action, entity_type, entity_id, summary, reason, before, after = models[sequence % len(models)]
        content = canonical_content(sequence, previous, at, None, name, role, action, entity_type, entity_id, summary,
                                    reason, before, after)
        digest = content_hash(content)
        batch.append((sequence, at, name, role, action, entity_type, entity_id, summary, before, after, reason,
                      previous, digest, content.encode()))
        previous = digest
        if len(batch) == 50_000 or sequence == count:
            if hashing is not None:
                hashing([row[-1] for row in batch])
            connection.executemany(
                "INSERT INTO audit_events (sequence, at, actor_name, actor_role, action, entity_type, entity_id, "
                "summary, before, after, reason, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [row[:-1] for row in batch])
            batch = []
    connection.execute("UPDATE audit_chain_head SET sequence = ?, hash = ?", (max(last, count), previous))
    connection.execute("COMMIT")


def _copies(connection: sqlite3.Connection, table: str, target: int, changed: dict[str, str]) -> None:
    """Fill ``table`` up to ``target`` rows with copies of its rows, new ids, ``changed`` columns as SQL of ``n``."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] != "id"]
    have = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    chosen = ", ".join(changed.get(c, c) for c in columns)
    while have < target:
        step = min(have, target - have)
        connection.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen.replace('{n}', str(have))} "
                           f"FROM {table} ORDER BY id LIMIT {step}")
        have += step


def synthetic_decade(folder: Path) -> str:
    """The demo grown to the ten-year volumes that matter for the streams (see the module)."""
    from tests.benchmarks.run import demo_database

    path = folder / "synthetic-decade.sqlite3"
    if path.exists():
        return str(path)
    building = folder / "synthetic-decade.building"
    shutil.copyfile(demo_database(folder), building)
    connection = sqlite3.connect(building, isolation_level=None)
    models = connection.execute(f"SELECT {AUDIT_COLUMNS} FROM audit_events ORDER BY id").fetchall()
    chain_events(connection, models, 200_000)
    connection.execute("BEGIN")
    _copies(connection, "evaluation_reports", 60_000, {"report_number": "report_number || '-{n}'"})
    _copies(connection, "staff_members", 5_000, {})
    connection.execute("COMMIT")
    connection.close()
    building.rename(path)
    return str(path)


def decade_database(folder: Path) -> str:
    """The ten-year database's file (SQLite; a copy of it where it came from outside); never written here."""
    try:
        from tests.benchmarks.decade import decade_database as built  # type: ignore[import-not-found]
    except ImportError:
        built = None
    if built is not None:
        return built(folder).removeprefix("sqlite:///")  # its cached file: the benchmarks work on copies
    given = os.environ.get("DESIGNATION_REVIEW_DECADE_URL")
    if given:
        source = Path(given.removeprefix("sqlite:///"))
        copy = folder / "decade-copy.sqlite3"
        if not copy.exists():
            shutil.copyfile(source, copy)
        return str(copy)
    return synthetic_decade(folder)


# --- a measured child process -----------------------------------------------------------------------------------

# Peak resident memory: Linux's VmHWM of the process (ru_maxrss would keep the parent's peak across the exec).
CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
def peak_kib():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
{prepare}
baseline = peak_kib()
start = time.perf_counter()
{work}
seconds = time.perf_counter() - start
print("MEASURED", json.dumps({{"seconds": seconds, "peak_kib": peak_kib(), "baseline_kib": baseline}}), flush=True)
"""


def measured(prepare: str, work: str, *args: str) -> dict[str, float]:
    """Run ``prepare`` (imports: not timed) then ``work`` (timed) in a fresh Python; its time and peak RSS."""
    code = CHILD.format(root=str(ROOT), prepare=prepare, work=work)
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    line = next(line for line in result.stdout.splitlines() if line.startswith("MEASURED"))
    return json.loads(line.split(" ", 1)[1])


def median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    return {"seconds": statistics.median(r["seconds"] for r in runs), "peak_kib": max(r["peak_kib"] for r in runs),
            "baseline_kib": max(r["baseline_kib"] for r in runs)}


def _mib(kib: float) -> str:
    return f"{kib / 1024:,.0f} MiB"


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:,.0f} MiB"


# --- export json ------------------------------------------------------------------------------------------------

EXPORT_PREPARE = """
from desktop.cli import main
import desktop.domain.export.json_dump, desktop.domain.wiring, desktop.db.migrate
"""
EXPORT_WORK = """
assert main(["--database", sys.argv[1], "export", "json", "-o", sys.argv[2]]) == 0
"""

# The floor: every row of every table read with a plain sqlite3 cursor and written as it comes, one json.dumps
# of a {column: value} dict per row (file contents in base64), nothing converted otherwise.
DUMP_PREPARE = """
import base64, sqlite3
"""
DUMP_WORK = """
connection = sqlite3.connect(sys.argv[1])
tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite%' ORDER BY name")]
dumps = json.JSONEncoder(ensure_ascii=False).encode
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for table in tables:
        cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        names = [d[0] for d in cursor.description]
        out.write(dumps(table))
        while batch := cursor.fetchmany(1000):
            for row in batch:
                if table == "blobs":
                    row = [base64.b64encode(v).decode() if isinstance(v, bytes) else v for v in row]
                out.write(dumps(dict(zip(names, row))))
                out.write(",\\n")
connection.close()
"""


def bench_export_json(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    """``export json`` of the ten-year database, whole command in a fresh process, vs the plain dump."""
    from tests.benchmarks.run import Figure

    source = decade_database(folder)
    working = folder / "export-source.sqlite3"
    shutil.copyfile(source, working)
    output, dumped = folder / "export.json", folder / "dump.json"
    runs = [(measured(EXPORT_PREPARE, EXPORT_WORK, str(working), str(output)),
             measured(DUMP_PREPARE, DUMP_WORK, str(working), str(dumped))) for _ in range(repeat)]  # alternating
    ours, floor = median_run([run[0] for run in runs]), median_run([run[1] for run in runs])
    note = (f"{Path(source).name} ({_size(working)}), median of {repeat}; peak RSS {_mib(ours['peak_kib'])} "
            f"(after imports {_mib(ours['baseline_kib'])}), file {_size(output)}; floor: sqlite3 cursor + "
            f"json.dumps per row, peak RSS {_mib(floor['peak_kib'])}, file {_size(dumped)}; targets ≤ 1.5×, "
            "≤ 100 MB")
    output.unlink()
    dumped.unlink()
    return Figure("export_json_decade", ours["seconds"], floor["seconds"], note)


# --- backup -----------------------------------------------------------------------------------------------------

BACKUP_PREPARE = """
from desktop.cli import main
import desktop.cli_database, desktop.domain.backup.service, desktop.domain.wiring
"""
BACKUP_WORK = """
assert main(["--database", sys.argv[1], "backup", "-o", sys.argv[2]]) == 0
"""

# The floor: SQLite's own online backup of the file, then every row of the copy read with a plain cursor and hashed
# as one json.dumps line (file contents by their SHA-256): the same work a sealed backup needs, without the app.
COPY_PREPARE = """
import hashlib, sqlite3
"""
COPY_WORK = """
source, copy = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
source.backup(copy, pages=1024)
source.close()
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
for (table,) in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                             "ORDER BY name").fetchall():
    digest = hashlib.sha256()
    cursor = copy.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    while batch := cursor.fetchmany(500):
        for row in batch:
            row = [{"blob_sha256": hashlib.sha256(v).hexdigest()} if isinstance(v, bytes) else v for v in row]
            digest.update(dumps(row).encode() + b"\\n")
copy.close()
"""


def bench_backup(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    """``backup`` of the ten-year SQLite database (copied page by page, then every table counted and hashed into
    the manifest), whole command in a fresh process, vs SQLite's backup API and a plain hash of every row."""
    from tests.benchmarks.run import Figure

    source = decade_database(folder)
    working = folder / "backup-source.sqlite3"
    shutil.copyfile(source, working)
    runs, floors = [], []
    for n in range(repeat):
        output, copied = folder / f"decade-{n}.backup", folder / f"plain-{n}.sqlite3"
        runs.append(measured(BACKUP_PREPARE, BACKUP_WORK, str(working), str(output)))
        floors.append(measured(COPY_PREPARE, COPY_WORK, str(working), str(copied)))
        size = _size(output)
        output.unlink()
        copied.unlink()
    ours, floor = median_run(runs), median_run(floors)
    note = (f"{Path(source).name} ({_size(working)}), median of {repeat}; peak RSS {_mib(ours['peak_kib'])} "
            f"(after imports {_mib(ours['baseline_kib'])}), backup {size}; floor: sqlite3 backup API + sha256 of "
            f"every row, peak RSS {_mib(floor['peak_kib'])}; targets ≤ 1.5×, ≤ 100 MB")
    return Figure("backup_decade", ours["seconds"], floor["seconds"], note)


# --- audit verify -----------------------------------------------------------------------------------------------

def bench_audit_verify(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    """``audit verify`` over a trail of N and then 2N events (100,000 and 200,000 with ``--repeat 1``, for CI;
    500,000 and 1,000,000 otherwise), the demo's events repeated and chained: the time per event at both sizes, in
    the default way (worker processes from ``PARALLEL_FROM`` events) and in one process, vs hashing the same
    canonical bytes one event at a time with hashlib."""
    import hashlib

    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.db.sqlite_scan import worker_count
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.audit.chain import PARALLEL_FROM, RANGE_SIZE, verify_all
    from tests.benchmarks.run import Figure, demo_database, median_time

    half = 500_000 if repeat > 1 else 100_000
    demo = sqlite3.connect(demo_database(folder))
    models = demo.execute(f"SELECT {AUDIT_COLUMNS} FROM audit_events ORDER BY id").fetchall()
    demo.close()
    hashing = [0.0]

    def floor(contents: list[bytes]) -> None:  # the same bytes through hashlib, one event at a time
        start = time.perf_counter()
        for data in contents:
            hashlib.sha256(data).hexdigest()
        hashing[0] += time.perf_counter() - start

    path = folder / "bench-audit.sqlite3"
    upgrade(Database(f"sqlite:///{path}"))
    results = {}
    for count in (half, 2 * half):
        connection = sqlite3.connect(path, isolation_level=None)
        chain_events(connection, models, count, floor)
        connection.close()
        database = Database(f"sqlite:///{path}")

        def ours(workers: int | None = None, database: Database = database, count: int = count) -> None:
            with database.read() as session:
                report = verify_all(session, Actor.command_line(), workers=workers)
            assert report.intact and report.events == count, report.summary()

        ours()  # the file in the OS cache, as the floor's bytes are in memory
        results[count] = (median_time(ours, repeat), median_time(lambda: ours(workers=1), repeat), hashing[0],
                          path.stat().st_size)
        database.dispose()
    (small, small_alone, small_floor, _), (large, large_alone, large_floor, size) = results.values()
    count = 2 * half
    workers = worker_count(-(-count // RANGE_SIZE)) if count >= PARALLEL_FROM else 1
    per = lambda seconds, events: f"{seconds / events * 1e6:.2f} µs"  # noqa: E731
    note = (f"{count:,} events ({size / 2**20:,.0f} MiB), median of {repeat}, {workers} worker process(es); per "
            f"event at {half:,} / {count:,}: {per(small, half)} / {per(large, count)}, in one process "
            f"{per(small_alone, half)} / {per(large_alone, count)}, floor {per(small_floor, half)} / "
            f"{per(large_floor, count)}; floor: hashlib over the same canonical bytes")
    return Figure("audit_verify", large, large_floor, note)
