"""Big replies into the console: `query-qmp-schema` from a real QEMU and a 10 MB
synthetic reply from a fake server. Time from Send until the reply is on screen,
and the window's stalls meanwhile (lateness of a 10 ms timer).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/big_replies.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import Qemu, StallProbe, application, connected_session
from qmpgui.app.event_loop import QtEventLoop
from qmpgui.models.transcript import RowKind
from qmpgui.session import VmSession
from qmpgui.store.history import MODES, History
from qmpgui.ui.console import ConsoleWidget
from qmpgui.ui.console_host import ConsoleHost
from tests.helpers.fake_qmp import FakeQmpServer, negotiate, read_command, reply

RUNS = 5


async def serve_big(reader: Any, writer: Any) -> None:
    await negotiate(reader, writer)
    big = [f"{n:08d}" + "x" * 90 for n in range(100_000)]  # 10 MB as sent
    while True:
        request = await read_command(reader)
        value: object = big if request.get("execute") == "x-big" else {}
        if request.get("execute") == "query-status":
            value = {"status": "running", "running": True}
        writer.write(reply(request, value))
        await writer.drain()


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


async def shown_after(console: ConsoleWidget, text: str, probe: StallProbe) -> float:
    """Seconds from Send until the reply's rows are in the view."""
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
    return elapsed


async def run(endpoint: str, command: str) -> list[tuple[float, float, str]]:
    session = await connected_session(endpoint)
    tasks: set[asyncio.Task[Any]] = set()
    console = console_for(session, tasks)
    probe = StallProbe(10)
    results = []
    try:
        for _ in range(RUNS):
            seconds = await shown_after(console, command, probe)
            results.append((seconds, probe.max_ms, probe.summary()))
            console.model.clear()
    finally:
        console.close()
        await asyncio.gather(*tasks, return_exceptions=True)
        await session.aclose()
    return results


def main() -> None:
    qapp = application()
    loop = QtEventLoop(qapp)
    asyncio.set_event_loop(loop)
    qemu = Qemu()
    big_socket = qemu.folder / "big.sock"
    try:
        with loop, FakeQmpServer(big_socket, serve_big):
            schema = loop.run_until_complete(run(str(qemu.socket), "query-qmp-schema"))
            big = loop.run_until_complete(run(str(big_socket), "x-big"))
    finally:
        qemu.stop()
    print(f"median of {RUNS} runs; stall = lateness of a 10 ms timer from Send until shown\n")
    print(f"{'reply':<34} {'shown after':>12} {'max stall':>10}  target")
    for name, rows, target in (
        ("query-qmp-schema (real QEMU 200 KB)", schema, "shown <= 300 ms, stall <= 100 ms"),
        ("10 MB synthetic (500 lines + Show all)", big, "stall <= 100 ms"),
    ):
        ordered = sorted(rows)
        seconds, stall, _ = ordered[len(ordered) // 2]
        worst = max(r[1] for r in ordered)
        print(
            f"{name:<34} {seconds * 1000:>9.0f} ms {stall:>7.0f} ms  {target} "
            f"(worst stall of {RUNS}: {worst:.0f} ms)"
        )


if __name__ == "__main__":
    main()
