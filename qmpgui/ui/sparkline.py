"""The VM list's disk I/O cell: a sparkline of the last samples and the current rate.

Ticks without a sample (a VM out of sight is sampled seldom) are gaps in the line; a
sample with gaps on both sides is a dot."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from qmpgui.models.vm_list import SPARKLINE_ROLE

#: Below this peak the line stays flat: idle noise should not look like load.
MIN_SCALE = 4096.0
#: The widest rate the cell shows (human_rate() keeps at most four digits and a decimal).
WIDEST_RATE = "1023.9 KiB/s"
#: The sparkline's least width beside the rate, in pixels.
GRAPH_WIDTH = 48


def rate_width(metrics: QFontMetrics) -> int:
    """The width the rate takes at the right of the cell in this font, in pixels."""
    return metrics.horizontalAdvance(WIDEST_RATE) + 6


def sparkline_runs(values: list[float | None], rect: QRect, capacity: int = 60) -> list[QPolygonF]:
    """The line's pieces: one point per tick, newest at the right edge, scaled to the
    peak; a None (a tick without a sample) ends a piece. Pieces of one point are dots."""
    samples = [v for v in values if v is not None]
    if not samples:
        return []
    peak = max(MIN_SCALE, *samples)
    step = rect.width() / max(1, capacity - 1)
    x0 = rect.right() - step * (len(values) - 1)
    bottom, height = rect.bottom(), rect.height() - 1
    runs: list[QPolygonF] = []
    run: list[QPointF] = []
    for n, value in enumerate([*values, None]):
        if value is None:
            if run:
                runs.append(QPolygonF(run))
            run = []
        else:
            run.append(QPointF(x0 + n * step, bottom - height * value / peak))
    return runs


class SparklineDelegate(QStyledItemDelegate):
    """Paints the Disk I/O cell: the sparkline of SPARKLINE_ROLE, the rate at its right."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(3, 3, -3, -3)
        room = max(0, rect.width() - rate_width(opt.fontMetrics))
        graph = QRect(rect.left(), rect.top(), room, rect.height())
        painter.save()
        values = index.data(SPARKLINE_ROLE) or []
        if len(values) > 1 and graph.width() > 8:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = (
                opt.palette.color(group)
                if selected
                else opt.palette.color(QPalette.ColorRole.Highlight)
            )
            samples = [None if v is None else float(v) for v in values]
            for run in sparkline_runs(samples, graph):
                if run.size() > 1:
                    painter.setPen(QPen(colour, 1.2))
                    painter.drawPolyline(run)
                else:  # a lone sample between gaps
                    dot = QPen(colour, 2.4)
                    dot.setCapStyle(Qt.PenCapStyle.RoundCap)
                    painter.setPen(dot)
                    painter.drawPoint(run.at(0))
        painter.setPen(opt.palette.color(group))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The widest rate whole and a sparkline beside it, in the view's font.
        hint = super().sizeHint(option, index)
        wanted = rate_width(option.fontMetrics) + GRAPH_WIDTH + 6
        return QSize(max(hint.width(), wanted), hint.height())
