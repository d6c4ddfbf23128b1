"""The layout every official document shares: header, body, "끝.", closing block and numbered A4 pages."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from desktop.core.formatting import english_date, official_date
from desktop.documents.body import Attachment, Item, body_flowables
from desktop.documents.flowables import Cell, CellBlock, CellRow, PinnedClosing, Rule, Seal, SenderLine, draw_qr
from desktop.documents.fonts import FONT, FONT_BOLD, register_fonts
from desktop.documents.labels import check_language, disclosure, label, official_title, printed_number
from desktop.documents.styles import GREY, official_styles, paragraph_style
from desktop.domain.settings.catalogue import (
    ADDRESS,
    AGENCY_NAME,
    AUTHORITY_TITLE,
    AUTHORITY_TITLE_KO,
    DELEGATION_SETTINGS,
    DISCLOSURE,
    EMAIL,
    FAX,
    PHONE,
    POSTCODE,
    SEAL_IMAGE,
    WEBSITE,
)
from desktop.domain.settings.seal import seal_bytes

CREATOR = "designation-review"
# Written in plain ASCII in the PDF's metadata so that ``verify`` finds the code even in an altered file.
VERIFICATION_KEYWORD = "verification-code:"


def document_date(value: date | datetime, language: str) -> str:
    """``2026. 11. 24.`` in Korean documents, ``24 November 2026`` in English ones."""
    return english_date(value) if language == "en" else official_date(value)


def ascii_number(number: str) -> str:
    """``제2026-0001호`` → ``2026-0001`` (for metadata and file names)."""
    return number.removeprefix("제").removesuffix("호")


def document_number(number: str, language: str, prefix: bool = True, kind: str | None = None) -> str:
    """A stored number as printed, one style per kind and language (``labels.NUMBER_STYLES``): ``제2026-0001호`` /
    ``No. 2026-0001`` (``2026-0001`` without the prefix), ``보완-2026-0001`` / ``SUP-2026-0001`` …"""
    return printed_number(number, language, kind, prefix)


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document and the contact lines of its foot."""

    agency: str
    sender: str
    postcode: str
    address: str
    website: str
    phone: str
    fax: str
    email: str
    disclosure: str
    seal: bytes | None = None  # the registered electronic seal image (PNG); None: documents print "직인생략"

    @classmethod
    def from_settings(cls, settings: Mapping[str, object], language: str) -> "Letterhead":
        """Built from the business settings (``authority_title_ko``, ``agency_name_en``, ``postcode`` …)."""
        suffix = "en" if check_language(language) == "en" else "ko"
        return cls(agency=AGENCY_NAME[suffix].of(settings), sender=AUTHORITY_TITLE[suffix].of(settings),
                   postcode=POSTCODE.of(settings), address=ADDRESS[suffix].of(settings), website=WEBSITE.of(settings),
                   phone=PHONE.of(settings), fax=FAX.of(settings), email=EMAIL.of(settings),
                   disclosure=disclosure(language, DISCLOSURE.of(settings)), seal=seal_bytes(SEAL_IMAGE.of(settings)))


@dataclass(frozen=True)
class Approval:
    """One signature of the approval line: ``role`` is ``drafted``, ``reviewed`` or ``approved``; ``delegated``: the
    approver decided for the sender (전결)."""

    role: str
    title: str
    name: str
    at: date | datetime | None = None
    delegated: bool = False


HEAD_TITLE = "처장"


def final_approval(title: str, name: str, at: date | datetime | None, settings: Mapping[str, object],
                   kind: str) -> Approval:
    """The approver's signature, marked 전결 unless the approver is the sender himself (the head of the authority).

    Whether a titled approver is the head is read from the title; an approver without a title is 전결 when the
    위임전결 table gives ``kind`` (a DocumentKind value) to a position below the head.
    """
    title = title.strip()
    if title:
        delegated = title not in (HEAD_TITLE, AUTHORITY_TITLE_KO.of(settings))
    else:
        delegated = kind in DELEGATION_SETTINGS and DELEGATION_SETTINGS[kind].of(settings) != "head"
    return Approval("approved", title, name, at, delegated)


def _shares(count: int) -> tuple[float, ...]:
    """Widths of the approval cells: the approver's, which carries the date, a little wider."""
    weights = [1.0] * (count - 1) + [1.45] if count > 1 else [1.0]
    return tuple(w / sum(weights) for w in weights)


class NumberedCanvas(Canvas):
    """Keeps every page until the end so each can print "page / pages" at the bottom centre."""

    page_number_y = 12 * mm
    page_number_size = 9

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, self.page_number_size)
            self.setFillColor(colors.black)
            self.drawCentredString(self._pagesize[0] / 2, self.page_number_y, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()


@dataclass(frozen=True)
class VerificationMark:
    """What an issued document carries on every page: its verification code (문서확인번호), printed, and the
    signed payload its QR code holds (desktop/issuing/claims.py), which a paper copy is checked with."""

    code: str
    qr: str = ""


class OfficialDocument:
    """Base of every printed document; subclasses give ``body_items`` (and may add attachments).

    The story is header (수신, 경유, 제목) → body items → "끝." → sender with seal → closing block pinned to the
    foot (결재 line, 시행/접수, contacts). Documents of another shape (certificate, public notice) override
    ``story`` and keep the pages, numbering, footer, verification code and deterministic output.
    """

    pagesize = A4
    left_margin = 20 * mm
    right_margin = 15 * mm
    top_margin = 20 * mm
    bottom_margin = 26 * mm
    letterhead_height = 22 * mm  # first page only: the agency name above the text frame
    footer_y = 12 * mm
    qr_size = 16 * mm
    label_width = 22 * mm
    sealed = True  # False: no seal at all (a draft, an internal report); True: the seal image or "직인생략"
    number_kind: str | None = None  # the numbering style (labels.NUMBER_STYLES); None: read from the number

    def __init__(self, *, language: str, letterhead: Letterhead, number: str, issued_at: date | datetime,
                 subject: str, recipient: str, approvals: Sequence[Approval], recipient_detail: str = "",
                 via: str = "", attachments: Sequence[Attachment] = (),
                 verification_code: str | VerificationMark | None = None,
                 monochrome: bool = False, watermark: str = "") -> None:
        self.language = check_language(language)
        self.letterhead = letterhead
        self.number = number
        self.issued_at = issued_at
        self.subject = subject
        self.recipient = recipient
        self.recipient_detail = recipient_detail
        self.via = via
        self.approvals = tuple(approvals)
        self.attachments = tuple(attachments)
        mark = VerificationMark(verification_code) if isinstance(verification_code, str) else verification_code
        self.verification_code = mark.code if mark is not None and mark.code else None
        self.qr_payload = (mark.qr or mark.code) if mark is not None else ""
        self.monochrome = monochrome
        self.watermark = watermark
        register_fonts()
        self.styles = official_styles()

    # -- what subclasses provide -------------------------------------------------------------------------
    def body_items(self) -> Sequence[Item]:
        """The numbered items of the body, without "끝." (the layout adds it)."""
        raise NotImplementedError

    def verification_payload(self) -> str:
        """What the QR code encodes: the signed payload of an issued document (else its bare code)."""
        return self.qr_payload

    def label(self, key: str) -> str:
        return label(self.language, key)

    @property
    def printed_number(self) -> str:
        """The document's number in the style of its kind and language (``SUP-2026-0001``, ``제2026-0001호`` …)."""
        return document_number(self.number, self.language, kind=self.number_kind)

    def date(self, value: date | datetime) -> str:
        return document_date(value, self.language)

    # -- the story -----------------------------------------------------------------------------------------
    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    def _labelled(self, key: str, xml: str, style_name: str) -> Paragraph:
        style = paragraph_style(style_name, leftIndent=self.label_width, bulletIndent=0)
        return Paragraph(xml, style, bulletText=self.label(key))

    def header_flowables(self) -> list[Flowable]:
        """수신 (with the recipient's address below), (경유) and 제목, ruled off from the body."""
        flowables: list[Flowable] = [self._labelled("recipient", escape(self.recipient), "HeaderValue")]
        if self.recipient_detail:
            flowables.append(Paragraph(escape(self.recipient_detail),
                                       paragraph_style("HeaderNote", leftIndent=self.label_width)))
        flowables += [
            self._labelled("via", escape(self.via) or "&nbsp;", "HeaderValue"),
            self._labelled("subject", escape(self.subject), "Subject"),
            HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=0),
        ]
        return [*flowables, Spacer(1, 5 * mm)]

    def seal(self) -> Seal | None:
        """The seal the sender line carries: the registered image, "직인생략" without one, none when not sealed."""
        if not self.sealed:
            return None
        return Seal(self.letterhead.seal, self.label("seal_omitted"), self.monochrome)

    def sender_line(self, style: ParagraphStyle | None = None) -> SenderLine:
        """The sender's title with the seal; kept as ``self.sender`` so its drawn position can be read back."""
        self.sender = SenderLine(self.letterhead.sender, style or self.styles["Sender"], self.seal())
        return self.sender

    def sender_flowables(self) -> list[Flowable]:
        return [Spacer(1, 12 * mm), self.sender_line()]

    def approval_text(self, approval: Approval) -> str:
        """``과장 전결 한서윤  2026. 11. 24.`` / ``Director Han Seoyun (delegated)  24 November 2026``."""
        title = official_title(self.language, approval.title)
        delegated = approval.role == "approved" and approval.delegated
        if delegated and self.language == "ko":
            value = f"{title} {self.label('delegated')} {approval.name}"
        elif delegated:
            value = f"{title} {approval.name} {self.label('delegated')}"
        else:
            value = f"{title} {approval.name}"
        value = " ".join(value.split())
        if approval.role == "approved" and approval.at is not None:
            value += f"  {self.date(approval.at)}"
        return value

    def closing_rows(self) -> list[CellRow]:
        """The approval line, 시행/접수 and the contact lines, between two rules."""
        lh = self.letterhead
        signatures = []
        for approval in self.approvals:
            signatures.append(Cell(self.label(approval.role), self.approval_text(approval)))
        signatures = signatures or [Cell("", "")]
        enforcement = f"{self.printed_number} ({self.date(self.issued_at)})"
        slash = "  /  "
        address = f"{self.label('postcode')} {lh.postcode}  {lh.address}" + (slash + lh.website if lh.website else "")
        contacts = (f"{self.label('phone')} {lh.phone}   {self.label('fax')} {lh.fax}{slash}{lh.email}{slash}"
                    f"{lh.disclosure}")
        thick, thin = Rule(1.2, colors.black), Rule(0.4, GREY)
        return [
            CellRow(tuple(signatures), _shares(len(signatures)), above=thick, below=thin),
            CellRow((Cell(self.label("enforcement"), enforcement), Cell(self.label("received"), "")), (0.6, 0.4),
                    below=thin),
            CellRow((Cell("", address),), (1.0,), padding=1.5),
            CellRow((Cell("", contacts),), (1.0,), padding=1.5, below=thick),
        ]

    def closing_flowables(self) -> list[Flowable]:
        style = self.styles["Closing"]
        return [CellBlock(self.closing_rows(), FONT, FONT_BOLD, style.fontSize, style.leading)]

    def story(self) -> list[Flowable]:
        return [*self.header_flowables(),
                *body_flowables(self.body_items(), self.language, self.attachments),
                PinnedClosing(self.sender_flowables(), [Spacer(1, 6 * mm), *self.closing_flowables()])]

    # -- pages ---------------------------------------------------------------------------------------------
    def _draw_watermark(self, canvas: Canvas) -> None:
        if not self.watermark:
            return
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 72)
        canvas.setFillColor(colors.Color(0.75, 0.75, 0.75), alpha=0.35)
        canvas.translate(self.pagesize[0] / 2, self.pagesize[1] / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -24, self.watermark)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas) -> None:
        self._draw_watermark(canvas)
        if not self.verification_code:
            return
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(self.left_margin, self.footer_y - 5 * mm,  # below the page number, beside the QR code
                          self.label("how_to_verify").format(code=self.verification_code))
        draw_qr(canvas, self.verification_payload(), self.pagesize[0] - self.right_margin - self.qr_size,
                self.footer_y - 6 * mm, self.qr_size)
        canvas.restoreState()

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The agency name, large and centred, above the text; the footer."""
        style = self.styles["Agency"]
        canvas.saveState()
        canvas.setFont(FONT_BOLD, style.fontSize)
        canvas.drawCentredString(self.pagesize[0] / 2, self.pagesize[1] - self.top_margin - style.fontSize,
                                 self.letterhead.agency)
        canvas.restoreState()
        self._draw_footer(canvas)

    def on_later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A small running header (agency and document number); the footer."""
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(self.pagesize[0] - self.right_margin, self.pagesize[1] - self.top_margin + 4 * mm,
                               f"{self.letterhead.agency}  {self.printed_number}")
        canvas.restoreState()
        self._draw_footer(canvas)

    def metadata(self) -> dict[str, object]:
        """Fixed document information (no timestamps), so the same input gives the same bytes.

        The keywords are ASCII only (the number, the verification code) so they stay readable in the raw file.
        """
        number = self.printed_number
        keywords = [ascii_number(self.number)] if self.number else []
        if self.verification_code:
            keywords.append(f"{VERIFICATION_KEYWORD}{self.verification_code}")
        return {"title": f"{self.subject} {number}".strip(), "author": self.letterhead.agency,
                "subject": self.subject, "creator": CREATOR, "keywords": keywords,
                "lang": "ko-KR" if self.language == "ko" else "en"}

    def first_frame_height(self) -> float:
        return self.pagesize[1] - self.top_margin - self.bottom_margin - self.letterhead_height

    def render(self) -> bytes:
        """The PDF as bytes; byte-identical for the same input (ReportLab invariant mode)."""
        buffer = BytesIO()
        frame_height = self.pagesize[1] - self.top_margin - self.bottom_margin
        doc = BaseDocTemplate(buffer, pagesize=self.pagesize, leftMargin=self.left_margin,
                              rightMargin=self.right_margin, topMargin=self.top_margin,
                              bottomMargin=self.bottom_margin, invariant=1, pageCompression=1, initialFontName=FONT,
                              initialFontSize=self.styles["Base"].fontSize, **self.metadata())
        first = Frame(self.left_margin, self.bottom_margin, self.content_width, self.first_frame_height(),
                      id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(self.left_margin, self.bottom_margin, self.content_width, frame_height, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("first", [first], onPage=self.on_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self.on_later_pages),
        ])
        doc.build(self.story(), canvasmaker=NumberedCanvas)
        return buffer.getvalue()
