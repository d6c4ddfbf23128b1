"""Drawing pieces of official documents: the sender with the seal, the closing block pinned to the foot, QR."""

from collections.abc import Sequence

import segno
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


def draw_seal(canvas: Canvas, cx: float, cy: float, size: float, color: colors.Color, shape: str = "square") -> None:
    """A seal impression centred on (cx, cy): a double outline with a faint fill, in ``color``."""
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setFillColor(color, alpha=0.08)
    half, inset = size / 2, size * 0.08
    if shape == "circle":
        canvas.setLineWidth(size * 0.045)
        canvas.circle(cx, cy, half, stroke=1, fill=1)
        canvas.setLineWidth(size * 0.015)
        canvas.circle(cx, cy, half - inset, stroke=1, fill=0)
    else:
        canvas.setLineWidth(size * 0.045)
        canvas.rect(cx - half, cy - half, size, size, stroke=1, fill=1)
        canvas.setLineWidth(size * 0.015)
        canvas.rect(cx - half + inset, cy - half + inset, size - 2 * inset, size - 2 * inset, stroke=1, fill=0)
    canvas.restoreState()


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code of ``data`` filling the square (x, y, size) including a two-module quiet zone."""
    matrix = segno.make(data, error="m", micro=False).matrix
    modules = len(matrix) + 4
    unit = size / modules
    canvas.saveState()
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row, bits in enumerate(matrix):
        top = y + size - (row + 2) * unit
        column = 0
        while column < len(bits):
            if not bits[column]:
                column += 1
                continue
            start = column
            while column < len(bits) and bits[column]:
                column += 1
            path.rect(x + (start + 2) * unit, top - unit, (column - start) * unit, unit)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class SenderLine(Flowable):
    """The sender's title, large and centred, with the seal centred on its last character."""

    def __init__(self, title: str, style: ParagraphStyle, seal_color: colors.Color | None,
                 seal_shape: str = "square") -> None:
        super().__init__()
        self.title = title.strip()
        self.style = style
        self.seal_color = seal_color
        self.seal_shape = seal_shape
        self.seal_size = style.fontSize * 2.6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.font_size = self.style.fontSize
        while self.font_size > 8 and stringWidth(self.title, self.style.fontName, self.font_size) > available_width:
            self.font_size -= 1
        self.height = max(self.style.leading, self.seal_size) + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_width = stringWidth(self.title, self.style.fontName, self.font_size)
        x = (self.width - text_width) / 2
        baseline = self.height / 2 - self.font_size * 0.36
        canvas.setFont(self.style.fontName, self.font_size)
        canvas.setFillColor(self.style.textColor)
        canvas.drawString(x, baseline, self.title)
        if self.seal_color is not None and self.title:
            last = self.title[-1]
            cx = x + stringWidth(self.title[:-1], self.style.fontName, self.font_size) + stringWidth(
                last, self.style.fontName, self.font_size) / 2
            draw_seal(canvas, cx, self.height / 2, self.seal_size, self.seal_color, self.seal_shape)


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
        self.width = available_width
        self._top_heights, self._bottom_heights = self._measure(available_width)
        needed = sum(self._top_heights) + sum(self._bottom_heights)
        self.height = available_height if needed <= available_height else needed
        return self.width, self.height

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
