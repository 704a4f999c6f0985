"""The QOM browser on a large tree: a real QEMU with 180 virtio devices behind 6 PCI
bridges and 1,000 secret objects (thousands of QOM nodes). How long the pane takes to show
the root with /machine open, and to open /machine/peripheral (186 children) and /objects
(1,000 children); how many QOM commands each sends; how long a find over the whole tree
takes; and the window's longest stall meanwhile.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/qom_tree.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import Qemu, StallProbe, application, close_window, until
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.session import VmSession
from qmpgui.session.qom import walk
from qmpgui.ui.panes.qom import QomPane

BRIDGES = 6
PER_BRIDGE = 30
SECRETS = 1000
ROUNDS = 5


def devices() -> list[str]:
    argv: list[str] = []
    for bridge in range(BRIDGES):
        argv += ["-device", f"pci-bridge,id=br{bridge},chassis_nr={bridge + 1}"]
        for slot in range(1, PER_BRIDGE + 1):
            argv += [
                "-device",
                f"virtio-rng-pci,id=rng{bridge}x{slot},bus=br{bridge},addr=0x{slot:x}",
            ]
    for number in range(SECRETS):
        argv += ["-object", f"secret,id=s{number},data=x"]
    return argv


async def opened(pane: QomPane, path: str) -> float:
    """Seconds from opening the node at `path` to its rows shown."""
    node = pane.tree_model.find(path)
    assert node is not None
    start = time.perf_counter()
    pane.tree.expand(pane.tree_model.index_of(node))
    await shown(lambda: node.children is not None, f"{path}'s rows")
    return time.perf_counter() - start


async def shown(condition: Callable[[], object], what: str) -> None:
    """Wait for `condition`, looking every millisecond (bench.common.until looks every
    50 ms, too coarse for these figures)."""
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting: {what}")
        await asyncio.sleep(0.001)


def ms(values: list[float]) -> str:
    each = " ".join(f"{value * 1000:.0f}" for value in values)
    return f"median {statistics.median(values) * 1000:.1f} ms (each: {each} ms)"


async def qemu_alone(
    session: VmSession, execute: Callable[..., Awaitable[object]], pane: QomPane
) -> tuple[list[float], int, float]:
    """QEMU's own share: qom-list /objects sent alone (seconds, each round), and a walk
    of the whole tree: (round trips, objects walked, seconds)."""
    trips = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        await execute("qom-list", {"path": "/objects"})
        trips.append(time.perf_counter() - start)
    tops = [(n.path, n.type) for n in pane.tree_model.root.children or ()]
    walked = 0

    def progress(done: int, waiting: int) -> None:
        nonlocal walked
        walked = done

    start = time.perf_counter()
    async for _ in walk(session, tops, "no-such-object-anywhere", progress):
        pass
    return trips, walked, time.perf_counter() - start


async def measure(socket: Path) -> None:
    window = create_main_window([str(socket)])
    window.show()
    session = window.model.session(0)
    await until(lambda: session.connected, "a connection")
    window.vm_list.selectRow(0)
    # A new connection asks its first queries (the drives, the consoles, the Status
    # pane's): the listings measured here would wait behind them on the one monitor.
    await asyncio.sleep(2)
    pane = window.pane(QomPane)
    sent: list[str] = []
    execute = session.execute

    async def counting(command: str, arguments: Any = None) -> object:
        if command.startswith("qom-"):
            sent.append(command)
        return await execute(command, arguments)

    session.execute = counting  # type: ignore[method-assign]
    probe = StallProbe(10)
    probe.start()
    roots, machines, peripherals, objects = [], [], [], []
    root_cpu: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(ROUNDS):
        pane._clear()
        window.panes.setCurrentIndex(0)
        sent.clear()
        start, cpu = time.perf_counter(), time.process_time()
        window.panes.setCurrentWidget(pane)
        await shown(lambda: pane.tree_model.find("/machine/peripheral") is not None, "/machine")
        roots.append(time.perf_counter() - start)
        root_cpu.append(time.process_time() - cpu)
        counts["root and /machine"] = len(sent)
        sent.clear()
        peripherals.append(await opened(pane, "/machine/peripheral"))
        counts["/machine/peripheral"] = len(sent)
        sent.clear()
        objects.append(await opened(pane, "/objects"))
        counts["/objects"] = len(sent)
        machines.append(len(pane.tree_model.loaded()))
    probe.stop()
    rows = len(pane.tree_model.find("/machine/peripheral").children or ())  # type: ignore[union-attr]
    objs = len(pane.tree_model.find("/objects").children or ())  # type: ignore[union-attr]
    trips, walked, whole = await qemu_alone(session, execute, pane)
    print(
        f"QOM tree of {walked} objects ({BRIDGES * PER_BRIDGE} virtio devices behind "
        f"{BRIDGES} bridges, {SECRETS} secrets), {ROUNDS} rounds\n"
    )
    print(f"root shown with /machine open: {ms(roots)}; {counts['root and /machine']} QOM commands")
    print(f"  of which this process's CPU time: {ms(root_cpu)}")
    print(
        f"/machine/peripheral opened ({rows} children): {ms(peripherals)}; "
        f"{counts['/machine/peripheral']} QOM command"
    )
    print(f"/objects opened ({objs} children): {ms(objects)}; {counts['/objects']} QOM command")
    print(f"  of which QEMU's answer (qom-list /objects alone): {ms(trips)}")
    print(f"rows loaded after the three: {machines[-1]} (of {walked} objects)")
    print(f"find over the whole tree (one qom-list per object): {whole:.1f} s")
    print(f"window stall while opening (10 ms timer lateness): {probe.summary()}")
    print(f"machine load (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    await close_window(window)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    qemu = Qemu(*devices())
    try:
        application()
        run(measure(qemu.socket))
    finally:
        qemu.stop()


if __name__ == "__main__":
    main()
