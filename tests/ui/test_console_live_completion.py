"""The console completes an argument that names something of the VM with what exists
in it now, against QEMU 7.2: `eject id=` the removable drives (qdev ids), in shorthand
and in JSON; `job-id=` and block-job-*'s `device=` the running jobs; device_del's
`id=` the devices, no longer one that was unplugged (DEVICE_DELETED). A second Tab
asks QEMU nothing: the names are kept until an event or a command changes them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qmpgui.ui.console import ConsoleWidget
from tests.helpers.block_images import drive_args, overlay_on_base, raw_image
from tests.helpers.console import open_console
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows

USB = [
    "-device",
    "qemu-xhci,id=xhci",
    "-device",
    "usb-tablet,id=tab0",
    "-device",
    "usb-kbd,id=kbd0",
]


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    top, _base = overlay_on_base(short_tmp)
    made = QemuVm(short_tmp, name="livevm")
    made.start(extra=[*drive_args(top, raw_image(short_tmp / "small.raw")), *USB])
    yield made
    made.stop()


def labels_now(console: ConsoleWidget, before: str) -> list[str]:
    """What completion offers for `before` at once, from what is kept."""
    found = console.completion.complete(before)
    return [item.label for item in found.items] if found is not None else []


def offered(arun: AsyncRunner, console: ConsoleWidget, before: str) -> list[str]:
    """What completion offers for `before` once the VM's names have come."""
    arun.wait(lambda: bool(labels_now(console, before)))
    return labels_now(console, before)


def tab(arun: AsyncRunner, console: ConsoleWidget, text: str) -> None:
    console.input.setPlainText(text)
    console.input.moveCursor(console.input.textCursor().MoveOperation.End)
    console.input.setFocus()
    arun.qtbot.keyClick(console.input, Qt.Key.Key_Tab)


@pytest.mark.qemu
def test_eject_id_completes_the_removable_drives_in_both_modes(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, vm)
    # Tab before anything is known: the names are asked behind, then offered.
    tab(arun, console, "eject id=")
    arun.wait(lambda: console.input.toPlainText() == "eject id=cd0")
    assert offered(arun, console, "eject id=") == ["cd0"]  # disk0, disk1 have no tray
    live = console.completion.live
    asked = live.refreshes
    tab(arun, console, "eject id=")  # kept: no round trip this time
    assert console.input.toPlainText() == "eject id=cd0"
    assert live.refreshes == asked
    json_before = '{"execute": "eject", "arguments": {"id": "'
    tab(arun, console, json_before)
    arun.wait(lambda: console.input.toPlainText() == json_before + 'cd0"')
    # The drives' backends after device=, and the nodes after node-name=.
    assert offered(arun, console, "eject device=") == ["cdrive"]
    assert "top0" in offered(arun, console, "block_resize node-name=")
    # QOM paths a level at a time, from qom-list of the path typed so far.
    assert "/machine/peripheral" in offered(arun, console, "qom-list path=/machine/per")
    assert "/machine/peripheral/cd0" in offered(arun, console, "qom-get path=/machine/peripheral/")
    assert "memory-backend-ram" in offered(arun, console, "object-add qom-type=memory-backend-r")


@pytest.mark.qemu
def test_job_id_completes_a_running_job(vm: QemuVm, windows: Windows, arun: AsyncRunner) -> None:
    _window, console = open_console(windows, vm)
    assert labels_now(console, "block-job-pause device=") == []  # no job yet
    vm.watch.execute("block-stream", {"device": "drive0", "job-id": "st0", "speed": 1 << 20})
    arun.wait(lambda: "st0" in offered(arun, console, "block-job-pause device="))
    assert offered(arun, console, "block-commit device=drive0 job-id=") == ["st0"]
    assert offered(arun, console, '{"execute": "job-pause", "arguments": {"id": "') == ["st0"]
    vm.watch.execute("block-job-cancel", {"device": "st0"})
    arun.wait(lambda: labels_now(console, "block-job-pause device=") == [])


@pytest.mark.qemu
def test_an_unplugged_device_is_no_longer_offered(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    _window, console = open_console(windows, vm)
    before = offered(arun, console, "device_del id=")
    assert {"tab0", "kbd0", "cd0", "disk0"} <= set(before)
    vm.watch.execute("device_del", {"id": "tab0"})  # USB: gone at once, DEVICE_DELETED
    arun.wait(lambda: "tab0" not in offered(arun, console, "device_del id="))
    assert "kbd0" in offered(arun, console, "device_del id=")


@pytest.fixture
def backends_vm(short_tmp: Path) -> Iterator[QemuVm]:
    made = QemuVm(short_tmp, name="livebackends")
    made.start(
        extra=[
            *("-chardev", "null,id=free0", "-chardev", "null,id=s0"),
            *("-device", "isa-serial,chardev=s0", "-device", "qemu-xhci,id=xhci"),
            *("-netdev", "user,id=net0", "-device", "e1000,netdev=net0,id=nic0"),
        ]
    )
    yield made
    made.stop()


@pytest.mark.qemu
def test_chardevs_nics_properties_and_buses_are_offered_as_qemu_takes_them(
    backends_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm = backends_vm
    _window, console = open_console(windows, vm)
    # chardev-remove: the monitors' chardevs and a serial port's are busy in QEMU.
    offered_chardevs = offered(arun, console, "chardev-remove id=")
    assert offered_chardevs == ["free0"]
    for chardev in vm.watch.execute("query-chardev"):
        if chardev["label"] != "free0":
            with pytest.raises(Exception, match="is busy"):
                vm.watch.execute("chardev-remove", {"id": chardev["label"]})
    # set_link: the NIC's and the netdev's names, each taken by QEMU.
    links = offered(arun, console, "set_link name=")
    assert {"nic0", "net0"} <= set(links)
    for name in links:
        vm.watch.execute("set_link", {"name": name, "up": True})
    # qom-get property=: the properties of the path typed before it.
    nic = "/machine/peripheral/nic0"
    listed = {p["name"] for p in vm.watch.execute("qom-list", {"path": nic})}
    assert set(offered(arun, console, f"qom-get path={nic} property=")) == listed
    assert offered(arun, console, f"qom-get path={nic} property=ma") == ["mac"]
    # ringbuf-read device=: a chardev's name, not a drive's (what device= means elsewhere).
    chardevs = {c["label"] for c in vm.watch.execute("query-chardev")}
    assert set(offered(arun, console, "ringbuf-read device=")) == chardevs
    # device_add bus=: the VM's buses.
    assert {"pci.0", "xhci.0"} <= set(offered(arun, console, "device_add bus="))
