"""The Add device form on a real QEMU: the backend a device uses (drive, netdev,
chardev, a link to a memory backend) comes first, offering only what no device holds
yet, the busy ones named in the tooltip with why; when none is free it says what to do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from qmpgui.app.main_window import MainWindow
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.device_form import DeviceForm
from tests.helpers.device_dialog import open_dialog
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

#: A format node (raw) over a protocol node (null-co), as `blockdev-add` makes a disk.
FORMAT_OVER_FILE = json.dumps(
    {"driver": "raw", "node-name": "fmt1", "file": {"driver": "null-co", "node-name": "proto1"}}
)

#: One of each backend free and one in use by a device.
BUSY = [
    ("-m", "64,slots=2,maxmem=1G"),
    ("-drive", "if=none,id=drv0,driver=null-co"),
    ("-blockdev", FORMAT_OVER_FILE),
    ("-blockdev", "driver=null-co,node-name=used1"),
    ("-device", "virtio-blk-pci,id=d0,drive=used1"),
    ("-netdev", "user,id=nfree"),
    ("-netdev", "user,id=nused"),
    ("-device", "e1000,id=nic0,netdev=nused"),
    ("-device", "qemu-xhci,id=xhci"),
    ("-chardev", "null,id=cfree"),
    ("-chardev", "null,id=cused"),
    ("-serial", "chardev:cused"),
    ("-object", "memory-backend-ram,id=m1,size=64M"),
    ("-object", "memory-backend-ram,id=m2,size=64M"),
    ("-device", "pc-dimm,id=dimm1,memdev=m1"),
]


@pytest.fixture
def busy_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A pc with one of each backend free and one in use by a device."""
    vm = QemuVm(short_tmp, name="busy").start(extra=[arg for pair in BUSY for arg in pair])
    yield vm
    vm.stop()


@pytest.fixture
def bare_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A pc with room for DIMMs and no backend of any kind."""
    vm = QemuVm(short_tmp, name="bare").start(extra=["-m", "64,slots=2,maxmem=1G"])
    yield vm
    vm.stop()


def backend_field(
    dialog: DeviceAddDialog, arun: AsyncRunner, typename: str, name: str
) -> QComboBox:
    """Choose `typename`; its field `name`, once QEMU said what is free."""
    assert dialog.select_type(typename), typename
    arun.wait(lambda: dialog.form is not None and dialog.typename == typename)
    assert dialog.form is not None
    combo = dialog.form.fields[name].widget
    assert isinstance(combo, QComboBox) and combo.isEditable()
    arun.wait(lambda: "asking" not in placeholder(combo))
    return combo


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def placeholder(combo: QComboBox) -> str:
    line = combo.lineEdit()
    assert line is not None
    return line.placeholderText()


def first_field(form: DeviceForm) -> object:
    """The widget of the form's first property row (after its heading)."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    heading = layout.itemAt(0, QFormLayout.ItemRole.SpanningRole)
    assert heading is not None and isinstance(heading.widget(), QLabel)
    assert "Backend" in heading.widget().text()  # type: ignore[attr-defined]
    item = layout.itemAt(1, QFormLayout.ItemRole.FieldRole)
    assert item is not None
    return item.widget()


def add_and_wait(window: MainWindow, dialog: DeviceAddDialog, arun: AsyncRunner) -> None:
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is None)


@pytest.mark.qemu
def test_a_disk_is_offered_the_free_drives_and_top_nodes_first(
    busy_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(busy_vm)
    dialog = open_dialog(window, arun)
    drive = backend_field(dialog, arun, "virtio-blk-pci", "drive")
    assert dialog.form is not None and first_field(dialog.form) is drive
    # Not proto1 (fmt1's file), not used1 (d0's disk), not drv0's own node.
    assert items(drive) == ["", "drv0", "fmt1"]
    note = dialog.form.findChild(QLabel, "note-drive")
    assert note is not None and not note.isVisibleTo(dialog.form)
    assert "left out: used1, in use by d0" in drive.toolTip()
    drive.setCurrentText("fmt1")
    add_and_wait(window, dialog, arun)
    held = {
        b.get("qdev"): b["inserted"]["node-name"]
        for b in busy_vm.watch.execute("query-block")
        if "inserted" in b
    }
    assert held.get("/machine/peripheral/virtio-blk-pci0/virtio-backend") == "fmt1"
    # Now fmt1 is held too: the next disk is offered drv0 only.
    dialog = open_dialog(window, arun)
    drive = backend_field(dialog, arun, "virtio-blk-pci", "drive")
    assert items(drive) == ["", "drv0"]
    assert "left out: fmt1, in use by virtio-blk-pci0" in drive.toolTip()


@pytest.mark.qemu
def test_a_nic_is_offered_the_netdevs_no_nic_holds(
    busy_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(busy_vm)
    dialog = open_dialog(window, arun)
    netdev = backend_field(dialog, arun, "virtio-net-pci", "netdev")
    assert dialog.form is not None and first_field(dialog.form) is netdev
    assert items(netdev) == ["", "nfree"]
    assert "left out: nused, in use by nic0" in netdev.toolTip()
    netdev.setCurrentText("nfree")
    add_and_wait(window, dialog, arun)
    shown = busy_vm.watch.execute("human-monitor-command", {"command-line": "info network"})
    assert "virtio-net-pci0: index=0,type=nic" in shown
    assert shown.split("virtio-net-pci0:", 1)[1].splitlines()[1].strip().startswith("\\ nfree:")


@pytest.mark.qemu
def test_a_serial_port_is_offered_the_chardevs_no_device_has_open(
    busy_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(busy_vm)
    dialog = open_dialog(window, arun)
    chardev = backend_field(dialog, arun, "usb-serial", "chardev")
    assert dialog.form is not None and first_field(dialog.form) is chardev
    # The serial port's cused and the two monitors are in use.
    assert items(chardev) == ["", "cfree"]
    assert "left out: cused" in chardev.toolTip()
    chardev.setCurrentText("cfree")
    add_and_wait(window, dialog, arun)
    opened = {c["label"]: c["frontend-open"] for c in busy_vm.watch.execute("query-chardev")}
    assert opened["cfree"] is True


@pytest.mark.qemu
def test_a_dimm_is_offered_only_the_memory_backends_nothing_uses(
    busy_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(busy_vm)
    dialog = open_dialog(window, arun)
    memdev = backend_field(dialog, arun, "pc-dimm", "memdev")
    assert dialog.form is not None and first_field(dialog.form) is memdev
    # pc.ram is the VM's RAM (QEMU refuses it: "already busy"), m1 is dimm1's.
    assert items(memdev) == ["", "m2"]
    assert "left out: pc.ram, the VM's main RAM" in memdev.toolTip()
    assert "left out: m1, in use by dimm1" in memdev.toolTip()
    memdev.setCurrentText("m2")
    add_and_wait(window, dialog, arun)
    dimms = {
        d["data"]["id"]: d["data"]["memdev"] for d in busy_vm.watch.execute("query-memory-devices")
    }
    assert dimms == {"dimm1": "/objects/m1", "pc-dimm0": "/objects/m2"}


@pytest.mark.qemu
def test_a_numa_nodes_memory_backend_is_not_offered(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="numa").start(
        extra=[
            *("-m", "64,slots=2,maxmem=1G"),
            *("-object", "memory-backend-ram,id=node0mem,size=64M"),
            *("-numa", "node,memdev=node0mem"),
            *("-object", "memory-backend-ram,id=m2,size=64M"),
        ]
    )
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        memdev = backend_field(dialog, arun, "pc-dimm", "memdev")
        # No device and no machine property names node0mem: its memory is mapped.
        assert items(memdev) == ["", "m2"]
        assert "left out: node0mem, in use: mapped into the VM's memory" in memdev.toolTip()
    finally:
        vm.stop()


@pytest.mark.qemu
def test_with_no_backend_free_each_field_says_what_to_do(
    bare_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(bare_vm)
    dialog = open_dialog(window, arun)
    drive = backend_field(dialog, arun, "virtio-blk-pci", "drive")
    assert items(drive) == [""]
    said = (
        "no block node free: use the Disk from an image file preset, or blockdev-add in the console"
    )
    assert placeholder(drive) == said
    # Whole under the field too, where a narrow field would cut the placeholder off.
    assert dialog.form is not None
    note = dialog.form.findChild(QLabel, "note-drive")
    assert note is not None and note.isVisibleTo(dialog.form) and note.text() == said
    netdev = backend_field(dialog, arun, "e1000", "netdev")
    assert placeholder(netdev).startswith("no netdev free: use the Network card preset")
    memdev = backend_field(dialog, arun, "pc-dimm", "memdev")
    assert items(memdev) == [""]
    said = placeholder(memdev)
    assert "left out: pc.ram, the VM's main RAM" in memdev.toolTip()
    # The line it gives works as given (the console's shorthand, sent as QMP here).
    line = said.split("console: ", 1)[1]
    command, *pairs = line.split()
    arguments: dict[str, object] = {}
    for pair in pairs:
        key, value = pair.split("=", 1)
        arguments[key] = int(value) if value.isdigit() else value
    bare_vm.watch.execute(command, arguments)
    dialog.close()
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is None)
    dialog = open_dialog(window, arun)
    memdev = backend_field(dialog, arun, "pc-dimm", "memdev")
    assert items(memdev) == ["", "mem1"]
    memdev.setCurrentText("mem1")
    add_and_wait(window, dialog, arun)
    assert [d["data"]["memdev"] for d in bare_vm.watch.execute("query-memory-devices")] == [
        "/objects/mem1"
    ]
