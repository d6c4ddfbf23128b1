"""Fixtures for the printed documents: decision notices from the demo database and PDF readers."""

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from desktop.domain.decisions.models import DecisionOutcome, DecisionStatus
from desktop.domain.decisions.service import DecisionNotice, decision_notice, list_decisions
from desktop.domain.settings.service import get_settings


@pytest.fixture
def notices(demo_database, demo_actors) -> dict[str, DecisionNotice]:
    """One issued notice of each outcome: ``designated`` and ``not_designated``."""
    approver = demo_actors["approver"]
    with demo_database.read() as session:
        settings = get_settings(session)
        rows = [r for r in list_decisions(session, approver) if r.status == DecisionStatus.ISSUED]
        found = {}
        for outcome in DecisionOutcome:
            row = next(r for r in rows if r.outcome == outcome)
            found[outcome.value] = decision_notice(session, approver, row.id, settings)
    return found


@pytest.fixture
def certificate(demo_database, demo_actors):
    """The certificate data of the demo's first designation."""
    from desktop.domain.decisions.round_documents import certificate_data

    approver = demo_actors["approver"]
    with demo_database.read() as session:
        row = next(r for r in list_decisions(session, approver) if r.outcome == DecisionOutcome.DESIGNATED)
        return certificate_data(session, approver, row.id, get_settings(session))


@pytest.fixture
def public_notice(demo_database, demo_actors):
    """The data of the public notice the demo published for its completed round."""
    from sqlalchemy import select

    from desktop.domain.decisions.models import PublicNotice
    from desktop.domain.decisions.round_documents import public_notice_data

    with demo_database.read() as session:
        notice_id = session.scalars(select(PublicNotice.id)).one()
        return public_notice_data(session, demo_actors["approver"], notice_id, get_settings(session))


def read_pdf(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    """The extracted text of each page."""
    return lambda pdf: [page.extract_text() for page in read_pdf(pdf).pages]


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces, so wrapped lines compare like the text that was set."""
    return " ".join(text.split())


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """The text of all pages with whitespace collapsed (compare with ``flat`` expectations)."""
    return lambda pdf: flat(" ".join(page.extract_text() for page in read_pdf(pdf).pages))


@pytest.fixture
def pdf_reader() -> Callable[[bytes], PdfReader]:
    return read_pdf


@pytest.fixture
def text_positions() -> Callable[[bytes, int], list[tuple[str, float, float]]]:
    """(text, x, y) of every text run on a page, in PDF points from the bottom left."""

    def positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
        found: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font_dict, font_size):
            if text.strip():
                found.append((text, cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

        read_pdf(pdf).pages[page].extract_text(visitor_text=visit)
        return found

    return positions


@pytest.fixture
def corrected(demo_database, demo_actors):
    """The demo after 제2026-0002호 was corrected (trademarks added) and the round's 정정 고시 published: the
    data of the correction's notice and certificate, and of both 고시."""
    from desktop.domain.decisions.round_documents import certificate_data, public_notice_data
    from tests.domain.helpers import correct_second_designation

    ids = correct_second_designation(demo_database, demo_actors)
    approver = demo_actors["approver"]
    with demo_database.read() as session:
        settings = get_settings(session)
        return {"notice": decision_notice(session, approver, ids["new"], settings),
                "certificate": certificate_data(session, approver, ids["new"], settings),
                "first": public_notice_data(session, approver, ids["first_notice"], settings),
                "public_notice": public_notice_data(session, approver, ids["corrected_notice"], settings)}
