"""libvirt connection with many domains: the real main window adds `qemu:///system` of
the tests' libvirtd (tests/helpers/libvirtd.py, taken in turns with the libvirt tests
through their lock), whose domains are tiny (32 MiB, no disk, no display), most shut
off, one in twenty running.

Each size runs in a process of its own, so that its connection is the process's first
use of libvirt (the worker process started, libvirt-python imported there, connected,
listed). Reported side by side for 20 and 200 domains:
- up: from Add connection to the connection being up (the worker's libvirt connection
  open);
- listed: from up to every domain's row in the window's list (through its proxy);
- states: from up to every row showing libvirt's state (none "connecting…" any more),
  and connected: to every running domain's monitor open (QMP pass-through);
- the window's stalls (the lateness of a 10 ms timer) from Add connection until
  connected: the first cold connection;
- then, with the connection's rows shown, the steady CPU over MEASURE_S: the window's
  process, its libvirt worker, and libvirtd, each in % of one core, with the requests
  the window sent the worker.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/libvirt_domains.py [N ...]   (as root)

LIBVIRT_PROFILE=FILE writes a cProfile of the cold connection of the last size.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common
from qmpgui.app import create_main_window
from qmpgui.app.event_loop import run
from qmpgui.session import ConnState
from qmpgui.virt.client import VirtClient
from tests.helpers.libvirtd import URI, Libvirtd, virsh

#: The domains' names begin so (tests/helpers/libvirtd.py undefines what a killed run left).
PREFIX = "qmpgui-bench-"
#: Domains running, one in this many (the rest defined, shut off).
RUNNING_EVERY = 20
#: Seconds of steady CPU measured once everything is listed and connected.
MEASURE_S = 25.0
SETTLE_S = 3.0
#: Seconds the window's stalls are measured before the connection is added.
IDLE_S = 3.0
WINDOW = (1280, 800)
#: The issue's targets, at TARGET_DOMAINS: every row listed and showing its state within
#: LISTED_S of the connection being up, steady CPU of the window and its worker at most
#: STEADY_CPU of one core, no stall of the first cold connection over STALL_MS.
TARGET_DOMAINS, LISTED_S, STEADY_CPU, STALL_MS = 200, 2.0, 0.05, 50.0


def name_of(n: int) -> str:
    return f"{PREFIX}{n:03d}"


def domain_xml(name: str) -> str:
    """A tiny domain: 32 MiB, no disk, no display (SeaBIOS finds nothing to boot and
    waits), no balloon."""
    return f"""<domain type='qemu'>
  <name>{name}</name>
  <memory unit='MiB'>32</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <features><acpi/></features>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <memballoon model='none'/>
  </devices>
</domain>
"""


def define(daemons: Libvirtd, numbers: range) -> None:
    """Define the domains `numbers` in one virsh, then start one in RUNNING_EVERY."""
    commands = []
    for n in numbers:
        xml = daemons.folder / f"{name_of(n)}.xml"
        xml.write_text(domain_xml(name_of(n)))
        commands.append(f"define {xml}")
        daemons.domains.append(name_of(n))  # stop() undefines them if this run fails
    virsh(" ; ".join(commands))
    started = [f"start {name_of(n)}" for n in numbers if n % RUNNING_EVERY == 0]
    virsh(" ; ".join(started))


def undefine_all(daemons: Libvirtd, count: int) -> None:
    running = [f"destroy {name_of(n)}" for n in range(0, count, RUNNING_EVERY)]
    virsh(" ; ".join(running), check=False)
    virsh(" ; ".join(f"undefine {name_of(n)}" for n in range(count)), check=False)
    daemons.domains = [d for d in daemons.domains if not d.startswith(PREFIX)]


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of process `pid` so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_pid() -> int:
    """The pid of this process's libvirt worker (a child running qmpgui.virt.worker)."""
    me = str(os.getpid())
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = stat.read_text().rsplit(")", 1)[1].split()[1]
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if parent == me and b"qmpgui.virt.worker" in command:
            return int(stat.parent.name)
    raise SystemExit("no libvirt worker found")


class BusyProbe(common.StallProbe):
    """The stall probe, also timing the window thread's own CPU between two ticks
    (time.thread_time): the longest stretch of work the window did at once, without
    the time other processes of a busy machine held the core (which the stall has)."""

    def __init__(self, tick_ms: int = 10) -> None:
        super().__init__(tick_ms)
        self.busy_ms: list[float] = []
        self._cpu = 0.0
        self._timer.timeout.connect(self._busy)

    def start(self) -> None:
        self.busy_ms.clear()
        self._cpu = time.thread_time()
        super().start()

    def _busy(self) -> None:
        now = time.thread_time()
        self.busy_ms.append((now - self._cpu) * 1000)
        self._cpu = now


class Marks:
    """When the worker's connection came up, and the requests the window sent it."""

    def __init__(self) -> None:
        self.up: float | None = None
        self.requests: Counter[str] = Counter()
        opened, requested = VirtClient.open, VirtClient.request

        async def open_(client: VirtClient, timeout: float | None = None) -> None:
            await opened(client, timeout)
            self.up = self.up or time.monotonic()

        async def request(client: VirtClient, op: str, *args: Any, **kwargs: Any) -> Any:
            self.requests[op] += 1
            return await requested(client, op, *args, **kwargs)

        VirtClient.open = open_  # type: ignore[method-assign]
        VirtClient.request = request  # type: ignore[method-assign]


async def steady(marks: Marks) -> dict[str, Any]:
    """The CPU of the window, its worker and libvirtd over MEASURE_S, after SETTLE_S."""
    await asyncio.sleep(SETTLE_S)
    worker, libvirtd = worker_pid(), int(os.environ["BENCH_LIBVIRTD_PID"])
    marks.requests.clear()
    before = (time.process_time(), cpu_seconds(worker), cpu_seconds(libvirtd), time.monotonic())
    await asyncio.sleep(MEASURE_S)
    after = (time.process_time(), cpu_seconds(worker), cpu_seconds(libvirtd), time.monotonic())
    wall = after[3] - before[3]
    return {
        "cpu": (after[0] - before[0]) / wall,
        "worker_cpu": (after[1] - before[1]) / wall,
        "libvirtd_cpu": (after[2] - before[2]) / wall,
        "requests": {op: n / wall for op, n in marks.requests.most_common()},
    }


async def measure(count: int) -> dict[str, Any]:
    marks = Marks()
    folder = Path(os.environ["XDG_CONFIG_HOME"])
    config = folder / "config.json"
    config.write_text(json.dumps({"vms": []}))
    window = create_main_window(["--config", str(config)])
    window.resize(*WINDOW)
    window.show()
    await asyncio.sleep(2)  # the window's own start-up done
    probe = BusyProbe(10)
    probe.start()  # the window alone, for the machine's own stalls beside the figures
    await asyncio.sleep(IDLE_S)
    probe.stop()
    idle = probe.stalls()[1:]
    proxy = window.vm_list.model()
    load = os.getloadavg()[0]
    profile = os.environ.get("LIBVIRT_PROFILE")
    profiler = cProfile.Profile() if profile else None
    with common.FullCollections() as collections:
        probe.start()
        if profiler is not None:
            profiler.enable()
        clicked = time.monotonic()
        connection = window.fleet.add_connection(URI, autoconnect=True)
        model = window.model

        def rows() -> int:
            index = proxy.mapFromSource(model.index_of(connection))
            return proxy.rowCount(index) if index.isValid() else 0

        await common.until(lambda: rows() == count, f"{count} rows", 120)
        listed = time.monotonic()
        sessions = model.domain_sessions(connection)
        await common.until(
            lambda: all(s.state is not ConnState.CONNECTING for s in sessions), "states", 120
        )
        states = time.monotonic()
        running = [s for s in sessions if s.domain is not None and s.domain.active]
        await common.until(
            lambda: all(s.connected for s in running), "running domains connected", 120
        )
        connected = time.monotonic()
        probe.stop()
        if profiler is not None and profile:
            profiler.disable()
            profiler.dump_stats(profile)
    assert marks.up is not None
    p50, p99, most = probe.stalls()
    result: dict[str, Any] = {
        "domains": count,
        "running": len(running),
        "up_s": marks.up - clicked,
        "listed_s": listed - marks.up,
        "states_s": states - marks.up,
        "connected_s": connected - marks.up,
        "p50": p50,
        "p99": p99,
        "max": most,
        "busy": max(probe.busy_ms, default=0.0),
        "idle_p99": idle[0],
        "idle_max": idle[1],
        "full_gc": collections.ms,
        "load": load,
        "connection": connection.state_text(),
    }
    window.vm_list.expand(proxy.mapFromSource(model.index_of(connection)))
    result |= await steady(marks)
    print(json.dumps(result), flush=True)
    await common.close_window(window)
    return result


def one(count: int) -> None:
    """Measure `count` domains in this process; print its figures as one JSON line."""
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ.setdefault("XDG_RUNTIME_DIR", str(folder))
    (folder / "config").mkdir()
    common.application()
    run(measure(count))


def cold_row(r: dict[str, Any]) -> str:
    collections = r["full_gc"]
    gc_text = f"{len(collections)}, longest {max(collections):.0f} ms" if collections else "none"
    return (
        f"{r['domains']:>7}  {r['running']:>7}  {r['up_s']:>5.2f} s  {r['listed_s']:>6.2f} s  "
        f"{r['states_s']:>6.2f} s  {r['connected_s']:>9.2f} s  {r['p99']:>6.1f} ms  "
        f"{r['max']:>6.1f} ms  {r['busy']:>5.1f} ms  {r['idle_p99']:>5.1f} / {r['idle_max']:>5.1f} "
        f"ms  {r['load']:>4.1f}   {gc_text}"
    )


def steady_row(r: dict[str, Any]) -> str:
    requests = ", ".join(f"{op} {rate:.1f}" for op, rate in r["requests"].items()) or "none"
    return (
        f"{r['domains']:>7}  {r['cpu'] * 100:>6.1f} %  {r['worker_cpu'] * 100:>6.1f} %  "
        f"{r['libvirtd_cpu'] * 100:>8.1f} %   {requests}"
    )


def verdict(r: dict[str, Any]) -> str:
    if r["domains"] != TARGET_DOMAINS:
        return ""
    listed, cpu, most = LISTED_S, STEADY_CPU, STALL_MS
    app_cpu = r["cpu"] + r["worker_cpu"]
    checks = [
        (f"listed {r['listed_s']:.2f} s (<= {listed:g} s)", r["listed_s"] <= listed),
        (f"states {r['states_s']:.2f} s (<= {listed:g} s)", r["states_s"] <= listed),
        (
            f"steady CPU {app_cpu * 100:.1f} % window and worker (<= {cpu * 100:.0f} %)",
            app_cpu <= cpu,
        ),
        (
            f"cold connection's max stall {r['max']:.1f} ms (<= {most:.0f}; its longest busy "
            f"stretch {r['busy']:.1f} ms, the idle window's max stall {r['idle_max']:.1f} ms)",
            r["max"] <= most,
        ),
    ]
    return common.verdict(f"{r['domains']} domains", checks)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        one(int(argv[1]))
        return
    sizes = sorted(int(a) for a in argv) or [20, 200]
    daemons = Libvirtd.start()
    os.environ["BENCH_LIBVIRTD_PID"] = str(daemons.pids[-1])
    print(
        f"main window {WINDOW[0]}x{WINDOW[1]} adds {URI} (the tests' libvirtd); domains of 32 "
        f"MiB without disk or display, one in {RUNNING_EVERY} running (TCG); each size in a "
        f"process of its own (its first use of libvirt); steady CPU over {MEASURE_S:g} s with "
        f"the domains' rows shown; {os.cpu_count()} cores\n"
    )
    results = []
    defined = 0
    try:
        for count in sizes:
            started = time.monotonic()
            define(daemons, range(defined, count))
            defined = count
            setup_s = time.monotonic() - started
            figures = common.in_own_process(__file__, "--one", str(count))
            if isinstance(figures, str):
                print(f"{count} domains FAILED: {figures}")
                continue
            results.append(figures | {"setup_s": setup_s})
    finally:
        undefine_all(daemons, defined)
        daemons.stop()
    print("the first cold connection:")
    print(
        f"{'domains':>7}  {'running':>7}  {'up':>7}  {'listed':>8}  {'states':>8}  "
        f"{'connected':>11}  {'stall p99':>9}  {'max':>9}  {'busy':>8}  {'idle window':>15}  "
        "load   full collections"
    )
    for result in results:
        print(cold_row(result))
    print(f"\nsteady, {MEASURE_S:g} s with the domains' rows shown (% of one core):")
    print(
        f"{'domains':>7}  {'window':>8}  {'worker':>8}  {'libvirtd':>10}   requests/s to the worker"
    )
    for result in results:
        print(steady_row(result))
    print(
        "\nup: Add connection to the worker's libvirt connection open; listed, states, "
        "connected: from up to every domain's row in the list, every row showing libvirt's "
        "state, every running domain's monitor open; stall: the lateness of a 10 ms timer "
        "from Add connection to connected; busy: the longest stretch of the window thread's "
        f"own CPU between two of its ticks; idle window: stall p99 / max over {IDLE_S:g} s "
        "before, the window alone (the machine's share); load: the 1-minute load average "
        "before"
    )
    for result in results:
        print(f"defining the {result['domains']} domains took {result['setup_s']:.1f} s")
    for result in results:
        if said := verdict(result):
            print(said)


if __name__ == "__main__":
    main(sys.argv[1:])
