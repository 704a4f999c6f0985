"""Start-up: from starting the process to the first window painted, qmpgui with 100
saved VMs against a bare PySide6 window, in one run (offscreen, median of 5). Beside
them, the widgets of qmpgui's first picture made in plain PySide6 under the same asyncio
loop (qasync), none of qmpgui's modules loaded: what Qt, PySide6 and asyncio alone cost.

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import compileall
import json
import os
import resource
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

#: qmpgui's first picture in plain PySide6: the menus and the toolbar, a filter box over
#: a tree of 100 rows of 4 columns, 15 tabs (the first a form of 11 rows), the event log's
#: filters, table and entry, the bottom tabs and the status bar, 720 x 720, under qasync.
SAME_WIDGETS = (
    _SHOWN
    + """
import asyncio, qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPlainTextEdit,
    QPushButton, QSplitter, QTableView, QTabWidget, QTreeView, QVBoxLayout, QWidget)
app = QApplication([])
def window():
    main = QMainWindow()
    for title in ("&File", "&VM", "&View", "&Help"):
        menu = main.menuBar().addMenu(title)
        for n in range(8):
            menu.addAction(QAction(f"Action {n}", main))
    tools = main.addToolBar("Actions")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for n in range(9):
        tools.addAction(QAction(QIcon.fromTheme("media-playback-start"), f"Act {n}", main))
    vms = QStandardItemModel(0, 4)
    vms.setHorizontalHeaderLabels(["Name", "State", "Disk I/O", "Endpoint"])
    for n in range(100):
        row = (f"vm{n:03d}", "disconnected", "", f"/run/vm{n:03d}.sock")
        vms.appendRow([QStandardItem(text) for text in row])
    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(QLineEdit(placeholderText="Filter VMs"))
    tree = QTreeView()
    tree.setModel(vms)
    column.addWidget(tree)
    tabs = QTabWidget()
    status = QWidget()
    form = QFormLayout(status)
    for n in range(11):
        form.addRow(f"Field {n}:", QLabel("—"))
    tabs.addTab(status, "&Status")
    for n in range(14):
        tabs.addTab(QWidget(), f"Pane {n}")
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(left)
    top.addWidget(tabs)
    log = QWidget()
    rows = QVBoxLayout(log)
    filters = QHBoxLayout()
    for widget in (QComboBox(), QLineEdit(), QPushButton("Pause scrolling"), QPushButton("Clear")):
        filters.addWidget(widget)
    rows.addLayout(filters)
    entries = QStandardItemModel(0, 5)
    entries.setHorizontalHeaderLabels(["Time", "VM", "Kind", "Name", "Text"])
    table = QTableView()
    table.setModel(entries)
    split = QSplitter()
    split.addWidget(table)
    split.addWidget(QPlainTextEdit())
    rows.addWidget(split)
    bottom = QTabWidget()
    bottom.addTab(log, "Event log")
    bottom.addTab(QWidget(), "Console")
    whole = QSplitter(Qt.Orientation.Vertical)
    whole.addWidget(top)
    whole.addWidget(bottom)
    main.setCentralWidget(whole)
    main.statusBar().showMessage("0 of 0 entries")
    main.resize(720, 720)
    return main
painted = Painted()
async def main():
    shown = window()
    shown.installEventFilter(painted)
    shown.show()
    await asyncio.sleep(3600)
qasync.run(main())
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


def first_paint(script: str, *args: str) -> tuple[float, float]:
    """Seconds from starting `script` to its first paint, and the CPU seconds (user and
    system) it used until then: it quits at once after that paint. The CPU time is what
    a loaded machine changes least."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu


def compiled() -> None:
    """Compile qmpgui's modules to bytecode first, as an installed qmpgui has them: where
    PYTHONDONTWRITEBYTECODE is set (CI, containers) every start would compile them all
    again, which takes longer than the start itself."""
    import qmpgui  # noqa: PLC0415 (its folder only)

    compileall.compile_dir(Path(qmpgui.__file__).parent, quiet=1)


def main() -> None:
    compiled()
    folder = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    config = folder / "config.json"
    vms = [
        {"name": f"vm{n:03d}", "endpoint": str(folder / f"vm{n:03d}.sock"), "autoconnect": False}
        for n in range(VMS)
    ]
    config.write_text(json.dumps({"vms": vms}))
    os.environ["XDG_STATE_HOME"] = str(folder / "state")  # an empty log and history
    bare, same, ours = [], [], []
    load = os.getloadavg()[0]
    for _ in range(RUNS):  # interleaved, so all meet the same machine
        bare.append(first_paint(BARE))
        same.append(first_paint(SAME_WIDGETS))
        ours.append(first_paint(QMPGUI, str(config)))
    print(f"process start to first paint, offscreen, median of {RUNS} (fastest-slowest)\n")
    print("                               wall clock               CPU time")
    print(f"bare PySide6 window            {_figures(bare)}")
    print(f"its widgets, plain PySide6     {_figures(same)}")
    print(f"qmpgui, {VMS} saved VMs          {_figures(ours)}")
    for what, column in (("wall clock", 0), ("CPU time", 1)):
        b = statistics.median(run[column] for run in bare)
        w = statistics.median(run[column] for run in same)
        o = statistics.median(run[column] for run in ours)
        pairs = sorted(q[column] / p[column] for p, q in zip(bare, ours, strict=True))
        print(
            f"\nratio, {what}: {o / b:.2f}x (target <= 1.5x); "
            f"run by run {pairs[0]:.2f}-{pairs[-1]:.2f}x; plain PySide6 {w / b:.2f}x",
            end="",
        )
    print(
        f"\n\nload average {load:.1f} before, {os.getloadavg()[0]:.1f} after, {os.cpu_count()} cores"
    )


def _figures(runs: list[tuple[float, float]]) -> str:
    shown = []
    for column in (0, 1):
        values = [run[column] for run in runs]
        shown.append(f"{_ms(statistics.median(values))} ms ({_ms(min(values))}-{_ms(max(values))})")
    return "   ".join(shown)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:>4.0f}"


if __name__ == "__main__":
    main()
