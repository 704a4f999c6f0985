"""The Block devices pane's columns: the qdev id column shows ids, never QOM paths."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from qmpgui.models.block_model import COLUMNS
from qmpgui.models.node_tree import NodeTreeModel
from qmpgui.models.text import DASH
from qmpgui.ui.panes.block import BlockPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.fixture
def drives_vm(short_tmp: Path, tmp_path: Path) -> Iterator[QemuVm]:
    """Drives named every way: a qcow2 disk at a long path on a virtio device with an id
    (vd0), a virtio disk without one, a CD-ROM the board made (-drive if=ide) and an
    empty CD-ROM with an id (cdrom1)."""
    folder = tmp_path / "images of the production web frontends"
    folder.mkdir()
    disk = folder / "web-frontend-production-eu-west-1-replica-07.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "64M"], check=True)
    vm = QemuVm(short_tmp, name="drives")
    vm.start(
        extra=[
            "-drive",
            f"file={disk},if=none,id=disk0,format=qcow2",
            "-device",
            "virtio-blk-pci,drive=disk0,id=vd0",
            "-drive",
            "if=none,id=anon0,driver=null-co,read-zeroes=on",
            "-device",
            "virtio-blk-pci,drive=anon0",
            "-drive",
            "if=ide,media=cdrom,id=boardcd",
            "-drive",
            "if=none,id=cd1,media=cdrom,readonly=on",
            "-device",
            "ide-cd,drive=cd1,id=cdrom1",
        ]
    )
    yield vm
    vm.stop()


def cell(model: NodeTreeModel, key: str, title: str) -> str:
    return str(model.data(model.find(key).siblingAtColumn(COLUMNS.index(title))))


def shown_block_pane(windows: Windows, *targets: QemuVm) -> BlockPane:
    window = windows.on(*targets) if targets else windows.open()
    pane = window.pane(BlockPane)
    window.panes.setCurrentWidget(pane)
    return pane


@pytest.mark.qemu
def test_qdev_id_column_shows_ids_never_qom_paths(
    drives_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    pane = shown_block_pane(windows, drives_vm)
    model = pane.model
    arun.wait(lambda: model.rowCount() == 4)
    qdev = {d["device"]: d.get("qdev") for d in drives_vm.watch.execute("query-block")}
    ids = {p["name"] for p in drives_vm.watch.execute("qom-list", {"path": "/machine/peripheral"})}
    assert {"vd0", "cdrom1"} <= ids and not {"anon0", "boardcd"} & ids
    shown = {device: cell(model, device, "qdev id") for device in qdev}
    assert shown == {"disk0": "vd0", "anon0": DASH, "boardcd": DASH, "cd1": "cdrom1"}
    for device in ("disk0", "anon0", "boardcd"):  # QEMU gave a QOM path: the tooltip has it
        assert qdev[device].startswith("/machine/")
        row: QModelIndex = model.find(device)
        assert f"qdev path: {qdev[device]}" in model.data(row, Qt.ItemDataRole.ToolTipRole)
