"""When Python's cycle collector may walk all of memory: rarely, and when no one looks.

A full collection walks every object that lives long, in one go on the window's thread.
With 100,000 entries in the event log, or 500 VMs, that took 100 to 280 ms, several
times a minute under load: the window froze each time. So, once a second, what is alive
then is frozen (gc.freeze(): left out of every later walk), and full collections walk
only what came since. Objects are still freed when their last reference goes, as ever;
only a reference cycle that becomes garbage after being frozen waits, until everything
is thawed and walked once: after THAW_AFTER_S while none of qmpgui's windows is active
(the user works elsewhere), or after THAW_LATEST_S in any case.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

FREEZE_EVERY_MS = 1000
THAW_AFTER_S = 600.0
THAW_LATEST_S = 1800.0


class Collector(QObject):
    """Freezes what survives every second; now and then thaws it and walks it all."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.thawed_at = time.monotonic()
        #: Unreachable objects found by each walk after a thaw: cycles that waited.
        self.walks: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(FREEZE_EVERY_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        since_thaw = now - self.thawed_at
        away = self._app.activeWindow() is None
        if since_thaw >= THAW_LATEST_S or (since_thaw >= THAW_AFTER_S and away):
            gc.unfreeze()
            self.walks.append(gc.collect())
            self.thawed_at = now
        gc.freeze()

    def stop(self) -> None:
        """Give the frozen objects back to the collector."""
        self._timer.stop()
        gc.unfreeze()
