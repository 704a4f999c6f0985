"""The Migration pane's chart: memory still to send (MiB, left axis) and throughput
(MiB/s, right axis) over the seconds since the migration started, drawn with QPainter
(Qt Charts is GPL only). Memory left can grow again when the guest dirties pages faster
than they go: the chart shows that rather than a bar that would run backwards."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from qmpgui.i18n import marked, translate
from qmpgui.models.palette import Tone, colour
from qmpgui.qmp.convergence import Sample
from qmpgui.qmp.migration_options import MIB

#: Grid lines on each value axis, and on the time axis.
TICKS = 4
#: The time axis spans at least this many seconds, so that the first points do not
#: stretch over the whole width.
MIN_SPAN_S = 10.0
#: The legend's words, by series.
REMAINING_LABEL = marked("migration_chart", "memory left (MiB)")
#: ... once the first pass is over: the scale follows the last minute's leftovers, which
#: go up and down by a MiB or so where the first pass sent the whole RAM.
REMAINING_RECENT_LABEL = marked("migration_chart", "memory left (MiB, scale: the last minute)")
#: Seconds of samples the memory left's scale follows once the first pass is over.
RECENT_S = 60.0
THROUGHPUT_LABEL = marked("migration_chart", "throughput (MiB/s)")


def nice_step(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^n at or above `value`: a tick step whose
    ticks read as round numbers. Values at or below 0 give 1."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power * (1 + 1e-9):
            return float(step * power)
    return float(10 * power)


def axis_top(peak: float, least: float = 0.0) -> float:
    """The top of an axis of TICKS round steps above `peak` (with a tenth of room, so
    that a flat line does not run along the frame), and at least `least`."""
    return nice_step(max(peak * 1.1, least) / TICKS) * TICKS


def _number(value: float) -> str:
    return f"{value:.3g}"


class MigrationChart(QWidget):
    """Two series over time from the migration's samples (objectName migrationChart).
    `points` holds what is drawn: (seconds since the migration started, MiB left,
    MiB/s); `recent` whether the memory left's scale follows the last minute only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationChart")
        self.setAccessibleName(
            translate("MigrationChart", "Migration chart: memory left and throughput over time")
        )
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[float, float | None, float | None]] = []
        self.recent = False
        #: The top of the memory left's scale, MiB (as last drawn).
        self.left_max = 1.0

    def sizeHint(self) -> QSize:
        """Room for the axes, the legend and a readable line."""
        return QSize(480, 220)

    def set_samples(self, samples: Sequence[Sample]) -> None:
        """Draw `samples` (oldest first) over the migration's elapsed time (QEMU's
        total-time: the same as the pane's Elapsed); an empty sequence clears the
        chart."""
        anchor = next((s for s in samples if s.elapsed_s is not None), None)
        origin = (
            anchor.at_s - (anchor.elapsed_s or 0.0)
            if anchor
            else (samples[0].at_s if samples else 0.0)
        )
        self.points = [
            (
                s.elapsed_s if s.elapsed_s is not None else s.at_s - origin,
                s.remaining / MIB if s.remaining is not None else None,
                s.throughput_bps / MIB if s.throughput_bps is not None else None,
            )
            for s in samples
        ]
        # Once a pass after the first runs, what is left is small beside the RAM the
        # first pass sent: its scale follows the last minute's values, so that a stuck
        # migration's leftover going up and down shows.
        later = [i for i, s in enumerate(samples) if s.passes is not None and s.passes >= 2]
        self.recent = bool(later)
        values = [p[1] for p in self.points if p[1] is not None]
        if later and self.points:
            newest = self.points[-1][0]
            values = [
                p[1]
                for p in self.points[later[0] :]
                if p[1] is not None and p[0] >= newest - RECENT_S
            ]
        self.left_max = axis_top(max(values, default=1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Axes with their units, the grid, both series and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        left_w = metrics.horizontalAdvance("00000") + 8
        right_w = metrics.horizontalAdvance("0000") + 8
        plot = QRectF(
            left_w, line_h * 2 + 4, self.width() - left_w - right_w, self.height() - line_h * 4 - 8
        )
        if plot.width() < 20 or plot.height() < 20:
            return
        span = axis_top(self.points[-1][0] / 1.1 if self.points else 0.0, MIN_SPAN_S)
        left_max = self.left_max
        right_max = axis_top(max((p[2] for p in self.points if p[2] is not None), default=1))
        remaining_colour = colour(Tone.CHART_REMAINING, palette)
        throughput_colour = colour(Tone.CHART_THROUGHPUT, palette)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        align_r = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        align_l = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n in range(TICKS + 1):
            y = plot.bottom() - plot.height() * n / TICKS
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label_rect = QRectF(0, y - line_h / 2, left_w - 4, line_h)
            painter.setPen(remaining_colour)
            painter.drawText(label_rect, align_r, _number(left_max * n / TICKS))
            painter.setPen(throughput_colour)
            painter.drawText(
                QRectF(plot.right() + 4, y - line_h / 2, right_w - 4, line_h),
                align_l,
                _number(right_max * n / TICKS),
            )
        painter.setPen(text)
        for n in range(TICKS + 1):
            x = plot.left() + plot.width() * n / TICKS
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 2, 60, line_h),
                int(Qt.AlignmentFlag.AlignCenter),
                translate("MigrationChart", "{v0} s").format(v0=_number(span * n / TICKS)),
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + line_h + 2, plot.width(), line_h),
            int(Qt.AlignmentFlag.AlignCenter),
            translate("MigrationChart", "time since the migration started (s)"),
        )
        painter.setPen(QPen(text, 1))
        painter.drawRect(plot)
        painter.setClipRect(plot.adjusted(-2, -2, 2, 2))  # values above a scale stay inside
        self._series(painter, plot, span, 1, top=left_max, tone=remaining_colour)
        self._series(painter, plot, span, 2, top=right_max, tone=throughput_colour)
        painter.setClipping(False)
        self._legend(painter, line_h, left_w, remaining_colour, throughput_colour)

    def _series(
        self, painter: QPainter, plot: QRectF, span: float, index: int, *, top: float, tone: QColor
    ) -> None:
        line = QPolygonF()
        for point in self.points:
            value = point[index]
            if value is None:
                continue
            x = plot.left() + plot.width() * point[0] / span
            y = plot.bottom() - plot.height() * min(value, top) / top
            line.append(QPointF(x, y))
        painter.setPen(QPen(tone, 2))
        if line.size() == 1:
            painter.drawEllipse(line.at(0), 2, 2)
        elif line.size() > 1:
            painter.drawPolyline(line)

    def _legend(
        self, painter: QPainter, line_h: int, left: int, first: QColor, second: QColor
    ) -> None:
        x = float(left)
        y = 2.0
        remaining = (
            translate("migration_chart", REMAINING_RECENT_LABEL)
            if self.recent
            else translate("migration_chart", REMAINING_LABEL)
        )
        for label, tone in (
            (remaining, first),
            (translate("migration_chart", THROUGHPUT_LABEL), second),
        ):
            width = painter.fontMetrics().horizontalAdvance(label)
            if x > left and x + 22 + width > self.width():  # no room beside: under it
                x, y = float(left), y + line_h
            painter.setPen(QPen(tone, 3))
            painter.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 18, y + line_h / 2))
            painter.setPen(tone)
            painter.drawText(QRectF(x + 22, y, width + 4, line_h), 0, label)
            x += 22 + width + 24
