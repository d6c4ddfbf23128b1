"""The public lists as published (공표): the designated institutes or the sanctions as of a day, on landscape A4 in
the layout of a 고시 (the agency and number, the title and day, the enacting sentence, the date and the sender
without seal, the table, the note), in Korean or English. Published: numbered, with the verification code and QR on
every page; a draft: no number, marked 초안 / DRAFT."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from desktop.core.clock import now
from desktop.documents import registry_list, sanctions_list
from desktop.documents.flowables import SenderLine
from desktop.documents.labels import check_language, label
from desktop.documents.layout import Letterhead, OfficialDocument, VerificationMark
from desktop.documents.styles import GREY, paragraph_style, table_style
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.publication.service import PublishedList
from desktop.domain.registry.public_list import PublicList
from desktop.domain.sanctions.public_list import SanctionList

RULES = (
    ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, 1), (-1, -2), 0.3, GREY),
    ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94)),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
)
DRAFT_HEADING = {"ko": "{agency} (초안: 공표 전)", "en": "{agency} (draft: not published)"}


@dataclass(frozen=True)
class ListShape:
    """How one list prints: its words, its cells, its column widths and which columns are centred."""

    text: dict[str, dict[str, str]]
    cells: Callable[[Any, str], list[str]]
    widths: tuple[float, ...]
    centred: tuple[int, ...]


SHAPES = {
    DocumentKind.REGISTRY_LIST: ListShape(registry_list.TEXT, registry_list.list_cells,  # type: ignore[arg-type]
                                          registry_list.WIDTHS, (0, 5, 6)),
    DocumentKind.SANCTIONS_LIST: ListShape(sanctions_list.TEXT,
                                           lambda row, language: sanctions_list.sanction_cells(row, language, "\u00a0"),
                                           sanctions_list.WIDTHS, (0, 3, 7)),
}


class PublishedListDocument(OfficialDocument):
    """A public list: published by the authority (no seal, no recipient), as frozen when it was published."""

    pagesize = landscape(A4)
    left_margin = right_margin = 15 * mm
    top_margin = 15 * mm
    bottom_margin = 24 * mm
    letterhead_height = 0  # the heading line names the agency
    number_kind = "publication"

    def __init__(self, data: PublishedList, language: str = "ko",
                 verification_code: str | VerificationMark | None = None) -> None:
        language = check_language(language)
        self.data, self.shape = data, SHAPES[DocumentKind(data.kind)]
        self.text = self.shape.text[language]
        listing = data.registry or data.sanctions
        assert listing is not None
        self.listing = listing
        super().__init__(language=language, letterhead=Letterhead.from_settings(data.settings, language),
                         number=data.number, issued_at=data.published_at, subject=self.text["title"], recipient="",
                         approvals=(), verification_code=verification_code,
                         watermark="" if data.number else label(language, "draft"))

    def heading(self) -> str:
        if self.data.number:
            return f"{self.letterhead.agency} {self.printed_number}"
        return DRAFT_HEADING[self.language].format(agency=self.letterhead.agency)

    def table(self) -> Flowable:
        rows = self.listing.rows
        if not rows:
            return Paragraph(escape(self.text["none"]), paragraph_style("Body", alignment=1))
        cell = paragraph_style("TableCell", fontSize=8.5, leading=11)
        centred = paragraph_style("TableCell", fontSize=8.5, leading=11, alignment=1)
        header = [Paragraph(escape(c), paragraph_style("TableHead")) for c in self.text["columns"]]
        body = [[Paragraph(escape(value), centred if n in self.shape.centred else cell)
                 for n, value in enumerate(self.shape.cells(row, self.language))] for row in rows]
        table = Table([header, *body], colWidths=[w * self.content_width for w in self.shape.widths], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(table_style(*RULES))
        return table

    def story(self) -> list[Flowable]:
        t = self.text
        story: list[Flowable] = [
            Paragraph(escape(self.heading()), paragraph_style("Subject")),
            HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=3, spaceAfter=0),
            Spacer(1, 5 * mm),
            Paragraph(escape(t["title"]), paragraph_style("NoticeTitle")),
            Paragraph(escape(t["as_of"].format(date=self.date(self.listing.on))), paragraph_style("Body", alignment=1)),
            Spacer(1, 4 * mm),
            Paragraph(escape(t["preamble"]), paragraph_style("Body", firstLineIndent=11)),
            Spacer(1, 2 * mm),
            Paragraph(escape(self.date(self.data.published_at)), paragraph_style("Body", alignment=1)),
        ]
        if self.letterhead.sender:
            story.append(SenderLine(self.letterhead.sender, self.styles["Sender"]))  # published: no seal
        return [*story, Spacer(1, 5 * mm), self.table(), Spacer(1, 3 * mm),
                Paragraph(escape(t["basis"]), paragraph_style("Footer", fontSize=8.5, leading=11))]

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_footer(canvas)


def render_published_list(data: PublishedList, language: str = "ko",
                          verification_code: str | VerificationMark | None = None) -> bytes:
    """The list as PDF bytes; the same data always gives the same bytes."""
    return PublishedListDocument(data, language, verification_code).render()


def render_list_workbook(data: PublishedList, language: str = "ko") -> bytes:
    """The website workbook of the list, with the publication's number when it has one."""
    if data.registry is not None:
        return registry_list.render_registry_list_xlsx(data.registry, language, data.number)
    assert data.sanctions is not None
    return sanctions_list.render_sanctions_list_xlsx(data.sanctions, language, data.number)


def workbooks(data: PublishedList) -> tuple[bytes, bytes]:
    """The Korean and English workbooks stored with a publication."""
    return render_list_workbook(data, "ko"), render_list_workbook(data, "en")


def render_draft(listing: PublicList | SanctionList, language: str = "ko", settings: dict[str, Any] | None = None,
                 at: datetime | None = None) -> bytes:
    """A list not published, in the published layout (the letterhead from ``settings``, else the list's agency)."""
    kind = DocumentKind.REGISTRY_LIST if isinstance(listing, PublicList) else DocumentKind.SANCTIONS_LIST
    settings = settings or {"agency_name_ko": listing.agency, "agency_name_en": listing.agency_en}
    data = PublishedList(kind, "", at or now(), settings,
                         registry=listing if isinstance(listing, PublicList) else None,
                         sanctions=listing if isinstance(listing, SanctionList) else None)
    return render_published_list(data, language)
