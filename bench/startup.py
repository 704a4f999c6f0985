"""Start-up: from starting the process to the first window painted, qmpgui with 100
saved VMs against a bare PySide6 window, in one run (offscreen, median of 5).

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
VMS = 100

#: Prints once the window has painted for the first time, then quits.
_SHOWN = """
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("shown", flush=True)
            QTimer.singleShot(0, lambda: __import__("os")._exit(0))
        return False
"""

BARE = (
    _SHOWN
    + """
app = QApplication([])
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1200, 820)
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""
)

QMPGUI = (
    _SHOWN
    + """
import asyncio, sys
from qmpgui.app.event_loop import run
from qmpgui.app import create_main_window
app = QApplication([])
painted = Painted()
async def main():
    window = create_main_window(["--config", sys.argv[1]])
    window.installEventFilter(painted)
    window.show()
    await asyncio.sleep(3600)
run(main())
"""
)


def first_paint(script: str, *args: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(30)
    if line.strip() != "shown":
        raise SystemExit(f"no window painted: {line!r}")
    return elapsed


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    config = folder / "config.json"
    vms = [
        {"name": f"vm{n:03d}", "endpoint": str(folder / f"vm{n:03d}.sock"), "autoconnect": False}
        for n in range(VMS)
    ]
    config.write_text(json.dumps({"vms": vms}))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")  # an empty log and history
    bare, ours = [], []
    for _ in range(RUNS):  # interleaved, so both meet the same machine
        bare.append(first_paint(BARE))
        ours.append(first_paint(QMPGUI, str(config)))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"process start to first paint, offscreen, median of {RUNS}\n")
    print(f"bare PySide6 window            {b * 1000:>6.0f} ms")
    print(f"qmpgui, {VMS} saved VMs          {o * 1000:>6.0f} ms")
    print(f"\nratio {o / b:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
