"""What the benchmarks share: a real QEMU to talk to, a stall probe, the machine."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from qmpgui.app.collector import Collector
from qmpgui.session import SessionSettings, VmSession

if TYPE_CHECKING:
    from qmpgui.app.main_window import MainWindow


class Qemu:
    """A real QEMU with one QMP socket in a private folder (TCG, `memory_mib` of RAM,
    64 MiB unless told, no display)."""

    def __init__(self, *extra: str, memory_mib: int = 64) -> None:
        qemu = shutil.which("qemu-system-x86_64")
        if qemu is None:
            raise SystemExit("qemu-system-x86_64 is needed (apt-get install qemu-system-x86)")
        self.folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
        self.socket = self.folder / "qmp.sock"
        self.process = subprocess.Popen(
            [
                qemu,
                "-machine",
                "pc",
                "-accel",
                "tcg",
                "-m",
                str(memory_mib),
                "-nodefaults",
                "-no-user-config",
                "-display",
                "none",
                "-name",
                "bench",
                *extra,
                "-qmp",
                f"unix:{self.socket},server=on,wait=off",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("QEMU did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)


def application() -> QApplication:
    """The QApplication as qmpgui's entry point sets it up (its garbage collection too),
    except that closing the window does not end it."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    Collector(app)
    return app


class StallProbe:
    """A timer that should fire every `tick_ms`; how late it fires is how long the
    window could neither paint nor take input."""

    def __init__(self, tick_ms: int = 10) -> None:
        self.tick_ms = tick_ms
        self.late_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0

    def start(self) -> None:
        self.late_ms.clear()
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.late_ms.append(max(0.0, (now - self._last) / 1e6 - self.tick_ms))
        self._last = now

    def stalls(self) -> tuple[float, float, float]:
        """p50, p99 and max of the lateness, in ms (zeros before the first tick)."""
        if not self.late_ms:
            return 0.0, 0.0, 0.0
        late = sorted(self.late_ms)
        return statistics.median(late), late[min(len(late) - 1, int(len(late) * 0.99))], late[-1]

    def summary(self) -> str:
        if not self.late_ms:
            return "no ticks"
        p50, p99, most = self.stalls()
        return f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {most:.1f} ms"

    @property
    def max_ms(self) -> float:
        return max(self.late_ms, default=0.0)


class FullCollections:
    """How long each full garbage collection took while measuring: the usual cause of a
    long stall when many objects live."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self._started = 0.0

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                self._started = time.perf_counter()
            else:
                self.ms.append((time.perf_counter() - self._started) * 1000)

    def summary(self) -> str:
        if not self.ms:
            return "none"
        return f"{len(self.ms)}, longest {max(self.ms):.0f} ms"


def rss_mib() -> float:
    """This process's resident memory now (the peak where /proc is missing)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    """One line about the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            int(line.split()[1]) // 1024 // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration, ValueError):
        memory = 0
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB, {platform.system()} {platform.release()}"


async def connected_session(endpoint: str) -> VmSession:
    """A VmSession connected to `endpoint`, polling as rarely as it can."""
    session = VmSession("bench", endpoint, settings=SessionSettings(poll_interval_s=3600))
    up = asyncio.Event()
    session.stateChanged.connect(lambda: up.set() if session.connected else None)
    session.connect_vm()
    await up.wait()
    return session


def in_own_process(script: str, *args: str) -> dict[str, Any] | str:
    """Run `script` (a benchmark's file) with `args` in a process of its own; the JSON
    object of the last line of its output that is one, or why there is none (its last
    words on stderr)."""
    done = subprocess.run(
        [sys.executable, script, *args], capture_output=True, text=True, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return (done.stderr.strip().splitlines() or ["?"])[-1]
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def verdict(what: str, checks: list[tuple[str, bool]]) -> str:
    """One line of figures beside their targets: `checks` are (the figure and its
    target in words, met); "at WHAT: ..., ...: met" or MISSED (each missed one marked)."""
    said = ", ".join(f"{text}{'' if ok else ' MISSED'}" for text, ok in checks)
    return f"at {what}: {said}: {'met' if all(ok for _, ok in checks) else 'MISSED'}"


async def until(condition: Callable[[], object], what: str, timeout_s: float = 30.0) -> None:
    """Wait for `condition`, looking every 50 ms; give up saying `what` did not happen."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting: {what}")
        await asyncio.sleep(0.05)


async def close_window(window: MainWindow) -> None:
    """Close the main window and wait until it has disconnected everything."""
    window.close()
    await until(lambda: window._shut_down, "the window to close")
