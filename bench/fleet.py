"""Fleet: the real main window watching N VMs that poll every second. N - 3 are
simulated QEMUs served by another process (bench/fleet_server.py, replies recorded from
QEMU 7.2), 3 are real QEMUs; the first real one is selected with its Status pane shown.
Reports the app's CPU (process CPU time / wall time), RSS and the window's stall (the
lateness of a 10 ms timer) while the fleet is polled, each size in a process of its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/fleet.py [N ...]      (default 50 200 500)

FLEET_PROFILE=FILE writes a cProfile of the measured seconds of the last size.
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.common import (
    FullCollections,
    Qemu,
    StallProbe,
    application,
    close_window,
    rss_mib,
    until,
)
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.session import ConnState, VmSession

#: Seconds the fleet is measured once every VM is connected and the first polls are done.
MEASURE_S = 20.0
SETTLE_S = 3.0
REAL_QEMUS = 3
TARGET = "at 500 VMs <= 25 % of one core, p99 stall <= 30 ms, max <= 100 ms"


class ServerCpu:
    """CPU seconds of the simulating process, which answers a line on its stdin."""

    def __init__(self, server: subprocess.Popen[str]) -> None:
        self.server = server

    def __call__(self) -> float:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write("\n")
        self.server.stdin.flush()
        return float(self.server.stdout.readline())


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
    await until(
        lambda: all(s.connected or s.state is ConnState.ERROR for s in sessions),
        "every VM connected",
        180,
    )
    failed = [f"{s.display_name}: {s.error}" for s in sessions if not s.connected]
    if failed:
        raise SystemExit(f"{len(failed)} VMs did not connect, e.g. {failed[0]}")


async def poll_for_a_while(sessions: list[VmSession], server_cpu: ServerCpu) -> dict[str, object]:
    """Measure MEASURE_S seconds of the fleet being polled."""
    probe = StallProbe(10)
    polls_before = sum(s.poll_count for s in sessions)
    skipped_before = sum(s.skipped_polls for s in sessions)
    server_before = server_cpu()
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
    p50, p99, most = probe.stalls()
    return {
        "cpu": cpu / wall,
        "server_cpu": (server_cpu() - server_before) / wall,
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
        window.show()
        sessions = window.model.sessions
        await connect_all(sessions)
        connect_s = time.monotonic() - started
        window.select_session(sessions[0])
        await asyncio.sleep(SETTLE_S)
        result = {"vms": count, "connect_s": connect_s}
        result |= await poll_for_a_while(sessions, server_cpu)
        await close_window(window)
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
        print(json.dumps(run(measure(count, folder, ServerCpu(server)))), flush=True)
    finally:
        server.kill()
        server.wait(10)


def row(r: dict[str, float]) -> str:
    collections = r["full_gc"]
    gc_text = f"{len(collections)}, longest {max(collections):.0f} ms" if collections else "none"
    return (
        f"{r['vms']:>5}  {r['connect_s']:>6.1f} s  {r['polls']:>7.0f}  {r['cpu'] * 100:>6.0f} %  "
        f"{r['rss']:>4.0f} MiB  {r['p50']:>6.1f} ms  {r['p99']:>5.1f} ms  {r['max']:>5.1f} ms  "
        f"{r['server_cpu'] * 100:>5.0f} %   {gc_text}"
    )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        one(int(argv[1]))
        return
    sizes = [int(a) for a in argv] or [50, 200, 500]
    print(
        f"main window, every VM polled each 1 s ({REAL_QEMUS} real QEMUs, the rest simulated "
        f"by another process), measured for {MEASURE_S:g} s once all are connected\n"
    )
    print(
        f"{'VMs':>5}  {'connect':>8}  {'polls/s':>7}  {'app CPU':>8}  {'RSS':>8}  "
        f"{'stall p50':>9}  {'p99':>8}  {'max':>8}  {'server':>7}   full collections"
    )
    results = []
    for count in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(count)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            print(f"{count:>5}  FAILED: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
            continue
        results.append(json.loads(lines[-1]))
        print(row(results[-1]))
    print(
        "\nconnect: from creating the window to every VM connected; server: CPU of the "
        "simulating process"
    )
    biggest = max(results, key=lambda r: r["vms"], default=None)
    if biggest is not None:
        met = biggest["cpu"] <= 0.25 and biggest["p99"] <= 30 and biggest["max"] <= 100
        print(
            f"at {biggest['vms']} VMs: CPU {biggest['cpu'] * 100:.0f} %, stall p99 "
            f"{biggest['p99']:.1f} ms, max {biggest['max']:.1f} ms; target {TARGET}: "
            f"{'met' if met else 'MISSED'}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
