"""What a process holds, measured before and after many connect/disconnect cycles:
open file descriptors (/proc/self/fd), the loop's asyncio tasks, threads (the kernel's
count, /proc/self/task, which sees native threads too), child processes, and memory
(resident set size from /proc/self/status) and the Python objects alive (gc); and the
tolerances every fault case holds them to."""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qmpgui.app.main_window import MainWindow
from qmpgui.session import ConnState, VmSession
from tests.helpers.processes import children_of
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import act


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


@dataclass(frozen=True)
class Usage:
    """One measurement: counts, and memory in KiB."""

    fds: int
    tasks: int
    threads: int
    children: int
    rss_kib: int
    objects: int

    @classmethod
    def now(cls, loop: asyncio.AbstractEventLoop) -> Usage:
        """Measured after a full collection, so that garbage waiting for it is not
        counted as held."""
        gc.collect()
        return cls(
            fds=len(os.listdir("/proc/self/fd")),
            tasks=sum(1 for task in asyncio.all_tasks(loop) if not task.done()),
            threads=len(os.listdir("/proc/self/task")),
            children=len(children_of(os.getpid())),
            rss_kib=_rss_kib(),
            objects=len(gc.get_objects()),
        )

    def growth(self, after: Usage) -> Usage:
        return Usage(
            *(getattr(after, name) - getattr(self, name) for name in self.__dataclass_fields__)
        )


@dataclass(frozen=True)
class Cycles:
    """What `cycled()` measured: before and after the cycles, and how long they took."""

    count: int
    before: Usage
    after: Usage
    seconds: float

    @property
    def growth(self) -> Usage:
        return self.before.growth(self.after)

    def report(self, what: str) -> str:
        grown = self.growth
        return (
            f"{what}: {self.count} cycles in {self.seconds:.1f} s "
            f"({self.seconds / self.count * 1000:.0f} ms each); "
            f"fds {self.before.fds}->{self.after.fds}, tasks {self.before.tasks}->"
            f"{self.after.tasks}, threads {self.before.threads}->{self.after.threads}, "
            f"children {self.before.children}->{self.after.children}, RSS "
            f"{self.before.rss_kib}->{self.after.rss_kib} KiB ({grown.rss_kib:+d}), "
            f"Python objects {self.before.objects}->{self.after.objects} ({grown.objects:+d})"
        )

    def assert_bounded(self) -> None:
        """Nothing held per cycle: the same tasks and child processes; file descriptors
        and threads within 2 (one closing as measured); RSS within 8 MiB (the
        allocator keeps freed pages: a leak of one 64 KiB buffer per cycle is 6 MiB
        over 100); Python objects within 10 per cycle (the event log keeps each
        cycle's two entries: a monitor left behind is hundreds)."""
        grown = self.growth
        assert grown.tasks <= 0 and grown.children <= 0, self.report("grew")
        assert grown.fds <= 2 and grown.threads <= 2, self.report("grew")
        assert grown.rss_kib <= 8 * 1024, self.report("grew")
        assert grown.objects <= 10 * self.count, self.report("grew")


def cycled(
    arun: AsyncRunner, cycle: Callable[[], None], *, count: int = 100, warm_up: int = 5
) -> Cycles:
    """Run `cycle` `warm_up` times (caches, the loop's executor threads, Qt's first
    allocations), measure, run it `count` times, let the loop settle, measure again."""
    for _ in range(warm_up):
        cycle()
    arun.qtbot.wait(200)
    before = Usage.now(arun.loop)
    start = time.monotonic()
    for _ in range(count):
        cycle()
    seconds = time.monotonic() - start
    arun.qtbot.wait(200)  # closes that finish on the loop's next turns
    return Cycles(count, before, Usage.now(arun.loop), seconds)


def reconnect_cycles(arun: AsyncRunner, window: MainWindow, session: VmSession) -> Cycles:
    """cycled() with the user's Disconnect and Connect on `session`, selected in `window`:
    each cycle waits until the session's tasks have ended, then until it is connected."""
    window.select_session(session)

    def cycle() -> None:
        act(window, "actionDisconnect").trigger()
        arun.wait(lambda: session.state is ConnState.DISCONNECTED and not len(session._tasks))
        act(window, "actionConnect").trigger()
        arun.wait(lambda: session.connected)

    return cycled(arun, cycle)
