"""The demo's registry after designation: a representative change, an address move, a merger and review dates,
recorded through the registry services as the secretariat would have, each with its evidence."""

import io
from collections.abc import Callable
from datetime import date, timedelta

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.changes import ChangeInput, record_change, set_review_date
from desktop.domain.registry.models import MergerRole, RegistryChangeKind, RegistryEntry

K = RegistryChangeKind
# (institute, days after its designation, kind, new value, merger role, evidence file, note)
CHANGES = (
    ("누리특허법인", 41, K.REPRESENTATIVE, "윤태오", None, "법인등기사항증명서_대표변경.pdf",
     "대표변경 신고(정관 및 이사회 의사록 첨부)"),
    ("가온특허법인", 63, K.ADDRESS, "서울특별시 강남구 테헤란로 311, 7층", None, "사무소이전_신고서.pdf",
     "사무소 이전(서초구 → 강남구)"),
    ("바른아이피평가 주식회사", 88, K.MERGER, "새솔기술평가 주식회사", MergerRole.ABSORBED, "합병등기_증명서.pdf",
     "흡수합병: 평가인력 4명 승계"),
)


def _evidence(title: str) -> bytes:
    """A one-page PDF standing in for the scanned evidence."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setTitle(title)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, "Evidence of a registry change (demo, fictional)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def record_registry_life(session: Session, secretariat: Actor, move_clock: Callable[[date, int], None],
                         real_today: date) -> None:
    """Record the changes a few days after each took effect, and two review dates (one due within 30 days)."""
    entries = {name: entry for entry, name in session.execute(
        select(RegistryEntry, Institution.name).join(Institution, Institution.id == RegistryEntry.institution_id))}
    for name, after, kind, value, role, filename, note in CHANGES:
        entry = entries.get(name)
        if entry is None:
            continue
        effective = entry.designated_on + timedelta(days=after)
        move_clock(min(effective + timedelta(days=3), real_today - timedelta(days=22)), 14)
        record_change(session, secretariat, entry.id, ChangeInput(kind, effective, value, filename,
                                                                  _evidence(filename), note, role))
    for name, review_on in (("한국성장금융은행", real_today + timedelta(days=18)),
                            ("국립지식재산평가원", real_today + timedelta(days=200))):
        if name in entries:
            set_review_date(session, secretariat, entries[name].id, review_on)
