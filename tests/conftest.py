"""Shared fixtures: the project's clock pinned to one reference day, a fresh migrated database per test, the demo
database (built once for that day, copied per test), and an actor of each role.

Nothing here reads the real calendar: the suite gives the same results on any day (``.ci/run`` runs part of it
again under a shifted system date to prove it)."""

import locale
import os
import shutil
import time as _time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The password of the demo's DEMO signing key (desktop/demo/certificates.py), as a headless command reads it.
os.environ.setdefault("DESIGNATION_REVIEW_SIGNING_PASSWORD", "demo-signing-2026")

from desktop.core.clock import KST, set_clock
from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.users.service import actor_for


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """Argon2 with minimal cost in tests only (the production parameters are argon2-cffi's defaults)."""
    from argon2 import PasswordHasher

    from desktop.domain.users import service

    original = service._hasher
    service._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    service._hasher = original


@pytest.fixture(autouse=True)
def _private_log_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log of every test goes to a folder of its own, never to the user's log folder; hooks are given back."""
    from desktop.core import logs

    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(folder))
    yield folder
    logs.stop_logging()
    logs.set_unexpected_error_reporter(None)


@pytest.fixture(autouse=True)
def _private_backup_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Automatic backups (the day's first login) go to a folder of the test's own, never the user's data folder."""
    from desktop.db.backup.automatic import ENV_BACKUP_DIR

    folder = tmp_path_factory.mktemp("backups")
    monkeypatch.setenv(ENV_BACKUP_DIR, str(folder))
    return folder


DEMO_DAY = date(2026, 11, 25)
"""The day the demo database of the tests is built for, and the day every test runs on by the project's clock."""
REFERENCE_MOMENT = datetime.combine(DEMO_DAY, time(10), KST)


def reference_clock(start: datetime = REFERENCE_MOMENT):
    """A clock that starts at ``start`` and runs on with real elapsed time (so records keep their order)."""
    began = _time.monotonic()
    return lambda: start + timedelta(seconds=_time.monotonic() - began)


@pytest.fixture(autouse=True)
def _pinned_clock() -> Iterator[None]:
    """Every test runs on ``DEMO_DAY`` at 10:00 Korean time by the project's clock, whatever the real date is."""
    set_clock(reference_clock())
    yield
    set_clock(None)


POSTGRES_URL = os.environ.get("DESIGNATION_REVIEW_TEST_POSTGRES")
"""A PostgreSQL database the tests may wipe (``.ci/run`` sets it when the machine has a server); None: skipped."""


def fresh_postgres(*, demo: bool = False) -> Database:
    """The PostgreSQL test database wiped and migrated, with the demo built for ``DEMO_DAY`` when asked."""
    from desktop.demo.reset import reset_database

    assert POSTGRES_URL, "no PostgreSQL server configured"
    database = Database(POSTGRES_URL)
    upgrade(database)
    database = reset_database(database)
    if demo:
        from desktop.demo.builder import build_demo

        build_demo(database, DEMO_DAY)
    return database


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


ENGINES = ("sqlite", "postgres") if POSTGRES_URL else ("sqlite",)
"""The engines the ``database`` and ``demo_database`` fixtures give: PostgreSQL too when a server is configured."""
ON_EVERY_ENGINE = ("domain", "cli", "issuing", "demo")
"""The folders under tests/ whose tests run once per engine; the rest (the GUI, the SQLite file itself) on SQLite."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test of ``ON_EVERY_ENGINE`` that uses a database runs on each of ``ENGINES`` (ids ``[sqlite]``,
    ``[postgres]``), unless it is marked ``sqlite_only`` (it is about the SQLite file itself)."""
    if "database_engine" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if Path(metafunc.definition.path).relative_to(Path(__file__).parent).parts[0] in ON_EVERY_ENGINE:
        metafunc.parametrize("database_engine", ENGINES, indirect=True)


@pytest.fixture(autouse=True, scope="module")
def _the_configured_postgres_database_alone(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test module that wipes the one configured PostgreSQL database itself (not a copy of its own) holds a lock
    on it from before its fixtures until after them, so two test processes (xdist) never wipe it under each
    other; the other modules are not held back."""
    module = request.module
    if not POSTGRES_URL or not (getattr(module, "URL", None) == POSTGRES_URL or hasattr(module, "fresh_postgres")):
        yield
        return
    try:
        import fcntl
    except ImportError:  # not POSIX: the suite runs in one process there
        yield
        return
    import hashlib
    import tempfile

    name = hashlib.sha256(POSTGRES_URL.encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"designation-review-tests-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture
def database_engine(request: pytest.FixtureRequest) -> str:
    """The engine of the test's ``database`` / ``demo_database``: "sqlite" unless parametrized above."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_copies(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """This test process's PostgreSQL templates (migrated; demo) and a copy of one per test."""
    from tests.postgres_copies import PostgresCopies

    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server configured (DESIGNATION_REVIEW_TEST_POSTGRES)")
    copies = PostgresCopies(POSTGRES_URL, tmp_path_factory.mktemp("postgres"))
    yield copies
    copies.close()


def _migrated(database: Database, _folder: Path) -> None:
    upgrade(database)


def _with_demo(database: Database, folder: Path) -> None:
    """The demo for ``DEMO_DAY``, its signing key in this process's own folder (not the user data folder)."""
    from desktop.demo import builder

    upgrade(database)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builder, "demo_certificate_file", lambda _database: folder / "demo")
        builder.build_demo(database, DEMO_DAY)


def _postgres_copy(request: pytest.FixtureRequest, kind: str, fill) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    copies = request.getfixturevalue("postgres_copies")
    name = copies.copy(copies.template(kind, fill))
    db = Database(copies.url_of(name))
    yield db
    db.dispose()
    copies.drop(name)


@pytest.fixture
def database(database_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty database migrated to head (on the test's engine)."""
    if database_engine == "postgres":
        yield from _postgres_copy(request, "migrated", _migrated)
        return
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(request.getfixturevalue("migrated_template"), path)
    db = Database(_sqlite_url(path))
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite file migrated to head once per test process (a copy takes 5 ms, migrating ~1 s)."""
    path = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
    db = Database(_sqlite_url(path))
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture
def postgres_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty PostgreSQL database at head of the test's own, for tests about the server itself."""
    yield from _postgres_copy(request, "migrated", _migrated)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite demo file, built once per test process (tests about the file copy it themselves)."""
    from desktop.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(_sqlite_url(path))
    upgrade(db)
    build_demo(db, DEMO_DAY)
    db.dispose()
    return path


@pytest.fixture
def demo_database(database_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A private copy of the demo database (on the test's engine)."""
    if database_engine == "postgres":
        yield from _postgres_copy(request, "demo", _with_demo)
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("demo_template"), path)
    db = Database(_sqlite_url(path))
    yield db
    db.dispose()


def actor_named(database: Database, username: str) -> Actor:
    from sqlalchemy import select

    with database.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return actor_for(user)


@pytest.fixture
def demo_actors(demo_database: Database) -> dict[str, Actor]:
    """Demo actors by user name: admin, secretariat, inspector, inspector2, member, chair, approver, reviewer."""
    from sqlalchemy import select

    with demo_database.read() as session:
        return {u.username: actor_for(u) for u in session.scalars(select(User))}


@pytest.fixture
def role_actor() -> "callable":
    """Make an actor of a role without a user row (for permission checks that refuse before any lookup)."""

    def make(role: Role, user_id: int = 999) -> Actor:
        return Actor(user_id, role.value, role.value, role)

    return make


@pytest.fixture
def korean_lc_time():
    """LC_TIME set to Korean, as a QApplication does on a Korean desktop (``.ci/run`` generates the locale)."""
    previous = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "ko_KR.UTF-8")
    except locale.Error:
        pytest.skip("the ko_KR.UTF-8 locale is not installed on this machine")
    assert date(2026, 7, 15).strftime("%B") == "7월"  # the trap the English date must avoid
    yield
    locale.setlocale(locale.LC_TIME, previous)


class _FillingDisk:
    """A stream on a disk with ``room`` bytes left: what does not fit fails with ENOSPC, as on a real full disk."""

    def __init__(self, stream, room: int) -> None:  # type: ignore[no-untyped-def]
        self.stream, self.room = stream, room

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        import errno

        fits = max(0, min(len(data), self.room))
        self.stream.write(bytes(data[:fits]))
        self.stream.flush()
        self.room -= fits
        if fits < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return len(data)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.stream, name)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file written through ``desktop.core.files`` finds the disk full after its first 1,000 bytes."""
    from desktop.core import files

    real = files._open_for_writing
    monkeypatch.setattr(files, "_open_for_writing", lambda descriptor: _FillingDisk(real(descriptor), 1000))

