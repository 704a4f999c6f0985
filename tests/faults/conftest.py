"""What every fault case checks besides its message: the window stays responsive
(a 10 ms timer keeps firing while the fault happens) and no exception reaches
sys.excepthook or the asyncio loop's exception handler."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import STATE
from tests.conftest import AsyncRunner

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
        self.arun.wait(lambda: self.ticks >= start + TICKS or not pending(), timeout=10)
        assert pending(), f"{what} ended before the window was seen ticking"
        assert self.ticks >= start + TICKS

    def ticked_since(self, start: int) -> None:
        self.arun.wait(lambda: self.ticks > start, timeout=5)

    def assert_clean(self) -> None:
        gc.collect()  # a task whose exception nobody read is reported when collected
        self.arun.qtbot.wait(1)
        assert self.hooked == [], f"exceptions reached sys.excepthook: {self.hooked}"
        assert self.loop_errors == [], f"exceptions reached the loop: {self.loop_errors}"


@pytest.fixture
def guard(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Guard]:
    guard = Guard(qloop, arun)
    monkeypatch.setattr(sys, "excepthook", guard.hook(sys.excepthook))
    previous = qloop.get_exception_handler()
    qloop.set_exception_handler(guard.on_loop_error)
    yield guard
    guard.timer.stop()
    qloop.set_exception_handler(previous)
    guard.assert_clean()


# -- what the user reads --------------------------------------------------------------


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def message_texts(window: MainWindow) -> list[str]:
    return [text for _, _, text in window.messages]


def state_text(window: MainWindow, row: int = 0) -> str:
    return str(window.model.data(window.model.index(row, STATE)))


def log_texts(window: MainWindow) -> list[str]:
    window.event_log.flush()
    return [entry.summary for entry in window.event_log.entries()]


def told(window: MainWindow, fragment: str) -> bool:
    """`fragment` is in the status bar, the message list and the event log.

    A lost connection's notice in the status bar says "connection lost" once, in its
    title: the rest of the sentence is what must be there.
    """
    shown = (
        fragment.removeprefix("connection lost: ")
        if "Attention: " in status_text(window)
        else fragment
    )
    return (
        shown in status_text(window)
        and any(fragment in text for text in message_texts(window))
        and any(fragment in text for text in log_texts(window))
    )
