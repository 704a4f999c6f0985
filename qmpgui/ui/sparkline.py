"""The VM list's disk I/O cell: a sparkline of the last samples and the current rate."""

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


def sparkline_points(values: list[float], rect: QRect, capacity: int = 60) -> QPolygonF:
    """One point per sample, newest at the right edge, scaled to the peak."""
    if not values:
        return QPolygonF()
    peak = max(MIN_SCALE, *values)
    step = rect.width() / max(1, capacity - 1)
    x0 = rect.right() - step * (len(values) - 1)
    bottom, height = rect.bottom(), rect.height() - 1
    return QPolygonF(
        [QPointF(x0 + n * step, bottom - height * v / peak) for n, v in enumerate(values)]
    )


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
            painter.setPen(QPen(colour, 1.2))
            painter.drawPolyline(sparkline_points([float(v) for v in values], graph))
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
