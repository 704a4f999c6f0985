"""The Screen tab in tests: shown as a user shows it, captured by a click, and the
colour of its picture read back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.panes.screen import ScreenPane
from tests.helpers.runner import AsyncRunner


def show_screen(window: MainWindow, arun: AsyncRunner, timeout: float = 60) -> ScreenPane:
    """Bring the Screen tab to the front; the pane once a first picture shows."""
    pane = window.pane(ScreenPane)
    window.panes.setCurrentWidget(pane)
    arun.wait(lambda: not pane.view.canvas.image.isNull(), timeout=timeout)
    return pane


def capture(pane: ScreenPane, arun: AsyncRunner) -> None:
    """Click the picture, as a user does to type into the guest."""
    canvas = pane.view.canvas
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    arun.wait(lambda: canvas.captured)


def colour_at(pane: ScreenPane, x: int, y: int) -> tuple[int, int, int]:
    """The colour the view shows at the guest's pixel (x, y)."""
    colour = QColor(pane.view.canvas.image.pixel(QPoint(x, y)))
    return colour.red(), colour.green(), colour.blue()
