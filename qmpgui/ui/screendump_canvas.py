"""The screendump viewer's picture: a canvas that paints it at a zoom, and the zoom
steps that +, - and Ctrl+wheel go through."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

ZOOM_STEPS = (0.125, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)


def clamp_zoom(zoom: float) -> float:
    """`zoom` kept between the smallest and the largest step."""
    return min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])


def next_zoom(current: float, direction: int) -> float:
    """The step after `current`: larger when `direction` > 0, else smaller; the last
    step when there is none further."""
    if direction > 0:
        bigger = [z for z in ZOOM_STEPS if z > current + 1e-6]
        return bigger[0] if bigger else ZOOM_STEPS[-1]
    smaller = [z for z in ZOOM_STEPS if z < current - 1e-6]
    return smaller[-1] if smaller else ZOOM_STEPS[0]


class ImageCanvas(QWidget):
    """Paints the picture at a zoom; crisp pixels when enlarged."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screendumpCanvas")
        self.image = QImage()
        self.zoom = 1.0

    def set_view(self, image: QImage, zoom: float) -> None:
        """Show `image` at `zoom`; the canvas takes the size of the picture so zoomed."""
        self.image, self.zoom = image, zoom
        size = self.image.size() * zoom if not image.isNull() else QSize(0, 0)
        self.resize(size)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 1)
        painter.drawImage(QRect(QPoint(0, 0), self.size()), self.image)
