"""The Korean TrueType font (NanumGothic), registered once with ReportLab and embedded as a subset."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.core.errors import ResourceMissing
from desktop.core.i18n import translate
from desktop.core.resources import korean_font_path

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"


def register_fonts() -> tuple[str, str]:
    """Register NanumGothic regular and bold as one family (so ``<b>`` works); safe to call repeatedly."""
    registered = pdfmetrics.getRegisteredFontNames()
    for font, weight in ((FONT, "Regular"), (FONT_BOLD, "Bold")):
        if font not in registered:
            path = korean_font_path(weight)
            try:
                pdfmetrics.registerFont(TTFont(font, str(path)))
            except (TTFError, OSError) as error:  # a damaged or unreadable file: named, as a missing one is
                raise ResourceMissing(translate(
                    "Resources", "The Korean font file {file} cannot be read ({reason}): documents cannot be printed "
                    "without it. Reinstall the application (the font ships with it).").format(
                        file=path, reason=error)) from error
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD
