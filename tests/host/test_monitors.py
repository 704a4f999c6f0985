"""Finding the QMP monitors on this host: a real QEMU's monitors are found with the VM's
name, free or busy; its serial port, plain files, socket files nobody listens on and
sockets that send no QMP greeting are not listed."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
from pathlib import Path

import pytest

from qmpgui.host.monitors import FoundMonitor, MonitorSearch, find_monitors
from tests.helpers.fake_qmp import FakeQmpServer, serve_basic
from tests.helpers.holder import holding
from tests.helpers.qemu_vm import QemuVm


async def banner(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"SSH-2.0-OpenSSH_9.2\r\n")
    await writer.drain()
    await reader.read()


def waiting(path: Path) -> int:
    """Connections waiting in the queue of the listening socket `path` (ss's Recv-Q)."""
    listed = subprocess.run(["ss", "-xlH"], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listed.splitlines() if str(path) in line.split()]
    assert len(rows) == 1, listed
    return int(rows[0][2])


def by_path(search: MonitorSearch) -> dict[str, FoundMonitor]:
    return {f.path: f for f in search.monitors}


@pytest.mark.qemu
def test_a_qemus_monitors_are_found_and_nothing_else(short_tmp: Path) -> None:
    (short_tmp / "vms").mkdir()
    deep = short_tmp / "vms" / "deep.qmp"  # one level down: searched
    serial = short_tmp / "serial.sock"
    qemu = QemuVm(short_tmp, name="web1").start(
        extra=[
            "-qmp",
            f"unix:{deep},server=on,wait=off",
            "-serial",
            f"unix:{serial},server=on,wait=off",
        ],
        sockets=(deep, serial),
    )
    (short_tmp / "plain.qmp").write_text("not a socket")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(short_tmp / "stale.qmp"))  # a socket file nobody listens on
    stale.close()
    # Another program's sockets: one that speaks QMP is a QMP monitor, one that does not
    # is not listed, and one whose name says nothing of QMP is not even connected to.
    try:
        with (
            FakeQmpServer(short_tmp / "proxy.qmp", serve_basic) as proxy,
            FakeQmpServer(short_tmp / "other.sock", banner) as other,
            FakeQmpServer(short_tmp / "dbus-like", banner) as unrelated,
        ):
            found = by_path(asyncio.run(find_monitors([str(short_tmp)])))
            assert other.clients == 1 and unrelated.clients == 0
        monitors = {str(qemu.app_socket), str(qemu.watch_socket), str(deep)}
        assert set(found) == {*monitors, str(short_tmp / "proxy.qmp")}
        for path in monitors:
            assert found[path].vm_name == "web1"
            assert found[path].free and found[path].state.startswith("free, QEMU ")
        assert proxy.clients == 1 and found[str(short_tmp / "proxy.qmp")].vm_name == ""

        # A monitor another client holds is busy, and says who holds it; neither it nor
        # one in the list already is connected to: QEMU's queue of waiting clients stays
        # empty (a connection would wait there until the holder leaves).
        with holding(qemu.watch_socket, short_tmp):
            found = by_path(asyncio.run(find_monitors([str(short_tmp)], taken=[f"unix:{deep}/"])))
            assert waiting(qemu.watch_socket) == 0
        watch = found[str(qemu.watch_socket)]
        assert not watch.free and watch.state.startswith("busy: pid ")
        assert "qmp-holder" in watch.state
        assert found[str(deep)].state == "in the list" and found[str(deep)].taken
        assert found[str(qemu.app_socket)].free
        assert qemu.watch.execute("query-status")["status"] == "running"  # QEMU untouched
    finally:
        qemu.stop()


def late_name(folder: Path, tries: int = 40) -> str:
    """A socket name that `folder`'s listing gives after most of its entries (the order
    of a listing is the file system's: by a hash of the name on ext4)."""
    names = [f"vm-{index}.qmp" for index in range(tries)]
    for name in names:
        (folder / name).touch()
    order = os.listdir(folder)
    latest = max(names, key=order.index)
    for name in names:
        (folder / name).unlink()
    return latest


@pytest.mark.qemu
def test_monitors_in_a_crowded_folder_and_below_it_are_found(short_tmp: Path) -> None:
    # A /tmp as on a machine in use: two thousand entries, the monitor listed late among
    # them, and another monitor one folder down.
    busy = short_tmp / "busy"
    (busy / "vms").mkdir(parents=True)
    for index in range(1000):
        (busy / f"a{index:04}").touch()
    late = busy / late_name(busy)
    deep = busy / "vms" / "deep.qmp"
    qemu = QemuVm(short_tmp, name="web1").start(
        extra=[
            "-qmp",
            f"unix:{late},server=on,wait=off",
            "-qmp",
            f"unix:{deep},server=on,wait=off",
        ],
        sockets=(late, deep),
    )
    try:
        for index in range(1000):  # after the socket: listed before it where newest is first
            (busy / f"z{index:04}").touch()
        assert os.listdir(busy).index(late.name) > 1000  # it is late in the listing
        search = asyncio.run(find_monitors([str(busy)]))
        found = by_path(search)
        assert set(found) == {str(late), str(deep)}
        assert all(f.free and f.vm_name == "web1" for f in found.values())
        assert [listing.stopped for listing in search.listings] == [False]
        assert search.unprobed == 0
    finally:
        qemu.stop()


@pytest.mark.qemu
def test_probes_are_bounded_and_qemus_sockets_go_first(
    short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sockets of other programs that may be monitors by their name but say nothing would
    # each hold the search for the whole greeting timeout: past the bound, they are left.
    monkeypatch.setattr("qmpgui.host.monitors.PROBES", 2)
    qemu = QemuVm(short_tmp, name="web1").start()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()

    try:
        with (
            FakeQmpServer(short_tmp / "a1.sock", silent) as first,
            FakeQmpServer(short_tmp / "a2.sock", silent) as second,
            FakeQmpServer(short_tmp / "a3.sock", silent) as third,
        ):
            search = asyncio.run(find_monitors([str(short_tmp)]))
            assert first.clients == second.clients == third.clients == 0
        assert set(by_path(search)) == {str(qemu.app_socket), str(qemu.watch_socket)}
        assert search.unprobed == 3
    finally:
        qemu.stop()
