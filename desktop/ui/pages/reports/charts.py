"""One institute's filed reports as bar charts drawn with QPainter (no chart library, as the committee's chart):
volume by purpose, by subject, the grade distribution, and the late-filing rate against the register's."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.reports.models import Purpose, SubjectKind
from desktop.domain.reports.report_file import GRADES
from desktop.domain.reports.service import InstituteFigures, purpose_label, subject_label
from desktop.ui import theme

ROW_HEIGHT = 20
LABEL_WIDTH = 150


class InstituteCharts(QWidget):
    """Shows ``set_figures``' institute; ``overall_late_rate`` is drawn as a mark on its late-filing bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instituteCharts")
        self.figures: InstituteFigures | None = None
        self.overall_late_rate = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)

    def set_figures(self, figures: InstituteFigures | None, overall_late_rate: float = 0.0) -> None:
        self.figures, self.overall_late_rate = figures, overall_late_rate
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(760, 420)

    def sections(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """The charts as (title, [(label, count)]), in the order drawn (the tests read them)."""
        f = self.figures
        if f is None:
            return []
        return [(self.tr("Reports by purpose"), [(purpose_label(p), f.by_purpose[p]) for p in Purpose]),
                (self.tr("Reports by subject"), [(subject_label(s), f.by_subject[s]) for s in SubjectKind]),
                (self.tr("Grades"), [(g, f.grades[g]) for g in GRADES])]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.figures is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select an institute."))
            return
        bold = theme.sized_font(bold=True, base=self.font())
        small = theme.sized_font(theme.SMALL, base=self.font())
        half = self.width() / 2
        sections = self.sections()
        # Left column: purpose and subject; right column: grades and the late-filing rate.
        places = [(0.0, 8.0), (0.0, 8.0 + ROW_HEIGHT * (len(Purpose) + 2)), (half, 8.0)]
        for (title, bars), (left, top) in zip(sections, places, strict=True):
            self._bars(painter, bold, small, title, bars, QRectF(left + 8, top, half - 16, 0))
        self._late(painter, bold, QRectF(half + 8, 8 + ROW_HEIGHT * (len(GRADES) + 2), half - 16, ROW_HEIGHT * 3))

    def _bars(self, painter: QPainter, bold: QFont, small: QFont, title: str, bars: list[tuple[str, int]],
              area: QRectF) -> None:
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(area.left(), area.top(), area.width(), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         title)
        top = max((n for _, n in bars), default=0) or 1
        width = area.width() - LABEL_WIDTH - 50
        for k, (label, n) in enumerate(bars, start=1):
            y = area.top() + k * ROW_HEIGHT
            painter.setFont(small)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(area.left(), y, LABEL_WIDTH - 6, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            length = width * n / top
            painter.fillRect(QRectF(area.left() + LABEL_WIDTH, y + 4, length, ROW_HEIGHT - 8),
                             theme.chart_colour(theme.Series.PRIMARY, self.palette()))
            painter.drawText(QRectF(area.left() + LABEL_WIDTH + length + 4, y, 48, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, f"{n:,}")

    def _late(self, painter: QPainter, bold: QFont, area: QRectF) -> None:
        f = self.figures
        assert f is not None
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(area.left(), area.top(), area.width(), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Filed late: {late} of {total} ({rate:.1%}); all institutes {overall:.1%}").format(
                             late=f.late, total=f.total, rate=f.late_rate, overall=self.overall_late_rate))
        bar = QRectF(area.left(), area.top() + ROW_HEIGHT + 4, area.width() - 10, ROW_HEIGHT - 6)
        painter.fillRect(bar, theme.chart_colour(theme.Series.TRACK, self.palette()))
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * f.late_rate, bar.height()),
                         theme.chart_colour(theme.Tone.BAD, self.palette()))
        x = bar.left() + bar.width() * self.overall_late_rate
        painter.fillRect(QRectF(x - 1, bar.top() - 3, 2, bar.height() + 6), self.palette().text().color())
