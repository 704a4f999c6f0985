"""A VM's polls follow whether the user can see it: a row scrolled or filtered out of
the VM list is polled less (its commands counted by QEMU's own trace of the monitor),
its run state still follows a `stop` from a second monitor by the event, scrolling it
back polls it at once, its sparkline shows the unpolled time as a gap, and a selected
VM keeps the full rate wherever its row is."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from qmpgui.app.main_window import MainWindow
from qmpgui.models.vm_list import DISK_IO, SPARKLINE_ROLE
from qmpgui.session import VmSession
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: Rows of VMs that are never connected (sockets nobody listens on) below the real one.
FILLERS = 120
#: Seconds the commands are counted over, in and out of sight (poll interval 0.2 s).
SPAN_S = 2.0


@pytest.fixture
def traced(short_tmp: Path) -> Iterator[tuple[QemuVm, Path]]:
    """A QEMU that logs every QMP command it handles (the trace event handle_qmp_command,
    "mon 0x... req: {...}") to a file: the counts come from QEMU, not from the app."""
    log = short_tmp / "qmp.log"
    vm = QemuVm(short_tmp, name="seen").start(
        extra=["-trace", "enable=handle_qmp_command", "-D", str(log)]
    )
    yield vm, log
    vm.stop()


def handled(log: Path, command: str) -> int:
    """How many `command`s QEMU has handled (on any monitor)."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return text.count(f'"execute": "{command}"') + text.count(f'"execute":"{command}"')


def counted(arun: AsyncRunner, log: Path, command: str, seconds: float = SPAN_S) -> int:
    """`command`s handled in the next `seconds`, the window running meanwhile."""
    before = handled(log, command)
    end = time.monotonic() + seconds
    arun.wait(lambda: time.monotonic() >= end, timeout=seconds + 30)
    return handled(log, command) - before


Listed = tuple[QemuVm, Path, MainWindow, VmSession]


@pytest.fixture
def listed(traced: tuple[QemuVm, Path], windows: Windows, arun: AsyncRunner) -> Listed:
    """The traced VM, its log, and a window listing it (its session)."""
    vm, log = traced
    return (vm, log, *open_list(windows, arun, vm))


def open_list(windows: Windows, arun: AsyncRunner, vm: QemuVm) -> tuple[MainWindow, VmSession]:
    """A window listing the real VM first, then FILLERS rows; the first filler is selected, and
    the out-of-sight rates are long enough that the VM out of sight is not polled in the
    test's time but by its events."""
    fillers = [
        {"name": f"idle{n:03d}", "endpoint": str(vm.folder / f"none{n}.sock"), "autoconnect": False}
        for n in range(FILLERS)
    ]
    config = {
        "poll_interval_s": 0.2,
        "vms": [{"name": "seen", "endpoint": str(vm.app_socket), "autoconnect": True}, *fillers],
    }
    window = windows.open(config=config)
    window.resize(900, 600)
    window.settings.update(unseen_io_s=600.0, unseen_status_s=600.0)
    session = window.model.sessions[0]
    arun.wait(lambda: session.run_status == "running")
    window.select_session(window.model.sessions[1])
    arun.wait(lambda: session.in_sight)
    return window, session


def gap_before_last(history: list[float | None]) -> int:
    """The Nones just before the newest sample."""
    gap = 0
    while gap + 1 < len(history) and history[-2 - gap] is None:
        gap += 1
    return gap


def scroll_to_end(window: MainWindow) -> None:
    bar = window.vm_list.verticalScrollBar()
    bar.setValue(bar.maximum())


@pytest.mark.qemu
def test_a_row_scrolled_away_is_polled_by_its_events_and_at_once_when_back(
    listed: Listed, arun: AsyncRunner
) -> None:
    vm, log, window, session = listed
    seen = counted(arun, log, "query-blockstats")
    assert seen >= 4  # 10 at 0.2 s, fewer on a busy machine

    scroll_to_end(window)
    arun.wait(lambda: not session.in_sight)
    counted(arun, log, "query-blockstats", 0.5)  # a poll under way as it left may end
    assert counted(arun, log, "query-blockstats") == 0
    # The run state still follows: QEMU's STOP event asks for it at once.
    vm.watch.execute("stop")
    arun.wait(lambda: session.run_status == "paused")
    assert "paused" in window.vm_list.shown.index(0, 1).data()

    left_at = time.monotonic()
    counted(arun, log, "query-blockstats", 1.0)  # out of sight a little longer
    before = handled(log, "query-blockstats")
    window.vm_list.scrollToTop()
    arun.wait(lambda: handled(log, "query-blockstats") > before, timeout=10)
    away = time.monotonic() - left_at
    # The sparkline: the samples before, the unpolled ticks as a gap (None), then the
    # sample taken on coming back: the mean rate over the whole time away.
    arun.wait(lambda: None in (window.vm_list.shown.index(0, DISK_IO).data(SPARKLINE_ROLE) or []))
    history = window.vm_list.shown.index(0, DISK_IO).data(SPARKLINE_ROLE)
    assert isinstance(history[-1], float | int)
    gap = gap_before_last(history)
    assert gap >= (away - 1.0) / 0.2 - 2  # one None per tick without a sample
    assert any(isinstance(v, float | int) for v in history[: -1 - gap])  # seen before
    assert counted(arun, log, "query-blockstats") >= 4  # the full rate again


@pytest.mark.qemu
def test_a_selected_vm_keeps_the_full_rate_out_of_sight_and_the_filter_counts(
    listed: Listed, arun: AsyncRunner
) -> None:
    _vm, log, window, session = listed
    window.select_session(session)
    scroll_to_end(window)
    QTest.qWait(50)
    assert session.in_sight  # selected: in sight wherever its row is
    assert counted(arun, log, "query-blockstats") >= 4

    # A filter that hides its row takes it out of the selection and out of sight.
    QTest.keyClicks(window.vm_list_panel.filter_box, "idle")
    arun.wait(lambda: not session.in_sight)
    counted(arun, log, "query-blockstats", 0.5)
    assert counted(arun, log, "query-blockstats") == 0
    window.vm_list_panel.filter_box.clear()
    window.vm_list.scrollToTop()
    arun.wait(lambda: session.in_sight)
    assert counted(arun, log, "query-blockstats") >= 4
