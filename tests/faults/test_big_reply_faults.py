"""Replies of many megabytes typed in the console: shown whole while the window keeps
running (a broken one: test_socket_faults.py's bad replies). Over the fake server: no
QEMU command returns 30 MB on demand."""

from __future__ import annotations

import functools
import gc
import itertools
import json
from pathlib import Path

from PySide6.QtCore import QTimer

from qmpgui.session import ConnState
from tests.helpers.clock import unqueued_time
from tests.helpers.console import open_console, send
from tests.helpers.fake_qmp import FakeQmpServer, serve_encoded
from tests.helpers.guard import Guard
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, state_text

#: The longest the window may go without running its loop while 10 MB of small objects
#: arrive and are shown, on a clock that leaves out the time other programs ran first
#: (80 ms measured on a busy machine: full collections over the objects decoded so far,
#: copies of the whole reply). Decoded in one call, as json.loads does, they held it
#: 270-450 ms there.
MAX_GAP_S = 0.15


@functools.cache
def _returns() -> dict[str, bytes]:
    """What each command returns, encoded once: the server's thread then only writes,
    and takes the GIL from the window for no more than that."""
    strings = json.dumps([f"{n:08d}" + "x" * 90 for n in range(300_000)]).encode()
    objects = [
        {"name": f"type-{n:06d}", "members": [{"name": "id", "type": "str"}] * 3}
        for n in range(80_000)
    ]
    return {
        "x-huge": strings,  # 30.6 MB
        "x-objects": json.dumps(objects).encode(),  # 10 MB
    }


def test_a_30_mb_reply_is_shown_and_the_connection_stays(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, *, guard: Guard
) -> None:
    with FakeQmpServer(short_tmp / "big.sock", serve_encoded(_returns())):
        window, console = open_console(windows, short_tmp / "big.sock")
        item = send(arun, console, "x-huge")
        assert item.exchange is not None and item.exchange.failure is None
        value = item.exchange.reply.get("return") if isinstance(item.exchange.reply, dict) else None
        assert isinstance(value, list) and len(value) == 300_000
        assert window.model.session(0).state is ConnState.CONNECTED
        assert state_text(window) == "running"


def test_the_window_runs_while_a_big_reply_arrives_and_is_shown(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, *, guard: Guard
) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(unqueued_time()))
    with FakeQmpServer(short_tmp / "big.sock", serve_encoded(_returns())):
        _, console = open_console(windows, short_tmp / "big.sock")
        _returns()  # made before measuring
        # What lives now is left out of full collections, as the app's Collector does
        # each second: walking the test process's own heap is not the window's work.
        gc.collect()
        gc.freeze()
        timer.start()
        try:
            item = send(arun, console, "x-objects")
        finally:
            timer.stop()
            gc.unfreeze()
    assert item.exchange is not None and item.exchange.failure is None
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) <= MAX_GAP_S, f"the window stood still for {max(gaps) * 1000:.0f} ms"
