"""The Block devices pane's columns: what matters (I/O status included) fits a pane in a
window 1200 pixels wide, the details are hidden until the header's menu shows them,
the choice and the widths survive a restart, and the qdev id column shows ids, never
QOM paths."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QStyleOptionViewItem

from qmpgui.models.block_model import COLUMNS
from qmpgui.models.node_tree import NodeTreeModel
from qmpgui.models.text import DASH
from qmpgui.ui.panes.block import BlockPane
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: What tells drives apart and what goes wrong: shown at first.
ESSENTIAL = ("Device", "Medium", "Format", "Virtual size", "Read-only", "Tray", "I/O status")


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


def header_menu(header: QHeaderView) -> QMenu:
    """The menu a right click on the header opens."""
    header.customContextMenuRequested.emit(QPoint(10, header.height() // 2))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no menu on the header"
    return menu


def shown_block_pane(windows: Windows, *targets: QemuVm) -> BlockPane:
    window = windows.on(*targets) if targets else windows.open()
    pane = window.pane(BlockPane)
    window.panes.setCurrentWidget(pane)
    return pane


@pytest.mark.qemu
def test_io_status_is_on_screen_in_a_window_1200_pixels_wide(
    drives_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    pane = shown_block_pane(windows, drives_vm)
    window = pane.window()
    window.resize(1200, 820)
    arun.wait(lambda: window.size() == QSize(1200, 820))
    model = pane.model
    arun.wait(lambda: model.rowCount() == 4 and cell(model, "disk0", "Format") == "qcow2")
    assert cell(model, "disk0", "I/O status") == "ok"
    header, viewport = pane.view.header(), pane.view.viewport()
    for title in ESSENTIAL:
        column = COLUMNS.index(title)
        assert not header.isSectionHidden(column), title
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport.width(), title
    # The long path is cut in the middle to fit, its file name kept; the tooltip has it.
    index = model.find("disk0").siblingAtColumn(COLUMNS.index("Medium"))
    option = QStyleOptionViewItem()
    pane.view.initViewItemOption(option)
    pane.view.itemDelegateForIndex(index).initStyleOption(option, index)
    width = pane.view.visualRect(index).width()
    painted = option.fontMetrics.elidedText(option.text, option.textElideMode, width)
    assert "…" in painted and painted.endswith("replica-07.qcow2")
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert f"Medium: {option.text}" in tooltip and "/images of the production" in option.text


def test_columns_shown_hidden_and_sized_survive_a_restart(windows: Windows) -> None:
    pane = shown_block_pane(windows)
    header = pane.view.header()
    column = {title: COLUMNS.index(title) for title in COLUMNS}
    assert [t for t in COLUMNS if not header.isSectionHidden(column[t])] == [
        *ESSENTIAL,
        "Read rate",
        "Write rate",
    ]
    menu = header_menu(header)
    entries = {action.text(): action for action in menu.actions()}
    assert list(entries) == list(COLUMNS)
    assert all(entries[t].isChecked() != header.isSectionHidden(column[t]) for t in COLUMNS)
    assert not entries["Device"].isEnabled()  # the column that names the drive stays
    entries["Tray"].trigger()
    entries["Actual size"].trigger()
    menu.close()
    assert header.isSectionHidden(column["Tray"])
    assert not header.isSectionHidden(column["Actual size"])
    header.resizeSection(column["Medium"], 333)  # as a drag of the header's edge does
    windows.close(pane.window())  # type: ignore[arg-type]

    header = shown_block_pane(windows).view.header()
    assert header.isSectionHidden(column["Tray"])
    assert not header.isSectionHidden(column["Actual size"])
    assert header.sectionSize(column["Medium"]) == 333
    assert header.isSectionHidden(column["Type"])  # not touched: hidden as at first


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
