"""The named paragraph styles every official document shares (each derived from ``Base`` with ``parent=``)."""

from functools import cache, lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

from desktop.documents.fonts import FONT, FONT_BOLD, register_fonts

BODY_SIZE = 11
BODY_LEADING = 17
GREY = colors.Color(0.35, 0.35, 0.35)


@cache
def official_styles() -> StyleSheet1:
    """The shared stylesheet; treat it as read-only and derive new styles with ``parent=``."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Base", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING, alignment=TA_LEFT,
                          textColor=colors.black, bulletFontName=FONT, bulletFontSize=BODY_SIZE)
    sheet.add(base)
    sheet.add(ParagraphStyle("Agency", parent=base, fontName=FONT_BOLD, fontSize=20, leading=26,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("HeaderLabel", parent=base))
    sheet.add(ParagraphStyle("HeaderValue", parent=base))
    sheet.add(ParagraphStyle("HeaderNote", parent=base, fontSize=9.5, leading=13, textColor=GREY))
    sheet.add(ParagraphStyle("Subject", parent=base, fontName=FONT_BOLD, fontSize=12, leading=17))
    sheet.add(ParagraphStyle("Body", parent=base, spaceBefore=0, spaceAfter=0))
    sheet.add(ParagraphStyle("Item", parent=sheet["Body"], spaceBefore=4))
    sheet.add(ParagraphStyle("Attachment", parent=sheet["Body"], spaceBefore=4))
    sheet.add(ParagraphStyle("Sender", parent=base, fontName=FONT_BOLD, fontSize=20, leading=26,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("Closing", parent=base, fontSize=8.5, leading=12))
    sheet.add(ParagraphStyle("ClosingRight", parent=sheet["Closing"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Footer", parent=base, fontSize=7.5, leading=9, textColor=GREY))
    sheet.add(ParagraphStyle("RunningHeader", parent=sheet["Footer"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CertificateLabel", parent=base, fontName=FONT_BOLD, fontSize=11, leading=16))
    sheet.add(ParagraphStyle("CertificateValue", parent=base, fontSize=12, leading=17))
    sheet.add(ParagraphStyle("NoticeTitle", parent=base, fontName=FONT_BOLD, fontSize=17, leading=24,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("TableHead", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12,
                             alignment=TA_CENTER))
    sheet.add(ParagraphStyle("TableCell", parent=base, fontSize=9, leading=12))
    return sheet


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle on the embedded font (a Table otherwise sets Helvetica, an unembedded font)."""
    register_fonts()
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       *commands])


@lru_cache(maxsize=512)
def _derived(name: str, options: tuple[tuple[str, object], ...]) -> ParagraphStyle:
    parent = official_styles()[name]
    key = "/".join(f"{k}={v}" for k, v in options)
    return ParagraphStyle(f"{name}@{key}", parent=parent, **dict(options))


def paragraph_style(name: str, **options: object) -> ParagraphStyle:
    """A shared style derived from ``name`` with ``options`` (indents…), cached: documents in a batch reuse it."""
    return _derived(name, tuple(sorted(options.items())))
