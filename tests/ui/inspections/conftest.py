"""Fixtures for the inspection GUI: a recording dialog service, demo contexts, the demo's next inspection."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.domain.inspections.models import Inspection, InspectionStatus

PDF = b"%PDF-1.4 photo sheet of the archive"


@pytest.fixture
def next_inspection_id(demo_database: Database) -> int:
    """The demo's scheduled inspection: the one an inspector fills in next."""
    with demo_database.read() as session:
        return session.scalars(select(Inspection.id).where(Inspection.status == InspectionStatus.SCHEDULED)).one()


@pytest.fixture
def evidence_file(tmp_path: Path) -> Path:
    path = tmp_path / "archive-photo.pdf"
    path.write_bytes(PDF)
    return path
