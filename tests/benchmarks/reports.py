"""Benchmarks of the evaluation-report register: importing 10,000 rows (floor: openpyxl reading the same workbook
alone) and filtering 100,000 reports a keystroke on the Reports page's model, which reads the first batch
of the matching reports from the database (floor: a plain SQL LIKE returning the same rows, counts checked equal)."""

from __future__ import annotations

import io
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path


def _register_database(folder: Path, name: str, institutes: int = 40):  # type: ignore[no-untyped-def]
    """An empty database whose registry holds ``institutes`` designated institutes (designation 2026-1 … 2026-N)."""
    from datetime import UTC, datetime

    from sqlalchemy import insert

    import desktop.domain.models  # noqa: F401 - every table's model known (run alone, nothing else imports them)
    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.domain.accounts.models import Role, User
    from desktop.domain.applications.models import Application, Round
    from desktop.domain.decisions.models import Decision
    from desktop.domain.institutions.models import Institution
    from desktop.domain.registry.models import RegistryEntry

    database = Database(f"sqlite:///{folder / name}")
    upgrade(database)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    with database.transaction() as session:
        session.execute(insert(User), [dict(id=1, username="bench", display_name="bench", password_hash="x",
                                            role=Role.SECRETARIAT)])
        session.execute(insert(Round), [dict(id=1, code="2026-1", title="bench", period_start=moment.date(),
                                             period_end=moment.date(), deadline=moment, criteria_version="2026.1",
                                             checklist_version="2026.1", settings={})])
        session.execute(insert(Institution), [dict(id=n, name=f"평가기관{n:02d} 주식회사", sector="private",
                                                   kind="evaluation_company", brn=f"{1000000000 + n}",
                                                   representative="대표", address="서울")
                                              for n in range(1, institutes + 1)])
        session.execute(insert(Application), [dict(id=n, number=f"2026-1-{n:03d}", round_id=1, institution_id=n,
                                                   status="designated") for n in range(1, institutes + 1)])
        session.execute(insert(Decision), [dict(id=n, application_id=n, outcome="designated", status="issued",
                                                year=2026, sequence=n, drafted_by_id=1, drafted_at=moment)
                                           for n in range(1, institutes + 1)])
        session.execute(insert(RegistryEntry), [dict(id=n, institution_id=n, decision_id=n, designated_on=moment.date())
                                                for n in range(1, institutes + 1)])
    return database


def _rows(n: int, institutes: int, seed: int) -> list[list[str]]:
    from tests.domain.reports.report_rows import row

    rng = random.Random(seed)
    start = date(2024, 11, 1)
    rows = []
    for k in range(n):
        issue = start + timedelta(days=rng.randrange(700))
        rows.append(row(f"제2026-{rng.randint(1, institutes):04d}호", f"B-{k:07d}",
                        (issue - timedelta(days=9)).isoformat(), issue.isoformat(),
                        (issue + timedelta(days=rng.randint(1, 40))).isoformat(),
                        amount=f"{rng.randint(1, 900) * 10_000_000:,}"))
    return rows


def bench_report_import(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from desktop.core.progress import run_to_end
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.reports.importing import import_reports
    from tests.benchmarks.run import Figure
    from tests.domain.reports.report_rows import xlsx_bytes

    data = xlsx_bytes(_rows(10_000, 40, 10_000))
    ours, floor = [], []
    for k in range(repeat):
        database = _register_database(folder, f"bench-import-{k}.sqlite3")
        start = time.perf_counter()
        with database.transaction() as session:
            result = run_to_end(import_reports(session, Actor.command_line(), "bench.xlsx", data))
        ours.append(time.perf_counter() - start)
        assert result.imported == 10_000, result.problems[:3]
        database.dispose()
        start = time.perf_counter()
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
        floor.append(time.perf_counter() - start)
        assert len(rows) == 10_001
    return Figure("report_import_10000", statistics.median(ours), statistics.median(floor),
                  f"10,000 rows of XLSX checked and inserted, × {repeat}; floor: openpyxl reading the workbook alone")


def bench_report_filter(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import insert, or_, select

    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.institutions.models import Institution
    from desktop.domain.reports.models import EvaluationReport
    from desktop.domain.reports.register import RegisterFilter, register_batch, register_count
    from desktop.ui.pages.reports.model import ReportsTableModel
    from tests.benchmarks.run import Figure

    app = QApplication.instance() or QApplication([])
    database = _register_database(folder, "bench-filter.sqlite3", 60)
    rng = random.Random(100_000)
    with database.transaction() as session:
        session.execute(insert(EvaluationReport), [dict(
            institution_id=rng.randint(1, 60), report_number=f"R-{k:07d}", valuation_date=date(2025, 1, 1),
            issue_date=date(2025, 1, 2) + timedelta(days=k % 600),
            filing_date=date(2025, 1, 9) + timedelta(days=k % 600),
            filing_deadline=date(2025, 2, 3) + timedelta(days=k % 600), late=k % 14 == 0, subject_kind="invention",
            subject_status="registered", subject_origin="domestic", purpose="collateral_loan", method="income",
            amount_won=100_000_000, content_sha256="0" * 64) for k in range(100_000)])
    actor = Actor.command_line()

    def batch(wanted: RegisterFilter, offset: int, limit: int):  # type: ignore[no-untyped-def]
        with database.read() as session:
            return register_batch(session, actor, wanted, offset, limit)

    def count(text: str) -> int:
        with database.read() as session:
            return register_count(session, actor, RegisterFilter(search=text))

    model = ReportsTableModel()
    model.set_loader(batch)
    model.set_filter(RegisterFilter())
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    app.processEvents()
    keystrokes = ["평", "평가", "평가기관", "평가기관1", "평가기관12", "r", "r-", "r-00", "r-0012", "r-00123"]

    def sql(text: str) -> int:
        query = f"%{text}%"
        with database.read() as session:
            return len(session.execute(select(EvaluationReport.id).join(Institution).where(or_(
                Institution.name.like(query), EvaluationReport.report_number.like(query)))).all())

    for text in keystrokes:
        model.set_filter(RegisterFilter(search=text))
        assert count(text) == sql(text) and model.rowCount() == min(sql(text), 200), text
    ours, counts, floor = [], [], []
    for _ in range(repeat):
        for text in keystrokes:
            start = time.perf_counter()
            model.set_filter(RegisterFilter(search=text))
            app.processEvents()  # the view repaints what it shows
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            count(text)  # the page counts once typing pauses
            counts.append(time.perf_counter() - start)
            start = time.perf_counter()
            sql(text)
            floor.append(time.perf_counter() - start)
        model.set_filter(RegisterFilter())
    view.close()
    database.dispose()
    return Figure("report_filter_keystroke", statistics.median(ours), statistics.median(floor),
                  f"100,000 reports, {len(keystrokes)} keystrokes × {repeat} with the view repainting, slowest "
                  f"{max(ours) * 1000:.0f} ms (the first batch read, shown); the count once typing pauses "
                  f"{statistics.median(counts) * 1000:.0f} ms; floor: SQL LIKE, same rows")
