"""The asyncio loop inside Qt's: qasync's, with cheaper timers and ready callbacks.

qasync 0.28 gives every callback a Qt timer of its own, and keeps a cancelled
`call_later` handle, with its Qt timer, until the moment it was due. Every QMP command
runs under a timeout of 10 s that the reply nearly always cancels: with 500 VMs polled
each second that was 10,000 live Qt timers, and a dozen more timers per poll for the
callbacks of its futures and tasks. Here a cancelled timer is removed at once, and
ready callbacks wait in one queue that a single zero-time timer runs, as asyncio's own
loop runs its ready queue: each callback the loop had when the batch began, in order.

When Qt ends its loop by itself (the display went away) run() raises LoopEnded, and
does not run the loop again: qmpgui.app.ending ends the process then.
"""

from __future__ import annotations

import asyncio
import collections
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

#: The timer id of a handle waiting in the ready queue.
_READY = -1
#: The longest the ready callbacks run in a row before Qt gets its turn.
READY_BUDGET_S = 0.008


class _Handle(asyncio.Handle):
    """A handle whose cancel() also stops its Qt timer."""

    __slots__ = ("_timer_id",)
    _timer_id: int
    _loop: QtEventLoop

    def cancel(self) -> None:
        if not self._cancelled:
            super().cancel()
            self._loop._timer.drop(self._timer_id)


class _Timers(QObject):
    """Pending callbacks, in place of qasync's _SimpleTimer."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, _Handle] = {}
        self._ready: collections.deque[_Handle] = collections.deque()
        self._ready_timer: int | None = None
        self._stopped = False

    def later(self, handle: _Handle, delay: float) -> _Handle:
        # Never early, as asyncio promises: Qt's default timers may fire 5 % ahead.
        timer_id = self.startTimer(math.ceil(max(0.0, delay) * 1000), Qt.TimerType.PreciseTimer)
        handle._timer_id = timer_id
        self._handles[timer_id] = handle
        return handle

    def soon(self, handle: _Handle) -> _Handle:
        handle._timer_id = _READY
        self._ready.append(handle)
        if self._ready_timer is None:
            self._ready_timer = self.startTimer(0)
        return handle

    def drop(self, timer_id: int) -> None:
        """A handle was cancelled: stop its timer (a ready one is skipped when reached)."""
        if self._handles.pop(timer_id, None) is not None:
            self.killTimer(timer_id)

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        if timer_id == self._ready_timer:
            self._ready_timer = None
            self._run_ready()
            return
        handle = self._handles.pop(timer_id, None)
        if handle is not None and not handle._cancelled and not self._stopped:
            handle._run()

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
        self._fds.close()

    def call_later(
        self,
        delay: float,
        callback: Callable[..., object],
        *args: Any,
        context: Context | None = None,
    ) -> asyncio.Handle:
        if self._debug:  # as asyncio's loop: the check is dear, so only when debugging
            self._check_callback(callback, "call_later")
        return self._timer.later(_Handle(callback, args, self, context=context), delay)

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
            handle._timer_id = _READY
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
