"""Finding the QMP monitors on this host: a real QEMU's monitors are found with the VM's
name, free or busy; its serial port, plain files, socket files nobody listens on and
sockets that send no QMP greeting are not listed."""

from __future__ import annotations

import asyncio
import socket
import subprocess
from pathlib import Path

import pytest

from qmpgui.host.monitors import FoundMonitor, find_monitors
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


def by_path(found: list[FoundMonitor]) -> dict[str, FoundMonitor]:
    return {f.path: f for f in found}


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
