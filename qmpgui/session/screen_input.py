"""The screen view's keys and pointer, sent to one VM with `input-send-event`.

Events queue and go in order, as many as waited in one command: a key's press and
release are never reordered, and pointer moves that queued behind a slow reply are
folded into the last one. A libvirt domain takes the same command through its
monitor pass-through (the session's `execute`), so its keys and pointer work alike.
Events are never logged: what was typed may be a password.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from qmpgui.i18n import translate
from qmpgui.qmp import QmpFailure
from qmpgui.qmp.screen_input import Keystroke, has_tablet
from qmpgui.session.tasks import TaskSet
from qmpgui.session.vm_session import VmSession

#: Events sent in one input-send-event at most (a typed text goes in several).
MAX_BATCH = 64


class ScreenInput:
    """The input of one VM's screen view.

    `failed` is called with a sentence when a command fails (at most once until one
    works again), so that a VM that refuses input is not reported at every key.
    """

    def __init__(self, session: VmSession, failed: Callable[[str], None]) -> None:
        self.session = session
        self._failed = failed
        self._pending: list[dict[str, object]] = []
        self._wake = asyncio.Event()
        self._tasks = TaskSet()
        self._reported = False
        self._in_flight = False
        #: Commands sent, and the events they carried (for tests and the benchmark).
        self.sent_commands = 0
        self.sent_events = 0

    def send(self, events: list[dict[str, object]]) -> None:
        """Queue `events` (input-send-event's InputEvent dicts) to go in order; never
        raises. Absolute moves waiting to go are replaced by newer ones."""
        if not events:
            return
        if _moves_only(events) and self._pending and _moves_only(self._pending[-2:]):
            del self._pending[-2:]  # the pointer is where the newest move puts it
        self._pending.extend(events)
        self._wake.set()
        if self._tasks.get("sender") is None:
            self._tasks.spawn(self._run(), "sender")

    @property
    def idle(self) -> bool:
        """Whether every event queued has been answered (sent, or failed)."""
        return not self._pending and not self._in_flight

    async def type_keys(self, strokes: list[Keystroke]) -> bool:
        """Type `strokes` one after the other, each sent once the previous one was taken
        (a guest's keyboard buffer holds only a few keys); True when all went. A failure
        goes to `failed`."""
        for stroke in strokes:
            try:
                await self.session.execute("input-send-event", {"events": stroke.events()})
            except QmpFailure as failure:
                self._report(failure.message)
                return False
        self._reported = False
        return True

    async def tablet(self) -> bool | None:
        """Whether the VM has an absolute pointer (query-mice); None when it cannot be
        asked (a failure is not reported: the pointer then moves relatively)."""
        try:
            return has_tablet(await self.session.execute("query-mice"))
        except QmpFailure:
            return None

    async def aclose(self) -> None:
        """Stop sending; what still waits is dropped."""
        self._pending.clear()
        await self._tasks.aclose()

    async def _run(self) -> None:
        while True:
            if not self._pending:
                self._wake.clear()
                await self._wake.wait()
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            self._in_flight = True
            try:
                await self.session.execute("input-send-event", {"events": batch})
            except QmpFailure as failure:
                self._report(failure.message)
                continue
            finally:
                self._in_flight = False
            self.sent_commands += 1
            self.sent_events += len(batch)
            self._reported = False

    def _report(self, why: str) -> None:
        if not self._reported:
            self._reported = True
            self._failed(
                translate(
                    "ScreenInput", "the keys and pointer did not reach the guest: {why}"
                ).format(why=why)
            )


def _moves_only(events: list[dict[str, object]]) -> bool:
    return len(events) == 2 and all(e.get("type") == "abs" for e in events)
