"""The Korean TrueType font (NanumGothic), registered once with ReportLab and embedded as a subset."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import korean_font_path

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"


def register_fonts() -> tuple[str, str]:
    """Register NanumGothic regular and bold as one family (so ``<b>`` works); safe to call repeatedly."""
    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(TTFont(FONT, str(korean_font_path("Regular"))))
    if FONT_BOLD not in registered:
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(korean_font_path("Bold"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD
