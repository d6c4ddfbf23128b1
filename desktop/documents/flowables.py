"""Drawing pieces of official documents: the sender with the seal image, the closing block pinned to the foot, QR.

These draw straight on the canvas (no tables): the closing block and the QR code are on every document, and
drawing them directly keeps batch printing fast while the output stays byte-for-byte deterministic.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

import segno
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer


@lru_cache(maxsize=64)
def qr_operators(data: str) -> tuple[int, str]:
    """The QR modules of ``data`` as PDF path operators in module units (quiet zone included), and the width.

    The mask is fixed (pattern 0) instead of searched: any mask makes a valid code, and the search cost more
    than the rest of a page.
    """
    matrix = segno.make(data, error="m", micro=False, mask=0).matrix
    modules = len(matrix) + 4
    runs = []
    for row, bits in enumerate(matrix):
        y = modules - row - 3
        column = 0
        while column < len(bits):
            if not bits[column]:
                column += 1
                continue
            start = column
            while column < len(bits) and bits[column]:
                column += 1
            runs.append(f"{start + 2} {y} {column - start} 1 re")
    return modules, "\n".join(runs)


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code of ``data`` filling the square (x, y, size) including a two-module quiet zone."""
    modules, path = qr_operators(data)
    unit = size / modules
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.addLiteral(f"{unit:.4f} 0 0 {unit:.4f} {x:.3f} {y:.3f} cm\n{path}\nf")
    canvas.restoreState()


@dataclass(frozen=True)
class Seal:
    """The seal of a sealed document: the registered seal image, or ``omitted`` ("직인생략") when none is loaded."""

    image: bytes | None
    omitted: str
    monochrome: bool = False


rl_config.useA85 = 0  # images (the seal) as binary Flate streams: ReportLab's ASCII85 step is slow pure Python


@lru_cache(maxsize=8)
def seal_reader(image: bytes, monochrome: bool) -> ImageReader:
    """The seal PNG ready to draw (grey, keeping its transparency, on a monochrome print), read once per image."""
    from PIL import Image

    picture = Image.open(BytesIO(image))
    picture = picture.convert("RGBA")
    if monochrome:
        alpha = picture.getchannel("A")
        picture = picture.convert("L").convert("RGBA")
        picture.putalpha(alpha)
    return ImageReader(picture)


class SenderLine(Flowable):
    """The sender's title, large and centred; the seal image centred on its last character, or "직인생략" beside it.

    After drawing, ``seal_box`` is the image's (x, y, width, height) on the page and ``last_character_centre`` the
    centre of the title's last character, both in page coordinates (for checks and tests).
    """

    def __init__(self, title: str, style: ParagraphStyle, seal: Seal | None = None) -> None:
        super().__init__()
        self.title = title.strip()
        self.style = style
        self.seal = seal
        self.seal_size = style.fontSize * 2.6
        self.seal_box: tuple[float, float, float, float] | None = None
        self.last_character_centre: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.font_size = self.style.fontSize
        while self.font_size > 8 and stringWidth(self.title, self.style.fontName, self.font_size) > available_width:
            self.font_size -= 1
        self.height = max(self.style.leading, self.seal_size) + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font, size = self.style.fontName, self.font_size
        text_width = stringWidth(self.title, font, size)
        x = (self.width - text_width) / 2
        baseline = self.height / 2 - size * 0.36
        canvas.setFont(font, size)
        canvas.setFillColor(self.style.textColor)
        canvas.drawString(x, baseline, self.title)
        if self.seal is None or not self.title:
            return
        if self.seal.image is None:
            omitted_size = max(size * 0.45, 8)
            canvas.setFont(font, omitted_size)
            canvas.drawString(x + text_width + size * 0.5, self.height / 2 - omitted_size * 0.36, self.seal.omitted)
            return
        cx = x + stringWidth(self.title[:-1], font, size) + stringWidth(self.title[-1], font, size) / 2
        cy = self.height / 2
        reader = seal_reader(self.seal.image, self.seal.monochrome)
        pixels_wide, pixels_high = reader.getSize()
        scale = self.seal_size / max(pixels_wide, pixels_high)
        width, height = pixels_wide * scale, pixels_high * scale
        canvas.drawImage(reader, cx - width / 2, cy - height / 2, width, height, mask="auto")
        left, bottom = canvas.absolutePosition(cx - width / 2, cy - height / 2)
        self.seal_box = (left, bottom, width, height)
        self.last_character_centre = canvas.absolutePosition(cx, cy)


@dataclass(frozen=True)
class Cell:
    """``label`` in bold, two spaces, then ``value``; wrapped lines continue under the value."""

    label: str
    value: str


@dataclass(frozen=True)
class Rule:
    width: float
    color: colors.Color


@dataclass(frozen=True)
class CellRow:
    """Cells side by side (``widths`` are fractions of the block's width) with optional rules above and below."""

    cells: tuple[Cell, ...]
    widths: tuple[float, ...]
    above: Rule | None = None
    below: Rule | None = None
    padding: float = 3.0


class CellBlock(Flowable):
    """Rows of labelled cells drawn as text lines: the closing block of official documents."""

    def __init__(self, rows: Sequence[CellRow], font: str, bold: str, size: float, leading: float,
                 gap: str = "  ") -> None:
        super().__init__()
        self.rows = list(rows)
        self.font, self.bold, self.size, self.leading, self.gap = font, bold, size, leading, gap

    def _lines(self, cell: Cell, width: float) -> tuple[float, list[str]]:
        label = f"{cell.label}{self.gap}" if cell.label else ""
        indent = stringWidth(label, self.bold, self.size)
        lines = simpleSplit(cell.value, self.font, self.size, max(width - indent, self.size * 4)) or [""]
        return indent, lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._layout = []
        height = 0.0
        for row in self.rows:
            cells = []
            lines = 1
            for cell, fraction in zip(row.cells, row.widths, strict=True):
                indent, text = self._lines(cell, fraction * available_width - 4)
                cells.append((cell, fraction, indent, text))
                lines = max(lines, len(text))
            row_height = lines * self.leading + 2 * row.padding
            self._layout.append((row, cells, row_height))
            height += row_height
        self.height = height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for row, cells, row_height in self._layout:
            if row.above is not None:
                self._rule(top, row.above)
            x = 0.0
            baseline = top - row.padding - self.size
            for cell, fraction, indent, lines in cells:
                text = canvas.beginText(x, baseline)
                text.setLeading(self.leading)
                if cell.label:
                    text.setFont(self.bold, self.size)
                    text.textOut(f"{cell.label}{self.gap}")
                text.setFont(self.font, self.size)
                text.textLine(lines[0])
                if len(lines) > 1:
                    text.moveCursor(indent, 0)  # wrapped lines continue under the value, not the label
                    for line in lines[1:]:
                        text.textLine(line)
                canvas.drawText(text)
                x += fraction * self.width
            top -= row_height
            if row.below is not None:
                self._rule(top, row.below)

    def _rule(self, y: float, rule: Rule) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(rule.color)
        canvas.setLineWidth(rule.width)
        canvas.line(0, y, self.width, y)
        canvas.restoreState()


MIN_GAP = 3 * mm  # the least blank space kept before the sender and before the closing block


class PinnedClosing(Flowable):
    """``top`` right after the text and ``bottom`` at the foot of the same frame, moved whole if it won't fit."""

    def __init__(self, top: Sequence[Flowable], bottom: Sequence[Flowable]) -> None:
        super().__init__()
        self.top = list(top)
        self.bottom = list(bottom)

    def _measure(self, width: float) -> tuple[list[float], list[float]]:
        def heights(flowables: list[Flowable]) -> list[float]:
            return [f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables]

        return heights(self.top), heights(self.bottom)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if getattr(self, "_measured_width", None) != available_width:
            self._natural = self._measure(available_width)
            self._measured_width = available_width
        self.width = available_width
        self._top_heights, self._bottom_heights = self._fitted(available_height)
        needed = sum(self._top_heights) + sum(self._bottom_heights)
        self.height = available_height if needed <= available_height else needed
        return self.width, self.height

    def _fitted(self, available_height: float) -> tuple[list[float], list[float]]:
        """The heights, the blank space before the sender and before the closing block narrowed (to no less than
        ``MIN_GAP``) where that keeps the closing on the same page as the text; else as they are."""
        top, bottom = (list(h) for h in self._natural)
        excess = sum(top) + sum(bottom) - available_height
        gaps = [(part, 0) for part, flowables in ((top, self.top), (bottom, self.bottom))
                if flowables and isinstance(flowables[0], Spacer)]
        slack = sum(max(0.0, part[i] - MIN_GAP) for part, i in gaps)
        if excess <= 0 or excess > slack:
            return top, bottom
        for part, i in gaps:
            part[i] -= max(0.0, part[i] - MIN_GAP) * excess / slack
        return top, bottom

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        y = self.height
        for flowable, height in zip(self.top, self._top_heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y + flowable.getSpaceAfter())
        y = sum(self._bottom_heights)
        for flowable, height in zip(self.bottom, self._bottom_heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y + flowable.getSpaceAfter())
