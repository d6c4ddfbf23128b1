"""A strip chart of each criterion's scores: one row per criterion on its own 0…max scale, a dot per member,
the aggregate as a bar, the 40 % floor as a dashed red line. Drawn with QPainter (no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.formatting import score_text
from desktop.domain.scoring.results import CriterionLine
from desktop.ui import theme

ROW_HEIGHT = 30
LABEL_WIDTH = 220


class DistributionChart(QWidget):
    """Shows ``set_lines``' criteria; a criterion with a wide spread has an amber band behind its dots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionChart")
        self.lines: tuple[CriterionLine, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(420)

    def set_lines(self, lines: tuple[CriterionLine, ...]) -> None:
        self.lines = tuple(lines)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 24 + ROW_HEIGHT * max(1, len(self.lines)) + 22)

    def x_of(self, value: float, maximum: float) -> float:
        """The horizontal position of ``value`` on a scale 0…``maximum`` spanning the plot area."""
        left, right = LABEL_WIDTH, self.width() - 78
        return left + (right - left) * (value / maximum if maximum else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        palette = self.palette()
        dot, floor = theme.chart_colour(theme.Series.PRIMARY, palette), theme.chart_colour(theme.Tone.BAD, palette)
        spread = theme.chart_colour(theme.Series.SECONDARY, palette)
        grid = theme.chart_colour(theme.Series.GRID, palette)
        spread.setAlpha(90)
        small = theme.sized_font(theme.SMALL, base=self.font())
        if not self.lines:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No result selected."))
            return
        top = 12
        for n, line in enumerate(self.lines):
            y = top + n * ROW_HEIGHT + ROW_HEIGHT / 2
            maximum = float(line.max)
            painter.setPen(self.palette().text().color())
            painter.setFont(self.font())
            label = QRectF(4, y - ROW_HEIGHT / 2, LABEL_WIDTH - 10, ROW_HEIGHT)
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(f"{line.id}. {line.name}", Qt.TextElideMode.ElideRight,
                                                              int(label.width())))
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(self.x_of(0, maximum), y), QPointF(self.x_of(maximum, maximum), y))
            for tick in (0.0, maximum):
                painter.drawLine(QPointF(self.x_of(tick, maximum), y - 4), QPointF(self.x_of(tick, maximum), y + 4))
            if line.spread is not None:
                low, high = self.x_of(float(line.spread.low), maximum), self.x_of(float(line.spread.high), maximum)
                painter.fillRect(QRectF(low - 5, y - 8, high - low + 10, 16), spread)
            floor_x = self.x_of(float(line.floor), maximum)
            painter.setPen(QPen(floor, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(floor_x, y - 10), QPointF(floor_x, y + 10))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            seen: dict[float, int] = {}
            for score in line.scores:
                value = float(score)
                stack = seen.get(value, 0)
                seen[value] = stack + 1
                painter.drawEllipse(QPointF(self.x_of(value, maximum), y - 5 + 4 * stack), 3.5, 3.5)
            painter.setPen(QPen(palette.text().color(), 2.5))
            aggregate_x = self.x_of(float(line.aggregate), maximum)
            painter.drawLine(QPointF(aggregate_x, y - 9), QPointF(aggregate_x, y + 9))
            painter.setFont(small)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(self.width() - 70, y - ROW_HEIGHT / 2, 68, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             f"{score_text(line.aggregate)}/{line.max}")
        legend_y = top + len(self.lines) * ROW_HEIGHT + 6
        painter.setFont(small)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(LABEL_WIDTH, legend_y, self.width() - LABEL_WIDTH, 16), Qt.AlignmentFlag.AlignLeft,
                         self.tr("● a member's score   ┃ aggregate   ┆ 40% floor (red)   ▬ wide spread (amber)"))
        painter.end()
