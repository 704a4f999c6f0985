"""A disk or USB storage preset over an image something else holds, against real QEMU
7.2: QEMU refuses the qcow2 format node, or for a raw image the device_add
(`Failed to get "write" lock`); the dialog names what holds it (this VM's disk, found by the file behind the path, or another program) and what
to do, and the nodes made before are removed again, as the test's own monitor
sees."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qmpgui.ui.device_add_dialog import DeviceAddDialog
from qmpgui.ui.preset_forms import DiskForm, ImageForm
from tests.helpers.presets import added, block_nodes, open_dialog, peripherals, qcow2, said
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


def attach(vm: QemuVm, image: Path, device_id: str, read_only: bool) -> None:
    """Put `image` into `vm` as virtio-blk-pci `device_id`, through the test's monitor."""
    ro = {"read-only": True} if read_only else {}
    file_node, top = f"{device_id}-f", f"{device_id}-q"
    vm.watch.execute(
        "blockdev-add", {"driver": "file", "node-name": file_node, "filename": str(image), **ro}
    )
    vm.watch.execute("blockdev-add", {"driver": "qcow2", "node-name": top, "file": file_node, **ro})
    vm.watch.execute("device_add", {"driver": "virtio-blk-pci", "id": device_id, "drive": top})


def try_disk(dialog: DeviceAddDialog, arun: AsyncRunner, path: Path, read_only: bool) -> str:
    """Add the disk preset over `path`; what the dialog said once QEMU refused it."""
    form = dialog.presets.forms["disk"]
    assert isinstance(form, DiskForm)
    form.path_edit.setText(str(path))
    form.read_only.setChecked(read_only)
    dialog.add_button.click()
    assert not dialog.add_button.isEnabled()  # asking QEMU
    arun.wait(dialog.add_button.isEnabled)
    return dialog.error.text()


@pytest.mark.qemu
def test_an_image_this_vm_uses_is_named_by_its_disk_and_read_only_is_offered_when_it_helps(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    written, read = qcow2(short_tmp, "written.qcow2"), qcow2(short_tmp, "read.qcow2")
    link = short_tmp / "another-name.qcow2"
    link.symlink_to(written)
    vm = QemuVm(short_tmp, name="locks").start()
    try:
        attach(vm, written, "data", read_only=False)
        attach(vm, read, "ref", read_only=True)
        nodes = set(block_nodes(vm))
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")

        # The file behind another name, written by this VM's disk 'data'.
        text = try_disk(dialog, arun, link, read_only=False)
        assert f"{link} is in use by this VM's disk 'data' (virtio-blk-pci), which writes it" in (
            text
        )
        assert "remove that first" in text and "tick read-only" not in text
        assert "nothing is left behind" in text and 'Failed to get "write" lock' not in text
        assert set(block_nodes(vm)) == nodes
        # Read-only does not help while it is written: said so again.
        text = try_disk(dialog, arun, link, read_only=True)
        assert (
            "disk 'data' (virtio-blk-pci), which writes it" in text and "not even read-only" in text
        )
        assert set(block_nodes(vm)) == nodes

        # A file this VM only reads: read-only is offered, and works.
        text = try_disk(dialog, arun, read, read_only=False)
        assert (
            f"{read} is in use by this VM's disk 'ref' (virtio-blk-pci), which only reads it"
            in text
        )
        assert "tick read-only ('the guest only reads it')" in text
        assert set(block_nodes(vm)) == nodes
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        form.read_only.setChecked(True)
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)["disk0"] == "child<virtio-blk-pci>"
        assert block_nodes(vm)["disk0-format"]["ro"] is True
    finally:
        vm.stop()


@pytest.mark.qemu
def test_an_image_another_qemu_holds_is_said_so_and_nothing_is_left_behind(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    (short_tmp / "holder").mkdir()
    (short_tmp / "wants").mkdir()
    other = QemuVm(short_tmp / "holder", name="holder").start()
    vm = QemuVm(short_tmp / "wants", name="wants").start()
    try:
        attach(other, image, "theirs", read_only=False)
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        text = try_disk(dialog, arun, image, read_only=False)
        assert f"another program (another QEMU?) has {image} open" in text
        assert "tick read-only" in text and "nothing is left behind" in text
        assert block_nodes(vm) == {}
        # Asked read-only, QEMU's refusal says the other one writes it.
        text = try_disk(dialog, arun, image, read_only=True)
        assert f"another program (another QEMU?) has {image} open for writing" in text
        assert "not even read-only" in text and "stop that program first" in text
        assert block_nodes(vm) == {}
        assert dialog.isVisible()
    finally:
        vm.stop()
        other.stop()


def raw(folder: Path, name: str) -> Path:
    path = folder / name
    subprocess.run(["qemu-img", "create", "-q", "-f", "raw", str(path), "16M"], check=True)
    return path


@pytest.mark.qemu
def test_a_raw_image_in_use_is_refused_at_device_add_and_said_as_for_qcow2(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    # QEMU opens a raw node without its lock at blockdev-add; device_add takes the lock
    # and is refused: the same sentence, for the disk and for USB storage.
    started, attached = raw(short_tmp, "b.raw"), raw(short_tmp, "c.raw")
    vm = QemuVm(short_tmp, name="rawlock").start(
        extra=[
            *("-drive", f"file={started},format=raw,if=none,id=rawd"),
            *("-device", "virtio-blk-pci,drive=rawd,id=vd0"),
            *("-device", "qemu-xhci,id=xhci", "-device", "virtio-scsi-pci,id=scsi0"),
        ]
    )
    try:
        vm.watch.execute(
            "blockdev-add", {"driver": "file", "node-name": "c-f", "filename": str(attached)}
        )
        vm.watch.execute("blockdev-add", {"driver": "raw", "node-name": "c-r", "file": "c-f"})
        vm.watch.execute("device_add", {"driver": "scsi-hd", "id": "disk1", "drive": "c-r"})
        nodes = set(block_nodes(vm))
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        text = try_disk(dialog, arun, started, read_only=False)
        assert f"{started} is in use by this VM's disk 'vd0' (virtio-blk-pci), which writes it" in (
            text
        )
        assert "remove that first" in text and "-F raw" in text
        assert "nothing is left behind" in text and "lock" not in text
        assert set(block_nodes(vm)) == nodes
        # Read-only: QEMU refuses a shared lock, which says the holder writes it.
        text = try_disk(dialog, arun, started, read_only=True)
        assert "disk 'vd0' (virtio-blk-pci), which writes it" in text
        assert "not even read-only" in text and "lock" not in text
        assert set(block_nodes(vm)) == nodes

        assert dialog.select_preset("usb-storage")
        form = dialog.presets.forms["usb-storage"]
        assert isinstance(form, ImageForm)
        form.path_edit.setText(str(attached))
        dialog.add_button.click()
        arun.wait(lambda: bool(dialog.error.text()) and dialog.add_button.isEnabled())
        text = dialog.error.text()
        assert f"{attached} is in use by this VM's disk 'disk1' (scsi-hd), which writes it" in text
        assert "nothing is left behind" in text and "lock" not in text
        assert set(block_nodes(vm)) == nodes and "usbdisk0" not in peripherals(vm)
        assert said(window, f"{attached} is in use by this VM's disk 'disk1'")
        assert dialog.isVisible()
    finally:
        vm.stop()
