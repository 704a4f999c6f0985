"""Hot-plug that fails on a real QEMU 7.2, seen through the main window: a guest that
never completes an unplug (device_del is answered, DEVICE_DELETED never comes), and a
device_add QEMU refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from qmpgui.ui.panes.pci import PciPane
from tests.helpers.device_dialog import form_for
from tests.helpers.guard import Guard
from tests.helpers.guest_images import RED_SCREEN, boot_floppy, floppy_args, running_boot_sector
from tests.helpers.pane_rows import cells_of, pci_qdev, peripherals, select, show
from tests.helpers.qemu_vm import QemuVm, watched_status
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act, log_texts, messages, status_text, told

pytestmark = [pytest.mark.qemu, pytest.mark.timeout(180)]


def test_an_unplug_the_guest_never_completes_is_said_and_the_window_goes_on(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    # A guest that runs but ignores ACPI PCI hot-plug: it paints its screen and halts.
    floppy = boot_floppy(short_tmp / "red.img", RED_SCREEN)
    vm = QemuVm(short_tmp, name="deaf").start(
        extra=[*floppy_args(floppy), "-device", "e1000,id=nic1"]
    )
    try:
        window = windows.on(vm, config={"confirm_destructive": False, "unplug_timeout_s": 1})
        arun.wait(lambda: running_boot_sector(vm))
        pane = show(window, PciPane)
        select(arun, pane, pci_qdev("nic1"))
        start = guard.ticks
        act(window, "actionDeviceDel").trigger()
        expected = "the guest has not released 'nic1' (e1000) after 1 s"
        arun.wait(lambda: any(expected in m for m in messages(window)))
        guard.ticked_since(start)
        sentence = (
            f"Remove device: {expected} (its OS must let go of a PCI device); a reset "
            "(system_reset) of the VM completes the unplug. Still waiting for it."
        )
        assert status_text(window) == f"Warning: deaf: {sentence}"
        arun.wait(lambda: told(window, sentence))
        cells = cells_of(pane, pci_qdev("nic1")) or []
        assert cells[1].startswith("unplug requested, not released by the guest: ")
        assert "nic1" in peripherals(vm)  # QEMU still has it, and the guest runs
        assert watched_status(vm) == "running" and running_boot_sector(vm)
        # The reset the sentence offers completes it, and the window says so.
        vm.watch.execute("system_reset")
        arun.wait(lambda: "nic1" not in peripherals(vm))
        arun.wait(lambda: any("'nic1' (e1000) removed" in m for m in messages(window)))
    finally:
        vm.stop()
    guard.assert_clean()


def test_a_device_add_qemu_refuses_is_said_and_adds_nothing(
    short_tmp: Path, windows: Windows, arun: AsyncRunner, guard: Guard
) -> None:
    vm = QemuVm(short_tmp, name="plug").start()
    try:
        window = windows.on(vm)
        dialog = form_for(window, arun, "e1000")
        addr = dialog.form.fields["addr"].widget if dialog.form else None
        assert isinstance(addr, QLineEdit)
        addr.setText("01")  # the slot of the PIIX3 bridge every pc has
        dialog.id_edit.setText("nic9")
        start = guard.ticks
        dialog.add_button.click()
        arun.wait(lambda: bool(dialog.error.text()) and "asking" not in dialog.error.text())
        guard.ticked_since(start)
        sentence = (
            "PCI slot 1 function 0 is in use by PIIX3: choose another addr, or leave addr "
            "empty for the next free slot"
        )
        assert dialog.error.text() == sentence
        assert status_text(window) == f"Error: plug: Add device failed: {sentence}"
        arun.wait(lambda: told(window, f"Add device failed: {sentence}"))
        # The log keeps QEMU's own words too.
        qemus = "PCI: slot 1 function 0 not available for e1000, in use by PIIX3"
        assert any(qemus in text for text in log_texts(window))
        assert dialog.isVisible() and addr.text() == "01"
        assert "nic9" not in peripherals(vm)
        # Corrected in the open dialog, it goes in.
        addr.clear()
        dialog.add_button.click()
        arun.wait(lambda: "nic9" in peripherals(vm))
    finally:
        vm.stop()
    guard.assert_clean()
