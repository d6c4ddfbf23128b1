"""File → Verify document…: is a PDF file an unaltered document we issued, and which record is it?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.issuing.verify import VerificationReport, verify_pdf
from desktop.ui.context import AppContext
from desktop.ui.dialogs.service import DialogService

translate = QCoreApplication.translate


def verify_paths(context: AppContext, paths: list[Path]) -> list[tuple[Path, VerificationReport | OSError]]:
    """Each file's report (or the error that kept it from being read)."""
    results: list[tuple[Path, VerificationReport | OSError]] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as error:
            results.append((path, error))
            continue
        with context.reading() as session:
            results.append((path, verify_pdf(session, context.actor, data)))
    return results


def describe(results: list[tuple[Path, VerificationReport | OSError]]) -> str:
    lines = []
    for path, result in results:
        if isinstance(result, OSError):
            text = translate("VerifyDocument", "The file could not be read: {reason}").format(
                reason=result.strerror or result)
        else:
            text = result.message()
        lines.append(f"{path.name}\n{text}")
    return "\n\n".join(lines)


def verify_documents(parent: QWidget | None, context: AppContext,
                     dialogs: DialogService) -> list[tuple[Path, VerificationReport | OSError]]:
    """Ask for PDF files, verify each, and say the outcome (an error box when any file fails)."""
    title = translate("VerifyDocument", "Verify document")
    paths = dialogs.open_files(parent, translate("VerifyDocument", "Choose the PDF files to verify"),
                               translate("VerifyDocument", "PDF documents (*.pdf)"))
    if not paths:
        return []
    try:
        results = verify_paths(context, paths)
    except Exception as error:
        dialogs.show_error(parent, error)
        return []
    if all(not isinstance(r, OSError) and r.valid for _, r in results):
        dialogs.info(parent, describe(results), title)
    else:
        dialogs.error(parent, describe(results), title)
    return results
