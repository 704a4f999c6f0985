"""A disk preset whose chosen format contradicts the one read from the file, against
a real QEMU 7.2: the form says it in words beside what it found (not QEMU's "Image is
not in qcow2 format" after sending), Add and Copy JSON stay off and nothing is sent;
detection, or the format found, puts the disk in, as the test's own monitor sees."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qmpgui.ui.preset_forms import DiskForm
from tests.helpers.presets import added, block_nodes, open_dialog, peripherals, qcow2, sent
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.mark.qemu
def test_a_format_the_image_is_not_is_refused_in_the_form_before_anything_is_sent(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = short_tmp / "b.raw"
    subprocess.run(["qemu-img", "create", "-q", "-f", "raw", str(image), "16M"], check=True)
    vm = QemuVm(short_tmp, name="formats").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        before = sent(window)
        form.path_edit.setText(str(image))
        form.read_only.setChecked(True)
        for fmt in ("qcow2", "vmdk", "vdi", "vpc", "vhdx", "qed"):
            form.format_box.setCurrentText(fmt)
            arun.wait(lambda: form.found.text().startswith("found: raw"))
            clash = f"the image is raw, not {fmt} (as found): choose raw, or leave the format to detection"
            assert form.found.text() == f"found: raw, 16 MiB; {clash}"
            assert not dialog.add_button.isEnabled() and dialog.add_button.toolTip() == clash
            assert not dialog.presets.copy_button.isEnabled()
        assert sent(window) == before and block_nodes(vm) == {}

        form.format_box.setCurrentText("detect")
        assert form.found.text() == "found: raw, 16 MiB" and dialog.add_button.isEnabled()
        dialog.add_button.click()
        added(window, arun)
        assert block_nodes(vm)["disk0-format"]["drv"] == "raw"
        assert peripherals(vm)["disk0"] == "child<virtio-blk-pci>"

    finally:
        vm.stop()


@pytest.mark.qemu
def test_raw_chosen_for_a_qcow2_is_taken_but_the_form_says_what_the_guest_sees(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="asraw").start()
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        form.path_edit.setText(str(image))
        form.format_box.setCurrentText("raw")
        form.read_only.setChecked(True)
        arun.wait(lambda: form.found.text().startswith("found: qcow2"))
        assert form.found.text() == (
            "found: qcow2, 16 MiB; chosen raw: the guest sees the qcow2 file's own bytes, "
            "not its disk"
        )
        assert dialog.add_button.isEnabled()
        dialog.add_button.click()
        added(window, arun)
        assert block_nodes(vm)["disk0-format"]["drv"] == "raw"
    finally:
        vm.stop()
