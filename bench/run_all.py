"""Run every benchmark, each in its own process, and write docs/PERFORMANCE.md.

scripts/bench.sh          (or: .venv/bin/python bench/run_all.py)
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "PERFORMANCE.md"

#: (script, title, targets) in the order of the report.
BENCHMARKS = [
    ("round_trip.py", "Round trip", "sequential <= 1.5x the raw client; 64 in flight <= 1.2x"),
    (
        "fleet.py",
        "Fleet of 50, 200 and 500 VMs",
        "at 500 VMs <= 25 % of one core, stall p99 <= 30 ms, max <= 100 ms",
    ),
    (
        "event_storm.py",
        "Event storm",
        "every event counted (received == sent), RSS bounded by the log limit, max stall <= 100 ms",
    ),
    (
        "big_replies.py",
        "Big replies into the console",
        "query-qmp-schema shown <= 300 ms, stall <= 100 ms; a 10 MB reply: worst stall of 5 runs "
        "<= 50 ms; a 30 MB reply shown whole, the connection kept",
    ),
    ("startup.py", "Start-up with 100 saved VMs", "<= 1.5x a bare PySide6 window"),
    (
        "live_preview.py",
        "Live preview of a 1024x768 VM at 5 pictures/s",
        "the rate asked for, with the app's CPU reported",
    ),
    (
        "screen.py",
        "Screen tab of a 1024x768 VM",
        ">= 20 frames/s while the screen changes, key press to changed pixels <= 100 ms "
        "(median), app CPU <= 35 % of one core while it changes and <= 3 % while it is still",
    ),
    (
        "event_log_filter.py",
        "Event log filter change",
        "no stall of the window longer than a frame or two",
    ),
    (
        "qom_tree.py",
        "QOM browser on a tree of 4,000 objects",
        "the root shown (with /machine open) <= 100 ms; opening a node sends one qom-list",
    ),
]

#: What holds each figure back, found with cProfile and the stall probe (kept with the
#: figures, so that a miss says why).
LIMITS = {
    "fleet.py": (
        "CPU. Each poll is two commands (query-status, query-blockstats): 0.55 to 0.7 ms "
        "of one core per VM and second here (27-36 % over the runs made while tuning it). By cProfile (FLEET_PROFILE=file), asyncio's "
        "futures, queues and timeouts take a fifth of it, JSON a sixth, the QMP library's "
        "command path (a message object, a reply queue, its writer and reader tasks) a "
        "seventh, qmpgui's event loop, parsing and updates about a quarter. Three causes "
        "found by this benchmark are gone: every message was pretty-printed for a debug log "
        "that was off (about 40 % of the CPU), 10,000 cancelled command timeouts stayed alive as Qt "
        "timers, and full garbage collections of 100-450 ms (500 schema indexes, now one per "
        "QEMU build; survivors frozen each second)."
    ),
    "event_storm.py": (
        "One core reads about 17,000 events a second (the QMP library's reader, then a log "
        "entry, a summary and a row per event), so a storm of 20,000/s is read a little after "
        "it ends. What is left of the stalls is painting the table (about 8 ms, ten times a "
        "second) and the reader's turns of 200 events. Found on the way: the log files' JSON "
        "was made in a worker thread, which shares the interpreter lock with the window's "
        "thread, and a second of a storm then held paints for 100-300 ms (the JSON is now "
        "made in 3 ms slices on the window's thread); full garbage collections over 100,000 "
        "entries took 100-280 ms (now survivors are frozen each second)."
    ),
    "big_replies.py": (
        "A reply over 256 KiB is decoded in slices of 4 ms between which the window runs "
        "(qmp/json_slices.py: json's own C scanner decodes 64 Ki characters at a time at "
        "most), and the console pretty-prints it in slices too. A worker thread did not "
        "help: it holds the GIL as long as the window's thread would, and the window then "
        "waits up to 5 ms for it each time it wants it back (stalls of 60-160 ms measured). "
        "Slicing costs CPU: decoding takes 1.7x json.loads's time for strings, 1.7-2.9x for "
        "small objects, so a reply is shown later. What is left on the window's thread in "
        "one go is copying the reply whole (asyncio's line reader copies it twice, its text "
        "is another copy, the pretty text another: at 30 MB each is 3-20 ms of CPU, more "
        "on a busy machine), and, for replies of many small objects, Python's full garbage "
        "collections over what the decoding has made so far (60-70 ms of CPU at 10 MB). The "
        "step column is the window's own CPU; on a machine shared with other work the "
        "stall column is mostly other processes' time (the 200 KB query-qmp-schema, "
        "decoded as before, stalls 65-210 ms there with a longest step of 6 ms)."
    ),
    "screen.py": (
        "QEMU. Each frame is a screendump round trip: QEMU converts its 1024x768 surface "
        "and writes a 2.3 MB PPM (about 4-9 ms here; PNG's compression takes 23-28 ms, and "
        "decoding it 10 ms more, so the view asks for PPM locally), then qmpgui reads the "
        "file, compares it with the last one (bytes equal: nothing more is done) and "
        "converts the rows to paint (2 ms, in a worker thread). Frames are asked for one "
        "after the other, 40 ms apart at most, so 25/s is the ceiling; a key sent wakes the "
        "next frame at once, and the latency is the key's command, the guest's redraw and "
        "one or two frames. While nothing changes for a second the view asks 4 times a "
        "second (a key or a change brings the full rate back), which is what keeps a still "
        "screen near 1-2 % of a core."
    ),
    "startup.py": (
        "Imports and Qt's set-up on first use, on top of the PySide6 both processes load. "
        "Before its first paint qmpgui loads about 500 modules, about 250 of them its own: "
        "the QMP layer, the VM session, the models, the VM list with its actions and their "
        "dialogs, and the panes' modules (importing them is how each registers its tab), "
        "then qemu.qmp, asyncio with ssl and qasync. PySide6 also makes about 100 Python "
        "enum classes the first time a Qt enum is used (a bare window uses none). What is "
        "not on screen waits: the panes other than the tab in front and the Screen pane "
        "(built after the first paint, or at once when chosen), asyncssh, cryptography's "
        "x509, statistics, jeepney, ctypes, the libvirt device XML, the package metadata "
        "and the Help windows. On a loaded machine the wall clock mostly measures waiting "
        "for a core: the CPU time is the steadier figure. Reaching 1.5x needs a first "
        "window made from a few modules (the VM list read from config.json, without the VM "
        "sessions and the QMP layer behind them), the rest loaded after the first paint."
    ),
    "qom_tree.py": (
        "One qom-list per node opened, and the rows it adds: QEMU answers a listing of "
        "1,000 children in a few milliseconds, and the model inserts them in one go (each "
        "node keeps its row number: finding it among 1,000 siblings made the view's layout "
        "quadratic, 13 ms instead of 3 ms). No value is read until an object is selected. The find walks every object one qom-list after "
        "another (about a millisecond each), so it runs in the background with its "
        "progress shown."
    ),
}


def run(script: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if "does not support" not in line]
    if done.returncode != 0:
        lines += ["", f"FAILED (exit {done.returncode}):", *done.stderr.splitlines()[-15:]]
    return "\n".join(lines).strip()


def main() -> None:
    qemu = subprocess.run(
        ["qemu-system-x86_64", "--version"], capture_output=True, text=True, check=False
    ).stdout.splitlines()[:1]
    parts = [
        "# Performance",
        "",
        "Written by `scripts/bench.sh` (bench/run_all.py); every figure below comes from one run of",
        "it. Each benchmark runs in its own process; where it has a baseline (a raw client, a bare",
        "window, the filter of old) the baseline is measured in the same run, side by side.",
        "",
        f"- Machine: {machine()}",
        f"- Python {platform.python_version()}, {' '.join(qemu)}",
        f"- Run started: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        "",
    ]
    for script, title, target in BENCHMARKS:
        print(f"running {script}…", file=sys.stderr)
        parts += [f"## {title}", "", f"Target: {target}.", "", "```", run(script), "```", ""]
        if script in LIMITS:
            parts += [f"What limits it: {LIMITS[script]}", ""]
    REPORT.write_text("\n".join(parts) + "\n")
    print(f"wrote {REPORT}", file=sys.stderr)


if __name__ == "__main__":
    main()
