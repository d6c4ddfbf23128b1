"""A PostgreSQL server of one test module alone (never the shared one): initdb into a temporary folder, started on
a free port of 127.0.0.1, stopped and started at will, deleted afterwards. Skips with the reason when the server
binaries are missing, or when running as root without a ``postgres`` system user to run it as."""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def _postgres_binaries() -> Path | None:
    chosen = os.environ.get("DESIGNATION_REVIEW_PG_BIN")
    candidates = [Path(chosen)] if chosen else sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return next((c for c in candidates if (c / "initdb").is_file() and (c / "pg_ctl").is_file()), None)


@dataclass
class PrivateServer:
    """A PostgreSQL cluster of this test alone, in a temporary folder, on a free port of 127.0.0.1."""

    bin: Path
    folder: Path
    port: int
    owner: str | None  # run the server's commands as this system user (root may not run PostgreSQL)
    options: tuple[str, ...] = field(default=())  # extra ``-c name=value`` settings

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        line = [str(self.bin / command[0]), *command[1:]]
        if self.owner is not None:
            line = ["su", self.owner, "-c", shlex.join(line)]
        subprocess.run(line, check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.folder / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")

    def start(self) -> None:
        options = " ".join([f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                            *(f"-c {o}" for o in self.options)])
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-o", options, "-l", str(self.folder / "log"), "-w",
                  "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")

    def own(self, path: Path, mode: int = 0o600) -> None:
        """Give a file (e.g. the server's TLS key) to the server's system user, readable by it alone."""
        if self.owner is not None:
            account = pwd.getpwnam(self.owner)
            os.chown(path, account.pw_uid, account.pw_gid)
        os.chmod(path, mode)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def private_server(prepare_files=None, options: tuple[str, ...] = ()) -> Iterator[PrivateServer]:  # type: ignore[no-untyped-def]
    """A started private server; ``prepare_files(server)`` runs after initdb and before the start (e.g. to write
    TLS certificates into ``server.folder``)."""
    binaries = _postgres_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin")
    owner = None
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' system user to run a private server as")
        owner = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="review-pg-", dir="/tmp"))
    if owner is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    server = PrivateServer(binaries, folder, _free_port(), owner, options)
    try:
        server.init()
        if prepare_files is not None:
            prepare_files(server)
        server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"a private PostgreSQL server could not be started: {error}")
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):  # stopped already
            server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
