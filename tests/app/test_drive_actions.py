"""Eject, Change media and Screendump follow what the VM has: drives that can act, a
display to dump; enabled or not without the user opening a pane, and saying why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from qmpgui.app.main_window import MainWindow
from qmpgui.session import VmSession
from qmpgui.session.inspection import BLOCK
from qmpgui.ui.media_dialog import MediaDialog
from tests.helpers.dialogs import when_modal
from tests.helpers.qemu_vm import QemuVm
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, act


@pytest.fixture
def vm(short_tmp: Path) -> Iterator[QemuVm]:
    """A QEMU the test starts itself (QemuVm.start), stopped at the end."""
    made = QemuVm(short_tmp, name="drives")
    yield made
    made.stop()


def state(window: MainWindow, name: str) -> tuple[bool, str]:
    """Whether the action named `name` is enabled, and its tooltip."""
    action = act(window, name)
    return action.isEnabled(), action.toolTip()


def drive(vm: QemuVm, name: str) -> dict[str, Any]:
    """The drive `name` (its backend name or qdev id) as the test's own monitor sees it."""
    devices = vm.watch.execute("query-block")
    return next(d for d in devices if name in (d.get("device"), d.get("qdev")))  # type: ignore[no-any-return]


def not_watching_drives(window: MainWindow) -> VmSession:
    """The window's VM, whose Block devices pane is not on screen (so not polled)."""
    session = window.model.session(0)
    assert BLOCK not in session.watched
    return session


@pytest.mark.qemu
def test_no_removable_drive_and_no_display_disable_their_actions(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm.start(extra=["-S", "-vga", "none"])  # -nodefaults: no drive, no display at all
    window = windows.on(vm)
    not_watching_drives(window)

    for name in ("actionEject", "actionChangeMedia"):
        arun.wait(lambda n=name: not state(window, n)[0])  # type: ignore[misc]
        assert "this VM has no removable drive (CD-ROM, floppy)" in state(window, name)[1]
    arun.wait(lambda: not state(window, "actionScreendump")[0])
    assert "this VM has no display" in state(window, "actionScreendump")[1]
    # What QEMU's lack of /backend said is a state, not a problem to report.
    assert not any("not found" in text for _, _, text in window.messages)
    assert state(window, "actionQuitVm")[0]  # the VM itself is usable


@pytest.mark.qemu
def test_a_pc_without_a_cd_has_nothing_to_eject_but_a_floppy_drive_to_fill(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    # A pc with its default devices, a disk where the default CD-ROM would be (ide1,
    # index 2): floppy0 and sd0 are empty and have no tray.
    vm.start(extra=["-S", "-drive", "if=ide,index=2,driver=null-co"], defaults=True)
    window = windows.on(vm)
    not_watching_drives(window)
    arun.wait(lambda: not state(window, "actionEject")[0])
    assert (
        "nothing to eject: no removable drive holds a medium or has a closed tray"
        in (state(window, "actionEject")[1])
    )
    # QEMU takes an image into the pc's floppy drive, which the guest sees: offered.
    assert state(window, "actionChangeMedia")[0]
    offered: list[str] = []

    def look(dialog: MediaDialog) -> None:
        offered.extend(dialog.device_box.itemText(i) for i in range(dialog.device_box.count()))
        dialog.reject()

    when_modal(MediaDialog, look)
    act(window, "actionChangeMedia").trigger()
    arun.wait(lambda: bool(offered))
    assert [o.split(":")[0] for o in offered] == ["floppy0"]  # not sd0: no device reads it


@pytest.mark.qemu
def test_eject_acts_on_the_cd_and_change_media_offers_it_first(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    # A pc with its default devices: an empty floppy0 first (-drive if=floppy comes
    # before the defaults), the default empty CD-ROM ide1-cd0, and sd0, which no device
    # uses. -S keeps the firmware off the tray.
    vm.start(extra=["-S", "-drive", "if=floppy"], defaults=True)
    window = windows.on(vm)
    not_watching_drives(window)
    assert [d["device"] for d in vm.watch.execute("query-block")] == [
        "floppy0",
        "ide1-cd0",
        "sd0",
    ]
    arun.wait(lambda: "query-block" in window.model.session(0).inspection.results)
    assert state(window, "actionEject")[0] and state(window, "actionChangeMedia")[0]
    assert state(window, "actionScreendump")[0]  # the default VGA is a display

    # Only the CD can act (the floppy and the SD card are empty and have no tray):
    # Eject opens its tray without asking which drive.
    asked = when_modal(QInputDialog, lambda dialog: dialog.reject())
    act(window, "actionEject").trigger()
    arun.wait(lambda: bool(asked.texts) or drive(vm, "ide1-cd0")["tray_open"])
    assert asked.texts == []
    assert drive(vm, "floppy0").get("inserted") is None

    # Change media offers the CD first and chosen; the floppy after it; not sd0.
    offered: list[Any] = []

    def look(dialog: MediaDialog) -> None:
        box = dialog.device_box
        offered.extend([[box.itemText(i) for i in range(box.count())], box.currentIndex()])
        dialog.reject()

    when_modal(MediaDialog, look)
    act(window, "actionChangeMedia").trigger()
    arun.wait(lambda: bool(offered))
    items, current = offered
    assert items[0].startswith("ide1-cd0") and current == 0
    assert [i.split(":")[0] for i in items] == ["ide1-cd0", "floppy0"]


@pytest.mark.qemu
def test_a_hot_added_cd_enables_eject_and_change_media(
    vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    vm.start(extra=["-device", "virtio-scsi-pci,id=scsi0"])
    window = windows.on(vm)
    session = not_watching_drives(window)
    arun.wait(lambda: not state(window, "actionEject")[0])
    assert not state(window, "actionChangeMedia")[0]

    # QEMU sends no event for a device_add; the drive shows up all the same.
    vm.watch.execute("device_add", {"driver": "scsi-cd", "id": "cd1", "bus": "scsi0.0"})
    arun.wait(lambda: state(window, "actionEject")[0] and state(window, "actionChangeMedia")[0])
    assert "cd1" in [d.qdev for d in session.inspection.block.devices]
    assert BLOCK not in session.watched

    # The actions follow the drives and the run state, not every poll's disk counters.
    reevaluated: list[None] = []
    window.selection.selectionChanged.connect(lambda: reevaluated.append(None))
    polls = session.poll_count
    arun.wait(lambda: session.poll_count >= polls + 5)
    assert reevaluated == []
