"""Printing or saving every document of a round off the GUI thread, with progress and cancel.

``produce`` is the generator that ``desktop.ui.tasks.run_with_progress`` drives in a worker: it issues (or
reproduces) each document in its own unit of work and hands the bytes to a sink — a print job on the chosen
printer, or a ZIP archive written to a temporary name and renamed only when complete.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from desktop.core.files import PendingFile, write_error
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor
from desktop.issuing.batch import DocumentRequest, file_name, iter_issued
from desktop.issuing.issue import IdentitySource
from desktop.ui.i18n import Plural
from desktop.ui.widgets.pdf_preview import PdfPrintJob

translate = QCoreApplication.translate
ZIP_DATE = (2000, 1, 1, 0, 0, 0)  # fixed, so the same documents give the same archive


class Sink(Protocol):
    def start(self) -> None: ...
    def add(self, name: str, pdf: bytes) -> None: ...
    def finish(self) -> str: ...
    def abort(self) -> None: ...


class ZipSink:
    """Every document as a PDF file in one ZIP archive (stored, not recompressed: PDFs are compressed).

    The archive is written to a hidden temporary file beside the target and renamed only when complete.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.output: PendingFile | None = None
        self.archive: zipfile.ZipFile | None = None
        self.names: list[str] = []

    def start(self) -> None:
        self.output = PendingFile(self.path)  # a target that cannot be written is refused before any issue
        self.archive = zipfile.ZipFile(self.output.stream, "w", zipfile.ZIP_STORED)

    def add(self, name: str, pdf: bytes) -> None:
        assert self.archive is not None and self.output is not None
        info = zipfile.ZipInfo(name, ZIP_DATE)
        info.compress_type = zipfile.ZIP_STORED
        try:
            self.archive.writestr(info, pdf)
        except OSError as error:
            raise write_error(self.output.path, error) from error
        self.names.append(name)

    def finish(self) -> str:
        assert self.archive is not None and self.output is not None
        try:
            self.archive.close()
        except OSError as error:
            raise write_error(self.output.path, error) from error
        self.output.publish()
        return str(self.path)

    def abort(self) -> None:
        if self.archive is not None:
            with contextlib.suppress(OSError):  # the disk that failed the archive may fail its end too
                self.archive.close()
        if self.output is not None:
            self.output.discard()


class PrintSink:
    """Every document, page after page, as one job on the printer chosen in the print dialog."""

    def __init__(self, printer: QPrinter) -> None:
        self.job = PdfPrintJob(printer)
        self.printer = printer

    def start(self) -> None:
        self.job.start()

    def add(self, name: str, pdf: bytes) -> None:
        self.job.add(pdf)

    def finish(self) -> str:
        self.job.finish()
        return self.printer.printerName() or self.printer.outputFileName()

    def abort(self) -> None:
        self.job.abort()


@dataclass(frozen=True)
class BatchResult:
    documents: int
    new_issues: int
    target: str


def produce(database: Database, actor: Actor, requests: Sequence[DocumentRequest], sink: Sink,
            identity: IdentitySource | None = None) -> Generator[tuple[int, int, str], None, BatchResult]:
    """Issue and hand over each document; yields (done, total, message); cancelling aborts the sink.

    ``identity`` signs what is issued now (unlocked beforehand, on the GUI thread)."""
    total = len(requests)
    yield 0, total, Plural.tr("Preparing %n document(s)…", "", total)
    sink.start()
    done = new = 0
    finished = False
    try:
        for request, issued in iter_issued(database, actor, requests, identity):
            sink.add(file_name(request.kind, issued.number, request.label, request.language), issued.data)
            done += 1
            new += issued.new
            yield done, total, translate("RoundBatch", "{done} of {total}: {number} {name}").format(
                done=done, total=total, number=issued.number, name=request.label)
        target = sink.finish()
        finished = True
    finally:
        if not finished:
            sink.abort()
    return BatchResult(done, new, target)
