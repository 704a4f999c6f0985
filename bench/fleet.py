"""Fleet: the real main window watching N VMs, poll interval 1 s, while the VM list
is scrolled a page a second back and forth. The rows in sight and the selected VM are
polled each second, the others' disk I/O every 15 s and run state every 60 s (besides
their events). N - 3 are simulated QEMUs served by another process
(bench/fleet_server.py, replies recorded from QEMU 7.2), 3 are real QEMUs; the first
real one is selected with its Status pane shown. Reports the app's CPU (process CPU
time / wall time), RSS, the window's stall (the lateness of a 10 ms timer) and the
commands per second the simulated VMs answered, against one poll per VM per second,
each size in a process of its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/fleet.py [N ...]      (default 500 2000)

FLEET_PROFILE=FILE writes a cProfile of the measured seconds of the last size.
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollBar

from bench.common import (
    FullCollections,
    Qemu,
    StallProbe,
    application,
    in_own_process,
    rss_mib,
    until,
)
from bench.common import verdict as common_verdict
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.session import ConnState, VmSession

#: Seconds the fleet is measured once every VM is connected and the first polls are done.
MEASURE_S = 20.0
SETTLE_S = 3.0
REAL_QEMUS = 3
#: Commands of one poll of a VM in the list (query-status, query-blockstats,
#: query-migrate): one poll per VM per second sends VMs times this a second.
POLL_COMMANDS = 3
#: The size of the window (pixels): the list shows about 25 rows.
WINDOW = (1280, 800)
#: Targets by fleet size: app CPU (share of one core), stall p99 and max (ms), RSS (MiB).
TARGETS = {500: (0.06, 16.0, 50.0, None), 2000: (0.15, 16.0, 50.0, 600.0)}


#: What the figures cost in freshness (qmpgui/session/polling.py, SessionSettings).
STALENESS = (
    "Out of sight (not a row shown, not selected), a VM's run state follows QMP's events at "
    "once (STOP, RESUME, SHUTDOWN, RESET, GUEST_PANICKED, ...): the tray's counts, the "
    "problems and the Select menu stay as fresh as in sight; a change no event announced "
    "shows within 60 s (query-status and query-migrate, spread over the fleet); disk I/O is "
    "sampled every 15 s, the ticks between drawn as a gap in the sparkline. A row scrolled "
    "into view or selected is polled at once, then each poll interval."
)


class ServerCpu:
    """CPU seconds of the simulating process and the commands it answered, which it
    says for each line on its stdin."""

    def __init__(self, server: subprocess.Popen[str]) -> None:
        self.server = server

    def __call__(self) -> tuple[float, int]:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write("\n")
        self.server.stdin.flush()
        cpu, commands = self.server.stdout.readline().split()
        return float(cpu), int(commands)


class Scroller:
    """Scrolls `bar` a page a second (in 20 steps), down to the end and back up."""

    def __init__(self, bar: QScrollBar) -> None:
        self.bar = bar
        self.way = 1
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.step)
        self.steps = itertools.count()

    def step(self) -> None:
        next(self.steps)
        bar = self.bar
        if not bar.minimum() < bar.value() + self.way < bar.maximum():
            self.way = -self.way
        bar.setValue(bar.value() + self.way * max(1, bar.pageStep() // 20))


def write_config(folder: Path, endpoints: list[str]) -> Path:
    config = folder / "config.json"
    config.write_text(
        json.dumps(
            {
                "poll_interval_s": 1.0,
                "vms": [
                    {"name": f"vm{n:03d}", "endpoint": e, "autoconnect": True}
                    for n, e in enumerate(endpoints)
                ],
            }
        )
    )
    return config


async def connect_all(sessions: list[VmSession]) -> None:
    def done() -> bool:
        ended = sum(s.connected or s.state is ConnState.ERROR for s in sessions)
        if time.monotonic() >= shown[0]:  # progress on stderr: a busy machine takes long
            print(f"{ended} of {len(sessions)} connected", file=sys.stderr, flush=True)
            shown[0] += 10
        return ended == len(sessions)

    shown = [time.monotonic() + 10]
    await until(done, "every VM connected", 900)
    failed = [f"{s.display_name}: {s.error}" for s in sessions if not s.connected]
    if failed:
        raise SystemExit(f"{len(failed)} VMs did not connect, e.g. {failed[0]}")


async def poll_for_a_while(
    sessions: list[VmSession], server_cpu: ServerCpu, scroller: Scroller | None
) -> dict[str, Any]:
    """Measure MEASURE_S seconds of the fleet being polled, the list scrolling unless
    `scroller` is None."""
    probe = StallProbe(10)
    polls_before = sum(s.poll_count for s in sessions)
    skipped_before = sum(s.skipped_polls for s in sessions)
    server_before, commands_before = server_cpu()
    if scroller is not None:
        scroller.timer.start()
    profile = os.environ.get("FLEET_PROFILE")
    profiler = cProfile.Profile() if profile else None
    with FullCollections() as collections:
        cpu_before, wall_before = time.process_time(), time.monotonic()
        probe.start()
        if profiler is not None:
            profiler.enable()
        await asyncio.sleep(MEASURE_S)
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
        probe.stop()
        wall = time.monotonic() - wall_before
        cpu = time.process_time() - cpu_before
    if scroller is not None:
        scroller.timer.stop()
    p50, p99, most = probe.stalls()
    server_after, commands_after = server_cpu()
    return {
        "cpu": cpu / wall,
        "server_cpu": (server_after - server_before) / wall,
        "commands": (commands_after - commands_before) / wall,
        "scrolled": next(scroller.steps) if scroller is not None else 0,
        "rss": rss_mib(),
        "polls": (sum(s.poll_count for s in sessions) - polls_before) / wall,
        "skipped": sum(s.skipped_polls for s in sessions) - skipped_before,
        "p50": p50,
        "p99": p99,
        "max": most,
        "objects": len(gc.get_objects()),
        "full_gc": collections.ms,
    }


async def measure(count: int, folder: Path, server_cpu: ServerCpu) -> dict[str, object]:
    qemus = [Qemu() for _ in range(REAL_QEMUS)]
    try:
        endpoints = [str(q.socket) for q in qemus]
        endpoints += [str(folder / f"sim{n:03d}.sock") for n in range(count - REAL_QEMUS)]
        config = write_config(folder, endpoints)
        started = time.monotonic()
        window = create_main_window(["--config", str(config)])
        window.resize(*WINDOW)
        window.show()
        sessions = window.model.sessions
        await connect_all(sessions)
        connect_s = time.monotonic() - started
        window.select_session(sessions[0])
        await asyncio.sleep(SETTLE_S)
        result: dict[str, object] = {"vms": count, "connect_s": connect_s}
        result["in_sight"] = len(window.list_view.sight.seen)
        result["load"] = os.getloadavg()[0]
        still = await poll_for_a_while(sessions, server_cpu, None)
        result |= {f"{key}_still": still[key] for key in ("cpu", "commands", "p99", "max")}
        scroller = Scroller(window.vm_list.verticalScrollBar())
        result |= await poll_for_a_while(sessions, server_cpu, scroller)
        print(json.dumps(result), flush=True)  # before the close, which takes a while
        window.close()
        await until(lambda: window._shut_down, "the window to close", 600)
        return result
    finally:
        for qemu in qemus:
            qemu.stop()


def one(count: int) -> None:
    """Measure one fleet size in this process; print its figures as one JSON line."""
    folder = Path(tempfile.mkdtemp(prefix="qg-fleet-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("fleet_server.py")),
            str(folder),
            str(count - REAL_QEMUS),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        application()
        run(measure(count, folder, ServerCpu(server)))
    finally:
        server.kill()
        server.wait(10)


def row(r: dict[str, Any]) -> str:
    collections = r["full_gc"]
    gc_text = f"{len(collections)}, longest {max(collections):.0f} ms" if collections else "none"
    every = r["vms"] * POLL_COMMANDS
    return (
        f"{r['vms']:>5}  {r['connect_s']:>6.1f} s  {r['in_sight']:>5}  {r['polls']:>7.0f}  "
        f"{r['commands']:>6.0f} of {every:>5} ({r['commands'] / every:>4.0%})  "
        f"{r['cpu'] * 100:>6.1f} % ({r['cpu_still'] * 100:>4.1f} %)  "
        f"{r['rss']:>4.0f} MiB  {r['p50']:>6.1f} ms  "
        f"{r['p99']:>5.1f} ms  {r['max']:>5.1f} ms  {r['server_cpu'] * 100:>5.0f} %  "
        f"{r['load']:>4.1f}   {gc_text}"
    )


def verdict(r: dict[str, Any]) -> str:
    """The figures of `r` beside the targets of its size ("" without targets)."""
    target = TARGETS.get(r["vms"])
    if target is None:
        return ""
    cpu, p99, most, rss = target
    checks = [
        (f"CPU {r['cpu'] * 100:.1f} % (<= {cpu * 100:.0f} %)", r["cpu"] <= cpu),
        (f"stall p99 {r['p99']:.1f} ms (<= {p99:.0f})", r["p99"] <= p99),
        (f"max {r['max']:.1f} ms (<= {most:.0f})", r["max"] <= most),
    ]
    if rss is not None:
        checks.append((f"RSS {r['rss']:.0f} MiB (<= {rss:.0f})", r["rss"] <= rss))
    return common_verdict(f"{r['vms']} VMs", checks)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        one(int(argv[1]))
        return
    sizes = [int(a) for a in argv] or sorted(TARGETS)
    print(
        f"main window {WINDOW[0]}x{WINDOW[1]}, poll interval 1 s, the VM list scrolled a page "
        f"a second ({REAL_QEMUS} real QEMUs, the rest simulated by another process), "
        f"measured for {MEASURE_S:g} s once all are connected; {os.cpu_count()} cores\n"
    )
    print(
        f"{'VMs':>5}  {'connect':>8}  {'seen':>5}  {'polls/s':>7}  "
        f"{'commands/s of 1 poll/VM/s':>25}  {'app CPU (still)':>17}  {'RSS':>8}  "
        f"{'stall p50':>9}  {'p99':>8}  {'max':>8}  {'server':>6}  {'load':>4}   full collections"
    )
    results = []
    for count in sizes:
        figures = in_own_process(__file__, "--one", str(count))
        if isinstance(figures, str):
            print(f"{count:>5}  FAILED: {figures}")
            continue
        results.append(figures)
        print(row(results[-1]))
    print(
        "\nconnect: from creating the window to every VM connected; seen: VMs in sight "
        "(rows shown and the selected VM) before scrolling; commands/s: answered by the "
        f"simulated VMs, of the {POLL_COMMANDS} per VM a second that one poll per VM per "
        "second sends (query-status, query-blockstats, query-migrate); server: CPU of the "
        "simulating process; load: the machine's 1-minute load average (other work on it); "
        "still: the same window, not scrolled, measured just before"
    )
    for result in results:
        if said := verdict(result):
            print(said)
    print(f"\n{STALENESS}")


if __name__ == "__main__":
    main(sys.argv[1:])
