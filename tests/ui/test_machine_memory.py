"""The Machine pane's memory and balloon against a real QEMU 7.2, each effect checked
through the test's own monitor: the RAM and a DIMM, a target set from the pane (QEMU
holds it in the balloon's config space, read there), a guest with a balloon driver
that follows it (BALLOON_CHANGE), a VM without a balloon, and targets out of bounds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qmpgui.app.main_window import MainWindow
from qmpgui.log.entry import LogKind
from qmpgui.models.text import human_bytes
from qmpgui.qmp.memory import MiB
from qmpgui.session import VmSession
from qmpgui.session.memory import MEMORY
from qmpgui.ui.panes.block import BlockPane
from qmpgui.ui.panes.machine import MachinePane
from tests.helpers.balloon_guest import DEVICE, driver_floppy, target_bytes
from tests.helpers.qemu_vm import QemuVm, events_seen
from tests.helpers.runner import AsyncRunner
from tests.helpers.windows import Windows, log_texts, messages

pytestmark = [pytest.mark.qemu]


Start = Callable[..., QemuVm]


@pytest.fixture
def start(short_tmp: Path) -> Iterator[Start]:
    """Starts the test's VM (128 MiB, then QEMU's arguments given), stopped at teardown:
    after the window, which a test asks for later."""
    made: list[QemuVm] = []

    def make(*extra: str) -> QemuVm:
        made.append(QemuVm(short_tmp, name="mem").start(extra=["-m", "128", *extra]))
        return made[-1]

    yield make
    for vm in made:
        vm.stop()


@pytest.fixture
def balloon_vm(start: Start) -> QemuVm:
    """128 MiB and a virtio balloon; the guest has no balloon driver (no guest at all)."""
    return start(*DEVICE)


def show(window: MainWindow) -> MachinePane:
    pane = window.pane(MachinePane)
    window.panes.setCurrentWidget(pane)
    return pane


def text(pane: MachinePane, *keys: object) -> str:
    index = pane.model.find(*keys)
    return str(pane.model.data(index.siblingAtColumn(1))) if index.isValid() else ""


def rows(pane: MachinePane, *keys: object) -> dict[str, str]:
    parent = pane.model.find(*keys)
    found = {}
    for n in range(pane.model.rowCount(parent)):
        index = pane.model.index(n, 0, parent)
        found[str(pane.model.data(index))] = str(pane.model.data(index.siblingAtColumn(1)))
    return found


def set_target(pane: MachinePane, mib: int) -> None:
    pane.balloon.spin.setValue(mib)
    assert pane.balloon.set_button.isEnabled(), pane.balloon.note.text()
    pane.balloon.set_button.click()


def command_entries(window: MainWindow, name: str) -> list[str]:
    window.event_log.flush()
    return [
        e.summary
        for e in window.event_log.entries()
        if e.kind is LogKind.COMMAND and e.name == name
    ]


def test_the_ram_and_a_dimm_shown_are_what_qemu_says(
    start: Start, windows: Windows, arun: AsyncRunner
) -> None:
    vm = start(
        "-m",
        "128,slots=2,maxmem=512M",
        "-object",
        "memory-backend-ram,id=mem1,size=64M",
        "-device",
        "pc-dimm,id=dimm1,memdev=mem1",
    )
    pane = show(windows.on(vm))
    summary = vm.watch.execute("query-memory-size-summary")
    base, plugged = summary["base-memory"], summary["plugged-memory"]
    total = f"{human_bytes(base + plugged)} ({human_bytes(base)} at start + "
    arun.wait(lambda: text(pane, "memory").startswith(total))
    assert text(pane, "memory") == f"{total}{human_bytes(plugged)} plugged)"
    (dimm,) = vm.watch.execute("query-memory-devices")
    assert rows(pane, "memory")["dimm1 (DIMM)"].startswith(human_bytes(dimm["data"]["size"]))


def test_a_target_set_from_the_pane_reaches_qemu_and_the_pane_says_the_guest_kept_it(
    balloon_vm: QemuVm, windows: Windows, arun: AsyncRunner
) -> None:
    window = windows.on(balloon_vm)
    pane = show(window)
    arun.wait(lambda: text(pane, "memory", "balloon") == "the guest keeps 128 MiB of 128 MiB")
    assert pane.balloon.spin.value() == 128  # the field starts at what the guest keeps
    assert text(pane, "memory", "target").startswith("not known: QEMU reports only")
    set_target(pane, 48)
    # QEMU holds the target in the balloon's config space, where the guest's driver
    # would read it: 80 MiB to give back.
    arun.wait(lambda: target_bytes(balloon_vm) == 48 * MiB)
    arun.wait(lambda: "48 MiB, asked at" in text(pane, "memory", "target"))
    # Without a driver the guest gives nothing back, and the pane does not pretend.
    assert balloon_vm.watch.execute("query-balloon")["actual"] == 128 * MiB
    assert text(pane, "memory", "target").endswith(
        ": not given back yet (needs the guest's driver)"
    )
    tip = pane.model.data(pane.model.find("memory", "target"), Qt.ItemDataRole.ToolTipRole)
    assert "balloon driver (virtio_balloon)" in tip
    assert text(pane, "memory", "balloon") == "the guest keeps 128 MiB of 128 MiB"
    assert command_entries(window, "balloon")  # the command is in the event log
    assert any("Set balloon target (balloon) ok" in m for m in messages(window))


def test_a_guest_with_a_balloon_driver_reaches_the_target_and_its_event_is_followed(
    short_tmp: Path, start: Start, windows: Windows, arun: AsyncRunner
) -> None:
    vm = start(*driver_floppy(short_tmp))
    window = windows.on(vm)
    pane = show(window)
    arun.wait(lambda: text(pane, "memory", "balloon") == "the guest keeps 128 MiB of 128 MiB")
    set_target(pane, 40)
    arun.wait(lambda: text(pane, "memory", "target").endswith(": reached"))
    assert text(pane, "memory", "balloon") == (
        "the guest keeps 40 MiB of 128 MiB (the balloon holds 88 MiB)"
    )
    assert vm.watch.execute("query-balloon")["actual"] == 40 * MiB
    # With the pane hidden the memory is not polled: only the event tells the app.
    session: VmSession = window.model.session(0)
    window.panes.setCurrentWidget(window.pane(BlockPane))
    arun.wait(lambda: MEMORY not in session.watched)
    vm.watch.execute("balloon", {"value": 100 * MiB})  # from another client
    arun.wait(
        lambda: any(e["data"]["actual"] == 100 * MiB for e in events_seen(vm, "BALLOON_CHANGE"))
    )
    arun.wait(lambda: session.inspection.memory.balloon_actual == 100 * MiB)
    assert MEMORY not in session.watched
    assert text(pane, "memory", "balloon").startswith("the guest keeps 100 MiB of 128 MiB")
    # What was asked here is not pretended to hold: the guest moved on.
    assert text(pane, "memory", "target").endswith("the guest has moved since, to 100 MiB")
    assert any(t.startswith("BALLOON_CHANGE") for t in log_texts(window))


def test_a_vm_without_a_balloon_has_the_control_off_saying_which_device_adds_one(
    start: Start, windows: Windows, arun: AsyncRunner
) -> None:
    vm = start()
    pane = show(windows.on(vm))
    with pytest.raises(RuntimeError, match="DeviceNotActive"):
        vm.watch.execute("query-balloon")
    arun.wait(lambda: "no balloon device" in pane.balloon.set_button.toolTip())
    assert not pane.balloon.set_button.isEnabled() and not pane.balloon.spin.isEnabled()
    for widget in (pane.balloon.set_button, pane.balloon.spin, pane.balloon.note):
        said = widget.toolTip() or widget.text()  # type: ignore[attr-defined]
        assert "no balloon device" in said and "-device virtio-balloon-pci" in said
    assert text(pane, "memory", "balloon") == (
        "no balloon device (-device virtio-balloon-pci adds one)"
    )


@pytest.mark.parametrize(
    ("mib", "sentence"),
    [
        (0, "a balloon target of 0 MiB would leave the guest no memory at all"),
        (129, "a balloon target of 129 MiB is more than the VM's RAM, 128 MiB"),
    ],
    ids=["zero", "beyond-the-ram"],
)
def test_a_target_beyond_the_vms_limits_is_refused_with_a_sentence_and_not_sent(
    balloon_vm: QemuVm, windows: Windows, arun: AsyncRunner, mib: int, sentence: str
) -> None:
    window = windows.on(balloon_vm)
    pane = show(window)
    arun.wait(lambda: text(pane, "memory", "balloon").startswith("the guest keeps"))
    pane.balloon.spin.setValue(mib)
    assert not pane.balloon.set_button.isEnabled()
    assert sentence in pane.balloon.set_button.toolTip()
    assert sentence.lower() in pane.balloon.note.text().lower()
    pane.balloon.spin.lineEdit().returnPressed.emit()  # Enter in the field tries anyway
    arun.wait(lambda: any(f"Set balloon target refused: {sentence}" in m for m in messages(window)))
    assert not command_entries(window, "balloon")
    assert target_bytes(balloon_vm) == 128 * MiB  # QEMU was asked nothing
    pane.balloon.spin.setValue(64)  # a good value: the field is usable again
    assert pane.balloon.set_button.isEnabled() and not pane.balloon.note.text()
