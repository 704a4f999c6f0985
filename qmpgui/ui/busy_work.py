"""One command at a time from a pane's buttons: busy while it is sent, so that the
buttons wait, and free again however it ended (its outcome is said through the
session's messages, as every command is)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from qmpgui.session.tasks import TaskSet


class BusyWork:
    """The command a pane sends now. `changed()` is called when `busy` turns on and
    off (the pane updates its buttons); aclose() ends a command being sent."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self.busy = False
        self._changed = changed
        self._tasks = TaskSet()

    def run(self, work: Coroutine[Any, Any, object], name: str) -> None:
        """Send `work` (a coroutine) in the background, busy until it ends."""
        self.busy = True
        self._changed()

        async def run() -> None:
            try:
                await work
            finally:
                self.busy = False
                self._changed()

        self._tasks.spawn(run(), name)

    async def aclose(self) -> None:
        """End a command being sent."""
        await self._tasks.aclose()
