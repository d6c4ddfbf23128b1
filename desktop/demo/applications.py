"""Demo data of the intake and screening area: evidence per requirement, supplement requests with their letters."""

import io
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from desktop.core import i18n
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.attachments import add_attachment
from desktop.domain.applications.models import Application, AttachmentKind
from desktop.domain.screening import supplements
from desktop.domain.screening.rules import evaluate
from desktop.domain.screening.service import facts_of, rule_label
from desktop.domain.settings.catalogue import COUNT_BOTH_GROUPS

if TYPE_CHECKING:
    from desktop.issuing.issue import IdentitySource


@cache
def _korean_catalogue() -> dict[tuple[str, str], str]:
    """The finished Korean translations of the shipped .ts file (read as XML; no Qt needed)."""
    import xml.etree.ElementTree as ET

    from desktop.core.resources import resource_path

    table = {}
    for context in ET.parse(resource_path("translations", "designation_review_ko.ts")).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                table[(name, message.findtext("source", ""))] = translation.text
    return table


@contextmanager
def korean_messages() -> Iterator[None]:
    """Texts the demo stores (deficiencies, reasons) written in Korean, as the secretariat would write them."""
    table = _korean_catalogue()
    previous = i18n._translator
    i18n.install_translator(lambda context, text, n: table.get((context, text), text))
    try:
        yield
    finally:
        i18n.install_translator(previous)


def demo_pdf(title: str) -> bytes:
    """A small, valid one-page PDF standing in for a scanned document."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setTitle(title)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, title)
    canvas.drawString(72, 740, "Demo document (fictional)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def attach_evidence(session: Session, actor: Actor, application_id: int, *, unit: bool = True) -> None:
    """Evidence for the staff, facilities and (when the applicant has one) the dedicated unit."""
    add_attachment(session, actor, application_id, AttachmentKind.STAFF_EVIDENCE, "전문인력_4대보험_가입내역.pdf",
                   demo_pdf(f"Staff evidence {application_id}"), note="상근 전문인력 고용보험 가입 확인")
    add_attachment(session, actor, application_id, AttachmentKind.FACILITY_EVIDENCE, "시설장비_현황.pdf",
                   demo_pdf(f"Facilities {application_id}"))
    if unit:
        add_attachment(session, actor, application_id, AttachmentKind.UNIT_EVIDENCE, "전담조직_직제규정.pdf",
                       demo_pdf(f"Dedicated unit {application_id}"))


def request_with_letter(session: Session, actor: Actor, application_id: int,
                        identity: "IdentitySource") -> supplements.SupplementRow:
    """A supplement request with the round's default deadline; its Korean letter issued as sent."""
    from desktop.domain.issued.models import DocumentKind
    from desktop.issuing.issue import issued_pdf

    draft = supplements.supplement_draft(session, actor, application_id)
    application = session.get_one(Application, application_id)
    with korean_messages():
        results = evaluate(facts_of(application), COUNT_BOTH_GROUPS.of(application.round.settings))
        deficiencies = [f"{rule_label(r.rule)}: {r.reason}" for r in results if not r.passed]
    row = supplements.request_supplement(session, actor, application_id, deficiencies, draft.deadline)
    issued_pdf(session, actor, DocumentKind.SUPPLEMENT_REQUEST, row.id, "ko", identity)
    return row


def expire_overdue(session: Session, actor: Actor) -> list[str]:
    with korean_messages():
        return supplements.expire_overdue(session, actor)


def korean_screening_reasons(session: Session) -> None:
    """Screening reasons read as a Korean screener's run would have written them (the demo builds untranslated).

    Only results whose evaluation still matches rule by rule are rewritten, so no judgement changes.
    """
    from sqlalchemy import select

    from desktop.domain.screening.models import ScreeningResult

    with korean_messages():
        for result in session.scalars(select(ScreeningResult)):
            application = session.get_one(Application, result.application_id)
            fresh = evaluate(facts_of(application), result.count_both_groups)
            if [(r.rule, r.passed) for r in fresh] != [(i["rule"], i["passed"]) for i in result.rules]:
                continue
            result.rules = [{**item, "reason": r.reason} for item, r in zip(result.rules, fresh, strict=True)]
