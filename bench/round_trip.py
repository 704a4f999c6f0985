"""Round trip of `query-status`: qmpgui's session layer under the qasync loop, against
a minimal asyncio socket client, on the same real QEMU, in one run.

Sequential (one command at a time) and 64 in flight. The raw client runs on the
same qasync loop (what the app pays for its library and layers) and on a plain
asyncio loop (what Qt's loop costs on top).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/round_trip.py [COUNT]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from bench.common import Qemu, connected_session
from qmpgui.app.event_loop import QtEventLoop

DEPTH = 64
ROUNDS = 5


def _median(results: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


class RawClient:
    """The least a QMP client can do: greeting, capabilities, then id-matched replies."""

    def __init__(self) -> None:
        self._waiting: dict[int, asyncio.Future[object]] = {}
        self._next = 0

    async def connect(self, path: Path) -> None:
        self.reader, self.writer = await asyncio.open_unix_connection(str(path), limit=1 << 24)
        await self.reader.readline()  # greeting
        self._pump = asyncio.get_running_loop().create_task(self._read())
        await self.execute("qmp_capabilities")

    async def _read(self) -> None:
        while line := await self.reader.readline():
            message = json.loads(line)
            future = self._waiting.pop(message.get("id", -1), None)
            if future is not None:
                future.set_result(message.get("return"))

    async def execute(self, command: str) -> object:
        self._next += 1
        future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self._waiting[self._next] = future
        self.writer.write(json.dumps({"execute": command, "id": self._next}).encode() + b"\n")
        return await future

    async def close(self) -> None:
        self._pump.cancel()
        self.writer.close()


Execute = Callable[[str], Awaitable[object]]


async def measure(execute: Execute, count: int) -> tuple[float, float]:
    """(median sequential round trip in ms, commands per second with DEPTH in flight)."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        await execute("query-status")
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(count // DEPTH):
        await asyncio.gather(*(execute("query-status") for _ in range(DEPTH)))
    rate = (count // DEPTH) * DEPTH / (time.perf_counter() - start)
    return statistics.median(times) * 1000, rate


async def raw(path: Path, count: int) -> tuple[float, float]:
    client = RawClient()
    await client.connect(path)
    try:
        return await measure(client.execute, count)
    finally:
        await client.close()


async def app(path: Path, count: int) -> tuple[float, float]:
    session = await connected_session(str(path))
    try:
        return await measure(session.execute, count)
    finally:
        await session.aclose()


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 5000
    qemu = Qemu()
    try:
        plain = asyncio.run(raw(qemu.socket, count))
        qapp = QApplication.instance() or QApplication(sys.argv[:1])
        loop = QtEventLoop(qapp)
        asyncio.set_event_loop(loop)
        with loop:
            # Rounds take turns, so both clients meet the same machine; medians of rounds.
            raws, apps = [], []
            for _ in range(ROUNDS):
                raws.append(loop.run_until_complete(raw(qemu.socket, count // ROUNDS)))
                apps.append(loop.run_until_complete(app(qemu.socket, count // ROUNDS)))
            raw_q, ours = _median(raws), _median(apps)
    finally:
        qemu.stop()
    print(
        f"query-status, {count} sequential then {count // DEPTH} x {DEPTH} in flight; "
        f"on qasync, medians of {ROUNDS} rounds taking turns\n"
    )
    print(f"{'client':<34} {'sequential':>12} {'64 in flight':>16}")
    rows = [
        ("raw asyncio client, plain loop", plain),
        ("raw asyncio client, qasync loop", raw_q),
        ("qmpgui VmSession, qasync loop", ours),
    ]
    for name, (ms, rate) in rows:
        print(f"{name:<34} {ms:>9.3f} ms {rate:>12,.0f} /s")
    print()
    print(
        f"sequential: qmpgui / raw on qasync {ours[0] / raw_q[0]:.2f}x (target <= 1.5x); "
        f"/ raw on plain asyncio {ours[0] / plain[0]:.2f}x"
    )
    print(
        f"64 in flight (time per command): qmpgui / raw on qasync {raw_q[1] / ours[1]:.2f}x "
        f"(target <= 1.2x); / raw on plain asyncio {plain[1] / ours[1]:.2f}x"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
