"""The event log kept on disk across restarts, written in short slices, with the app's
own messages."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from qmpgui.app.log_hub import APP_ENDPOINT
from qmpgui.log.entry import LogEntry, LogKind
from qmpgui.log.files import LogStore, default_log_folder
from qmpgui.models.event_log import VM
from qmpgui.session import ConnState
from tests.helpers.clock import unqueued_time
from tests.helpers.console import open_console, send
from tests.helpers.entries import entry
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_entries, log_of


@pytest.mark.qemu
def test_the_log_is_kept_on_disk_and_read_back(
    qemu: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window, console = open_console(windows, qemu)
    send(arun, console, "stop")
    arun.wait(lambda: any(e.name == "STOP" for e in log_entries(window, LogKind.EVENT)))
    windows.close(window)  # writes what is left
    files = list(default_log_folder().glob("*.jsonl"))
    assert files, "no log file written"
    lines = [json.loads(line) for f in files for line in f.read_text().splitlines()]
    names = {(entry["kind"], entry["name"]) for entry in lines}
    assert {("event", "STOP"), ("command", "stop"), ("connection", "connected")} <= names

    window, _console = open_console(windows, qemu)
    arun.wait(lambda: any(e.name == "STOP" for e in log_entries(window, LogKind.EVENT)))

    def names() -> list[str]:
        window.event_log.flush()
        return [e.name for e in window.event_log.entries()]

    arun.wait(lambda: names().count("connected") == 2)
    # The last run's entries come first, then this run's connection.
    order = names()
    assert order.index("STOP") < len(order) - 1 - order[::-1].index("connected")


def test_a_storms_second_is_written_whole_in_order_in_short_slices(
    windows: Windows, arun: AsyncRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON of many entries is made a few milliseconds at a time between the window's
    other work, and every entry still reaches the file, in order."""
    window = windows.open()
    hub = window.log_hub
    arun.wait(lambda: hub._waiting is None)  # the old log has been read
    slices: list[float] = []
    encode = hub._encode_slice

    def timed(*args: Any, **kwargs: Any) -> None:
        started = unqueued_time()  # the slice's own time, not other programs' turns
        encode(*args, **kwargs)
        slices.append(unqueued_time() - started)

    monkeypatch.setattr(hub, "_encode_slice", timed)
    hub._encoder.timeout.disconnect()
    hub._encoder.timeout.connect(timed)
    storm = [
        LogEntry(
            1_700_000_000 + n / 1000,
            "vm1",
            LogKind.EVENT,
            "RTC_CHANGE",
            f"RTC_CHANGE offset={n}",
            {"data": {"offset": n}},
            endpoint="unix:/run/vm1.qmp",
        )
        for n in range(5000)
    ]
    for made in storm:
        hub.add(made)
    hub._write_soon()
    path = hub.store.path_for("unix:/run/vm1.qmp")
    arun.wait(lambda: path.exists() and len(path.read_text().splitlines()) == 5000)
    written = [LogEntry.from_json(json.loads(line)) for line in path.read_text().splitlines()]
    assert written == storm
    assert len(slices) > 1 and max(slices) < 0.05


def test_qmpgui_own_messages_reach_the_log(windows: Windows, arun: AsyncRunner) -> None:
    window = windows.open(config={"vms": [], "poll_interval_s": "fast"})
    arun.wait(lambda: bool(log_entries(window, LogKind.APP)))
    entry = log_entries(window, LogKind.APP)[0]
    assert (entry.name, entry.level, entry.vm) == ("message", "warning", "")
    assert "poll_interval_s" in entry.summary and window.banner.isVisible()


@pytest.mark.qemu
def test_a_vm_keeps_one_history_when_its_name_arrives_later(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    """Before QEMU answers query-name the VM is called by its endpoint; its entries of
    then and of later are one VM's, shown under the name it has now."""
    vm = QemuVm(short_tmp)  # not started yet: the first attempt finds no socket
    window = windows.open(str(vm.app_socket))
    session = window.model.session(0)
    arun.wait(lambda: session.state is ConnState.WAITING)
    assert session.display_name == str(vm.app_socket)
    try:
        vm.start()  # connected to once it listens
        arun.wait(lambda: session.connected)
        assert session.display_name == "testvm"  # QEMU's -name
        vm.watch.execute("stop")
        arun.wait(lambda: any(e.name == "STOP" for e in log_entries(window, LogKind.EVENT)))

        mine = log_of(arun, window, session)
        assert [e.name for e in mine if e.kind is LogKind.CONNECTION] == ["waiting", "connected"]
        assert mine[0].vm == str(vm.app_socket) and "STOP" in [e.name for e in mine]
        table = window.event_log_view.proxy
        names = {table.index(row, VM).data() for row in range(table.rowCount())}
        assert names == {"testvm"}  # the name it has now, also on the rows of before
        box = window.event_log_view.vm_box
        assert [box.itemText(i) for i in range(box.count())] == ["All VMs", "testvm"]
    finally:
        vm.stop()


def written_entries() -> list[dict[str, Any]]:
    """Every entry in the log files on disk, as JSON."""
    return [
        json.loads(line)
        for path in sorted(default_log_folder().glob("*.jsonl"))
        for line in path.read_text().splitlines()
    ]


@pytest.mark.qemu
def test_closing_the_window_says_qmpgui_closed_once(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vms = []
    try:
        for n in range(3):
            (short_tmp / f"{n}").mkdir()
            vms.append(QemuVm(short_tmp / f"{n}", name=f"vm{n}").start())
        window = windows.on(*vms)
        windows.close(window)
        written = written_entries()
        closed = [e for e in written if e["summary"] == "qmpgui closed"]
        assert [(e["kind"], e["vm"], e["endpoint"]) for e in closed] == [("app", "", "")]
        assert not [e for e in written if "disconnected by the user" in e["summary"]]
        assert [e["vm"] for e in written if e["name"] == "connected"] == ["vm0", "vm1", "vm2"]
        assert all(vm.watch.execute("query-status")["status"] == "running" for vm in vms)
    finally:
        for vm in vms:
            vm.stop()


@pytest.mark.qemu
def test_demo_runs_leave_no_log_file(windows: Windows, arun: AsyncRunner) -> None:
    """The demo VM's endpoint is a new temporary folder each run: its entries are shown,
    never written, and what older versions wrote for it goes at start."""
    store = LogStore(default_log_folder())
    older_demo = f"unix:{tempfile.gettempdir()}/qmpgui-demo-0ld_run1/qmp.sock"
    store.append(older_demo, [entry(1, vm="qmpgui-demo")])  # as an older version left it
    store.append("unix:/run/vm1.qmp", [entry(2, vm="vm1")])
    kept = {store.path_for("unix:/run/vm1.qmp").name, store.path_for(APP_ENDPOINT).name}
    for _run in range(2):
        window = windows.open("--demo")
        arun.wait(lambda w=window: w.model.rowCount() == 1 and w.model.session(0).connected)
        demo = window.model.session(0).endpoint_text
        shown = log_entries(window, LogKind.CONNECTION)
        assert [e.name for e in shown if e.endpoint == demo] == ["connected"]
        windows.close(window)
        assert {path.name for path in default_log_folder().iterdir()} == kept
