"""What every fault case checks besides its message: the window stays responsive
(a 10 ms timer keeps firing while the fault happens) and no exception reaches
sys.excepthook or the asyncio loop's exception handler.

The `guard` fixture is in tests/faults/conftest.py."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer

from tests.helpers.runner import AsyncRunner

#: Ticks of the 10 ms timer that show the window still runs its event loop.
TICKS = 5


class Guard:
    def __init__(self, loop: asyncio.AbstractEventLoop, arun: AsyncRunner) -> None:
        self.arun = arun
        self.loop = loop
        self.hooked: list[tuple[type[BaseException], BaseException]] = []
        self.loop_errors: list[dict[str, Any]] = []
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1

    def hook(
        self, previous: Callable[..., Any]
    ) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
        def counting(
            kind: type[BaseException], value: BaseException, tb: TracebackType | None
        ) -> None:
            self.hooked.append((kind, value))
            previous(kind, value, tb)

        return counting

    def on_loop_error(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        self.loop_errors.append(context)

    def responsive_while(self, pending: Callable[[], bool], what: str) -> None:
        """The timer keeps ticking while `pending()` holds: the fault is still under way."""
        start = self.ticks
        self.arun.wait(lambda: self.ticks >= start + TICKS or not pending())
        assert pending(), f"{what} ended before the window was seen ticking"
        assert self.ticks >= start + TICKS

    def ticked_since(self, start: int) -> None:
        self.arun.wait(lambda: self.ticks > start)

    def assert_clean(self) -> None:
        gc.collect()  # a task whose exception nobody read is reported when collected
        self.arun.qtbot.wait(1)  # one turn of the loop: what the collection reported
        assert self.hooked == [], f"exceptions reached sys.excepthook: {self.hooked}"
        assert self.loop_errors == [], f"exceptions reached the loop: {self.loop_errors}"
