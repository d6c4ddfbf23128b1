"""The per-stratum share found inappropriate as bars with their Wilson intervals as whiskers, and the stratified
estimate as a dashed line, drawn with QPainter (as the Reports page's charts)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.surveys.collection import Analysis
from desktop.ui import theme

ROW_HEIGHT = 22
LABEL_WIDTH = 210


class SurveyChart(QWidget):
    """Shows ``set_analysis``' strata; ``bars()`` gives what is drawn (the tests read it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyChart")
        self.analysis: Analysis | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 160)

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def bars(self) -> list[tuple[str, float, float, float]]:
        """(stratum, share, low, high) of every stratum with a reviewed report."""
        if self.analysis is None:
            return []
        return [(s.label, s.interval.share, s.interval.low, s.interval.high) for s in self.analysis.strata
                if s.reviewed]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        bars = self.bars()
        if not bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No reviewed report yet."))
            return
        text = self.palette().text().color()
        bar = theme.chart_colour(theme.Series.PRIMARY, self.palette())
        plot = max(60.0, self.width() - LABEL_WIDTH - 40)
        estimate = self.analysis.estimate if self.analysis else None
        top = max([high for *_, high in bars] + [estimate.high if estimate else 0.0, 0.05])
        scale = plot / min(1.0, top * 1.1)
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Share found inappropriate per stratum, with its 95 % interval"))
        for k, (label, share, low, high) in enumerate(bars, start=1):
            y = 6 + k * ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(QRectF(8, y, LABEL_WIDTH - 14, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            painter.fillRect(QRectF(LABEL_WIDTH, y + 5, share * scale, ROW_HEIGHT - 10), bar)
            middle = y + ROW_HEIGHT / 2
            painter.setPen(QPen(text, 1.2))
            painter.drawLine(QLineF(LABEL_WIDTH + low * scale, middle, LABEL_WIDTH + high * scale, middle))
            for end in (low, high):
                painter.drawLine(QLineF(LABEL_WIDTH + end * scale, middle - 4, LABEL_WIDTH + end * scale, middle + 4))
            painter.drawText(QRectF(LABEL_WIDTH + high * scale + 6, y, 60, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             f"{share:.0%}")
        bottom = 6 + (len(bars) + 1) * ROW_HEIGHT
        if estimate is not None:
            x = LABEL_WIDTH + estimate.share * scale
            painter.setPen(QPen(theme.chart_colour(theme.Tone.BAD, self.palette()), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(x, 6 + ROW_HEIGHT, x, bottom))
        painter.setPen(text)
        for tick in range(11):
            if tick / 10 * scale > plot + 0.1:
                break
            x = LABEL_WIDTH + tick / 10 * scale
            painter.drawText(QRectF(x - 20, bottom + 2, 40, ROW_HEIGHT), Qt.AlignmentFlag.AlignHCenter,
                             f"{tick * 10}%")
