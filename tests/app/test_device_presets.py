"""Add device's presets (Common devices) against a real QEMU 7.2: a disk from a qcow2
made here, a NIC, a USB tablet, a vCPU; a preset removed again with Remove device
takes the nodes it made; a step that fails leaves nothing behind; a missing image is
said before anything is sent. Each effect is seen through the test's own monitor."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from qmpgui.models.node_tree import Node
from qmpgui.qmp.presets import propose_mac
from qmpgui.ui.panes.devices import DevicesPane
from qmpgui.ui.preset_forms import DiskForm, ImageForm
from qmpgui.ui.preset_nic_form import NicForm
from tests.helpers.presets import (
    added,
    block_nodes,
    hmp,
    open_dialog,
    peripherals,
    preset_item_tip,
    qcow2,
    said,
    sent,
)
from tests.helpers.qemu_vm import QemuVm, q35_native_hotplug
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act

QUIET = {"confirm_destructive": False}


@pytest.mark.qemu
def test_a_disk_preset_from_a_qcow2_goes_in_as_virtio_blk_and_as_scsi_hd_out_with_its_nodes(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="disks").start(extra=["-device", "virtio-scsi-pci,id=scsi0"])
    try:
        window = windows.on(vm, config=QUIET)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        assert form.device_id == "disk0" and form.model_box.currentText() == "virtio-blk-pci"
        form.path_edit.setText(str(image))
        form.read_only.setChecked(True)
        dialog.add_button.click()
        added(window, arun)
        # The format was read from the file here: qcow2 over a file node, both read-only.
        nodes = block_nodes(vm)
        assert nodes["disk0-format"]["drv"] == "qcow2" and nodes["disk0-file"]["drv"] == "file"
        assert nodes["disk0-format"]["ro"] is True
        assert peripherals(vm)["disk0"] == "child<virtio-blk-pci>"
        pci = vm.watch.execute("query-pci")
        assert any(d.get("qdev_id") == "disk0" for bus in pci for d in bus["devices"])
        drives = vm.watch.execute("query-block")
        disk = next(d for d in drives if "disk0" in d.get("qdev", ""))
        assert disk["inserted"]["node-name"] == "disk0-format"
        assert disk["inserted"]["file"] == str(image)
        assert sent(window)[-3:] == ["blockdev-add", "blockdev-add", "device_add"]
        assert said(window, "Disk from an image file 'disk0' added")

        # The same image again, read-only, as a SCSI disk (which unplugs without a guest).
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm) and form.device_id == "disk1"
        form.path_edit.setText(str(image))
        form.read_only.setChecked(True)
        form.model_box.setCurrentText("scsi-hd")
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)["disk1"] == "child<scsi-hd>"
        assert {"disk1-format", "disk1-file"} <= set(block_nodes(vm))

        # Remove device takes the nodes the preset made with it.
        pane = window.pane(DevicesPane)
        window.panes.setCurrentWidget(pane)

        def row_of(key: str) -> Callable[[Node], bool]:
            return lambda node: node.key == key

        def index_of(key: str) -> object:
            model = pane.model
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                node = model.node(index)
                if node is not None and row_of(key)(node):
                    return index
            return None

        arun.wait(lambda: index_of("disk1") is not None)
        pane.view.setCurrentIndex(index_of("disk1"))  # type: ignore[arg-type]
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "disk1" not in peripherals(vm))
        arun.wait(lambda: not {"disk1-format", "disk1-file"} & set(block_nodes(vm)))
        arun.wait(lambda: said(window, "the drive node 'disk1-file', made for 'disk1', is removed"))
        assert said(window, "the drive node 'disk1-format', made for 'disk1', is removed")
        assert {"disk0-format", "disk0-file"} <= set(block_nodes(vm))
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_nic_preset_adds_a_user_netdev_and_an_e1000_with_a_mac_no_other_nic_has(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="nics").start()
    try:
        window = windows.on(vm)
        session = window.model.session(0)
        # A NIC already has the address the proposal would start from.
        first = propose_mac(set(), zlib.crc32(session.endpoint_text.encode()))
        vm.watch.execute("netdev_add", {"type": "user", "id": "old0"})
        vm.watch.execute("device_add", {"driver": "e1000", "netdev": "old0", "mac": first})
        dialog = open_dialog(window, arun)
        # No USB controller: the USB presets are greyed, saying what to add first.
        for name in ("USB tablet", "USB storage"):
            greyed, tip = preset_item_tip(dialog, name)
            assert greyed and "qemu-xhci" in tip, tip
        # Started without maxcpus: no free vCPU slot, and why.
        greyed, tip = preset_item_tip(dialog, "vCPU")
        assert greyed and "maxcpus" in tip, tip

        assert dialog.select_preset("nic")
        form = dialog.presets.forms["nic"]
        assert isinstance(form, NicForm)
        mac = form.mac_edit.text()
        assert mac.startswith("52:54:00:") and mac != first
        assert form.backend_box.currentText() == "user"
        assert form.model_box.currentText() == "e1000"
        dialog.add_button.click()
        added(window, arun)
        network = hmp(vm, "info network")
        assert f"nic0: index=0,type=nic,model=e1000,macaddr={mac}" in network
        assert "nic0-net: index=0,type=user" in network
        assert peripherals(vm)["nic0"] == "child<e1000>"
        assert said(window, "Network card 'nic0' added with nic0-net (removed with it)")
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_virtio_nic_preset_goes_on_a_q35_root_port_and_its_netdev_goes_with_it(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="q35").start(
        # Native PCIe hot-plug: the root port lets the NIC go without a guest.
        extra=q35_native_hotplug("rp1")
    )
    try:
        window = windows.on(vm, config=QUIET)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("nic")
        form = dialog.presets.forms["nic"]
        assert isinstance(form, NicForm)
        form.model_box.setCurrentText("virtio-net-pci")
        # QEMU's own choice, pcie.0, takes no hot-plug: the root port is chosen.
        assert '"bus": "rp1"' in dialog.presets.preview.toPlainText()
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)["nic0"] == "child<virtio-net-pci>"
        assert "nic0-net: index=0,type=user" in hmp(vm, "info network")

        pane = window.pane(DevicesPane)
        window.panes.setCurrentWidget(pane)

        def nic_row() -> object:
            for row in range(pane.model.rowCount()):
                index = pane.model.index(row, 0)
                node = pane.model.node(index)
                if node is not None and node.key == "nic0":
                    return index
            return None

        arun.wait(lambda: nic_row() is not None)
        pane.view.setCurrentIndex(nic_row())  # type: ignore[arg-type]
        act(window, "actionDeviceDel").trigger()
        arun.wait(lambda: "nic0" not in peripherals(vm))
        arun.wait(lambda: "nic0-net" not in hmp(vm, "info network"))
        arun.wait(
            lambda: said(window, "the network backend 'nic0-net', made for 'nic0', is removed")
        )
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_usb_tablet_and_usb_storage_presets_go_on_the_qemu_xhci_controller(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="usb").start(extra=["-device", "qemu-xhci,id=xhci"])
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("tablet")
        assert '"bus": "xhci.0"' in dialog.presets.preview.toPlainText()
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)["tablet0"] == "child<usb-tablet>"
        usb = hmp(vm, "info usb")
        assert "QEMU USB Tablet" in usb and "tablet0" in usb

        dialog = open_dialog(window, arun)
        assert dialog.select_preset("usb-storage")
        form = dialog.presets.forms["usb-storage"]
        assert isinstance(form, ImageForm) and form.device_id == "usbdisk0"
        form.path_edit.setText(str(image))
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)["usbdisk0"] == "child<usb-storage>"
        assert "QEMU USB MSD" in hmp(vm, "info usb")
        assert block_nodes(vm)["usbdisk0-format"]["drv"] == "qcow2"
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_vcpu_preset_fills_the_free_slot(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="cpus").start(extra=["-smp", "1,maxcpus=2"])
    try:
        assert len(vm.watch.execute("query-cpus-fast")) == 1
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("cpu")
        slot = dialog.presets.forms["cpu"].findChild(object, "presetCpuSlot")
        assert slot is not None and slot.currentText() == "socket 0, core 1, thread 0"  # type: ignore[attr-defined]
        dialog.add_button.click()
        added(window, arun)
        assert len(vm.watch.execute("query-cpus-fast")) == 2
        filled = vm.watch.execute("query-hotpluggable-cpus")
        assert all("qom-path" in slot for slot in filled)
        assert "cpu0" in peripherals(vm)
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_device_add_refused_after_the_nodes_went_in_removes_them_and_says_so(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="undo").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm) and form.device_id == "disk0"
        form.path_edit.setText(str(image))
        # Meanwhile another client takes the id: QEMU refuses the device_add only
        # after both block nodes went in.
        vm.watch.execute("blockdev-add", {"driver": "null-co", "node-name": "other"})
        vm.watch.execute(
            "device_add", {"driver": "virtio-blk-pci", "drive": "other", "id": "disk0"}
        )
        dialog.add_button.click()
        arun.wait(lambda: "nothing is left behind" in dialog.error.text())
        text = dialog.error.text()
        assert "the id 'disk0' is in use by another device" in text
        assert set(block_nodes(vm)) == {"other"}
        assert sent(window)[-5:] == [
            "blockdev-add",
            "blockdev-add",
            "device_add",
            "blockdev-del",
            "blockdev-del",
        ]
        assert said(window, "Add device failed: Disk from an image file: device_add failed")
        # The dialog stays, with what was typed.
        assert dialog.isVisible() and form.path_edit.text() == str(image)
        assert dialog.add_button.isEnabled()
    finally:
        vm.stop()


@pytest.mark.qemu
def test_a_missing_image_is_said_before_anything_is_sent(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    vm = QemuVm(short_tmp, name="noimg").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        missing = short_tmp / "gone.qcow2"
        form.path_edit.setText(str(missing))
        before = sent(window)
        dialog.add_button.click()
        arun.wait(lambda: "no such file" in dialog.error.text())
        assert dialog.error.text() == (
            f"Disk from an image file: no such file: {missing}; nothing was sent"
        )
        assert sent(window) == before
        assert "blockdev-add" not in sent(window)
        assert block_nodes(vm) == {}
        assert form.path_edit.text() == str(missing) and dialog.isVisible()
    finally:
        vm.stop()
