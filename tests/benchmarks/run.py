"""Benchmarks: each figure beside a floor measured in the same run (figures, never pass/fail).

    python tests/benchmarks/run.py [--repeat N] [--json FILE] [--only NAME ...]

Prints one line per benchmark: name, seconds, floor seconds, ratio; ``--json`` writes
``[{"name", "seconds", "floor_seconds", "ratio", "note"}]``. The demo database is built for a fixed day
(``DEMO_DAY``), so the same command measures the same records on any day. ``.ci/run`` runs it once with
``--repeat 1`` so it cannot rot; the times are printed, never judged.
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


DEMO_DAY = "2026-11-25"  # the day the tests' demo stands on (tests/conftest.py)


def demo_database(folder: Path) -> str:
    path = folder / "bench-demo.sqlite3"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--database", str(path), "demo", "--date", DEMO_DAY],
                       check=True, capture_output=True, cwd=ROOT)
    return str(path)


def issued_decision_ids(session, actor) -> list[int]:  # type: ignore[no-untyped-def]
    """The demo's issued decisions (its open round also holds a draft waiting for the approver: not printable)."""
    from desktop.domain.decisions.service import list_decisions

    return [row.id for row in list_decisions(session, actor) if row.number]


# --- start-up ----------------------------------------------------------------------------------------------------

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1200, 800); window.show()
app.processEvents()
print("READY", flush=True)
"""

# The real command, `designation-review --database URL`, until its first window (the login) is shown; the process
# ends there (the database may still be opening on its worker thread: that is the point).
APP_LOGIN = """
import os, sys
from desktop.ui.dialogs import accounts
shown = accounts.LoginDialog.showEvent
def on_show(self, event):
    shown(self, event)
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    print("READY", flush=True)
    os._exit(0)
accounts.LoginDialog.showEvent = on_show
from desktop.cli import main
main(["--database", sys.argv[1]])
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
from desktop.domain.users.service import actor_for
with database.read() as s:
    actor = actor_for(s.scalars(select(User).where(User.username == sys.argv[2])).one())
session = Session(database, "ko", settings)
session.open_window(actor)
app.processEvents()
print("READY", flush=True)
"""


def _time_child(code: str, *args: str, environment: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT, env=environment)
    for line in process.stdout:  # type: ignore[union-attr]
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            process.kill()
            process.wait()
            return elapsed
    raise RuntimeError(process.stderr.read())  # type: ignore[union-attr]


def bench_startup_login(folder: Path, repeat: int) -> Figure:
    """Process start (the ``designation-review`` command) to its shown login window vs a bare PySide6 window."""
    from tests.benchmarks.document_command import cached_bytecode

    url, installed = demo_database(folder), cached_bytecode(folder)
    _time_child(APP_LOGIN, url, environment=installed)  # bytecode cached, the files in the OS cache
    _time_child(BARE_WINDOW, environment=installed)
    apps, bares = [], []
    for _ in range(repeat):  # alternating, so that a slower minute of a shared machine weighs on both
        apps.append(_time_child(APP_LOGIN, url, environment=installed))
        bares.append(_time_child(BARE_WINDOW, environment=installed))
    app, bare = statistics.median(apps), statistics.median(bares)
    return Figure("startup_to_login_window", app, bare, f"median of {repeat} process starts, bytecode cached as "
                  "installed; target ≤ 1.5× the floor")


# After the login: the database already open (it opened while the person typed), the person's main window built,
# shown and its first page loaded, in a fresh process; the floor is a bare QMainWindow shown in the same process.
LOGIN_TO_WINDOW = """
import sys, time
from desktop.app import Session, _application, install_korean_font, open_database
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from desktop.ui.i18n import install_translators
app = _application()
install_korean_font(app)
install_translators("ko")
database = open_database(sys.argv[1])
from sqlalchemy import select
from desktop.domain.accounts.models import User
from desktop.domain.users.service import actor_for
with database.read() as s:
    actor = actor_for(s.scalars(select(User).where(User.username == sys.argv[2])).one())
from desktop.ui.opening import warm_up
warm_up()  # what the opening thread does while the person types (desktop/ui/opening.py)
start = time.perf_counter()
bare = QMainWindow(); bare.setCentralWidget(QLabel("bare")); bare.resize(1200, 800); bare.show()
app.processEvents()
floor = time.perf_counter() - start
start = time.perf_counter()
session = Session(database, "ko", QSettings(sys.argv[3], QSettings.Format.IniFormat))
session.open_window(actor)
app.processEvents()
print("TIMES", time.perf_counter() - start, floor, flush=True)
"""


def bench_login_to_window(folder: Path, repeat: int) -> Figure:
    """Logging in to a shown, populated main window (its first page loaded) in a fresh process vs a bare window."""
    url = demo_database(folder)
    runs = []
    for n in range(repeat + 1):  # the first warms the OS file cache
        result = subprocess.run([sys.executable, "-c", LOGIN_TO_WINDOW, url, "secretariat", str(folder / f"w{n}.ini")],
                                capture_output=True, text=True, cwd=ROOT, check=True)
        line = next(line for line in result.stdout.splitlines() if line.startswith("TIMES"))
        runs.append(tuple(float(x) for x in line.split()[1:]))
    ours = statistics.median(r[0] for r in runs[1:])
    floor = statistics.median(r[1] for r in runs[1:])
    return Figure("login_to_main_window", ours, floor, f"median of {repeat} fresh processes; target ≤ 250 ms")


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
    from desktop.domain.decisions.service import decision_notice
    from desktop.domain.settings.service import get_settings

    database = Database(f"sqlite:///{demo_database(folder)}")
    actor = Actor.command_line()
    with database.read() as session:
        decision_id = issued_decision_ids(session, actor)[-1]
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


# --- recomputing a round of committee results ------------------------------------------------------------------

def bench_recompute_round(folder: Path, repeat: int) -> Figure:
    """Recompute 30 applicants × 9 members × 20 criteria from stored inputs (exact decimals, trimmed mean, pass
    rules, fairness flags, normalisation, ranking) vs the bare trimmed-mean arithmetic in plain floats."""
    import random
    from decimal import Decimal

    from desktop.domain.applications.models import AggregationMethod
    from desktop.domain.scoring.criteria import CriteriaSheet, Criterion
    from desktop.domain.scoring.fairness import RankInput, normalised_totals, outlier_sheets, ranking, wide_spreads
    from desktop.domain.scoring.rules import SheetScores, aggregate

    rng = random.Random(30)
    sheet_def = CriteriaSheet("bench", "", "", tuple(Criterion(str(n + 1), Decimal(5), "", "") for n in range(20)),
                              tie_break=("1", "4"))
    stored = [[{"member": chr(ord("A") + m), "scores": {str(c + 1): str(rng.randint(0, 10) / 2) for c in range(20)}}
               for m in range(9)] for _ in range(30)]

    def ours() -> object:
        by_applicant, rows = {}, []
        for n, inputs in enumerate(stored):
            sheets = [SheetScores(i["member"], {k: Decimal(v) for k, v in i["scores"].items()}) for i in inputs]
            agg = aggregate(sheets, sheet_def, AggregationMethod.TRIMMED_MEAN, Decimal(70))
            outlier_sheets(sheets, Decimal(15))
            wide_spreads(sheets, sheet_def, Decimal("0.3"))
            by_applicant[n] = sheets
            rows.append(RankInput(n, agg.total, agg.criteria))
        normalised_totals(by_applicant)
        return ranking(rows, sheet_def.tie_break)

    def floor() -> object:
        out = []
        for inputs in stored:
            sheets = sorted(([float(v) for v in i["scores"].values()] for i in inputs), key=sum)[1:-1]
            out.append((sum(sum(s) for s in sheets) / len(sheets),
                        [sum(s[c] for s in sheets) / len(sheets) for c in range(20)]))
        return sorted(out, reverse=True)

    ours()
    mine = median_time(ours, max(repeat, 5))
    bare = median_time(floor, max(repeat, 5))
    return Figure("recompute_round", mine, bare, f"30×9×20, median of {max(repeat, 5)}; floor: float trimmed means")


# --- search as you type over 10,000 applications ----------------------------------------------------------------

def bench_application_search(folder: Path, repeat: int) -> Figure:
    """Median latency per keystroke of the Applications page's filter proxy over 10,000 loaded rows vs a plain SQL
    LIKE query returning the same rows (checked equal), both typing the same name and registration number."""
    import random
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import insert, or_, select

    from desktop.db.engine import Database
    from desktop.db.migrate import upgrade
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.applications.models import Application, Round
    from desktop.domain.applications.service import list_applications
    from desktop.domain.institutions.models import Institution
    from desktop.ui.models.applications import NUMBER, ApplicationsFilterProxy, ApplicationsTableModel

    app = QApplication.instance() or QApplication([])
    database = Database(f"sqlite:///{folder / 'bench-search.sqlite3'}")
    upgrade(database)
    rng = random.Random(10_000)
    syllables = "가나다라마바사아자차카타파하한국기술가치평가연구원특허법인지식재산금융"
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with database.transaction() as session:
        session.execute(insert(Round), [dict(id=1, code="2026-9", title="bench", period_start=now.date(),
                                             period_end=now.date(), deadline=now, criteria_version="2026.1",
                                             checklist_version="2026.1", settings={})])
        session.execute(insert(Institution), [dict(
            id=n, name="".join(rng.choice(syllables) for _ in range(rng.randint(4, 9))) + " 주식회사",
            sector="private", kind="evaluation_company", brn=f"{rng.randrange(10**9, 10**10)}", representative="대표",
            address="서울") for n in range(1, 10_001)])
        session.execute(insert(Application), [dict(
            id=n, number=f"2026-9-{n:05d}", round_id=1, institution_id=n, status="submitted",
            received_at=now + timedelta(minutes=n)) for n in range(1, 10_001)])
    with database.read() as session:
        rows = list_applications(session, Actor.command_line())
        sample = session.get_one(Institution, 4321)
        name, brn = sample.name, sample.brn or ""
    model = ApplicationsTableModel()
    model.set_rows(rows)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(NUMBER)  # as the page shows it: sorted by number
    keystrokes = [name[:n] for n in range(1, 5)] + [f"{brn[:3]}-{brn[3:5]}"[:n] for n in range(1, 7)]

    def sql(text: str) -> int:
        query = text.strip().casefold()
        digits = query.replace("-", "").replace(" ", "")
        conditions = [Institution.name.like(f"%{query}%"), Application.number.like(f"%{query}%")]
        if digits.isdigit():
            conditions.append(Institution.brn.like(f"%{digits}%"))
        with database.read() as session:
            return len(session.execute(select(Application.id).join(Institution).where(or_(*conditions))).all())

    for text in keystrokes:  # the same rows, keystroke by keystroke
        proxy.set_search(text)
        assert proxy.rowCount() == sql(text), text
    proxy_times, sql_times = [], []
    for _ in range(repeat):
        for text in keystrokes:
            start = time.perf_counter()
            proxy.set_search(text)
            proxy.rowCount()
            proxy_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            sql(text)
            sql_times.append(time.perf_counter() - start)
        proxy.set_search("")
    database.dispose()
    del app
    return Figure("application_search_keystroke", statistics.median(proxy_times), statistics.median(sql_times),
                  f"10,000 applications sorted by number, {len(keystrokes)} keystrokes × {repeat}, slowest "
                  f"{max(proxy_times) * 1000:.0f} ms; floor: SQL LIKE, same rows")


# --- a batch of 100 decision notices --------------------------------------------------------------------------

def batch_jobs(folder: Path, n: int = 100) -> tuple[list, list[list[list[str]]]]:  # type: ignore[type-arg]
    """``n`` decision notices to render (the demo's, cycled, each with its own code) and the text lines of each page
    of each, which the floors draw."""
    from pypdf import PdfReader

    from desktop.db.engine import Database
    from desktop.documents.decision import render_decision_notice
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.service import decision_notice
    from desktop.domain.issued.codes import make_code
    from desktop.domain.settings.service import get_settings

    database = Database(f"sqlite:///{demo_database(folder)}")
    actor = Actor.command_line()
    with database.read() as session:
        settings = get_settings(session)
        notices = [decision_notice(session, actor, decision_id, settings)
                   for decision_id in issued_decision_ids(session, actor)]
    database.dispose()
    jobs = [(notices[k % len(notices)], make_code(f"bench-{k}")) for k in range(n)]
    pages = [[page.extract_text().splitlines() for page in PdfReader(io.BytesIO(
        render_decision_notice(notice, "ko", code))).pages] for notice, code in jobs]
    return jobs, pages


def bare_document(lines_of_pages: list[list[str]]) -> bytes:
    """A bare ReportLab canvas drawing these lines with our two embedded fonts, invariant and compressed like ours."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    for lines in lines_of_pages:
        for n, line in enumerate(lines):
            canvas.setFont(FONT_BOLD if n in (0, 3) else FONT, 10)
            canvas.drawString(56, 800 - n * 15, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bench_identity(folder: Path):  # type: ignore[no-untyped-def]
    """The demo's signing identity (P-256), loaded as on the demo day."""
    from datetime import date, datetime, time

    from desktop.core.clock import KST, clock_set_to
    from desktop.demo.certificates import create_demo_certificates
    from desktop.issuing.signing import SigningIdentity

    day = date.fromisoformat(DEMO_DAY)
    demo = create_demo_certificates(folder / "bench-demo.sqlite3", day)
    with clock_set_to(lambda: datetime.combine(day, time(10), KST)):
        return SigningIdentity.from_pkcs12(demo.p12_path, demo.password)


def pyhanko_signer(identity):  # type: ignore[no-untyped-def]
    """Plain pyHanko with the identity's key: its SimpleSigner and PdfSigner (PAdES, SHA-256), nothing of ours."""
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from desktop.issuing.signing import asn1_certificate, asn1_private_key

    registry = SimpleCertificateStore()
    registry.register_multiple([asn1_certificate(c) for c in identity.chain])
    signer = SimpleSigner(signing_cert=asn1_certificate(identity.certificate),
                          signing_key=asn1_private_key(identity.private_key), cert_registry=registry)
    return PdfSigner(PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                          subfilter=SigSeedSubFilter.PADES), signer)


def pyhanko_sign(data: bytes, pdf_signer, room: int) -> bytes:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    output = io.BytesIO()
    pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)), output=output, bytes_reserved=room)
    return output.getvalue()


def signed_bare_documents(pages: list[list[list[str]]], identity) -> list[bytes]:  # type: ignore[no-untyped-def]
    """The floor of a signed batch: each bare canvas of ``batch_jobs`` signed by plain pyHanko with the same key
    (one signer for the batch, the signature's room reserved as ours is, so no dummy signing either)."""
    pdf_signer = pyhanko_signer(identity)
    return [pyhanko_sign(bare_document(document), pdf_signer, identity.signature_room) for document in pages]


def bench_batch_decisions(folder: Path, repeat: int) -> Figure:
    """100 decision notices as they are issued — rendered with their verification code and the signed QR payload on
    every page, then signed (facts sealed, pages fingerprinted, PAdES) — vs the floor: 100 bare ReportLab canvases of
    the same page count drawing the same text lines with the same two embedded fonts, invariant and compressed like
    ours, each signed by plain pyHanko with the same key (the demo's 11 notices, cycled, each with its own code)."""
    from desktop.documents.decision import render_decision_notice
    from desktop.documents.layout import VerificationMark
    from desktop.issuing.claims import PayloadFields, encode_payload
    from desktop.issuing.signing import sign_pdf

    identity = bench_identity(folder)
    jobs, pages = batch_jobs(folder)  # the floor's text, untimed

    def issue(notice, code: str) -> bytes:  # type: ignore[no-untyped-def]
        fields = PayloadFields("decision", notice.number, notice.institution_name, notice.registration_number,
                               str(notice.outcome), notice.issued_at.date(), "0" * 64)
        pdf = render_decision_notice(notice, "ko", VerificationMark(code, encode_payload(fields, identity)))
        return sign_pdf(pdf, identity, metadata={"kind": "decision", "number": notice.number,
                                                 "verification_code": code})

    def ours() -> None:
        for notice, code in jobs:
            issue(notice, code)

    def bare() -> None:
        signed_bare_documents(pages, identity)

    ours()  # fonts registered, signer built, caches warm
    mine, floor = median_time(ours, repeat), median_time(bare, repeat)
    page_count = sum(len(p) for p in pages)
    note = (f"100 notices rendered and signed, {page_count} pages, median of {repeat}; floor: bare canvases of the "
            "same text, fonts and page count, signed by plain pyHanko with the same key")
    return Figure("batch_decisions", mine, floor, note)


# --- signing one decision -----------------------------------------------------------------------------------------

def bench_sign_pdf(folder: Path, repeat: int) -> Figure:
    """``sign_pdf`` on one rendered decision notice (its facts sealed, the pages' fingerprint, PAdES B-B) vs plain
    pyHanko signing a bare one-page PDF with the same key; rendering is not timed."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.decision import render_decision_notice
    from desktop.issuing.signing import sign_pdf

    identity = bench_identity(folder)
    jobs, _ = batch_jobs(folder, 1)
    notice, code = jobs[0]
    document = render_decision_notice(notice, "ko", code)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, "bare")
    canvas.showPage()
    canvas.save()
    bare = buffer.getvalue()
    facts = {"kind": "decision", "number": notice.number, "verification_code": code}
    pdf_signer = pyhanko_signer(identity)
    sign_pdf(document, identity, metadata=facts)  # signer built, caches warm
    pyhanko_sign(bare, pdf_signer, identity.signature_room)
    repeat = max(repeat, 10)
    mine = median_time(lambda: sign_pdf(document, identity, metadata=facts), repeat)
    floor = median_time(lambda: pyhanko_sign(bare, pdf_signer, identity.signature_room), repeat)
    return Figure("sign_pdf", mine, floor, f"one notice ({len(document):,} bytes), median of {repeat}; floor: pyHanko "
                  "signing a bare one-page PDF, same P-256 key")


# --- one keystroke of the inspection checklist ------------------------------------------------------------------

def bench_inspection_autosave(folder: Path, repeat: int) -> Figure:
    """One answer key in the checklist form: the answer service in its own transaction (permission, validation,
    finding sync, score, audit) plus the fresh checklist state, vs a bare SQL UPDATE of one row in a transaction."""
    import shutil

    from sqlalchemy import select, text

    from desktop.db.engine import Database
    from desktop.domain.accounts.models import User
    from desktop.domain.inspections.filling import answer_item
    from desktop.domain.inspections.models import Inspection, InspectionStatus
    from desktop.domain.inspections.queries import get_inspection
    from desktop.domain.users.service import actor_for

    path = folder / "bench-inspection.sqlite3"
    shutil.copyfile(demo_database(folder), path)
    database = Database(f"sqlite:///{path}")
    with database.read() as session:
        inspector = actor_for(session.scalars(select(User).where(User.username == "inspector")).one())
        inspection_id = session.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)
                                        ).one()
    answers = iter(["conform", "nonconform"] * 1000)

    def ours() -> object:
        with database.transaction() as session:
            answer_item(session, inspector, inspection_id, "S1", next(answers))
            session.flush()
            return get_inspection(session, inspector, inspection_id)

    def bare() -> None:
        with database.transaction() as session:
            session.execute(text("UPDATE inspection_answers SET response = :r WHERE inspection_id = :i AND "
                                 "item_id = 'S1'"), {"r": next(answers), "i": inspection_id})

    ours()
    repeat = max(repeat, 20)
    mine = median_time(ours, repeat)
    floor = median_time(bare, repeat)
    database.dispose()
    return Figure("inspection_autosave", mine, floor, f"median of {repeat} answers; floor: bare UPDATE + commit")


# --- verifying the audit trail's hash chain ---------------------------------------------------------------------

def bench_audit_verify(folder: Path, repeat: int) -> Figure:
    """``audit verify`` at two sizes (tests/benchmarks/streams.py): time per event constant, beside hashlib alone."""
    from tests.benchmarks.streams import bench_audit_verify as bench

    return bench(folder, repeat)


def bench_change_notice_sqlite(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.live_notice import bench_change_notice_sqlite as bench

    return bench(folder, repeat)


def bench_change_notice_postgres(folder: Path, repeat: int) -> Figure | None:
    """None (skipped) without DESIGNATION_REVIEW_TEST_POSTGRES."""
    from tests.benchmarks.live_notice import bench_change_notice_postgres as bench

    return bench(folder, repeat)


def bench_scoring_refresh(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.live_notice import bench_scoring_refresh as bench

    return bench(folder, repeat)


def bench_report_import(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.reports import bench_report_import as bench

    return bench(folder, repeat)


def bench_report_filter(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.reports import bench_report_filter as bench

    return bench(folder, repeat)


def bench_document_command(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.document_command import bench_document_command as bench

    return bench(folder, repeat, demo_database(folder), ROOT)


def bench_survey_draw(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.surveys import bench_survey_draw as bench

    return bench(folder, repeat)


def bench_decade_build(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.decade import bench_decade_build as bench

    return bench(folder, repeat)


def bench_export_json(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.streams import bench_export_json as bench

    return bench(folder, repeat)


def bench_pages(folder: Path, repeat: int) -> list[Figure]:
    from tests.benchmarks.pages import bench_pages as bench

    return bench(folder, repeat)


def bench_backup(folder: Path, repeat: int) -> Figure:
    from tests.benchmarks.streams import bench_backup as bench

    return bench(folder, repeat)


BENCHMARKS: dict[str, Callable[[Path, int], Figure | list[Figure] | None]] = {
    "startup_login": bench_startup_login,
    "startup": bench_startup,
    "login_to_window": bench_login_to_window,
    "decision_pdf": bench_decision_pdf,
    "document_command": bench_document_command,
    "application_search": bench_application_search,
    "recompute_round": bench_recompute_round,
    "batch_decisions": bench_batch_decisions,
    "sign_pdf": bench_sign_pdf,
    "inspection_autosave": bench_inspection_autosave,
    "audit_verify": bench_audit_verify,
    "change_notice_sqlite": bench_change_notice_sqlite,
    "change_notice_postgres": bench_change_notice_postgres,
    "scoring_refresh": bench_scoring_refresh,
    "report_import": bench_report_import,
    "report_filter": bench_report_filter,
    "survey_draw": bench_survey_draw,
    "decade_build": bench_decade_build,
    "pages": bench_pages,
    "export_json": bench_export_json,
    "backup": bench_backup,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from tests.benchmarks.quiet import quiet_offscreen_warnings

    quiet_offscreen_warnings()  # before any window is shown
    figures = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for name in args.only or BENCHMARKS:
            result = BENCHMARKS[name](folder, args.repeat)
            if result is None:
                print(f"{name:<28} skipped (needs DESIGNATION_REVIEW_TEST_POSTGRES)", flush=True)
                continue
            for figure in result if isinstance(result, list) else [result]:  # a benchmark may give several
                figures.append(figure)
                print(f"{figure.name:<28} {figure.seconds * 1000:9.1f} ms   floor {figure.floor_seconds * 1000:9.1f} "
                      f"ms   ratio {figure.ratio:5.2f}   ({figure.note})", flush=True)
    if args.json:
        args.json.write_text(json.dumps([{**asdict(f), "ratio": round(f.ratio, 3)} for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
