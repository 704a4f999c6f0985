"""Add device against a real QEMU 7.2: the picker, the form QEMU's property list
makes, only what the user changed sent, and QEMU's refusals in words with nothing
left behind, each effect seen through the test's own monitor."""

from __future__ import annotations

import asyncio
import json
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.device_form import BigSpinBox
from tests.helpers.device_dialog import choose, open_dialog
from tests.helpers.fake_qmp import FakeQmpServer, negotiate, read_command, reply
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_entries, log_texts


@pytest.fixture
def usb_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A pc with a USB controller (xhci) and nothing on it, and an iothread."""
    vm = QemuVm(short_tmp, name="plug").start(
        extra=["-device", "qemu-xhci,id=xhci", "-object", "iothread,id=io1"]
    )
    yield vm
    vm.stop()


@pytest.fixture
def q35_vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A q35 whose root bus pcie.0 takes no hot-plug, with one root port that does."""
    vm = QemuVm(short_tmp, name="q35").start(
        extra=["-machine", "q35", "-device", "pcie-root-port,id=rp1,chassis=1"]
    )
    yield vm
    vm.stop()


def peripherals(vm: QemuVm) -> dict[str, str]:
    """The VM's devices with an id, and their types, as the test's monitor sees them."""
    return {
        p["name"]: p["type"]
        for p in vm.watch.execute("qom-list", {"path": "/machine/peripheral"})
        if p["type"].startswith("child<")
    }


def sent_device_adds(window: MainWindow) -> list[dict[str, Any]]:
    return [
        e.data.get("arguments", {})
        for e in log_entries(window, LogKind.COMMAND)
        if e.name == "device_add"
    ]


@pytest.mark.qemu
def test_a_usb_tablet_goes_on_the_xhci_bus_from_the_dialog(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm)
    dialog = open_dialog(window, arun)
    # The picker: categories in QEMU's words, the search narrows it.
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert "USB" in groups and "Network" in groups
    dialog.search.setText("tablet")
    shown = [
        dialog.tree.topLevelItem(i).child(j).text(0)  # type: ignore[union-attr]
        for i in range(dialog.tree.topLevelItemCount())
        if not dialog.tree.topLevelItem(i).isHidden()  # type: ignore[union-attr]
        for j in range(dialog.tree.topLevelItem(i).childCount())  # type: ignore[union-attr]
        if not dialog.tree.topLevelItem(i).child(j).isHidden()  # type: ignore[union-attr]
    ]
    assert "usb-tablet" in shown and "e1000" not in shown
    # No SCSI controller: a SCSI disk is greyed, saying what to add first.
    dialog.search.clear()
    scsi = dialog.tree.findItems("scsi-hd", _exact())[0]
    assert scsi.isDisabled() and "virtio-scsi-pci" in scsi.toolTip(0)

    choose(dialog, arun, "usb-tablet")
    assert dialog.id_edit.text() == "usb-tablet0"
    assert [dialog.bus_box.itemText(i) for i in range(dialog.bus_box.count())][1:] == ["xhci.0"]
    # The command as it would be sent, to paste in the console.
    dialog.copy_button.click()
    assert json.loads(QGuiApplication.clipboard().text()) == {
        "execute": "device_add",
        "arguments": {"driver": "usb-tablet", "id": "usb-tablet0"},
    }
    dialog.add_button.click()
    arun.wait(lambda: peripherals(usb_vm).get("usb-tablet0") == "child<usb-tablet>")
    usb = usb_vm.watch.execute("human-monitor-command", {"command-line": "info usb"})
    assert "QEMU USB Tablet" in usb and "usb-tablet0" in usb
    # The device is in: the dialog closes.
    arun.wait(lambda: window.findChild(DeviceAddDialog, "deviceAddDialog") is None)
    assert sent_device_adds(window) == [{"driver": "usb-tablet", "id": "usb-tablet0"}]
    assert any("usb-tablet 'usb-tablet0' added" in t for t in log_texts(window))


def _exact() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


def _kind_of(widget: object) -> str:
    if isinstance(widget, QCheckBox):
        return "bool"
    if isinstance(widget, BigSpinBox):
        return "int"
    if isinstance(widget, QComboBox):
        return "choice"
    if isinstance(widget, QLineEdit):
        return "text"
    assert isinstance(widget, QLabel)
    return "child"


@pytest.mark.qemu
@pytest.mark.parametrize("typename", ["e1000", "virtio-blk-pci"])
def test_the_form_has_every_property_qemu_lists_with_its_type(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner, typename: str
) -> None:
    window = windows.on(usb_vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, typename)
    assert dialog.form is not None
    listed = usb_vm.watch.execute("device-list-properties", {"typename": typename})
    assert {p["name"] for p in listed} == set(dialog.form.fields)
    expected = {
        "bool": "bool",
        "uint8": "int",
        "uint16": "int",
        "uint32": "int",
        "uint64": "int",
        "int32": "int",
        "OnOffAuto": "choice",
        "BlockdevOnError": "choice",
        "size": "text",
        "str": "text",
    }
    for prop in listed:
        field = dialog.form.fields[prop["name"]]
        type_label = dialog.form.findChild(QLabel, f"type-{prop['name']}")
        assert type_label is not None and type_label.text() == prop["type"]
        want = expected.get(prop["type"])
        if prop["name"] == "addr":  # a PCI address is typed: "06.0"
            want = "text"
        elif prop["type"].startswith("link<") or "to use as a backend" in prop.get(
            "description", ""
        ):  # a link's objects, a drive's or netdev's free ones, or a name typed
            want = "choice"
        elif prop["type"].startswith("child<"):
            want = "child"
        assert _kind_of(field.widget) == want, prop
        if want == "int":
            assert isinstance(field.widget, BigSpinBox)
            high = {"uint8": 255, "uint16": 65535, "uint32": 2**32 - 1, "uint64": 2**64 - 1}
            assert field.widget.high == high.get(prop["type"], 2**31 - 1)
        if "default-value" in prop and want == "bool":
            assert isinstance(field.widget, QCheckBox)
            assert field.widget.isChecked() == prop["default-value"]
    if typename == "virtio-blk-pci":  # a link offers the objects of its type
        iothread = dialog.form.fields["iothread"].widget
        assert isinstance(iothread, QComboBox)
        arun.wait(lambda: iothread.count() == 2)
        assert [iothread.itemText(i) for i in range(iothread.count())] == ["", "io1"]
    # Nothing was changed, so the command holds no property.
    # The id proposed: the type and a number, apart when the type ends in a digit.
    proposed = f"{typename}-0" if typename[-1].isdigit() else f"{typename}0"
    assert dialog.arguments()[0] == {"driver": typename, "id": proposed}


@pytest.mark.qemu
def test_only_the_properties_the_user_changed_are_sent(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="nic").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        choose(dialog, arun, "e1000")
        assert dialog.form is not None
        fields = dialog.form.fields
        mitigation = fields["mitigation"].widget
        assert isinstance(mitigation, QCheckBox) and mitigation.isChecked()
        mitigation.setChecked(False)
        mac = fields["mac"].widget
        assert isinstance(mac, QLineEdit)
        mac.setText("52:54:00:12:34:99")
        # Touched and put back: not a change.
        auto = fields["autonegotiation"].widget
        assert isinstance(auto, QCheckBox)
        auto.setChecked(False)
        auto.setChecked(True)
        dialog.id_edit.setText("mynic")
        # Another type chosen (a stray click in the list) and this one again: what was
        # typed is there still.
        choose(dialog, arun, "virtio-net-pci")
        assert dialog.select_type("e1000")
        assert dialog.form is not None and dialog.form.fields["mac"] is fields["mac"]
        assert mac.text() == "52:54:00:12:34:99" and dialog.id_edit.text() == "mynic"
        assert '"mitigation": false' in dialog.preview.toPlainText()
        dialog.add_button.click()
        arun.wait(lambda: "mynic" in peripherals(vm))
        arun.wait(lambda: bool(sent_device_adds(window)))  # logged once QEMU answered
        sent = {"driver": "e1000", "id": "mynic", "mitigation": False, "mac": "52:54:00:12:34:99"}
        assert sent_device_adds(window) == [sent]
        got = vm.watch.execute(
            "qom-get", {"path": "/machine/peripheral/mynic", "property": "mitigation"}
        )
        assert got is False
        assert any(d.get("qdev_id") == "mynic" for d in _pci_devices(vm))
    finally:
        vm.stop()


def _pci_devices(vm: QemuVm) -> list[dict[str, Any]]:
    return [d for bus in vm.watch.execute("query-pci") for d in bus["devices"]]


@pytest.mark.qemu
def test_a_bad_property_and_an_id_in_use_are_said_and_add_nothing(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, "e1000")
    before = _pci_devices(usb_vm)
    assert dialog.form is not None
    # An address QEMU refuses: the dialog stays open with what was typed.
    addr = dialog.form.fields["addr"].widget
    assert isinstance(addr, QLineEdit)
    addr.setText("zz")
    dialog.add_button.click()
    said = (
        "'addr' does not take the value 'zz': a PCI address is a slot, or slot.function, "
        "in hex: 06 or 06.0"
    )
    arun.wait(lambda: dialog.error.text() == said)
    assert dialog.isVisible() and addr.text() == "zz"
    assert any(said in t for t in log_texts(window))
    assert _pci_devices(usb_vm) == before
    # The id of the USB controller: in use.
    addr.clear()
    dialog.id_edit.setText("xhci")
    assert dialog.id_hint.text() == "in use"
    dialog.add_button.click()
    said = "the id 'xhci' is in use by another device: choose another id"
    arun.wait(lambda: dialog.error.text() == said)
    assert any(said in t for t in log_texts(window))
    assert _pci_devices(usb_vm) == before and dialog.isVisible()


@pytest.mark.qemu
def test_a_bus_without_hot_plug_is_named_with_the_one_to_choose(
    q35_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(q35_vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, "e1000")
    # QEMU would put it on pcie.0, which takes no hot-plug: the root port is chosen.
    assert dialog.bus_box.currentText() == "rp1"
    dialog.bus_box.setCurrentText("pcie.0")
    dialog.add_button.click()
    said = (
        "bus 'pcie.0' does not take devices while the VM runs (no hot-plug there): "
        "choose another bus: rp1"
    )
    arun.wait(lambda: dialog.error.text() == said)
    assert any(said in t for t in log_texts(window))
    assert "e1000-0" not in peripherals(q35_vm)
    dialog.bus_box.setCurrentText("rp1")
    dialog.add_button.click()
    arun.wait(lambda: peripherals(q35_vm).get("e1000-0") == "child<e1000>")


class SlowTypes:
    """A monitor that holds its answer to qom-list-types until `release` is set: a
    QEMU slow to answer, which a real one cannot be made on demand."""

    def __init__(self) -> None:
        self.release = threading.Event()

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await negotiate(reader, writer)
        while True:
            request = await read_command(reader)
            name = request.get("execute")
            value: object = {}
            if name == "query-status":
                value = {"status": "running", "running": True}
            elif name == "qom-list-types":
                await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
                value = [{"name": "usb-tablet"}]
            elif name == "human-monitor-command":
                value = ""
            elif name in ("qom-list", "query-qmp-schema"):
                value = []
            writer.write(reply(request, value))
            await writer.drain()


def test_a_slow_qemu_leaves_the_window_usable_and_says_it_is_asked(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    server = SlowTypes()
    with FakeQmpServer(short_tmp / "slow.sock", server):
        window = windows.on(short_tmp / "slow.sock", poll_interval_s=None)
        act(window, "actionDeviceAdd").trigger()
        dialog = window.findChild(DeviceAddDialog, "deviceAddDialog")
        assert dialog is not None and dialog.isVisible()  # open at once, before any answer
        assert dialog.note.text() == "asking QEMU…"
        dialog.search.setText("tab")  # the dialog takes input meanwhile
        assert dialog.search.text() == "tab"
        server.release.set()
        # Common devices first, then every type QEMU listed, in one group.
        arun.wait(lambda: bool(dialog.presets.forms))
        assert dialog.tree.topLevelItemCount() == 2
        # Without HMP's list every type is offered, unsorted, and the note says why.
        assert "did not describe its devices" in dialog.note.text()
        assert dialog.select_type("usb-tablet")


@pytest.mark.qemu
def test_a_backend_in_use_is_named_with_the_device_that_holds_it(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="scsi").start(extra=["-device", "virtio-scsi-pci,id=scsi0"])
    try:
        vm.watch.execute("blockdev-add", {"driver": "null-co", "node-name": "nb1"})
        vm.watch.execute("device_add", {"driver": "scsi-hd", "drive": "nb1", "id": "d1"})
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        choose(dialog, arun, "scsi-hd")
        assert dialog.form is not None
        drive = dialog.form.fields["drive"].widget
        assert isinstance(drive, QComboBox) and drive.isEditable()
        drive.setEditText("nb1")  # typed, though it is not offered
        dialog.add_button.click()
        said = (
            "the backend 'nb1' is in use by the device 'd1': each disk needs a block node "
            "of its own"
        )
        arun.wait(lambda: dialog.error.text() == said)
        assert any(said in t for t in log_texts(window))
        assert drive.currentText() == "nb1" and dialog.isVisible()
        assert set(peripherals(vm)) == {"scsi0", "d1"}
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_full_bus_is_named_with_another_to_choose(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # A PCI bridge with a device in each of its 32 slots.
    fill = [f"-device pci-testdev,bus=br1,addr={slot:x}".split() for slot in range(32)]
    extra = ["-device", "pci-bridge,id=br1,chassis_nr=1"]
    vm = QemuVm(short_tmp, name="full").start(extra=extra + [a for d in fill for a in d])
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        choose(dialog, arun, "e1000")
        assert dialog.bus_box.findText("br1") > 0  # it takes hot-plug; it has no room
        dialog.bus_box.setCurrentText("br1")
        before = _pci_devices(vm)
        dialog.add_button.click()
        said = "bus 'br1' is full, no free slot for e1000: choose another bus: pci.0"
        arun.wait(lambda: dialog.error.text() == said)
        assert any(said in t for t in log_texts(window))
        assert _pci_devices(vm) == before and "e1000-0" not in peripherals(vm)
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_root_port_that_holds_a_device_is_not_offered_and_bare_q35_says_what_it_needs(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # rp1 holds a NIC: QEMU 7.2 would take another at its slot 1, where the guest never
    # sees it; rp2 is free.
    extra = ["-machine", "q35", "-device", "pcie-root-port,id=rp1,chassis=1"]
    extra += ["-device", "virtio-net-pci,id=busy,bus=rp1"]
    vm = QemuVm(short_tmp, name="q35busy").start(extra=extra)
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        offer = dialog.offers["e1000e"]
        assert offer.buses == () and offer.why_not is not None
        assert "holds a device already (rp1; a PCIe port takes one)" in offer.why_not
        assert "-device pcie-root-port" in offer.why_not
        dialog.close()
    finally:
        vm.stop()
    bare = QemuVm(short_tmp, name="q35bare").start(extra=["-machine", "q35"])
    try:
        window = windows.on(bare)
        dialog = open_dialog(window, arun)
        why = dialog.offers["qemu-xhci"].why_not
        assert why is not None and "give root ports when QEMU starts" in why
    finally:
        bare.stop()


@pytest.mark.qemu
def test_a_device_add_that_timed_out_and_went_through_later_is_found(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm, config={"command_timeout_s": 2})
    dialog = open_dialog(window, arun)
    choose(dialog, arun, "usb-tablet")
    usb_vm.freeze()  # SIGSTOP: QEMU takes the command only when it runs again
    try:
        dialog.add_button.click()
        arun.wait(lambda: "may still be added when it does" in dialog.error.text())
        assert not any("Add device failed" in t for t in log_texts(window))
    finally:
        usb_vm.signal(signal.SIGCONT)
    # QEMU carries the device_add out once it runs: the device is found and said.
    arun.wait(lambda: "usb-tablet0" in peripherals(usb_vm), timeout=20)
    arun.wait(lambda: any("'usb-tablet0' was added after all" in t for t in log_texts(window)))
    arun.wait(lambda: not [d for d in window.findChildren(DeviceAddDialog) if d.isVisible()])


@pytest.mark.qemu
def test_vcpus_and_memory_are_offered_as_this_vm_takes_them_and_refusals_say_what_to_do(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # One vCPU of two, and memory without slots: QEMU takes a vCPU of its own type in
    # the free place only, and no DIMM at all.
    vm = QemuVm(short_tmp, name="cpus").start(extra=["-smp", "1,maxcpus=2"])
    try:
        vm.watch.execute(
            "object-add", {"qom-type": "memory-backend-ram", "id": "m1", "size": 64 << 20}
        )
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        cpu_types = [n for n, o in dialog.offers.items() if o.type.category == "CPU"]
        assert cpu_types == ["qemu64-x86_64-cpu"]
        assert dialog.offers["qemu64-x86_64-cpu"].why_not is None
        assert "vCPU types left out: a vCPU added must be qemu64-x86_64-cpu" in (dialog.note.text())
        # Without its place (socket-id, core-id, thread-id): what to use instead.
        choose(dialog, arun, "qemu64-x86_64-cpu")
        dialog.add_button.click()
        said = (
            "a vCPU needs its place (socket-id and the other -id properties): the vCPU "
            "preset under Common devices takes a free one from query-hotpluggable-cpus"
        )
        arun.wait(lambda: dialog.error.text() == said)
        assert len(vm.watch.execute("query-cpus-fast")) == 1
        # A DIMM on a VM started without memory slots.
        choose(dialog, arun, "pc-dimm")
        assert dialog.form is not None
        memdev = dialog.form.fields["memdev"].widget
        assert isinstance(memdev, QComboBox)
        arun.wait(lambda: memdev.findText("m1") >= 0)
        memdev.setCurrentText("m1")
        dialog.add_button.click()
        said = (
            "this VM has no memory slots: QEMU plugs memory only into a VM started with "
            "-m SIZE,slots=N,maxmem=MAX"
        )
        arun.wait(lambda: dialog.error.text() == said)
        assert any(said in t for t in log_texts(window))
        assert vm.watch.execute("query-memory-devices") == []
        dialog.close()
    finally:
        vm.stop()
    full = QemuVm(short_tmp, name="onecpu").start(extra=["-smp", "1"])
    try:
        window = windows.on(full)
        dialog = open_dialog(window, arun)
        why = dialog.offers["qemu64-x86_64-cpu"].why_not
        assert why is not None and why.startswith("every vCPU slot is in use")
        assert not dialog.select_type("qemu64-x86_64-cpu")
    finally:
        full.stop()


@pytest.mark.qemu
def test_a_device_needs_an_id_and_add_device_again_keeps_the_open_dialog(
    usb_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(usb_vm)
    dialog = open_dialog(window, arun)
    choose(dialog, arun, "usb-tablet")
    # Without an id QEMU would add it, but Remove device could never name it.
    dialog.id_edit.setText("")
    assert dialog.id_hint.text() == "needed"
    dialog.add_button.click()
    said = "give the device an id: without one it cannot be removed later (device_del names it)"
    arun.wait(lambda: dialog.error.text() == said)
    assert "usb-tablet" not in str(
        usb_vm.watch.execute("human-monitor-command", {"command-line": "info usb"})
    )
    assert not [a for a in sent_device_adds(window)]
    # An id QEMU would refuse, said before sending with QEMU's rule.
    dialog.id_edit.setText("my tablet")
    assert dialog.id_hint.text() == "not an id"
    dialog.add_button.click()
    said = (
        "'my tablet' is not an id QEMU takes: an id starts with a letter and has only "
        "letters, digits, '-', '.' and '_'"
    )
    arun.wait(lambda: dialog.error.text() == said)
    assert not sent_device_adds(window)
    # Add device again while it is open: the same dialog, with what was typed.
    dialog.id_edit.setText("mine")
    act(window, "actionDeviceAdd").trigger()
    assert window.findChild(DeviceAddDialog, "deviceAddDialog") is dialog
    assert dialog.isVisible() and dialog.id_edit.text() == "mine"
    assert dialog.typename == "usb-tablet"
    dialog.add_button.click()
    arun.wait(lambda: "mine" in peripherals(usb_vm))


@pytest.mark.qemu
def test_the_first_root_port_is_proposed_search_counts_follow_and_copy_waits_for_a_type(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    extra = ["-machine", "q35"]
    for n in (1, 2, 3):
        extra += ["-device", f"pcie-root-port,id=rp{n},chassis={n}"]
    vm = QemuVm(short_tmp, name="q35three").start(extra=extra)
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert not dialog.copy_button.isEnabled()  # nothing to copy yet
        dialog.search.setText("usb")
        groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        counted = 0
        for group in groups:
            if group is None or group.isHidden() or group.text(0) == "Common devices":
                continue
            shown = sum(1 for j in range(group.childCount()) if not group.child(j).isHidden())
            assert group.text(1) == f"{shown} of {group.childCount()} types"
            counted += 1
        assert counted >= 2
        dialog.search.setText("")
        choose(dialog, arun, "e1000")
        assert dialog.bus_box.currentText() == "rp1"  # in the ports' order, not qtree's
        assert dialog.copy_button.isEnabled()
    finally:
        vm.stop()
