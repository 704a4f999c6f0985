"""Remove device against a real QEMU 7.2: device_del from the Devices, Block devices and
PCI panes, the pending unplug until DEVICE_DELETED (a guest that never lets go, then a
reset), a second request not sent, and the backends removed or left; each effect seen
through the test's own monitor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.models.node_tree import Node
from qmpgui.qmp import Event
from qmpgui.session import VmSession
from qmpgui.session.unplug import Backend, BackendKind, Pending, unplugs_of
from qmpgui.ui.panes.block import BlockPane
from qmpgui.ui.panes.devices import DevicesPane
from qmpgui.ui.panes.inspect import InspectPane
from qmpgui.ui.panes.pci import PciPane
from tests.helpers.dialogs import answer_confirm
from tests.helpers.guest_images import boot_floppy, floppy_args, running_boot_sector
from tests.helpers.pane_rows import (
    by_key,
    cells_of,
    pci_qdev,
    peripherals,
    row_where,
    select,
    show,
)
from tests.helpers.qemu_vm import QemuVm, q35_native_hotplug
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_entries, log_texts

#: The facts page's boot sector that acknowledges ACPI PCI unplug on pc (hot-plug block
#: at 0xae00): it polls PCI_DOWN for bus-select 0..3 and writes it back to PCI_EJ.
ACKS_PC_UNPLUG = bytes.fromhex(
    "FA 31 DB BA 10 AE 66 31 C0 89 D8 66 EF BA 04 AE 66 ED 66 85 C0 74 05 BA 08 AE 66 EF"
    " 43 83 FB 04 72 E1 EB DD"
)
QUIET = {"confirm_destructive": False}


def block_nodes(vm: QemuVm) -> set[str]:
    nodes = vm.watch.execute("query-named-block-nodes", {"flat": True})
    return {n["node-name"] for n in nodes}


def device_dels(window: MainWindow) -> list[object]:
    return [
        e.data.get("arguments")
        for e in log_entries(window, LogKind.COMMAND)
        if e.name == "device_del"
    ]


def painted_text(pane: InspectPane, index: QModelIndex) -> str:
    """The cell's text as the view paints it at its width (cut as its delegate cuts)."""
    option = QStyleOptionViewItem()
    pane.view.initViewItemOption(option)
    pane.view.itemDelegateForIndex(index).initStyleOption(option, index)
    width = pane.view.visualRect(index).width()
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width)


def said(window: MainWindow, fragment: str) -> bool:
    return any(fragment in text for text in log_texts(window))


@pytest.fixture
def usb_vm(short_tmp: Path) -> Iterator[QemuVm]:
    vm = QemuVm(short_tmp, name="usb").start(
        extra=["-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab1"]
    )
    yield vm
    vm.stop()


@pytest.mark.qemu
def test_a_usb_tablet_goes_from_the_devices_pane_after_a_question_naming_it(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm)
    pane = show(window, DevicesPane)
    select(arun, pane, by_key("tab1"))
    assert cells_of(pane, by_key("tab1")) == ["tab1", "usb-tablet", "plugged"]
    seen = answer_confirm(accept=True)
    act(window, "actionDeviceDel").trigger()
    arun.wait(lambda: "tab1" not in peripherals(usb_vm))
    assert "Remove 'tab1' (usb-tablet) from usb?" in seen.texts[0]
    usb = usb_vm.watch.execute("human-monitor-command", {"command-line": "info usb"})
    assert "Tablet" not in usb
    # The pane follows DEVICE_DELETED; the log says it went.
    arun.wait(lambda: row_where(pane, by_key("tab1")) is None)
    arun.wait(lambda: said(window, "'tab1' (usb-tablet) removed"))
    assert device_dels(window) == [{"id": "tab1"}]


@pytest.mark.qemu
def test_a_cancelled_question_sends_nothing(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm)
    select(arun, show(window, DevicesPane), by_key("tab1"))
    seen = answer_confirm(accept=False)
    act(window, "actionDeviceDel").trigger()
    arun.wait(lambda: bool(seen.texts))
    assert device_dels(window) == [] and "tab1" in peripherals(usb_vm)


@pytest.mark.qemu
def test_a_device_qemu_cannot_unplug_is_said_so_and_not_asked_about(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="vga").start(
        extra=["-device", "VGA,id=video0", "-device", "qemu-xhci,id=xhci"]
    )
    try:
        window = windows.on(vm)
        select(arun, show(window, DevicesPane), by_key("video0"))
        seen = answer_confirm(accept=True)
        act(window, "actionDeviceDel").trigger()
        why = "'video0' (VGA) cannot be unplugged: QEMU does not take this device out"
        arun.wait(lambda: said(window, why))
        assert seen.texts == [] and device_dels(window) == []
        assert "video0" in peripherals(vm)
    finally:
        vm.stop()


@pytest.mark.qemu
def test_scsi_disks_from_the_block_pane_take_the_node_qmpgui_made_and_leave_the_other(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="scsi").start(extra=["-device", "virtio-scsi-pci,id=scsi0"])
    try:
        for node, disk in (("made1", "sd1"), ("kept1", "sd2")):
            vm.watch.execute("blockdev-add", {"driver": "null-co", "node-name": node})
            vm.watch.execute("device_add", {"driver": "scsi-hd", "drive": node, "id": disk})
        window = windows.on(vm, config=QUIET)
        session = window.model.session(0)
        # As a preset records what it made for its device.
        unplugs_of(session).record_created("sd1", Backend(BackendKind.BLOCK, "made1"))
        pane = show(window, BlockPane)

        def drive_of(disk: str) -> Callable[[Node], bool]:
            return lambda node: node.raw["query-block"].get("qdev") == disk

        select(arun, pane, drive_of("sd1"))
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "made1" not in block_nodes(vm))
        assert "sd1" not in peripherals(vm)
        arun.wait(lambda: said(window, "the drive node 'made1', made for 'sd1', is removed"))
        arun.wait(lambda: row_where(pane, drive_of("sd1")) is None)

        select(arun, pane, drive_of("sd2"))
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "sd2" not in peripherals(vm))
        arun.wait(
            lambda: said(window, "the drive node 'kept1' is left: remove it with blockdev-del")
        )
        assert "kept1" in block_nodes(vm)
        sent = [e.name for e in log_entries(window, LogKind.COMMAND)]
        assert sent.count("blockdev-del") == 1
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_pc_nic_without_a_guest_waits_says_so_is_not_asked_twice_and_goes_at_reset(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="noos").start(extra=["-device", "e1000,id=nic1"])
    try:
        window = windows.on(vm, config={**QUIET, "unplug_timeout_s": 1})
        pane = show(window, PciPane)
        select(arun, pane, pci_qdev("nic1"))
        act(window, "actionDeviceDel").trigger()

        def class_cell() -> str:
            cells = cells_of(pane, pci_qdev("nic1"))
            return cells[1] if cells else ""

        arun.wait(lambda: class_cell() == "unplug requested: Ethernet controller [0200]")
        arun.wait(lambda: said(window, "the guest has not released 'nic1' (e1000) after 1 s"))
        sentence = next(t for t in log_texts(window) if "has not released" in t)
        assert "a reset (system_reset) of the VM completes the unplug" in sentence
        assert "Still waiting" in sentence
        arun.wait(
            lambda: (
                class_cell()
                == "unplug requested, not released by the guest: Ethernet controller [0200]"
            )
        )
        # At the window's first size the state's words stay whole: the class gives way.
        index = row_where(pane, pci_qdev("nic1"))
        assert index is not None
        painted = painted_text(pane, index.siblingAtColumn(1))
        assert painted.startswith("unplug requested, not released"), painted
        devices = show(window, DevicesPane)
        arun.wait(
            lambda: (
                cells_of(devices, by_key("nic1"))
                == ["nic1", "e1000", "unplug requested, not released by the guest"]
            )
        )
        show(window, PciPane)
        assert "nic1" in peripherals(vm)
        # A second request while it is pending: said, not sent.
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: said(window, "and is still pending: not sent again"))
        assert device_dels(window) == [{"id": "nic1"}]
        # A reset completes the unplug, and the pane follows.
        vm.watch.execute("system_reset")
        arun.wait(lambda: "nic1" not in peripherals(vm))
        arun.wait(lambda: row_where(pane, pci_qdev("nic1")) is None)
        arun.wait(lambda: said(window, "'nic1' (e1000) removed"))
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_pending_disk_unplug_is_said_whole_in_the_block_pane(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # A virtio-blk disk on a pc with no guest: ACPI hot-plug waits for the guest.
    extra = ["-blockdev", "driver=null-co,node-name=n1"]
    extra += ["-device", "virtio-blk-pci,drive=n1,id=vd1"]
    vm = QemuVm(short_tmp, name="vdisk").start(extra=extra)
    try:
        window = windows.on(vm, config=QUIET)
        pane = show(window, BlockPane)

        def disk(node: Node) -> bool:
            return str(node.raw["query-block"].get("qdev", "")).startswith(
                "/machine/peripheral/vd1/"
            )

        select(arun, pane, disk)
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "unplug requested" in " ".join(cells_of(pane, disk) or []))
        index = row_where(pane, disk)
        assert index is not None
        cells = cells_of(pane, disk) or []
        column = next(n for n, cell in enumerate(cells) if "unplug requested" in cell)
        painted = painted_text(pane, index.siblingAtColumn(column))
        assert "unplug requested" in painted, painted
        assert "vd1" in peripherals(vm)
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_pc_nic_goes_at_once_with_a_guest_that_acknowledges_the_unplug(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = boot_floppy(short_tmp / "ack.img", ACKS_PC_UNPLUG)
    vm = QemuVm(short_tmp, name="acks").start(
        extra=[*floppy_args(image), "-device", "e1000,id=nic1"]
    )
    try:
        window = windows.on(vm, config={**QUIET, "unplug_timeout_s": 60})
        arun.wait(lambda: running_boot_sector(vm))
        pane = show(window, PciPane)
        select(arun, pane, pci_qdev("nic1"))
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "nic1" not in peripherals(vm))
        arun.wait(lambda: row_where(pane, pci_qdev("nic1")) is None)
        arun.wait(lambda: said(window, "'nic1' (e1000) removed"))
        assert not said(window, "has not released")
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_virtio_nic_on_a_q35_root_port_goes_and_its_netdev_is_said_to_be_left(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="q35").start(
        extra=[
            *q35_native_hotplug("rp1"),
            "-netdev",
            "user,id=n1",
        ]
    )
    try:
        # Hot-plugged, as the NIC to remove usually was: one given on the command line
        # waits for a guest on a native PCIe port too (QEMU 7.2, no DEVICE_DELETED in 8 s).
        vm.watch.execute(
            "device_add", {"driver": "virtio-net-pci", "id": "vnet1", "bus": "rp1", "netdev": "n1"}
        )
        window = windows.on(vm, config=QUIET)
        pane = show(window, PciPane)
        select(arun, pane, pci_qdev("vnet1"))
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "vnet1" not in peripherals(vm))
        arun.wait(lambda: row_where(pane, pci_qdev("vnet1")) is None)
        # The virtio backend's own DEVICE_DELETED (a path, no device) is not the device's.
        arun.wait(lambda: said(window, "'vnet1' (virtio-net-pci) removed"))
        arun.wait(
            lambda: said(window, "the network backend 'n1' is left: remove it with netdev_del")
        )
        network = vm.watch.execute("human-monitor-command", {"command-line": "info network"})
        assert "n1:" in network
    finally:
        vm.stop()


def test_only_the_event_naming_the_device_ends_its_pending_unplug(arun: AsyncRunner) -> None:
    session = VmSession("vm", "/nonexistent/vm.qmp")
    unplugs = unplugs_of(session)

    def deleted(data: dict[str, str]) -> Event:
        return Event.parse({"event": "DEVICE_DELETED", "data": data})

    async def run() -> None:
        unplugs.pending["vnet1"] = Pending("vnet1", "virtio-net-pci", 0.0, ())
        # A device's internal part goes first, named by its path alone (QEMU 7.2).
        session.eventsReceived.emit([deleted({"path": "/machine/peripheral/vnet1/virtio-backend"})])
        assert list(unplugs.words()) == ["vnet1"]
        session.eventsReceived.emit(
            [deleted({"device": "vnet1", "path": "/machine/peripheral/vnet1"})]
        )
        assert unplugs.words() == {}
        await unplugs.tasks.aclose()

    arun(run())
    session.deleteLater()
