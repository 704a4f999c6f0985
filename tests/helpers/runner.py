"""Running asyncio work on the app's qasync loop from a test, while Qt keeps going."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class AsyncRunner:
    def __init__(self, loop: asyncio.AbstractEventLoop, qtbot: Any) -> None:
        self.loop = loop
        self.qtbot = qtbot

    def __call__(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run `coro` on the qasync loop while Qt keeps processing events."""
        task = self.loop.create_task(coro)
        self.qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    def wait(self, condition: Callable[[], object], timeout: float = 30.0) -> None:
        self.qtbot.waitUntil(condition, timeout=int(timeout * 1000))
