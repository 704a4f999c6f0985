"""Live refresh for the screendump viewer: the Live box, the interval, the frame rate
shown and the timer, which runs only while the viewer is on screen."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel, QToolBar, QWidget

from qmpgui.i18n import translate

#: Frames counted for the shown frame rate.
RATE_WINDOW_S = 5.0


class LiveRefresh(QObject):
    """Refreshes `window` every `interval_s` seconds while Live is ticked and the window
    is shown and not minimised.

    `refresh` asks for a new picture; `changed` is called when the timer starts or
    stops, so the window can say so. The widgets (`live`, `interval`, `rate`) go on a
    toolbar with add_to(); the window calls sync() when it is shown, hidden, minimised
    or restored, and frame_taken() for each picture that comes.
    """

    def __init__(
        self,
        window: QWidget,
        interval_s: float,
        refresh: Callable[[], object],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._refresh = refresh
        self._changed = changed
        self._frame_times: collections.deque[float] = collections.deque(maxlen=600)
        self.timer = QTimer(self)
        self.timer.setInterval(round(interval_s * 1000))
        self.live = QCheckBox(translate("LiveRefresh", "&Live every"))
        self.live.setObjectName("screendumpLive")
        self.live.setToolTip(
            translate(
                "LiveRefresh", "Refresh by itself; pauses while this window is hidden or minimised"
            )
        )
        self.interval = QDoubleSpinBox()
        self.interval.setObjectName("screendumpInterval")
        self.interval.setRange(0.2, 60.0)
        self.interval.setSingleStep(0.2)
        self.interval.setDecimals(1)
        self.interval.setSuffix(translate("LiveRefresh", " s"))
        self.interval.setValue(interval_s)
        self.interval.setAccessibleName(translate("LiveRefresh", "Live refresh interval"))
        self.rate = QLabel("")
        self.rate.setObjectName("screendumpRate")
        self.rate.setMinimumWidth(70)
        self.live.toggled.connect(self._live_changed)
        self.interval.valueChanged.connect(self._interval_changed)
        self.timer.timeout.connect(self._tick)

    def add_to(self, bar: QToolBar) -> None:
        """Put the Live box, the interval and the frame rate on `bar`."""
        bar.addWidget(self.live)
        bar.addWidget(self.interval)
        bar.addWidget(self.rate)

    @property
    def can_run(self) -> bool:
        """True when Live is ticked and the window is on screen."""
        return self.live.isChecked() and self._window.isVisible() and not self._window.isMinimized()

    def sync(self) -> None:
        """Start or stop the timer as can_run says."""
        if self.can_run:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self._changed()

    def frame_taken(self) -> None:
        """A picture came: count it for the frame rate."""
        self._frame_times.append(time.monotonic())

    def frame_rate(self, now: float | None = None) -> float:
        """Pictures a second over the last RATE_WINDOW_S seconds; 0 with fewer than two."""
        now = now or time.monotonic()
        recent = [t for t in self._frame_times if now - t <= RATE_WINDOW_S]
        if len(recent) < 2:
            return 0.0
        return (len(recent) - 1) / max(recent[-1] - recent[0], 1e-6)

    def show_rate(self) -> None:
        """Show the frame rate while live, nothing otherwise."""
        rate = self.frame_rate()
        self.rate.setText(
            translate("LiveRefresh", "{rate:.1f} fps").format(rate=rate)
            if self.live.isChecked() and rate
            else ""
        )

    def _live_changed(self, on: bool) -> None:
        self.sync()
        if on:
            self._refresh()

    def _interval_changed(self, seconds: float) -> None:
        self.timer.setInterval(round(seconds * 1000))

    def _tick(self) -> None:
        if self.can_run:
            self._refresh()
        else:
            self.timer.stop()
