"""The app's event loop keeps asyncio's promises while its timers stay few."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from typing import Any

from tests.helpers.runner import AsyncRunner


def test_ready_callbacks_run_in_order_and_new_ones_wait_a_turn(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    order: list[str] = []

    def first() -> None:
        order.append("first")
        qloop.call_soon(order.append, "added by first")

    qloop.call_soon(first)
    qloop.call_soon(order.append, "second")
    qloop.call_soon(order.append, "third")
    arun.wait(lambda: len(order) == 4)
    assert order == ["first", "second", "third", "added by first"]


def test_a_cancelled_timer_never_runs_and_is_gone_at_once(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """A command's timeout is cancelled by its reply; thousands of them must not pile up."""
    fired: list[int] = []
    timers: Any = qloop._timer  # type: ignore[attr-defined]
    before = len(timers._scheduled)
    handles = [qloop.call_later(10, fired.append, n) for n in range(1000)]
    assert timers.pending == before + 1000
    for handle in handles:
        handle.cancel()
    assert timers.pending == before
    assert len(timers._scheduled) <= 2 * before + 64  # the cancelled ones let go
    soon = qloop.call_soon(fired.append, -1)
    soon.cancel()
    qloop.call_later(0.05, fired.append, 7)
    arun.wait(lambda: fired == [7])
    time.sleep(0.05)  # time passes: still nothing but the timer that was not cancelled
    arun.wait(lambda: fired == [7])


async def _timeouts_and_sleeps() -> float:
    started = time.monotonic()
    for _ in range(200):
        async with asyncio.timeout(10):  # what every QMP command does
            await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    return time.monotonic() - started


def test_timeouts_expire_and_sleeps_wake_on_time(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    async def expires() -> str:
        try:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(5)
        except TimeoutError:
            return "timed out"
        return "slept"

    assert arun(expires()) == "timed out"
    assert 0.1 <= arun(_timeouts_and_sleeps()) < 2


def test_a_failing_callback_is_reported_and_the_rest_still_run(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    seen: list[object] = []
    qloop.set_exception_handler(lambda _loop, context: seen.append(context.get("exception")))
    try:

        def fail() -> None:
            raise ValueError("boom")

        qloop.call_soon(fail)
        qloop.call_soon(seen.append, "after")
        arun.wait(lambda: len(seen) == 2)
        assert isinstance(seen[0], ValueError) and seen[1] == "after"
    finally:
        qloop.set_exception_handler(None)


def test_run_returns_the_result_and_closes_its_loop() -> None:
    """qmpgui's entry point runs the window through run(): a task's value comes back and
    the process can end."""
    script = (
        "import asyncio\n"
        "from qmpgui.app.event_loop import run\n"
        "async def main():\n"
        "    await asyncio.sleep(0.01)\n"
        "    return 42\n"
        "print(run(main()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "42"


def test_a_long_run_of_ready_callbacks_lets_qt_paint_in_between(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """Hundreds of VMs answering at once queue many callbacks; the window must get its
    turn every few milliseconds, not once they are all done."""
    from PySide6.QtCore import QTimer

    order: list[str] = []

    def busy(n: int) -> None:
        time.sleep(0.002)
        order.append(f"callback {n}")

    QTimer.singleShot(5, lambda: order.append("qt"))  # due while the callbacks run
    for n in range(50):
        qloop.call_soon(busy, n)
    arun.wait(lambda: len(order) == 51)
    assert order.index("qt") < 15, order[:16]
    assert [o for o in order if o != "qt"] == [f"callback {n}" for n in range(50)]


def test_call_soon_from_another_thread_runs_and_the_loop_goes_on(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """A worker thread's garbage collection can close a forgotten asyncio transport,
    whose close() calls call_soon there: the callback runs on the loop, which goes on."""
    ran: list[str] = []
    worker = threading.Thread(target=lambda: qloop.call_soon(ran.append, "from a thread"))
    worker.start()
    worker.join()
    arun.wait(lambda: ran == ["from a thread"])
    qloop.call_soon(ran.append, "after")
    arun.wait(lambda: ran == ["from a thread", "after"])


def test_thousands_of_pending_timers_cost_qt_one_timer_and_fire_in_order(
    qloop: asyncio.AbstractEventLoop, arun: AsyncRunner
) -> None:
    """A fleet's sessions keep thousands of sleeps and timeouts pending; Qt searches its
    list of timers at every start and stop, so they wait in the loop's own schedule."""
    from PySide6.QtCore import QAbstractEventDispatcher

    fired: list[tuple[int, float]] = []
    start = qloop.time() + 0.05
    delays = [((n * 7919) % 200) / 1000 for n in range(2000)]  # 0 to 0.2 s, shuffled
    for n, delay in enumerate(delays):
        qloop.call_at(start + delay, lambda n=n: fired.append((n, qloop.time() - start)))
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    assert len(dispatcher.registeredTimers(qloop._timer)) <= 2  # type: ignore[attr-defined]
    arun.wait(lambda: len(fired) == len(delays))
    assert [delays[n] for n, _ in fired] == sorted(delays)  # in the order they were due
    assert all(at >= delays[n] for n, at in fired)  # none early
