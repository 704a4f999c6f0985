"""The end of start-up: what waits for the window's first paint, and the cycle collector
held back until then.

Start-up makes a few hundred thousand objects that all live on (modules, classes, the
window and its models): Python's cycle collector walked them again and again while
qmpgui loaded and built its window, a tenth of the time to the first picture, and never
found garbage. `hold_collector()` (called as qmpgui.app loads) makes its walks rare;
`after_first_paint(window, release_collector)` sets them back once the window has been
painted (app/collector.py then freezes what survives, every second).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: Objects allocated (less those freed) between two young collections while held back:
#: about one walk per hundred modules loaded, instead of a hundred.
HELD_THRESHOLD = 100_000

#: The thresholds before hold_collector() (Python's, or what the program had set).
_usual: tuple[int, int, int] | None = None


def hold_collector() -> None:
    """Make the cycle collector's walks rare until release_collector(); it still runs.
    Idempotent."""
    global _usual
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(HELD_THRESHOLD, *_usual[1:])


def release_collector() -> None:
    """Give the cycle collector its thresholds back (idempotent)."""
    global _usual
    if _usual is not None:
        gc.set_threshold(*_usual)
        _usual = None


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt's eventFilter() on the window: its first paint. Never takes the event."""
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once the picture is out
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then()` on the turn of the event loop after `window` first paints."""
    _FirstPaint(window, then)
