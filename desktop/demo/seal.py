"""A demo electronic seal image (a red square 관인 reading 지식재산처장인, marked 견본 DEMO), made with Pillow.

Generated at demo time with the bundled NanumGothic font so nobody mistakes it for the authority's registered
seal: the mark "견본 DEMO" crosses its lower part. The background is transparent, as a registered image must be.
"""

from io import BytesIO

from desktop.core.resources import korean_font_path

SIZE = 360  # pixels; printed at about 18 mm
RED = (204, 30, 30)


def demo_seal_png(lines: tuple[str, ...] = ("지식재산", "처장인")) -> bytes:
    """The demo seal as PNG bytes (RGBA, transparent around and between the strokes); the same bytes every time."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    ink = (*RED, 235)
    draw.rectangle((8, 8, SIZE - 9, SIZE - 9), outline=ink, width=18)
    draw.rectangle((34, 34, SIZE - 35, SIZE - 35), outline=ink, width=4)
    bold = ImageFont.truetype(str(korean_font_path("Bold")), 84)
    top = 46
    for line in lines:
        width = draw.textlength(line, font=bold)
        scale = min(1.0, (SIZE - 90) / width)
        font = ImageFont.truetype(str(korean_font_path("Bold")), int(84 * scale))
        draw.text(((SIZE - draw.textlength(line, font=font)) / 2, top), line, font=font, fill=ink)
        top += 100
    small = ImageFont.truetype(str(korean_font_path("Bold")), 34)
    mark = "견본 DEMO"
    band_top = SIZE - 100
    draw.rectangle((46, band_top, SIZE - 47, band_top + 48), fill=(*RED, 255))
    draw.text(((SIZE - draw.textlength(mark, font=small)) / 2, band_top + 5), mark, font=small,
              fill=(0, 0, 0, 0))  # knocked out: the paper shows through the band
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_seal_text() -> str:
    """The demo seal as the ``seal_image`` setting stores it."""
    from desktop.domain.settings.seal import seal_text

    return seal_text(demo_seal_png())
