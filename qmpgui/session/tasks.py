"""TaskSet: the background asyncio work of one owner (a VM session, a window, a viewer).

asyncio keeps only a weak reference to a task, so a task nobody holds can vanish
mid-way: the set holds each one until it ends. A task started under a name replaces a
running task of that name (the older is cancelled): a repeated request, such as
connecting again or loading a picture again, never runs twice at once. At shutdown
`aclose()` cancels what is left and waits for it, except work that must finish
(closing a connection, a save), which it waits for without cancelling.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class TaskSet:
    """Named asyncio tasks with strong references; see the module's text."""

    def __init__(self) -> None:
        self._tasks: dict[asyncio.Task[Any], bool] = {}  # task -> must finish
        #: The newest task of each name that a namesake may cancel (not `finish` ones).
        self._named: dict[str, asyncio.Task[Any]] = {}

    def spawn(
        self, coro: Coroutine[Any, Any, T], name: str | None = None, *, finish: bool = False
    ) -> asyncio.Task[T]:
        """Start `coro` as a task on the running loop, held until it ends.

        `name`: a running task of this name is cancelled first (unless `finish`).
        `finish`: the task is never cancelled, by a namesake or by aclose(), which waits
        for it instead. Raises RuntimeError without a running loop.
        """
        task = asyncio.get_running_loop().create_task(coro, name=name)
        if name is not None and not finish:
            older = self._named.get(name)
            if older is not None and not older.done():
                older.cancel()
            self._named[name] = task
        self._tasks[task] = finish
        task.add_done_callback(self._forget)
        return task

    def get(self, name: str) -> asyncio.Task[Any] | None:
        """The running task started under `name` (not a `finish` one), or None."""
        task = self._named.get(name)
        return task if task is not None and not task.done() else None

    def __iter__(self) -> Iterator[asyncio.Task[Any]]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    def cancel(self) -> None:
        """Cancel every task that need not finish (but the caller's own); they end at
        their next await."""
        try:
            current = asyncio.current_task()
        except RuntimeError:  # no loop runs: qmpgui ends at once (shutdown_now)
            current = None
        for task, finish in list(self._tasks.items()):
            if not finish and task is not current:
                task.cancel()

    async def aclose(self) -> None:
        """Cancel every task that need not finish and wait until all have ended, tasks
        started meanwhile included. The caller's own task, if it is one of them, is
        neither cancelled nor waited for."""
        current = asyncio.current_task()
        while True:
            self.cancel()
            left = [t for t in self._tasks if t is not current]
            if not left:
                return
            await asyncio.gather(*left, return_exceptions=True)

    def _forget(self, task: asyncio.Task[Any]) -> None:
        # Done callback. The name is dropped only if it still points at this task: a
        # namesake started since has taken it over.
        self._tasks.pop(task, None)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
