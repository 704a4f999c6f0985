"""Big replies into the console: `query-qmp-schema` from a real QEMU, and replies of
10 MB and 30 MB from a fake server in another process (its encoding and sending would
otherwise take the interpreter lock from the window being measured). Time from Send
until the reply is on screen, and the window's stalls meanwhile (lateness of a 10 ms
timer), with the targets beside the figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/big_replies.py
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import FullCollections, Qemu, StallProbe, application, connected_session
from qmpgui.app.event_loop import QtEventLoop
from qmpgui.models.transcript import RowKind
from qmpgui.qmp.stream import INLINE_BYTES
from qmpgui.session import VmSession
from qmpgui.store.history import MODES, History
from qmpgui.ui.console import ConsoleWidget
from qmpgui.ui.console_host import ConsoleHost
from tests.helpers.fake_qmp import FakeQmpServer, serve_encoded

RUNS = 5

#: command: (what it returns, items in it), as the fake server sends them.
REPLIES = {
    "x-big": ("10 MB of strings", 100_000),
    "x-huge": ("30 MB of strings", 300_000),
    "x-objects": ("10 MB of small objects", 60_000),
}


def _returned(command: str) -> bytes:
    """The encoded `return` value of one of REPLIES."""
    count = REPLIES[command][1]
    if command == "x-objects":  # query-qmp-schema's shape: objects in an array, nested
        value: object = [
            {
                "name": f"type-{n:06d}",
                "meta-type": "object",
                "members": [
                    {"name": "id", "type": "str"},
                    {"name": "size", "type": "int", "default": None},
                    {"name": "props", "type": "any", "features": ["deprecated"]},
                ],
            }
            for n in range(count)
        ]
    else:
        value = [f"{n:08d}" + "x" * 90 for n in range(count)]
    return json.dumps(value).encode()


def serve(path: str) -> None:
    """The fake server's process: replies encoded once, before any is asked for."""
    bodies = {command: _returned(command) for command in REPLIES}

    with FakeQmpServer(Path(path), serve_encoded(bodies)):
        sys.stdin.read()  # until the benchmark closes it


def console_for(session: VmSession, tasks: set[asyncio.Task[Any]]) -> ConsoleWidget:
    def spawn(coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return task

    host = ConsoleHost(
        spawn,
        lambda *a: True,
        {m: History() for m in MODES},
        lambda: None,
        lambda level, text: None,
    )
    console = ConsoleWidget(session, host)
    console.resize(1000, 700)
    console.show()
    return console


async def shown_after(console: ConsoleWidget, text: str, probe: StallProbe) -> tuple[float, object]:
    """Seconds from Send until the reply's rows are in the view, and the reply."""
    before = sum(1 for i in console.model.items() if i.kind is RowKind.EXCHANGE)
    console.input.setPlainText(text)
    probe.start()
    start = time.perf_counter()
    console.submit()
    while True:
        items = [i for i in console.model.items() if i.kind is RowKind.EXCHANGE]
        if len(items) > before and items[-1].exchange and items[-1].exchange.done:
            top = console.model.index_of(items[-1])
            if console.model.rowCount(top) and console.output.isExpanded(top):
                break
        await asyncio.sleep(0)
    elapsed = time.perf_counter() - start
    await asyncio.sleep(0.05)  # the probe sees the frame after it too
    probe.stop()
    return elapsed, items[-1].exchange.reply


class LongestStep:
    """The longest callback the event loop runs, in the window's thread's own CPU time
    (time.thread_time): what qmpgui asks of the thread at once, without the time other
    processes of a busy machine hold the core (which the stall includes)."""

    def __init__(self) -> None:
        self.ms = 0.0
        self._run = asyncio.Handle._run

    def __enter__(self) -> LongestStep:
        run, clock = self._run, self

        def timed(handle: asyncio.Handle) -> None:
            start = time.thread_time()
            try:
                run(handle)
            finally:
                clock.ms = max(clock.ms, (time.thread_time() - start) * 1000)

        asyncio.Handle._run = timed  # type: ignore[method-assign]
        return self

    def __exit__(self, *_: object) -> None:
        asyncio.Handle._run = self._run  # type: ignore[method-assign]


class Figures:
    """One reply's runs: seconds until shown, worst stall, whole and still connected."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float]] = []
        self.step_ms = 0.0
        self.whole = True
        self.connected = True
        self.collections = ""

    def row(self, name: str, target_ms: float | None) -> str:
        """The figures beside the target: a stall of at most `target_ms`, or (None) the
        reply shown whole on a connection that stays up."""
        shown = sorted(seconds for seconds, _ in self.runs)[len(self.runs) // 2]
        worst = max(stall for _, stall in self.runs)
        intact = "yes" if self.whole and self.connected else "NO"
        if target_ms is None:
            target, met = "shown whole, connection kept", intact == "yes"
        else:
            target, met = f"stall <= {target_ms:.0f} ms", worst <= target_ms and intact == "yes"
        return (
            f"{name:<36} {shown * 1000:>7.0f} ms {worst:>7.0f} ms {self.step_ms:>7.0f} ms   "
            f"{intact:<5} {target}: {'met' if met else 'MISSED'}"
        )


async def run(endpoint: str, command: str, items: int | None = None) -> Figures:
    session = await connected_session(endpoint)
    tasks: set[asyncio.Task[Any]] = set()
    console = console_for(session, tasks)
    probe = StallProbe(10)
    figures = Figures()
    try:
        with FullCollections() as collections, LongestStep() as step:
            for _ in range(RUNS):
                step.ms = 0.0
                seconds, got = await shown_after(console, command, probe)
                figures.runs.append((seconds, probe.max_ms))
                figures.step_ms = max(figures.step_ms, step.ms)
                value = got.get("return") if isinstance(got, dict) else None
                if items is not None and not (isinstance(value, list) and len(value) == items):
                    figures.whole = False
                figures.connected = figures.connected and session.connected
                console.model.clear()
        figures.collections = collections.summary()
    finally:
        console.close()
        await asyncio.gather(*tasks, return_exceptions=True)
        await session.aclose()
    return figures


def _wait_for_socket(path: Path, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(str(path))
                return
            except OSError:
                time.sleep(0.05)
    raise SystemExit("the fake server did not start")


def main() -> None:
    if sys.argv[1:2] == ["--serve"]:
        serve(sys.argv[2])
        return
    qapp = application()
    loop = QtEventLoop(qapp)
    asyncio.set_event_loop(loop)
    qemu = Qemu()
    big_socket = qemu.folder / "big.sock"
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(big_socket)], stdin=subprocess.PIPE, text=True
    )
    figures: dict[str, Figures] = {}
    load_before = os.getloadavg()[0]
    try:
        _wait_for_socket(big_socket, server)
        with loop:
            figures["schema"] = loop.run_until_complete(run(str(qemu.socket), "query-qmp-schema"))
            for command, (_, items) in REPLIES.items():
                figures[command] = loop.run_until_complete(run(str(big_socket), command, items))
    finally:
        qemu.stop()
        assert server.stdin is not None
        server.stdin.close()
        server.wait(30)
    print(
        f"{RUNS} runs each; shown = median time from Send until the reply's rows are in the "
        "view; stall = worst lateness of a 10 ms timer over the runs; step = the longest "
        "callback of the event loop in the window's thread's own CPU time; whole = every item "
        "arrived and the connection stayed up. Replies over "
        f"{INLINE_BYTES // 1024} KiB are decoded in slices on the window's thread.\n"
    )
    print(f"{'reply':<36} {'shown':>10} {'stall':>10} {'step':>10}   whole target")
    schema = figures["schema"]
    shown_ms = sorted(s for s, _ in schema.runs)[RUNS // 2] * 1000
    print(
        schema.row("query-qmp-schema (real QEMU, 200 KB)", 100)
        + f"; shown <= 300 ms: {'met' if shown_ms <= 300 else 'MISSED'}"
    )
    print(figures["x-big"].row(REPLIES["x-big"][0], 50))
    for command in ("x-huge", "x-objects"):  # shown whole; their stalls for the record
        print(figures[command].row(REPLIES[command][0], None))
    print(
        f"\nmachine load (1-minute average) {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores"
    )
    print(
        "full garbage collections: "
        + ", ".join(
            f"{REPLIES.get(c, ('schema',))[0]}: {f.collections}" for c, f in figures.items()
        )
    )


if __name__ == "__main__":
    main()
