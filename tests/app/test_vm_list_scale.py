"""The VM list with 500 VMs (bench/fleet_server.py's simulated QEMU 7.2 monitors, as
the fleet benchmark uses): a keystroke in the filter box and a sort by a header click
take a few frames at most, with the list grouped by connection too, and the selection, the current
VM and the panes follow what the filter leaves shown."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from qmpgui.models.vm_list import NAME
from qmpgui.ui.panes.status import StatusPane
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

FLEET_SERVER = Path(__file__).resolve().parents[2] / "bench" / "fleet_server.py"
VMS = 500
#: The VMs of the list that connect (the others are rows of disconnected VMs).
CONNECTED = 150
#: The most a keystroke in the filter or a sort may hold the window (seconds): a
#: stutter, not a freeze, on a machine whose every core is busy. Measured on 2 shared
#: cores: a keystroke 20 to 70 ms, a sort 75 to 130 ms, once 1 s (the README says it).
MOST_S = 2.0
#: What a keystroke or a sort takes as a rule (seconds): a few frames.
TYPICAL_S = 0.2


@pytest.fixture
def fleet(short_tmp: Path) -> Iterator[list[str]]:
    """VMS simulated monitors served by one process (stopped by its pid after): their
    socket paths, sim000 ... sim499."""
    server = subprocess.Popen(
        [sys.executable, str(FLEET_SERVER), str(short_tmp), str(VMS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        yield [str(short_tmp / f"sim{n:03d}.sock") for n in range(VMS)]
    finally:
        server.kill()
        server.wait(10)


def timed(what: object) -> float:
    start = time.perf_counter()
    if callable(what):
        what()
    return time.perf_counter() - start


@pytest.mark.timeout(300)
def test_filtering_and_sorting_500_vms_stay_responsive_and_keep_the_selection_right(
    fleet: list[str], windows: Windows, arun: AsyncRunner
) -> None:
    # CONNECTED connect; the other rows stay disconnected: 500 connecting at once on a
    # busy machine time out reading QEMU 7.2's schema (a large reply), and the test is
    # about the list, not about connecting.
    vms = [{"name": "", "endpoint": e, "autoconnect": n < CONNECTED} for n, e in enumerate(fleet)]
    window = windows.open(config={"vms": vms, "poll_interval_s": 5})
    sessions = window.model.sessions
    arun.wait(lambda: all(s.run_status == "running" for s in sessions[:CONNECTED]), timeout=240)
    by_name = {s.display_name: s for s in sessions}
    view, box = window.vm_list, window.vm_list_panel.filter_box
    view.select_items([by_name["sim125"], by_name["sim010"]])
    assert window.selection.current is by_name["sim125"]
    keystrokes = [timed(lambda c=c: QTest.keyClicks(box, c)) for c in "sim12"]
    shown = [view.shown.index(r, NAME).data() for r in range(view.shown.rowCount())]
    assert shown == [f"sim12{n}" for n in range(10)]
    # sim010 is hidden: it left the selection; sim125 stays current, in the panes.
    assert window.selection.sessions == [by_name["sim125"]]
    assert window.selection.current is by_name["sim125"]
    assert window.pane(StatusPane).text("name") == "sim125"
    keystrokes += [timed(lambda: QTest.keyClick(box, Qt.Key.Key_Backspace)) for _ in range(5)]
    assert view.shown.rowCount() == VMS
    header = view.header()
    spot = QPoint(header.sectionViewportPosition(NAME) + 5, header.height() // 2)

    def click() -> None:
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    # Twice round: ascending, descending, the list's order.
    sorts = [timed(click) for _ in range(6)]
    assert [view.shown.index(r, NAME).data() for r in range(VMS)] == [
        s.display_name for s in sessions
    ]
    click()
    click()
    names = [view.shown.index(r, NAME).data() for r in range(VMS)]
    assert names == sorted(names, key=str.casefold, reverse=True)  # two clicks: descending
    assert window.selection.current is by_name["sim125"]  # a sort moves no selection
    print(
        f"\n{VMS} VMs: filter keystrokes {', '.join(f'{k * 1000:.0f}' for k in keystrokes)} ms;"
        f" header clicks (sorts) {', '.join(f'{k * 1000:.0f}' for k in sorts)} ms"
    )
    # The median: what one keystroke or click costs, whatever else the machine runs
    # meanwhile; the slowest of them is a stutter at most.
    assert statistics.median(keystrokes) < TYPICAL_S and statistics.median(sorts) < TYPICAL_S
    assert max([*keystrokes, *sorts]) < MOST_S
    # Grouped by connection (all 500 in one group: unix sockets), as fast.
    grouping = timed(window.list_view.groupings.actions()[1].trigger)  # Connection
    group = view.shown.index(0, NAME)
    assert view.shown.rowCount() == 1 and view.shown.rowCount(group) == VMS
    assert str(group.data()).startswith(f"unix sockets on this machine — {VMS} VMs, ")
    grouped = [timed(lambda c=c: QTest.keyClicks(box, c)) for c in "sim12"]
    group = view.shown.index(0, NAME)
    assert [view.shown.index(r, NAME, group).data() for r in range(10)] == [
        f"sim12{n}"
        for n in reversed(range(10))  # still sorted descending
    ]
    grouped += [timed(lambda: QTest.keyClick(box, Qt.Key.Key_Backspace)) for _ in range(5)]
    grouped_sorts = [timed(click) for _ in range(3)]
    print(
        f"grouped: switch {grouping * 1000:.0f} ms; filter keystrokes"
        f" {', '.join(f'{k * 1000:.0f}' for k in grouped)} ms;"
        f" header clicks {', '.join(f'{k * 1000:.0f}' for k in grouped_sorts)} ms"
    )
    assert statistics.median(grouped) < TYPICAL_S and statistics.median(grouped_sorts) < TYPICAL_S
    assert max([*grouped, *grouped_sorts, grouping]) < MOST_S
    windows.close(window, timeout=120)  # letting go of many monitors takes a while
