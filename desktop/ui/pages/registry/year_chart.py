"""Designated institutes per year: for each year a bar of those designated that year and a bar of those in force
at its end, each split into public and private. Drawn with QPainter (no chart library), as the committee's chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.institutions.models import Sector
from desktop.domain.registry.public_list import YearCount
from desktop.ui import theme

BAR = 26
GAP = 8
GROUP_GAP = 34
LEFT = 40
BOTTOM = 40
TOP = 28


class YearCountsChart(QWidget):
    """Shows ``set_counts``; hovering is not needed: every bar carries its numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearCountsChart")
        self.counts: tuple[YearCount, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 200)

    def set_counts(self, counts: list[YearCount]) -> None:
        self.counts = tuple(counts)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(LEFT + max(1, len(self.counts)) * (2 * BAR + GAP + GROUP_GAP) + 260, 240)

    def maximum(self) -> int:
        return max([1, *(sum(c.designated.values()) for c in self.counts), *(sum(c.in_force.values())
                                                                           for c in self.counts)])

    def bar_rect(self, group: int, which: int, value: int) -> QRectF:
        """The rectangle of a bar: ``which`` 0 designated that year, 1 in force at its end."""
        plot_height = self.height() - TOP - BOTTOM
        x = LEFT + 12 + group * (2 * BAR + GAP + GROUP_GAP) + which * (BAR + GAP)
        height = plot_height * value / self.maximum()
        return QRectF(x, self.height() - BOTTOM - height, BAR, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        public = theme.chart_colour(theme.Series.PRIMARY, self.palette())
        private = theme.chart_colour(theme.Series.SECONDARY, self.palette())
        small = theme.sized_font(theme.SMALL, base=self.font())
        if not self.counts:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No institute designated yet."))
            return
        base_y = self.height() - BOTTOM
        painter.setPen(QPen(theme.chart_colour(theme.Series.GRID, self.palette()), 1))
        painter.drawLine(LEFT, base_y, self.width() - 10, base_y)
        painter.setFont(small)
        for group, count in enumerate(self.counts):
            for which, values in enumerate((count.designated, count.in_force)):
                total = sum(values.values())
                whole = self.bar_rect(group, which, total)
                part = self.bar_rect(group, which, values[Sector.PUBLIC])
                painter.fillRect(QRectF(whole.x(), base_y - part.height(), BAR, part.height()), public)
                painter.fillRect(QRectF(whole.x(), whole.y(), BAR, whole.height() - part.height()), private)
                painter.setPen(text)
                painter.drawText(QRectF(whole.x() - 8, whole.y() - 16, BAR + 16, 14), Qt.AlignmentFlag.AlignCenter,
                                 str(total))
                label = self.tr("new") if which == 0 else self.tr("in force")
                painter.drawText(QRectF(whole.x() - 10, base_y + 2, BAR + 20, 14), Qt.AlignmentFlag.AlignCenter,
                                 label)
            first = self.bar_rect(group, 0, 0)
            painter.setFont(self.font())
            painter.drawText(QRectF(first.x(), base_y + 16, 2 * BAR + GAP, 18), Qt.AlignmentFlag.AlignCenter,
                             str(count.year))
            painter.setFont(small)
        legend_x = LEFT + 12 + len(self.counts) * (2 * BAR + GAP + GROUP_GAP)
        for n, (colour, words) in enumerate(((public, self.tr("Public")), (private, self.tr("Private")))):
            y = TOP + n * 18
            painter.fillRect(QRectF(legend_x, y + 2, 12, 10), colour)
            painter.setPen(text)
            painter.drawText(QRectF(legend_x + 18, y, 220, 14), Qt.AlignmentFlag.AlignLeft, words)
        painter.drawText(QRectF(legend_x, TOP + 42, max(80, self.width() - legend_x - 8), 48),
                         Qt.TextFlag.TextWordWrap,
                         self.tr("new: designated that year; in force: designated and not revoked at the year's end "
                                 "(this year: today)"))
        painter.end()
