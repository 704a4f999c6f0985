"""The inspection panes against a real QEMU with disks, CD-ROMs, a PCI bridge and VNC."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from qmpgui.models.block_model import COLUMNS as BLOCK_COLUMNS
from qmpgui.models.node_tree import NodeTreeModel
from qmpgui.models.text import human_bytes
from qmpgui.models.vm_list import DISK_IO, SPARKLINE_ROLE
from qmpgui.session import VmSession
from qmpgui.session.inspection import BLOCK, BLOCKSTATS, PCI
from qmpgui.ui.panes.block import BlockPane
from qmpgui.ui.panes.display import DisplayPane
from qmpgui.ui.panes.inspect import JSON_MIME, InspectPane
from qmpgui.ui.panes.machine import MachinePane
from qmpgui.ui.panes.pci import PciPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.viewers import fake_viewer
from tests.helpers.vnc import start_with_vnc
from tests.helpers.windows import Windows


class RichVm(QemuVm):
    vnc_port = 0


@pytest.fixture
def rich_vm(short_tmp: Path) -> Iterator[RichVm]:
    """The VM an administrator would inspect: a qcow2 disk, two CD-ROMs, a bridged NIC, VNC."""
    disk, iso = short_tmp / "disk.qcow2", short_tmp / "cd.iso"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "64M"], check=True)
    iso.write_bytes(b"\0" * 2048 * 64)  # QEMU reads a raw image; its content does not matter
    vm = RichVm(short_tmp, name="rich")
    try:
        vm.vnc_port = 5900 + start_with_vnc(vm, rich_devices(disk, iso))
        yield vm
    finally:
        vm.stop()


def rich_devices(disk: Path, iso: Path) -> list[str]:
    return [
        "-drive",
        f"file={disk},if=none,id=disk0,format=qcow2",
        "-device",
        "virtio-blk-pci,drive=disk0,id=vd0",
        "-drive",
        f"file={iso},if=none,id=cd0,media=cdrom,readonly=on,format=raw",
        "-device",
        "ide-cd,drive=cd0,id=cdrom0",
        "-drive",
        "if=none,id=cd1,media=cdrom,readonly=on",
        "-device",
        "ide-cd,drive=cd1,id=cdrom1",
        "-device",
        "pci-bridge,id=br1,chassis_nr=1",
        "-device",
        "e1000,bus=br1,addr=1,id=nic0",
    ]


def cell(model: NodeTreeModel, index: QModelIndex, column: int) -> str:
    return str(model.data(index.siblingAtColumn(column)))


def polls_pass(arun: AsyncRunner, session: VmSession, count: int = 3) -> None:
    start = session.poll_count
    arun.wait(lambda: session.poll_count >= start + count)


@pytest.mark.qemu
def test_hidden_panes_are_not_polled(rich_vm: RichVm, windows: Windows) -> None:
    window = windows.on(rich_vm)
    session = window.model.session(0)
    assert session.watched == frozenset()  # the status tab is in front
    window.panes.setCurrentWidget(window.pane(PciPane))
    assert session.watched == {PCI}
    window.panes.setCurrentWidget(window.pane(BlockPane))
    assert session.watched == {BLOCK, BLOCKSTATS}


@pytest.mark.qemu
def test_block_pane_shows_media_and_follows_the_tray(
    rich_vm: RichVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(BlockPane))
    view = window.findChild(QTreeView, "blockView")
    assert view is window.pane(BlockPane).view
    model = window.pane(BlockPane).model
    arun.wait(lambda: model.rowCount() == 3)
    col = {name: n for n, name in enumerate(BLOCK_COLUMNS)}
    disk, cd0, cd1 = (model.find(key) for key in ("disk0", "cd0", "cd1"))
    assert cell(model, disk, col["qdev id"]) == "vd0"
    assert cell(model, disk, col["Format"]) == "qcow2"
    assert cell(model, disk, col["Virtual size"]) == "64 MiB"
    assert cell(model, disk, col["Tray"]) == "—"  # a fixed disk has no tray
    assert cell(model, cd0, col["Medium"]).endswith("cd.iso")
    assert cell(model, cd0, col["Read-only"]) == "yes"
    assert cell(model, cd1, col["Medium"]) == "empty"
    assert cell(model, cd1, col["Tray"]) == "closed"
    assert cell(model, cd1, col["I/O status"]) == "ok"

    view.setCurrentIndex(cd1)  # the user's selection must survive every refresh
    kept = QPersistentModelIndex(cd1)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    rich_vm.watch.execute("stop")  # a running BIOS may close the tray again
    rich_vm.watch.execute("blockdev-open-tray", {"id": "cdrom1"})
    arun.wait(lambda: cell(model, model.find("cd1"), col["Tray"]) == "open")
    polls_pass(arun, window.model.session(0))
    assert kept.isValid() and model.data(kept) == "cd1"
    assert view.currentIndex().row() == kept.row() and resets == []


@pytest.mark.qemu
def test_io_rates_appear_after_reads(rich_vm: RichVm, windows: Windows, arun: AsyncRunner) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(BlockPane))
    model = window.pane(BlockPane).model
    read_rate = BLOCK_COLUMNS.index("Read rate")
    arun.wait(lambda: model.rowCount() == 3)
    polls_pass(arun, window.model.session(0))

    def burst_seen() -> bool:  # 12 MiB within one 0.2 s poll: MiB/s, whatever the BIOS reads
        return "MiB/s" in cell(model, model.find("disk0"), read_rate)

    assert not burst_seen()
    # Reads through QEMU's own block layer, counted like a guest's (no guest OS needed).
    for _ in range(3):
        rich_vm.watch.execute(
            "human-monitor-command", {"command-line": 'qemu-io disk0 "aio_read 0 4M"'}
        )
        rich_vm.watch.execute(
            "human-monitor-command", {"command-line": 'qemu-io disk0 "aio_flush"'}
        )
    arun.wait(burst_seen)
    vm_row = window.model.index(0, DISK_IO)
    history = window.model.data(vm_row, SPARKLINE_ROLE)
    assert max(history) > 1024 * 1024  # the sparkline saw the burst
    assert "Disk I/O" in window.model.data(vm_row, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.qemu
@pytest.mark.usefixtures("no_pci_ids")
def test_pci_tree_nests_the_nic_under_the_bridge(
    rich_vm: RichVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(PciPane))
    view = window.findChild(QTreeView, "pciView")
    model = window.pane(PciPane).model
    arun.wait(lambda: model.rowCount() == 1)
    bridge = model.find(("bus", 0), ("slot", 3))
    nic = model.find(("bus", 0), ("slot", 3), ("bus", 1), ("slot", 1))
    assert cell(model, bridge, 4) == "br1" and cell(model, bridge, 1) == "PCI bridge [0604]"
    assert cell(model, nic, 0) == "01.0"
    assert cell(model, nic, 1) == "Ethernet controller [0200]"
    assert cell(model, nic, 2) == "8086:100e" and cell(model, nic, 4) == "nic0"
    assert "unmapped" in cell(model, nic, 6)  # the e1000's option ROM BAR
    assert view.isExpanded(bridge) and view.isExpanded(nic.parent())

    # The user's tree: collapse the IDE/ISA group, select the NIC; refreshes keep both.
    group = model.find(("bus", 0), ("slot", 1))
    view.collapse(group)
    view.setCurrentIndex(nic)
    polls_pass(arun, window.model.session(0))
    assert not view.isExpanded(model.find(("bus", 0), ("slot", 1)))
    assert view.isExpanded(model.find(("bus", 0), ("slot", 3)))
    assert view.currentIndex() == model.find(("bus", 0), ("slot", 3), ("bus", 1), ("slot", 1))


@pytest.mark.qemu
def test_display_pane_shows_vnc_and_opens_a_viewer(
    rich_vm: RichVm,
    windows: Windows,
    arun: AsyncRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(DisplayPane))
    pane = window.pane(DisplayPane)
    assert window.findChild(InspectPane, "displayPane") is pane
    model = pane.model
    port = rich_vm.vnc_port
    arun.wait(lambda: model.find("vnc").isValid() and model.rowCount(model.find("vnc")) > 0)
    vnc, spice = model.find("vnc"), model.find("spice")
    assert cell(model, vnc, 1) == f"enabled on 127.0.0.1:{port}"
    assert cell(model, spice, 1) in ("disabled", "not available on this QEMU")
    assert not model.find("vnc", "exposed").isValid()  # loopback: no network warning
    assert cell(model, model.find("vnc", "clients"), 1) == "none"

    monkeypatch.setenv("PATH", str(tmp_path))  # no viewer at all
    assert pane.open_button.isEnabled()
    pane.open_button.click()
    assert f"No viewer for VNC on 127.0.0.1:{port} is installed" in pane.note.text()
    assert "virt-viewer" in window.statusBar().currentMessage()

    record = fake_viewer(tmp_path)
    pane.open_button.click()
    # The shell makes the file, then writes the line: wait for its end.
    arun.wait(lambda: record.exists() and record.read_text().endswith("\n"))
    assert record.read_text().strip() == f"vnc://127.0.0.1:{port}"


@pytest.mark.qemu
def test_machine_pane_shows_the_machine_and_its_run_state(
    rich_vm: RichVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(MachinePane))
    model = window.pane(MachinePane).model
    arun.wait(lambda: cell(model, model.find("machine"), 1) != "—")
    arun.wait(lambda: cell(model, model.find("memory"), 1) != "—")
    values = {
        model.data(model.index(r, 0)): cell(model, model.index(r, 0), 1)
        for r in range(model.rowCount())
    }
    assert values["Name"] == "rich" and values["UUID"] == rich_vm.uuid
    assert values["QEMU version"].startswith(("7.", "8.", "9.", "10."))
    assert values["Run state"] == "running (running: yes)"
    assert values["Accelerator"].startswith("TCG")
    assert values["Machine type"].startswith("pc-i440fx-")
    assert values["Architecture"] == "x86_64"
    # The RAM as the test's own monitor reads it; no balloon, and what adds one.
    ram = rich_vm.watch.execute("query-memory-size-summary")["base-memory"]
    assert values["Memory"] == human_bytes(ram)
    assert cell(model, model.find("memory", "balloon"), 1).startswith("no balloon device")
    assert values["CPUs"] == "1" and cell(model, model.find("cpus", ("cpu", 0)), 0) == "CPU 0"
    assert "commands" in values["QMP"] and "events" in values["QMP"]
    chardevs = model.find("chardevs")
    labels = {model.data(model.index(r, 0, chardevs)) for r in range(model.rowCount(chardevs))}
    assert {"compat_monitor0", "compat_monitor1"} <= labels

    rich_vm.watch.execute("stop")
    arun.wait(lambda: cell(model, model.find("run"), 1) == "paused (running: no)")


@pytest.mark.qemu
def test_copy_a_row_and_the_pane_as_text_and_json(
    rich_vm: RichVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(BlockPane))
    view = window.pane(BlockPane).view
    model = window.pane(BlockPane).model
    arun.wait(lambda: model.rowCount() == 3)
    view.setCurrentIndex(model.find("cd0"))
    view.copy_selection()
    mime = QApplication.clipboard().mimeData()
    # Every column, the hidden ones too (qdev id), in the model's order.
    assert mime.text().startswith("cd0\t") and "\tcdrom0\t" in mime.text()
    row_json = json.loads(bytes(mime.data(JSON_MIME).data()).decode())
    assert row_json["query-block"]["device"] == "cd0"
    assert row_json["query-block"]["inserted"]["drv"] == "raw"

    view.copy_all_json()
    pane = json.loads(QApplication.clipboard().text())
    assert {d["device"] for d in pane["query-block"]} == {"disk0", "cd0", "cd1"}
    assert "query-blockstats" in pane
    view.copy_all()
    text = QApplication.clipboard().text()
    assert text.splitlines()[0] == "\t".join(BLOCK_COLUMNS)
    assert len(text.splitlines()) == 4


@pytest.mark.qemu
def test_panes_keep_the_last_data_and_say_so_when_qemu_is_gone(
    rich_vm: RichVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(rich_vm)
    window.panes.setCurrentWidget(window.pane(PciPane))
    model = window.pane(PciPane).model
    arun.wait(lambda: model.rowCount() == 1)
    rich_vm.kill()
    header = window.pane(PciPane).header
    arun.wait(lambda: "showing data from" in header.text())
    assert model.rowCount() == 1  # still readable: useful after a crash
    assert "reconnecting" in header.text()


def test_no_vm_selected_shows_empty_panes(windows: Windows) -> None:
    window = windows.open()
    for pane in (window.pane(kind) for kind in (BlockPane, PciPane, DisplayPane, MachinePane)):
        assert pane.header.text() == "No VM selected."
        assert pane.model.rowCount() == 0
    assert not window.pane(DisplayPane).open_button.isEnabled()
