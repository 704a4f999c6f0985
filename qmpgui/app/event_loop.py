"""The asyncio loop inside Qt's: qasync's, with cheaper timers and ready callbacks.

qasync 0.28 gives every callback a Qt timer of its own, and keeps a cancelled
`call_later` handle, with its Qt timer, until the moment it was due. Every QMP command
runs under a timeout of 10 s that the reply nearly always cancels: with 500 VMs polled
each second that was 10,000 live Qt timers, and a dozen more timers per poll for the
callbacks of its futures and tasks. Here, as in asyncio's own loop, `call_later`
handles wait on one heap behind a single Qt timer set for the earliest (cancelled ones
are dropped in bulk), and ready callbacks wait in one queue that a single zero-time
timer runs: each callback the loop had when the batch began, in order. Readers and
writers are watched through one epoll notifier (loop_fds).

When Qt ends its loop by itself (the display went away) run() raises LoopEnded, and
does not run the loop again: qmpgui.app.ending ends the process then.
"""

from __future__ import annotations

import asyncio
import collections
import heapq
import itertools
import math
import selectors
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from contextvars import Context
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimerEvent
from PySide6.QtWidgets import QApplication

from qmpgui.app.loop_fds import LoopFds
from qmpgui.i18n import translate

T = TypeVar("T")

#: The due time of a handle waiting in the ready queue, not on the schedule.
_READY = -1.0
#: The longest the ready callbacks run in a row before Qt gets its turn.
READY_BUDGET_S = 0.008
#: Cancelled handles kept on the schedule (the heap) before it is rebuilt without
#: them, once they are also half of it: a command's timeout is nearly always
#: cancelled by the reply, hundreds a second with a fleet.
CANCELLED_KEPT = 64


class _Handle(asyncio.Handle):
    """A handle whose cancel() also takes it off the loop's schedule."""

    __slots__ = ("_when",)
    #: time.monotonic() seconds it is due at; _READY once in the ready queue.
    _when: float
    _loop: QtEventLoop

    def cancel(self) -> None:
        if not self._cancelled:
            super().cancel()
            if self._when != _READY:
                self._loop._timer.drop()


class _Timers(QObject):
    """Pending callbacks, in place of qasync's _SimpleTimer, behind two Qt timers.

    qasync gives every call_later a Qt timer of its own; a fleet's sessions keep
    thousands pending (each poll's sleep, each command's timeout), and Qt keeps its
    timers in a list it searches at every start and stop. Here the handles wait on one
    heap, as in asyncio's own loop, and one Qt timer is set for the earliest; ready
    callbacks wait in a queue that one zero-time timer runs.
    """

    def __init__(self) -> None:
        super().__init__()
        #: (due time, order of scheduling, handle): a heap, earliest first.
        self._scheduled: list[tuple[float, int, _Handle]] = []
        self._order = itertools.count()
        self._cancelled = 0  # cancelled handles still on the heap
        self._due_timer: int | None = None
        self._due_at = math.inf  # when _due_timer fires
        self._ready: collections.deque[_Handle] = collections.deque()
        self._ready_timer: int | None = None
        self._stopped = False

    @property
    def pending(self) -> int:
        """How many call_later handles wait, cancelled ones aside."""
        return len(self._scheduled) - self._cancelled

    def at(self, handle: _Handle, when: float) -> _Handle:
        """Schedule `handle` for time.monotonic() `when`."""
        handle._when = when
        heapq.heappush(self._scheduled, (when, next(self._order), handle))
        if when < self._due_at:
            self._arm()
        return handle

    def soon(self, handle: _Handle) -> _Handle:
        handle._when = _READY
        self._ready.append(handle)
        if self._ready_timer is None:
            self._ready_timer = self.startTimer(0)
        return handle

    def drop(self) -> None:
        """A scheduled handle was cancelled: counted, and left on the heap until it is
        reached or the cancelled ones are too many."""
        self._cancelled += 1
        if self._cancelled > CANCELLED_KEPT and 2 * self._cancelled > len(self._scheduled):
            self._scheduled = [entry for entry in self._scheduled if not entry[2]._cancelled]
            heapq.heapify(self._scheduled)
            self._cancelled = 0

    def _arm(self) -> None:
        """Set the Qt timer for the earliest handle not cancelled (none if none is)."""
        if self._due_timer is not None:
            self.killTimer(self._due_timer)
            self._due_timer, self._due_at = None, math.inf
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            heapq.heappop(scheduled)
            self._cancelled -= 1
        if scheduled and not self._stopped:
            self._due_at = scheduled[0][0]
            # Never early, as asyncio promises: Qt's default timers may fire 5 % ahead.
            wait_ms = math.ceil(max(0.0, self._due_at - time.monotonic()) * 1000)
            self._due_timer = self.startTimer(wait_ms, Qt.TimerType.PreciseTimer)

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        if timer_id == self._ready_timer:
            self._ready_timer = None
        elif timer_id == self._due_timer:
            self._due_timer, self._due_at = None, math.inf
            self._move_due()
        self._run_ready()

    def _move_due(self) -> None:
        """Move the handles now due to the ready queue, in the order they are due."""
        scheduled, now = self._scheduled, time.monotonic()
        try:
            while scheduled and scheduled[0][0] <= now:
                handle = heapq.heappop(scheduled)[2]
                if handle._cancelled:
                    self._cancelled -= 1
                else:
                    handle._when = _READY
                    self._ready.append(handle)
        finally:
            self._arm()

    def _run_ready(self) -> None:
        ready, deadline = self._ready, time.perf_counter() + READY_BUDGET_S
        try:
            for _ in range(len(ready)):  # what is added meanwhile waits for the next turn
                handle = ready.popleft()
                if not handle._cancelled and not self._stopped:
                    handle._run()
                if time.perf_counter() > deadline:
                    break  # the rest after Qt has had its turn (painting, input)
        finally:  # also after KeyboardInterrupt or SystemExit from a callback
            if self._ready and self._ready_timer is None:
                self._ready_timer = self.startTimer(0)

    # What qasync's loop calls on its timer object.
    def stop(self) -> None:
        self._stopped = True

    def close(self) -> None:
        """Stop its Qt timers, on the loop's thread (a QObject's timers cannot be
        stopped from another, where Python's collector may destroy it)."""
        for timer_id in (self._due_timer, self._ready_timer):
            if timer_id is not None:
                self.killTimer(timer_id)
        self._due_timer = self._ready_timer = None

    def set_debug(self, enabled: bool) -> None:
        pass


class LoopEnded(RuntimeError):
    """Qt ended its event loop by itself, before the coroutine given to run() finished.

    Qt does so when the connection to the display breaks (the X server went away): no
    window can be shown and the loop cannot run again. `exit_code` is the status Qt's
    loop ended with (1 then).
    """

    def __init__(self, exit_code: int) -> None:
        super().__init__(
            translate(
                "LoopEnded", "Qt ended the event loop by itself (exit code {exit_code})"
            ).format(exit_code=exit_code)
        )
        self.exit_code = exit_code


class QtEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    def __init__(self, app: QCoreApplication | None = None, **kwargs: Any) -> None:
        # Before qasync's constructor, which adds asyncio's self-pipe as a reader.
        self._fds = LoopFds()
        super().__init__(app, **kwargs)
        self._timer = _Timers()
        #: The thread the loop (and its Qt timers) belongs to.
        self._thread_ident = threading.get_ident()
        #: Whether stop() (asyncio: the coroutine finished, or someone asked) ended the
        #: loop; if not, Qt did.
        self._asked_to_stop = False

    def stop(self) -> None:
        self._asked_to_stop = True
        super().stop()

    def run_forever(self) -> None:
        """qasync's; raises LoopEnded when Qt, not stop(), ended the loop. Raised here,
        it also skips what qasync's run_until_complete does next, one more pass of Qt's
        event dispatcher, which can crash the process once the display is gone."""
        self._asked_to_stop = False
        exit_code = super().run_forever()
        if not self._asked_to_stop:
            raise LoopEnded(exit_code)

    # Readers and writers in one epoll set Qt watches as one notifier (loop_fds), in
    # place of qasync's notifier per descriptor; asyncio's transports call these.
    def _add_reader(self, fd: Any, callback: Callable[..., object], *args: Any) -> asyncio.Handle:
        return self._add_fd(fd, selectors.EVENT_READ, callback, args)

    def _add_writer(self, fd: Any, callback: Callable[..., object], *args: Any) -> asyncio.Handle:
        return self._add_fd(fd, selectors.EVENT_WRITE, callback, args)

    def _remove_reader(self, fd: Any) -> bool:
        return not self.is_closed() and self._fds.remove(fd, selectors.EVENT_READ)

    def _remove_writer(self, fd: Any) -> bool:
        return not self.is_closed() and self._fds.remove(fd, selectors.EVENT_WRITE)

    def _add_fd(
        self, fd: Any, event: int, callback: Callable[..., object], args: tuple[Any, ...]
    ) -> asyncio.Handle:
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, None)
        self._fds.add(fd, event, handle)
        return handle

    def close(self) -> None:
        super().close()
        self._timer.close()
        self._fds.close()

    def call_later(self, delay: float, *callback_args: Any, **context: Any) -> asyncio.Handle:
        """asyncio's call_later(delay, callback, *args, context=None), as call_at()."""
        return self.call_at(time.monotonic() + delay, *callback_args, **context)

    def call_at(
        self,
        when: float,
        callback: Callable[..., object],
        *args: Any,
        context: Context | None = None,
    ) -> asyncio.Handle:
        """Run `callback` once time() (time.monotonic()) reaches `when`; qasync's went
        through call_later, and a pause between its two readings of the clock (a busy
        machine) moved the handle later, past others due after it."""
        if self._debug:  # as asyncio's loop: the check is dear, so only when debugging
            self._check_callback(callback, "call_at")
        return self._timer.at(_Handle(callback, args, self, context=context), when)

    def call_soon(
        self, callback: Callable[..., object], *args: Any, context: Context | None = None
    ) -> asyncio.Handle:
        if self._debug:
            self._check_callback(callback, "call_soon")
        handle = _Handle(callback, args, self, context=context)
        if threading.get_ident() != self._thread_ident:
            # From another thread, as when a worker thread's garbage collection closes
            # a forgotten asyncio transport: a Qt timer cannot be started there, and
            # the ready queue's timer would never start again. Handed over instead.
            handle._when = _READY
            self.call_soon_threadsafe(self._timer.soon, handle)
            return handle
        return self._timer.soon(handle)


def run(main: Coroutine[Any, Any, T]) -> T:
    """qasync.run() with this loop, on the QApplication that exists or a new one.

    Raises LoopEnded when Qt ended the loop by itself; the loop is then left as it is,
    not closed: closing it runs it again, which a loop without a display cannot do.
    """

    def new_loop() -> asyncio.AbstractEventLoop:
        return QtEventLoop(QApplication.instance() or QApplication(sys.argv[:1]))

    runner = asyncio.Runner(loop_factory=new_loop)
    ended = False
    try:
        return runner.run(main)
    except LoopEnded:
        ended = True
        raise
    finally:
        if not ended:
            runner.close()
