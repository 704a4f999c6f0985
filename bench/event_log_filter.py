"""How long a change of the event log's filter holds the window still.

Runs offscreen, with the table shown and new entries arriving every frame as in
the app. A 5 ms timer ticks while the filter changes; the longest gap between
two ticks is the longest time the window could neither paint nor take input.
The filter of old (a QSortFilterProxyModel calling Python once per row) and
EventLogFilter (slices between frames) meet the same log, side by side:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/event_log_filter.py [rows ...]
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import sys
import time
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import (
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QTableView

from bench.common import application
from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.models.event_log import EventLogModel
from qmpgui.models.event_log_filter import EventLogFilter

TICK_MS = 5
#: Entries fed per frame while the filter changes: 3,000 a second.
FEED_PER_FRAME = 50
#: The text filters tried, in order: the first builds every entry's search text,
#: the second finds them built, the third types one more letter of the second,
#: the last clears the search.
SEARCHES = ("disk7", "reset", "reset9", "")


class OldFilter(QSortFilterProxyModel):
    """The filter as it was: filterAcceptsRow in Python for every row, texts cached by id."""

    def __init__(self, source: EventLogModel) -> None:
        super().__init__()
        self._log = source
        self._text = ""
        self._haystacks: dict[int, tuple[LogEntry, str]] = {}
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text:
            return True
        entry = self._log.entry(source_row)
        cached = self._haystacks.get(id(entry))
        if cached is None or cached[0] is not entry:
            data = json.dumps(entry.data, ensure_ascii=False, separators=(",", ":"), default=str)
            cached = (entry, "\n".join((entry.vm, entry.name, entry.summary, data)).casefold())
            self._haystacks[id(entry)] = cached
        return self._text in cached[1]


def make_entry(n: int) -> LogEntry:
    """Something like a QMP event entry: the raw event is the data."""
    name = ("RESET", "STOP", "RESUME", "BLOCK_IO_ERROR", "RTC_CHANGE")[n % 5]
    data = {
        "event": name,
        "timestamp": {"seconds": 1795290000 + n, "microseconds": n % 999_999},
        "data": {"device": f"disk{n % 13}", "offset": n * 512, "guest": n % 2 == 0},
    }
    return LogEntry(1_795_290_000.0 + n, f"vm{n % 4}", LogKind.EVENT, name, f"{name} #{n}", data)


def run_until(done: Callable[[], bool], action: Callable[[], None]) -> tuple[float, float]:
    """Run action from the event loop; (longest gap between ticks, seconds until done)."""
    loop = QEventLoop()
    stamps: list[float] = []
    started: list[float] = []
    finished: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        stamps.append(now)
        if started and not finished and done():
            finished.append(now)
        if finished and now - finished[0] > 0.05:
            loop.quit()

    def begin() -> None:
        started.append(time.perf_counter())
        action()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    QTimer.singleShot(50, begin)  # a few calm ticks first
    loop.exec()
    ticker.stop()
    window = stamps[max(0, bisect_left(stamps, started[0]) - 1) :]  # the tick before too
    gap = max(b - a for a, b in itertools.pairwise(window))
    return gap, finished[0] - started[0]


def search(proxy: OldFilter | EventLogFilter, text: str) -> tuple[float, float]:
    """The old filter is done when set_text() returns; the new one when it is no longer busy
    (and the texts of a search cleared are freed)."""
    if isinstance(proxy, OldFilter):
        return run_until(lambda: True, lambda: proxy.set_text(text))
    return run_until(
        lambda: not proxy.busy and not proxy._haystacks.releasing, lambda: proxy.set_text(text)
    )


def feeder(model: EventLogModel, first: int) -> QTimer:
    """New entries every frame, as from busy VMs."""
    count = [first]

    def feed() -> None:
        model.append(make_entry(count[0] + n) for n in range(FEED_PER_FRAME))
        count[0] += FEED_PER_FRAME

    timer = QTimer()
    timer.setInterval(16)
    timer.timeout.connect(feed)
    timer.start()
    return timer


def measure(rows: int, entries: list[LogEntry], which: str) -> list[tuple[float, float]]:
    model = EventLogModel(limit=rows)
    model.append(entries)
    model.flush()
    proxy: OldFilter | EventLogFilter = (
        OldFilter(model) if which == "old" else EventLogFilter(model)
    )
    table = QTableView()
    table.setModel(proxy)
    table.resize(900, 400)
    table.show()
    QApplication.processEvents()
    gc.collect()  # the young million-row lists of the set-up would be walked in the first change
    feed = feeder(model, rows)
    results = [search(proxy, text) for text in SEARCHES]
    feed.stop()
    table.setModel(None)
    table.deleteLater()
    proxy.deleteLater()
    model.deleteLater()
    QApplication.processEvents()
    gc.collect()
    return results


def main(argv: list[str]) -> None:
    app = application()  # as qmpgui runs: its garbage collection policy too
    sizes = [int(arg.replace("_", "")) for arg in argv] or [100_000, 1_000_000]
    print(f"longest stall of the window while the text filter changes (tick {TICK_MS} ms);")
    print(f"{FEED_PER_FRAME} entries arrive every 16 ms; 'done' is when the rows are in\n")
    print(
        f"{'rows':>9}  {'search':<8} {'old stall':>10} {'new stall':>10} {'ratio':>7}"
        f" {'old done':>9} {'new done':>9}"
    )
    for rows in sizes:
        entries = [make_entry(n) for n in range(rows)]
        old = measure(rows, entries, "old")
        new = measure(rows, entries, "new")
        for text, (old_gap, old_done), (new_gap, new_done) in zip(SEARCHES, old, new, strict=True):
            print(
                f"{rows:>9,}  {text or '(none)':<8} {old_gap * 1000:>8.0f} ms {new_gap * 1000:>7.0f} ms"
                f" {old_gap / new_gap:>6.0f}x {old_done:>7.2f} s {new_done:>7.2f} s"
            )
        del entries
        gc.collect()
    del app


if __name__ == "__main__":
    main(sys.argv[1:])
