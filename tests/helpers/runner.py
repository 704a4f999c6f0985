"""Running asyncio work on the app's qasync loop from a test, while Qt keeps going."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from tests.helpers import running

T = TypeVar("T")


class AsyncRunner:
    def __init__(self, loop: asyncio.AbstractEventLoop, qtbot: Any) -> None:
        self.loop = loop
        self.qtbot = qtbot

    def __call__(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run `coro` on the qasync loop while Qt keeps processing events."""
        task = self.loop.create_task(coro)
        self.wait(task.done, timeout)
        return task.result()

    def wait(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Let Qt and the loop run until `condition()` holds; fail after `timeout` seconds,
        or at once when the test's own time is up."""

        def checked() -> bool:
            running.check_time()
            return condition()

        self.qtbot.waitUntil(checked, timeout=int(timeout * 1000))
