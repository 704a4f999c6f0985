"""The presets' id against a real QEMU 7.2: an id QEMU would refuse (util/id.c
id_wellformed) is said under the field as it is typed, with Add and Copy JSON off and
nothing sent; a long id that QEMU takes still gives node names it takes (at most 31
characters), as the test's own monitor sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from qmpgui.qmp.ids import ID_RULE
from qmpgui.ui.preset_forms import DiskForm, ImageForm
from tests.helpers.presets import added, block_nodes, open_dialog, peripherals, qcow2, sent
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows


@pytest.mark.qemu
def test_an_id_qemu_refuses_is_said_as_typed_and_add_stays_off_in_every_preset(
    short_tmp: Path, windows: Windows, arun: AsyncRunner
) -> None:
    image = qcow2(short_tmp)
    vm = QemuVm(short_tmp, name="ids").start(extra=["-device", "qemu-xhci,id=xhci"])
    try:
        window = windows.on(vm)
        dialog = open_dialog(window, arun)
        before = sent(window)
        for key in ("disk", "nic", "tablet", "usb-storage"):
            assert dialog.select_preset(key)
            form = dialog.presets.forms[key]
            if isinstance(form, ImageForm):
                form.path_edit.setText(str(image))
            assert not form.id_note.isVisibleTo(form) and dialog.add_button.isEnabled()
            form.id_edit.setText("disk 0")
            assert form.id_note.isVisibleTo(form)
            assert form.id_note.text() == f"'disk 0' is not an id QEMU takes: {ID_RULE}"
            assert not dialog.add_button.isEnabled()
            assert not dialog.presets.copy_button.isEnabled()
            form.id_edit.setText("0disk")
            assert "'0disk' is not an id QEMU takes" in form.id_note.text()
            assert not dialog.add_button.isEnabled()
            # Away and back: still off.
            assert dialog.select_preset("tablet" if key != "tablet" else "nic")
            assert dialog.select_preset(key)
            assert not dialog.add_button.isEnabled()
            form.id_edit.setText(f"{key.replace('-', '')}-0.a_b")
            assert not form.id_note.isVisibleTo(form) and dialog.add_button.isEnabled()
        assert sent(window) == before  # nothing was sent for the ids refused

        # A long id QEMU takes: its node names are cut to fit, and it goes in.
        assert dialog.select_preset("disk")
        form = dialog.presets.forms["disk"]
        assert isinstance(form, DiskForm)
        long_id = "a-rather-long-disk-name-for-data"
        form.id_edit.setText(long_id)
        form.path_edit.setText(str(image))
        form.read_only.setChecked(True)
        dialog.add_button.click()
        added(window, arun)
        assert peripherals(vm)[long_id] == "child<virtio-blk-pci>"
        names = set(block_nodes(vm))
        assert {"a-rather-long-disk-name--format", "a-rather-long-disk-name-fo-file"} <= names
        assert all(len(n) <= 31 for n in names)
    finally:
        vm.stop()
